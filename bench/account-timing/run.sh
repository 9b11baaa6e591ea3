#!/usr/bin/env bash
# Account enumeration by timing: the app on a throwaway SQLite database on loopback, e-mail to a pickup directory.
# For sign-in (wrong password), sign-up and password reset it times ROUNDS alternating posts for an address with an
# account and one without, and prints the medians and their ratio (known ÷ unknown; 1.00 means the time tells nothing).
# ROUNDS (default 40) and PORT override; NO_BUILD=1 uses the existing Debug build. Bounded: ROUNDS × 6 posts.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
ROUNDS=${ROUNDS:-40}; PORT=${PORT:-5091}
work=$(mktemp -d /tmp/omigjen-timing.XXXXXX)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
base="http://127.0.0.1:$PORT"

if [ "${NO_BUILD:-}" != "1" ]; then echo "==> building"; dotnet build "$repo/src/Omigjen.Web" -nologo -v quiet; fi
echo "==> starting the app on $base"
dotnet run --no-build --project "$repo/src/Omigjen.Web" -- --urls "$base" --Database:ConnectionString="Data Source=$work/omigjen.db" \
  --Email:SmtpHost= --Email:PickupDirectory="$work/mail" --RateLimits:AuthPerMinute=100000 --Security:CookieSecurePolicy=SameAsRequest \
  --Sms:Provider=None >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -fsS -o /dev/null "$base/konto/logg-inn" 2>/dev/null && break; sleep 1; done

# post PATH FIELDS...: fetches the form (cookie jar per call), posts it, prints the seconds the post took.
post() {
  local path=$1; shift
  local jar="$work/jar.$RANDOM"
  local token
  token=$(curl -fsS -c "$jar" "$base$path" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  local args=(--data-urlencode "__RequestVerificationToken=$token")
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -sS -b "$jar" -o /dev/null -w '%{time_total}\n' "${args[@]}" "$base$path"
  rm -f "$jar"
}

known="kjent-$$@eksempel.no"
post /konto/registrer "Email=$known" "Password=et langt passord for tidsmaaling" >/dev/null
sleep 2
link=$(grep -rho 'http[^ ]*/konto/bekreft-epost?[^ <"]*' "$work/mail" | head -n 1 | sed 's/=3D/=/g; s#^http[s]*://[^/]*##')
[ -n "$link" ] && curl -fsS -o /dev/null "$base$link" || echo "warning: no confirmation link found; the known account stays unconfirmed"

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
for kind in sign-in sign-up reset; do
  : >"$work/$kind.known"; : >"$work/$kind.unknown"
done
echo "==> $ROUNDS rounds"
for i in $(seq 1 "$ROUNDS"); do
  printf '\r    round %d/%d' "$i" "$ROUNDS"
  post /konto/logg-inn "Email=$known" "Password=feil passord $i" >>"$work/sign-in.known"
  post /konto/logg-inn "Email=ukjent-$i-$$@eksempel.no" "Password=feil passord $i" >>"$work/sign-in.unknown"
  post /konto/registrer "Email=$known" "Password=et langt passord $i" >>"$work/sign-up.known"
  post /konto/registrer "Email=ny-$i-$$@eksempel.no" "Password=et langt passord $i" >>"$work/sign-up.unknown"
  post /konto/glemt-passord "Email=$known" >>"$work/reset.known"
  post /konto/glemt-passord "Email=ukjent-$i-$$@eksempel.no" >>"$work/reset.unknown"
done
echo
echo
echo "| request | known address, median ms | unknown address, median ms | ratio known ÷ unknown |"
echo "| --- | --- | --- | --- |"
for kind in sign-in sign-up reset; do
  k=$(median <"$work/$kind.known"); u=$(median <"$work/$kind.unknown")
  awk -v n="$kind" -v k="$k" -v u="$u" 'BEGIN { printf "| %s | %.1f | %.1f | %.2f |\n", n, k*1000, u*1000, k/u }'
done
