#!/usr/bin/env bash
# Activities benchmark: SERIES (default 20,000) activity series over INITIATIVES (default 500) initiatives, their
# occasions stored by the app's OccasionGenerator up to its 13-month horizon; then the app in Release on loopback:
# - "Hva skjer" this week near a place, through the API and the page, RUNS requests each (after WARMUPS), each with
#   another place so nothing is answered from a cache: p50/p95/p99 (target p95 <= 30 ms);
# - the municipality's iCalendar feed for the next 12 months against a static file of the same bytes from the same app,
#   CONNECTIONS request loops for DURATION s (target >= 50 % of the static file's requests/s);
# - the app's peak resident memory (VmHWM).
# SQLite always; PostgreSQL too when OMIGJEN_BENCH_POSTGRES holds a connection string to a server (a throwaway
# database is created and dropped). NO_BUILD=1 uses the existing Release builds.
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd); repo=$(cd ../.. && pwd)
SERIES=${SERIES:-20000}; INITIATIVES=${INITIATIVES:-500}; RUNS=${RUNS:-200}; WARMUPS=${WARMUPS:-20}
DURATION=${DURATION:-10}; CONNECTIONS=${CONNECTIONS:-10}; PORT=${PORT:-5097}
API_QUERY=${API_QUERY:-'/api/v1/activities?when=this-week&near={lat},{lon}'}
PAGE_QUERY=${PAGE_QUERY:-'/hva-skjer?uke=denne-uken&naer={lat},{lon}'}
FEED=/aktiviteter/kalender.ics
work=$(mktemp -d /tmp/omigjen-activities.XXXXXX)
static="$repo/src/Omigjen.Web/wwwroot/bench-static-feed.ics"
out="$work/out.txt"
tool=(dotnet "$here/Omigjen.Activities.Bench/bin/Release/net10.0/Omigjen.Activities.Bench.dll")
pg_db=""
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  if [ -n "$pg_db" ]; then "${tool[@]}" pg-drop --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db" >/dev/null 2>&1 || true; fi
  rm -rf "$work" "$static"
}
trap cleanup EXIT

echo "==> npm ci (bench/load: the initiatives generator)"; (cd ../load && npm ci --no-audit --no-fund --loglevel=error)
echo "==> generating $INITIATIVES initiatives"; node ../load/generate.mjs "$INITIATIVES" "$work/initiatives.json"
if [ "${NO_BUILD:-}" != "1" ]; then
  echo "==> building (Release)"
  dotnet build "$repo/src/Omigjen.Web" -c Release -nologo -v quiet
  dotnet build "$here/Omigjen.Activities.Bench" -c Release -nologo -v quiet -p:SkipNpm=true -p:OpenApiGenerateDocuments=false
fi

# One provider: migrate, import the initiatives, fill the activities, start the app, measure, stop it.
measure() {
  local provider=$1 connection=$2 fill_target=("${@:3}")
  local app=(dotnet "$repo/src/Omigjen.Web/bin/Release/net10.0/Omigjen.Web.dll" --contentRoot "$repo/src/Omigjen.Web"
    "--Database:Provider=$provider" "--Database:ConnectionString=$connection" --Database:SeedDemoWhenEmpty=false
    --RateLimits:ApiPerMinute=100000000 --Logging:LogLevel:Default=Warning "--Urls=http://127.0.0.1:$PORT")
  echo "==> $provider: migrating and importing"
  "${app[@]:0:2}" migrate "${app[@]:2}" >/dev/null
  "${app[@]:0:2}" import initiatives "$work/initiatives.json" "${app[@]:2}" | tail -n 1
  "${tool[@]}" fill "${fill_target[@]}" --series "$SERIES"
  "${app[@]}" >"$work/app.log" 2>&1 & app_pid=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/api/v1/initiatives?page_size=1" >/dev/null && break; sleep 0.5; done
  local started; started=$(date +%s.%N)
  curl -fs "http://127.0.0.1:$PORT$FEED" -o "$static"
  echo "==> $provider: the 12-month feed is $(stat -c %s "$static") bytes, $(grep -c '^BEGIN:VEVENT' "$static") events (first answer in $(echo "$(date +%s.%N) - $started" | bc) s)"
  local feed_duration=$DURATION; [ "$provider" = "Postgres" ] && feed_duration=0
  node measure.mjs "http://127.0.0.1:$PORT" "$RUNS" "$WARMUPS" "$feed_duration" "$CONNECTIONS" "$FEED" /bench-static-feed.ics \
    "Hva skjer API, this week near=$API_QUERY" "Hva skjer page, this week near=$PAGE_QUERY" | sed "s/^ROW|/ROW|$provider|/; s/^FEED|/FEED|$provider|/" | tee -a "$out"
  echo "==> $provider: app peak memory $(grep VmHWM "/proc/$app_pid/status" | awk '{printf "%.0f MB", $2/1024}')" | tee -a "$out"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

measure Sqlite "Data Source=$work/activities.db" --sqlite "$work/activities.db"
if [ -n "${OMIGJEN_BENCH_POSTGRES:-}" ]; then
  pg_db="omigjen_activities_bench_$$"
  "${tool[@]}" pg-create --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db"
  pg_conn="$OMIGJEN_BENCH_POSTGRES;Database=$pg_db"
  measure Postgres "$pg_conn" --postgres "$OMIGJEN_BENCH_POSTGRES" --database "$pg_db"
else
  echo "==> PostgreSQL skipped (set OMIGJEN_BENCH_POSTGRES to a connection string)"
fi
echo
echo "| case | provider | p50/p95/p99 ms | p95 <= 30 ms |"
echo "| --- | --- | --- | --- |"
grep '^ROW|' "$out" | sed 's/^ROW|\([^|]*\)|\([^|]*\)|/| \2 | \1 | /'
echo
echo "| feed | provider | feed req/s | static req/s | ratio | >= 50 % |"
echo "| --- | --- | --- | --- | --- | --- |"
grep '^FEED|' "$out" | sed 's/^FEED|\([^|]*\)|/| 12-month municipal feed | \1 | /'
grep 'peak memory' "$out"
