#!/usr/bin/env bash
# Points claim benchmark: 100 approved issuers, 500 residents; 2,000 codes claimed one at a time and 2,000 by 8 at once,
# each claim through the app's CodeClaims (a fresh context per claim): the guarded update of the code, the three cap
# counters (insert-if-missing and a guarded raise) and the ledger entry, in one transaction. Prints p50/p95/p99
# (target: p95 <= 20 ms), then one markdown table.
# SQLite always; PostgreSQL too when OMIGJEN_BENCH_POSTGRES holds a connection string to a server (a throwaway database
# is created and dropped). CLAIMS and PARALLEL override the counts; NO_BUILD=1 uses the existing Release build.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
DATA_DIR=${DATA_DIR:-/tmp/omigjen-bench}; CLAIMS=${CLAIMS:-2000}; PARALLEL=${PARALLEL:-8}
mkdir -p "$DATA_DIR"
out=$(mktemp /tmp/omigjen-points-bench.XXXXXX)
pg_db=""
project="$repo/bench/points-claim/Omigjen.Points.Bench"
bench=(dotnet "$project/bin/Release/net10.0/Omigjen.Points.Bench.dll")
cleanup() {
  if [ -n "$pg_db" ]; then "${bench[@]}" pg-drop --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db" >/dev/null 2>&1 || true; fi
  rm -f "$out"
}
trap cleanup EXIT
if [ "${NO_BUILD:-}" != "1" ]; then
  echo "==> building (Release)"
  dotnet build "$project" -c Release -nologo -v quiet -p:SkipNpm=true -p:OpenApiGenerateDocuments=false
fi
run=(--claims "$CLAIMS" --parallel "$PARALLEL")
"${bench[@]}" --sqlite "$DATA_DIR/points-claim.db" "${run[@]}" | tee -a "$out"
if [ -n "${OMIGJEN_BENCH_POSTGRES:-}" ]; then
  pg_db="omigjen_points_bench_$$"
  "${bench[@]}" pg-create --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db"
  "${bench[@]}" --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db" "${run[@]}" | tee -a "$out"
else
  echo "==> PostgreSQL skipped (set OMIGJEN_BENCH_POSTGRES to a connection string)"
fi
echo
echo "| phase | provider | p50/p95/p99 ms | p95 <= 20 ms |"
echo "| --- | --- | --- | --- |"
grep '^ROW|' "$out" | sed 's/^ROW//'
