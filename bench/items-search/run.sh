#!/usr/bin/env bash
# Item search benchmark: 1,000,000 generated items over 5,000 approved initiatives; four query types (text only; text +
# near 5 km + open now; category + near; newest) timed through the app's ItemSearch and as the same SQL run directly.
# Prints p50/p95/p99 per query type, the app/raw ratio and the peak working set, then one markdown table.
# SQLite always (the generated file is kept in $DATA_DIR and reused while it has the right row count; REGENERATE=1 makes
# it again); PostgreSQL too when OMIGJEN_BENCH_POSTGRES holds a connection string to a server (a throwaway database is
# created and dropped). RUNS and WARMUPS override the counts per query type; NO_BUILD=1 uses the existing Release build;
# EXPLAIN=1 prints the plan of each type's slowest query; extra arguments go to the query phase (e.g. --index "CREATE INDEX ...").
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
DATA_DIR=${DATA_DIR:-/tmp/omigjen-bench}; RUNS=${RUNS:-200}; WARMUPS=${WARMUPS:-20}
mkdir -p "$DATA_DIR"
rows=$(mktemp /tmp/omigjen-items-search.XXXXXX)
pg_db=""
cleanup() {
  if [ -n "$pg_db" ]; then "${bench[@]}" pg-drop --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db" >/dev/null 2>&1 || true; fi
  rm -f "$rows"
}
trap cleanup EXIT

project="$repo/bench/Omigjen.Items.SearchBench"
bench=(dotnet "$project/bin/Release/net10.0/Omigjen.Items.SearchBench.dll")
if [ "${NO_BUILD:-}" != "1" ]; then
  echo "==> building (Release)"
  dotnet build "$project" -c Release -nologo -v quiet -p:SkipNpm=true -p:OpenApiGenerateDocuments=false
fi
query=(--runs "$RUNS" --warmups "$WARMUPS" --rows-out "$rows")
[ "${EXPLAIN:-}" = "1" ] && query+=(--explain)
regen=(); [ "${REGENERATE:-}" = "1" ] && regen=(--regenerate)

# Generation and queries run as separate processes, so the query phase's peak working set is its own.
sqlite="$DATA_DIR/items-1m.db"
"${bench[@]}" generate --sqlite "$sqlite" "${regen[@]}"
"${bench[@]}" query --sqlite "$sqlite" "${query[@]}" "$@"

if [ -n "${OMIGJEN_BENCH_POSTGRES:-}" ]; then
  pg_db="omigjen_items_search_$$"
  pg=(--postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db")
  "${bench[@]}" pg-create "${pg[@]}"
  "${bench[@]}" generate "${pg[@]}"
  "${bench[@]}" query "${pg[@]}" "${query[@]}" "$@"
else
  echo "==> PostgreSQL skipped (set OMIGJEN_BENCH_POSTGRES to a connection string)"
fi

echo
echo "| query type | provider | app p50/p95/p99 ms | raw p50/p95/p99 ms | ratio p50 (p95) | vocabulary look-ups p50 ms | mean hits |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
grep -v '^<!--' "$rows"
grep '^<!--' "$rows" | sed -e 's/^<!-- /peak working set, query phase: /' -e 's/ -->$//'
