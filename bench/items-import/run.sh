#!/usr/bin/env bash
# Item spreadsheet import benchmark: a generated 100,000-row CSV imported by the real command line
# (`import items --initiative <slug> <file>`) into a fresh SQLite database — and PostgreSQL when OMIGJEN_BENCH_POSTGRES
# holds an admin connection string (a throwaway database is created and dropped). Prints rows/s for the import (as the
# CLI times it, and wall time including process start), for a second import of the same file (every row an update),
# and next to baselines from the same run on the same rows:
#   sqlite3 .import into a plain table (no indexes, no full-text), and the same rows pushed by SQL alone into the real
#   Items table (indexes, check constraints, FTS5 triggers) — the database's own floor for this work;
#   psql \copy into a plain table for PostgreSQL.
# ROWS overrides the row count; NO_BUILD=1 uses the existing Release build.
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd); repo=$(cd ../.. && pwd)
ROWS=${ROWS:-100000}; SLUG=${SLUG:-hallenskog-ombrukslager}
work=$(mktemp -d /tmp/omigjen-items-import.XXXXXX)
pg_db=""; pg_admin=""
cleanup() {
  if [ -n "$pg_db" ]; then psql "$pg_admin" -qc "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

if [ "${NO_BUILD:-}" != "1" ]; then echo "==> building (Release)"; dotnet build "$repo/src/Omigjen.Web" -c Release -nologo -v quiet -p:SkipNpm=true -p:OpenApiGenerateDocuments=false; fi
dll="$repo/src/Omigjen.Web/bin/Release/net10.0/Omigjen.Web.dll"
echo "==> generating $ROWS rows"; "$here/generate.sh" "$ROWS" "$work/items.csv"
echo "    $(stat -c %s "$work/items.csv") bytes"
quiet=(--Logging:LogLevel:Default=Warning)

# Runs one import; prints "<wall seconds> <rows/s reported by the CLI>" and keeps the output in $work/last.log.
import() {
  local t0 t1
  t0=$(now)
  dotnet "$dll" import items --initiative "$SLUG" "$work/items.csv" "$@" "${quiet[@]}" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  t1=$(now)
  echo "$(secs "$t0" "$t1") $(grep -o '[0-9]* rader/s' "$work/last.log" | grep -o '^[0-9]*')"
}

declare -a table
row() { table+=("$(printf '%-58s %10s %12s %8s' "$@")"); }

# ---- SQLite ---------------------------------------------------------------------------------------------------
db=(--Database:Provider=Sqlite "--Database:ConnectionString=Data Source=$work/bench.db")
echo "==> SQLite: migrate and demo data"
dotnet "$dll" seed-demo "${db[@]}" "${quiet[@]}" >/dev/null
cp "$work/bench.db" "$work/baseline.db"
echo "==> SQLite: import (new rows)"
read -r wall cli <<<"$(import "${db[@]}")"; tail -n 1 "$work/last.log"
echo "==> SQLite: the same file again (every row an update)"
read -r wall2 cli2 <<<"$(import "${db[@]}")"; tail -n 1 "$work/last.log"

echo "==> SQLite baselines"
tail -n +2 "$work/items.csv" >"$work/rows.csv"
t0=$(now)
sqlite3 "$work/plain.db" ".mode csv" ".separator ;" "CREATE TABLE plain(a,b,c,d,e,f,g,h,i);" ".import $work/rows.csv plain"
t1=$(now); plain=$(secs "$t0" "$t1")
init_id=$(sqlite3 "$work/baseline.db" "SELECT Id FROM Initiatives WHERE Slug = '$SLUG'")
t0=$(now)
sqlite3 "$work/baseline.db" "PRAGMA journal_mode=WAL;" ".mode csv" ".separator ;" "CREATE TEMP TABLE plain(a,b,c,d,e,f,g,h,i);" ".import $work/rows.csv plain" "
BEGIN;
INSERT INTO Items (InitiativeId, LocationId, ExternalId, Title, Description, Category, Condition, PriceNok, Quantity, Available, Size, Brand,
                   Status, Latitude, Longitude, TitleTerms, BodyTerms, CreatedAt, UpdatedAt)
SELECT $init_id, NULL, a, b, c, 'Other', 'Used', CAST(f AS INTEGER), CAST(g AS INTEGER), CAST(g AS INTEGER), h, i,
       'Available', 59.8, 10.4, lower(b), lower(c || ' ' || i), '2026-12-02 11:00:00', '2026-12-02 11:00:00' FROM plain;
COMMIT;" >/dev/null
t1=$(now); sqlfloor=$(secs "$t0" "$t1")
row "SQLite" "seconds" "rows/s" "ratio"
row "  app import, new rows (CLI's own timing)" "" "$cli" "1.00"
row "  app import, new rows (wall, incl. process start)" "$wall" "$(rate "$ROWS" "$wall")" "$(ratio "$(rate "$ROWS" "$wall")" "$cli")"
row "  app import, same file again: updates (CLI's timing)" "" "$cli2" "$(ratio "$cli2" "$cli")"
row "  baseline: sqlite3 .import, plain table" "$plain" "$(rate "$ROWS" "$plain")" "$(ratio "$(rate "$ROWS" "$plain")" "$cli")"
row "  baseline: sqlite3 .import + SQL into Items (indexes, FTS)" "$sqlfloor" "$(rate "$ROWS" "$sqlfloor")" "$(ratio "$(rate "$ROWS" "$sqlfloor")" "$cli")"

# ---- PostgreSQL -----------------------------------------------------------------------------------------------
# OMIGJEN_BENCH_POSTGRES is an Npgsql connection string (Host=…;Port=…;Username=…;Password=…); psql gets the libpq form.
libpq() { echo "$1" | tr ';' '\n' | sed -E 's/^Host=/host=/I; s/^Port=/port=/I; s/^Username=/user=/I; s/^Password=/password=/I; s/^Database=/dbname=/I' | grep -E '^(host|port|user|password|dbname)=' | tr '\n' ' '; }
if [ -n "${OMIGJEN_BENCH_POSTGRES:-}" ]; then
  pg_db="omigjen_bench_$RANDOM$RANDOM"
  pg_admin=$(libpq "$OMIGJEN_BENCH_POSTGRES")
  psql "$pg_admin" -qc "CREATE DATABASE \"$pg_db\"" >/dev/null
  pg_cs="$(echo "$OMIGJEN_BENCH_POSTGRES" | sed -E 's/;?Database=[^;]*//I');Database=$pg_db"
  db=(--Database:Provider=Postgres "--Database:ConnectionString=$pg_cs")
  echo "==> PostgreSQL: migrate and demo data"
  dotnet "$dll" seed-demo "${db[@]}" "${quiet[@]}" >/dev/null
  echo "==> PostgreSQL: import (new rows)"
  read -r pwall pcli <<<"$(import "${db[@]}")"; tail -n 1 "$work/last.log"
  echo "==> PostgreSQL: the same file again (every row an update)"
  read -r pwall2 pcli2 <<<"$(import "${db[@]}")"; tail -n 1 "$work/last.log"
  echo "==> PostgreSQL baseline"
  t0=$(now)
  psql "$(libpq "$pg_cs")" -qc "CREATE TABLE plain(a text,b text,c text,d text,e text,f text,g text,h text,i text)" \
       -c "\\copy plain FROM '$work/rows.csv' WITH (FORMAT csv, DELIMITER ';')" >/dev/null
  t1=$(now); pplain=$(secs "$t0" "$t1")
  row "PostgreSQL" "seconds" "rows/s" "ratio"
  row "  app import, new rows (CLI's own timing)" "" "$pcli" "1.00"
  row "  app import, new rows (wall, incl. process start)" "$pwall" "$(rate "$ROWS" "$pwall")" "$(ratio "$(rate "$ROWS" "$pwall")" "$pcli")"
  row "  app import, same file again: updates (CLI's timing)" "" "$pcli2" "$(ratio "$pcli2" "$pcli")"
  row "  baseline: psql \\copy, plain table" "$pplain" "$(rate "$ROWS" "$pplain")" "$(ratio "$(rate "$ROWS" "$pplain")" "$pcli")"
fi

echo
echo "Item import, $ROWS rows ($(nproc) cores). Ratio: rows/s relative to the app's import on the same database."
printf '%s\n' "${table[@]}"
