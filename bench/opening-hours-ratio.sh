#!/usr/bin/env bash
# Runs opening_hours.js and Omigjen.OpeningHours over the same corpus and the same instants on this
# machine and prints the throughput ratios (ours / opening_hours.js).
#
# Usage: bench/opening-hours-ratio.sh [corpus-file] [--max-seconds N] [--next-change-every N]
#   corpus-file defaults to tests/Omigjen.OpeningHours.Tests/Golden/corpus.txt.
#   The instants are a fortnight at 30-minute steps from Monday 2026-11-30 00:00 Europe/Oslo.
#   --next-change-every N times next change at every Nth instant only (default 8, both sides).
#   --max-seconds bounds the opening_hours.js phases (default 150 in all; a phase stops early
#   and its rate is computed over the calls made); both runs are also wrapped in `timeout`.
# Needs Node 20+ with npm (installs the oracle with npm ci if needed) and the .NET SDK.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ORACLE="$ROOT/tools/opening-hours-oracle"
CORPUS="$ROOT/tests/Omigjen.OpeningHours.Tests/Golden/corpus.txt"
MAX_SECONDS=150
NEXT_EVERY=8
if [[ $# -gt 0 && "$1" != --* ]]; then CORPUS="$(realpath "$1")"; shift; fi
while [[ $# -gt 0 ]]; do
  case "$1" in
    --max-seconds) MAX_SECONDS="$2"; shift 2 ;;
    --next-change-every) NEXT_EVERY="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
TIMEOUT=$(( MAX_SECONDS * 3 + 600 ))
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Fixed instants shared by both sides: 672 half-hours from 2026-11-29T23:00:00Z (= 2026-11-30 00:00 Oslo).
START=1795993200
for i in $(seq 0 671); do echo $(( START + i * 1800 )); done > "$WORK/instants.txt"

# Serialise .NET work with other users of this machine (shared lock file convention).
LOCK=()
if command -v flock >/dev/null; then LOCK=(flock /tmp/omigjen-dotnet.lock); fi

echo "== corpus: $CORPUS ($(grep -c . "$CORPUS") values), 672 instants, next change every $NEXT_EVERY instant(s), limit 366 days"
if [[ ! -d "$ORACLE/node_modules/opening_hours" ]]; then
  echo "== npm ci (oracle)"
  (cd "$ORACLE" && npm ci --no-audit --no-fund)
fi

echo "== opening_hours.js"
JS_JSON=$(cd "$ORACLE" && TZ=Europe/Oslo timeout "$TIMEOUT" node throughput.js "$CORPUS" \
  --instants-file "$WORK/instants.txt" --parse-rounds 3 --next-change-every "$NEXT_EVERY" --limit-days 366 \
  --max-seconds "$MAX_SECONDS" | tail -n 1)
echo "$JS_JSON"

echo "== Omigjen.OpeningHours (Release build)"
"${LOCK[@]}" dotnet build -c Release "$ROOT/bench/Omigjen.OpeningHours.Benchmarks" -v q -nologo >&2
NET_JSON=$(TZ=Europe/Oslo timeout "$TIMEOUT" "${LOCK[@]}" dotnet run -c Release --no-build \
  --project "$ROOT/bench/Omigjen.OpeningHours.Benchmarks" -- --throughput "$CORPUS" \
  --instants-file "$WORK/instants.txt" --parse-rounds 20 --next-change-every "$NEXT_EVERY" --limit-days 366 | tail -n 1)
echo "$NET_JSON"

echo "== ratios (Omigjen.OpeningHours / opening_hours.js; target: parse >= 20x, state and next change >= 10x)"
node -e '
const js = JSON.parse(process.argv[1]);
const net = JSON.parse(process.argv[2]);
const pick = (o, ...keys) => { for (const k of keys) if (typeof o[k] === "number") return o[k]; return NaN; };
const rows = [
  ["parse", pick(js, "parse_per_s"), pick(net, "parse_per_s", "parsePerSecond"), 20],
  ["state", pick(js, "state_per_s"), pick(net, "state_per_s", "statePerSecond"), 10],
  ["next change", pick(js, "next_change_per_s"), pick(net, "next_change_per_s", "nextChangePerSecond"), 10],
];
let ok = true;
for (const [name, a, b, target] of rows) {
  const ratio = b / a;
  if (!(ratio >= target)) ok = false;
  console.log(`${name.padEnd(12)} opening_hours.js ${String(a).padStart(10)}/s   ours ${String(b).padStart(12)}/s   ratio ${ratio.toFixed(1).padStart(7)}x   (target ${target}x) ${ratio >= target ? "ok" : "BELOW TARGET"}`);
}
if (typeof net.stateAllocatedBytes === "number") console.log(`state allocations (ours): ${net.stateAllocatedBytes} bytes`);
console.log(ok ? "all targets met" : "some targets not met");
' "$JS_JSON" "$NET_JSON"
