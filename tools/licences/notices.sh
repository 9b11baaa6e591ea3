#!/usr/bin/env bash
# Writes THIRD-PARTY-NOTICES.md at the repository root: every NuGet package restored for the solution's projects and
# every npm package of src/Omigjen.Web and tools/*, with version, licence and scope. Works offline; needs
# `dotnet restore` to have run (./test.sh builds first).
#   tools/licences/notices.sh           regenerate the file
#   tools/licences/notices.sh --check   regenerate to a temporary file and fail when the committed one differs
# Both fail when a package that ships with the app has a licence outside tools/licences/policy.json's allow-list,
# or when any package is under GPL/AGPL.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
notice="$root/THIRD-PARTY-NOTICES.md"

command -v node >/dev/null || { echo "Node.js is required (node on PATH)." >&2; exit 2; }

case "${1:-}" in
  "")
    node "$here/notices.js" "$root" "$notice"
    rc=$?
    [ "$rc" -eq 0 ] && echo "Wrote THIRD-PARTY-NOTICES.md"
    exit "$rc"
    ;;
  --check)
    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    node "$here/notices.js" "$root" "$tmp"
    rc=$?
    [ "$rc" -eq 2 ] && exit 2
    if ! [ -f "$notice" ] || ! cmp -s "$tmp" "$notice"; then
      echo "THIRD-PARTY-NOTICES.md is out of date: run tools/licences/notices.sh" >&2
      [ -f "$notice" ] && diff -u "$notice" "$tmp" --label committed --label generated | head -n 40 >&2
      exit 1
    fi
    [ "$rc" -eq 0 ] || exit "$rc"
    echo "THIRD-PARTY-NOTICES.md is up to date; every shipped package's licence is allowed"
    ;;
  *)
    echo "usage: tools/licences/notices.sh [--check]" >&2
    exit 2
    ;;
esac
