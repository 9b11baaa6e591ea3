#!/usr/bin/env bash
# Runs every test: builds the solution, starts a throwaway PostgreSQL cluster on a free loopback port (stopped and
# removed at the end, even on failure), runs each test project (HTTP and data tests on SQLite and PostgreSQL, browser
# tests in the machine's Chromium) and ends with one line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
root_dir=$(pwd)

say() { printf '==> %s\n' "$*"; }
need_root_or_explain() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: $1. Install it with: sudo apt-get install -y $2" >&2
    exit 1
  fi
}
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { DEBIAN_FRONTEND=noninteractive apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required (dotnet on PATH)." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are required for the front-end packages." >&2; exit 1; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  need_root_or_explain "PostgreSQL server" "postgresql"
  say "Installing PostgreSQL (apt)"
  apt_install postgresql
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
chromium_bin=${OMIGJEN_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium_bin" ]; then
  need_root_or_explain "Chromium" "chromium"
  say "Installing Chromium (apt)"
  apt_install chromium
fi
export OMIGJEN_CHROMIUM="$chromium_bin"

# A throwaway cluster: initdb and pg_ctl refuse to run as root, so root runs them as the postgres user.
pg_dir=$(mktemp -d /tmp/omigjen-pg.XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
cleanup() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap cleanup EXIT
port=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 40000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "No free port found for PostgreSQL." >&2; exit 1; }
say "Starting a throwaway PostgreSQL on 127.0.0.1:$port"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; exit 1; }
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; exit 1; }
export OMIGJEN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

say "Building"
dotnet build Omigjen.slnx -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

# The third-party notice is current and every shipped package's licence is allowed: counted as one test.
say "Checking third-party licences"
licence_passed=0; licence_failed=0
if licence_output=$(tools/licences/notices.sh --check 2>&1); then
  licence_passed=1
else
  licence_failed=1
  printf 'FAILED licence check:\n%s\n' "$licence_output" >&2
fi

# One code style (.editorconfig), counted as one test. The analyzers already fail the build (warnings are errors), so
# only whitespace and code style are checked here; together about a minute on two cores, a third of a full `dotnet format`.
say "Checking the code style (dotnet format)"
style_passed=0; style_failed=0
if style_output=$( { dotnet format whitespace Omigjen.slnx --verify-no-changes -v q \
                     && dotnet format style Omigjen.slnx --verify-no-changes --no-restore -v q; } 2>&1); then
  style_passed=1
else
  style_failed=1
  printf 'FAILED code style (fix with: dotnet format Omigjen.slnx):\n%s\n' "$(head -n 40 <<<"$style_output")" >&2
fi

# Each test host would watch its settings files with an inotify instance; tests running in parallel (hosts, the CLI
# they start, Chromium) can reach the default per-user limit of 128. Polling watchers need none.
export DOTNET_USE_POLLING_FILE_WATCHER=true
results="$root_dir/TestResults"
rm -rf "$results"
status=0
for project in tests/*/*.csproj; do
  say "Testing $project"
  dotnet test "$project" --no-build -nologo --blame-hang-timeout 10m --logger "trx" --logger "console;verbosity=minimal" \
    --results-directory "$results/$(basename "$project" .csproj)" || status=1
done

passed=0; failed=0
for trx in $(find "$results" -name '*.trx' 2>/dev/null); do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$(( passed + ${p:-0} )); failed=$(( failed + ${f:-0} ))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
passed=$(( passed + licence_passed + style_passed )); failed=$(( failed + licence_failed + style_failed ))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
