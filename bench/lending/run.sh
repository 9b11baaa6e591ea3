#!/usr/bin/env bash
# Lending catalogue benchmark: 10,000 units of 2,000 types over 500 initiatives with opening hours, and 200,000 bookings
# from 26 weeks back to 8 weeks ahead (never overlapping per unit). Two queries, each timed through the app's
# LendingCatalogue (a fresh context per query) and as the same SQL run directly: (a) the 8-week availability of one type,
# (b) "ski, 150 cm, free next weekend, within 10 km of a point". Prints p50/p95/p99 (target: app p95 < 30 ms), then one
# markdown table.
# SQLite always (the generated file is kept in $DATA_DIR and reused while it has the right row counts; REGENERATE=1 makes
# it again); PostgreSQL too when OMIGJEN_BENCH_POSTGRES holds a connection string to a server (a throwaway database is
# created and dropped). RUNS and WARMUPS override the counts per query; NO_BUILD=1 uses the existing Release build;
# EXPLAIN=1 prints the plans of each query's slowest call; extra arguments go to the query phase (e.g. --index "CREATE INDEX ...").
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
DATA_DIR=${DATA_DIR:-/tmp/omigjen-bench}; RUNS=${RUNS:-200}; WARMUPS=${WARMUPS:-20}
mkdir -p "$DATA_DIR"
rows=$(mktemp /tmp/omigjen-lending-bench.XXXXXX)
pg_db=""
cleanup() {
  if [ -n "$pg_db" ]; then "${bench[@]}" pg-drop --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db" >/dev/null 2>&1 || true; fi
  rm -f "$rows"
}
trap cleanup EXIT

project="$repo/bench/lending/Omigjen.Lending.Bench"
bench=(dotnet "$project/bin/Release/net10.0/Omigjen.Lending.Bench.dll")
if [ "${NO_BUILD:-}" != "1" ]; then
  echo "==> building (Release)"
  dotnet build "$project" -c Release -nologo -v quiet -p:SkipNpm=true -p:OpenApiGenerateDocuments=false
fi
query=(--runs "$RUNS" --warmups "$WARMUPS" --rows-out "$rows")
[ "${EXPLAIN:-}" = "1" ] && query+=(--explain)
regen=(); [ "${REGENERATE:-}" = "1" ] && regen=(--regenerate)

# Generation and queries run as separate processes, so the query phase's peak working set is its own.
sqlite="$DATA_DIR/lending-200k.db"
"${bench[@]}" generate --sqlite "$sqlite" "${regen[@]}"
"${bench[@]}" query --sqlite "$sqlite" "${query[@]}" "$@"

if [ -n "${OMIGJEN_BENCH_POSTGRES:-}" ]; then
  pg_db="omigjen_lending_bench_$$"
  pg=(--postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db")
  "${bench[@]}" pg-create "${pg[@]}"
  "${bench[@]}" generate "${pg[@]}"
  "${bench[@]}" query "${pg[@]}" "${query[@]}" "$@"
else
  echo "==> PostgreSQL skipped (set OMIGJEN_BENCH_POSTGRES to a connection string)"
fi

echo
echo "| query | provider | app p50/p95/p99 ms | raw p50/p95/p99 ms | ratio p50 (p95) | mean result | app p95 < 30 ms |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
cat "$rows"
