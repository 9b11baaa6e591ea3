#!/usr/bin/env bash
# Loopback load test (bounded: each endpoint for $DURATION seconds at $CONNECTIONS connections).
# 5,000 generated initiatives in a fresh SQLite database; the app in Release; autocannon from npm (lockfile).
# Prints requests/s and p99 for the GeoJSON endpoint, the filtered list API and the list page, next to a static file of
# the same size as the GeoJSON served by the same app — the ceiling the GeoJSON endpoint is measured against.
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd); repo=$(cd ../.. && pwd)
DURATION=${DURATION:-10}; CONNECTIONS=${CONNECTIONS:-50}; PORT=${PORT:-5099}; COUNT=${COUNT:-5000}
work=$(mktemp -d /tmp/omigjen-load.XXXXXX)
static="$repo/src/Omigjen.Web/wwwroot/bench-static.json"
cleanup() { [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work" "$static"; }
trap cleanup EXIT

echo "==> npm ci (autocannon)"; npm ci --no-audit --no-fund --loglevel=error
echo "==> generating $COUNT initiatives"; node generate.mjs "$COUNT" "$work/initiatives.json"
echo "==> building (Release)"; dotnet build "$repo/src/Omigjen.Web" -c Release -nologo -v quiet
app=(dotnet "$repo/src/Omigjen.Web/bin/Release/net10.0/Omigjen.Web.dll" --contentRoot "$repo/src/Omigjen.Web"
     "--Database:ConnectionString=Data Source=$work/load.db" --Database:SeedDemoWhenEmpty=false
     --RateLimits:ApiPerMinute=100000000 --Logging:LogLevel:Default=Warning "--Urls=http://127.0.0.1:$PORT")
echo "==> importing"; "${app[@]:0:2}" migrate "${app[@]:2}" >/dev/null
"${app[@]:0:2}" import initiatives "$work/initiatives.json" "${app[@]:2}" | tail -n 1
"${app[@]}" >"$work/app.log" 2>&1 & app_pid=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/api/v1/initiatives?page_size=1" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$PORT/api/v1/initiatives.geojson" -o "$static"
echo "==> GeoJSON is $(stat -c %s "$static") bytes; static copy at /bench-static.json"
node measure.mjs "http://127.0.0.1:$PORT" "$DURATION" "$CONNECTIONS"
