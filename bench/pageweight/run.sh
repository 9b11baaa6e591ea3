#!/usr/bin/env bash
# Start page weight (compressed bytes transferred: HTML, CSS, JS, fonts; map tiles excluded) and Lighthouse's
# performance and accessibility scores, against the app running on the demo data.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd); PORT=${PORT:-5098}
work=$(mktemp -d /tmp/omigjen-pw.XXXXXX)
cleanup() { [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
npm ci --no-audit --no-fund --loglevel=error
dotnet build "$repo/src/Omigjen.Web" -c Release -nologo -v quiet
dotnet "$repo/src/Omigjen.Web/bin/Release/net10.0/Omigjen.Web.dll" --contentRoot "$repo/src/Omigjen.Web" \
  "--Database:ConnectionString=Data Source=$work/pw.db" --Logging:LogLevel:Default=Warning "--Urls=http://127.0.0.1:$PORT" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.5; done
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} npx lighthouse "http://127.0.0.1:$PORT/" --quiet --output=json --output-path="$work/lh.json" \
  --only-categories=performance,accessibility --form-factor=mobile \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run" \
  --blocked-url-patterns='*cache.kartverket.no*' --blocked-url-patterns='*tile.openstreetmap.org*' || true
node -e '
const r = require(process.argv[1]);
const items = r.audits["network-requests"].details.items.filter(i => !/kartverket|openstreetmap/.test(i.url));
const bytes = items.reduce((s, i) => s + (i.transferSize || 0), 0);
console.log("| resource | type | transferred bytes |\n| --- | --- | ---: |");
for (const i of items) console.log(`| ${i.url.replace(/^https?:\/\/[^/]+/, "")} | ${i.resourceType} | ${i.transferSize} |`);
console.log(`\nStart page transfers ${(bytes / 1024).toFixed(1)} KB compressed (target ≤ 200 KB)`);
console.log(`Lighthouse performance ${Math.round(r.categories.performance.score * 100)}, accessibility ${Math.round(r.categories.accessibility.score * 100)}`);
' "$work/lh.json"
