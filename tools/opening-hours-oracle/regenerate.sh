#!/usr/bin/env bash
# Regenerates the golden files of the differential tests from opening_hours.js (pinned in
# package-lock.json). Needs Node 20+ and npm; the golden files land in
# tests/Omigjen.OpeningHours.Tests/Golden/.
set -euo pipefail
cd "$(dirname "$0")"
export TZ=Europe/Oslo

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== corpus (gen-corpus.js)"
node gen-corpus.js "$@"

echo "== oracle answers (run-oracle.js)"
# Every (value, instant) pair is computed directly; 30-45 minutes on one core.
node run-oracle.js

echo "== done"
ls -l ../../tests/Omigjen.OpeningHours.Tests/Golden/
