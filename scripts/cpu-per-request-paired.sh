#!/usr/bin/env bash
# Server CPU per request of two servers loaded AT THE SAME TIME with the same request, so that
# whatever else the machine does disturbs both alike; each round runs both orders (X started
# first, then Y first), since the one started first tends to come out cheaper. Prints each run
# and the geometric mean of Y's CPU over X's.
#
#   scripts/cpu-per-request-paired.sh <port X> <port Y> <ask.json> [label] [rounds=3] [requests=3000]
#
# <ask.json> is one request as src/bench/questions.ts spells it: {"method", "path", "body"?}
# (scripts/bench-asks.ts writes them). Each run: 300 warm-up requests, then <requests> at
# concurrency 10 against each server at once; CPU is user+system of the process listening on
# the port (/proc/<pid>/stat). A server started just now needs a run of its own first: its
# first measured run is dominated by the JIT.
set -euo pipefail
X=$1 Y=$2 ASK=$3 LABEL=${4:-$X/$Y} ROUNDS=${5:-3} N=${6:-3000}
METHOD=$(jq -r .method "$ASK") URLPATH=$(jq -r .path "$ASK") BODY=$(jq -r '.body // ""' "$ASK")
REQ=(-m "$METHOD" -H 'content-type: application/json')
[ -n "$BODY" ] && REQ+=(-b "$BODY")
TICK=$(getconf CLK_TCK)
AC="$(dirname "$0")/../node_modules/.bin/autocannon"
pid_of() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
ticks() { local f; read -r -a f < "/proc/$1/stat"; echo $((f[13] + f[14])); }
both() { # <first port> <second port> <requests>: load both at once, the first started first
  "$AC" -c 10 -a "$3" "${REQ[@]}" "http://127.0.0.1:$1$URLPATH" > /dev/null 2>&1 &
  "$AC" -c 10 -a "$3" "${REQ[@]}" "http://127.0.0.1:$2$URLPATH" > /dev/null 2>&1
  wait
}
PX=$(pid_of "$X") PY=$(pid_of "$Y")
RATIOS=()
for _ in $(seq "$ROUNDS"); do
  for order in XY YX; do
    if [ $order = XY ]; then FIRST=$X SECOND=$Y; else FIRST=$Y SECOND=$X; fi
    both "$FIRST" "$SECOND" 300
    X0=$(ticks "$PX") Y0=$(ticks "$PY")
    both "$FIRST" "$SECOND" "$N"
    X1=$(ticks "$PX") Y1=$(ticks "$PY")
    LINE=$(awk -v l="$LABEL" -v o=$order -v x=$((X1 - X0)) -v y=$((Y1 - Y0)) -v n="$N" -v k="$TICK" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { printf "%-16s %s  X %6.3f ms/req  Y %6.3f ms/req  Y/X %5.3f  (load %s)\n", l, o, 1000*x/k/n, 1000*y/k/n, (x ? y/x : 0), load }')
    echo "$LINE"
    RATIOS+=("$(echo "$LINE" | grep -o 'Y/X [0-9.]*' | cut -d' ' -f2)")
  done
done
printf '%s\n' "${RATIOS[@]}" | awk -v l="$LABEL" '$1 > 0 { s += log($1); n++; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1 }
  END { printf "== %-16s Y/X geometric mean %.3f (min %.3f, max %.3f, %d runs)\n", l, exp(s/n), min, max, n }'
