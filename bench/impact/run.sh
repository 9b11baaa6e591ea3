#!/usr/bin/env bash
# Impact benchmark: ENTRIES (default 5,000,000) ledger entries over 60 months and 500 initiatives, loaded in bulk with
# the monthly roll-up (ImpactMonths) summed from the same entries; then, RUNS times each after WARMUPS, through the app's
# ImpactReports on a fresh context: the public summary for this year, a 12-month report with a category, and the
# administration's monthly report (factor sets, months/categories/channels, initiatives' first page); each next to a raw
# SQL sum over ImpactMonths for the same period (app/raw). Then WRITES calls of ImpactLedger.RecordAsync, each in its
# own transaction. Prints p50/p95/p99 (target: p95 <= 50 ms for the reports, <= 20 ms for a write), the query phase's
# allocations and working set, then one markdown table.
# SQLite always (the file in $DATA_DIR is reused while it holds ENTRIES entries; REGENERATE=1 makes it again);
# PostgreSQL too when OMIGJEN_BENCH_POSTGRES holds a connection string to a server (a throwaway database is created and
# dropped). NO_BUILD=1 uses the existing Release build.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
DATA_DIR=${DATA_DIR:-/tmp/omigjen-bench}; ENTRIES=${ENTRIES:-5000000}; RUNS=${RUNS:-100}; WARMUPS=${WARMUPS:-10}; WRITES=${WRITES:-200}
mkdir -p "$DATA_DIR"
out=$(mktemp /tmp/omigjen-impact-bench.XXXXXX)
pg_db=""
project="$repo/bench/impact/Omigjen.Impact.Bench"
bench=(dotnet "$project/bin/Release/net10.0/Omigjen.Impact.Bench.dll")
cleanup() {
  if [ -n "$pg_db" ]; then "${bench[@]}" pg-drop --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db" >/dev/null 2>&1 || true; fi
  rm -f "$out"
}
trap cleanup EXIT
if [ "${NO_BUILD:-}" != "1" ]; then
  echo "==> building (Release)"
  dotnet build "$project" -c Release -nologo -v quiet -p:SkipNpm=true -p:OpenApiGenerateDocuments=false
fi
run=(--entries "$ENTRIES" --runs "$RUNS" --warmups "$WARMUPS" --writes "$WRITES")
regen=(); [ "${REGENERATE:-}" = "1" ] && regen=(--regenerate)
# The writes add entries, so a reused SQLite file would no longer hold ENTRIES entries: the run works on a copy.
sqlite="$DATA_DIR/impact-$ENTRIES.db"
"${bench[@]}" generate --sqlite "$sqlite" "${run[@]}" "${regen[@]}"
cp "$sqlite" "$sqlite.run"
"${bench[@]}" --sqlite "$sqlite.run" "${run[@]}" | tee -a "$out"
rm -f "$sqlite.run" "$sqlite.run-wal" "$sqlite.run-shm"
if [ -n "${OMIGJEN_BENCH_POSTGRES:-}" ]; then
  pg_db="omigjen_impact_bench_$$"
  "${bench[@]}" pg-create --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db"
  "${bench[@]}" --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db" "${run[@]}" | tee -a "$out"
else
  echo "==> PostgreSQL skipped (set OMIGJEN_BENCH_POSTGRES to a connection string)"
fi
echo
echo "| case | provider | entries | app p50/p95/p99 ms | raw sum p50/p95/p99 ms | app/raw p95 | target met |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
grep '^ROW|' "$out" | sed 's/^ROW//'
