#!/usr/bin/env bash
# CPU time per request of one server and of the Neo4j it reads, which a machine shared with other
# work does not distort the way it distorts requests per second: both processes' user+system CPU
# (/proc/<pid>/stat, summed over the server's process tree) before and after a fixed number of
# requests at concurrency 10, divided by that number.
#
#   scripts/cpu-per-request.sh <neo4j pid> <server port> <requests> <ask.json> [label]
#
# <ask.json> is one request as src/bench/questions.ts spells it: {"method", "path", "body"?}.
#
# The server must be the only client of that Neo4j while this runs. Prints one line:
#   label  server_ms/req  neo4j_ms/req  total_ms/req  wall_s
set -euo pipefail
NEO4J_PID=$1 PORT=$2 N=$3 ASK=$4 LABEL=${5:-$PORT}
METHOD=$(jq -r .method "$ASK") URLPATH=$(jq -r .path "$ASK") BODY=$(jq -r '.body // ""' "$ASK")
REQ=(-m "$METHOD" -H 'content-type: application/json')
[ -n "$BODY" ] && REQ+=(-b "$BODY")
TICK=$(getconf CLK_TCK)
server_pids() { # the process listening on PORT and its children
  local pid; pid=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  echo "$pid $(ps -o pid= --ppid "$pid" | tr '\n' ' ')"
}
cpu_ticks() { local t=0; for p in "$@"; do read -r -a f < "/proc/$p/stat" || continue; t=$((t + f[13] + f[14])); done; echo $t; }
AC="$(dirname "$0")/../node_modules/.bin/autocannon"
# Warm-up: JIT, plan cache, connection pool.
"$AC" -c 10 -a 300 "${REQ[@]}" "http://127.0.0.1:$PORT$URLPATH" > /dev/null 2>&1
PIDS=$(server_pids)
S0=$(cpu_ticks $PIDS) D0=$(cpu_ticks "$NEO4J_PID") T0=$(date +%s.%N)
"$AC" -c 10 -a "$N" "${REQ[@]}" "http://127.0.0.1:$PORT$URLPATH" > /dev/null 2>&1
S1=$(cpu_ticks $PIDS) D1=$(cpu_ticks "$NEO4J_PID") T1=$(date +%s.%N)
awk -v l="$LABEL" -v s=$((S1 - S0)) -v d=$((D1 - D0)) -v n="$N" -v k="$TICK" -v w="$(echo "$T1 - $T0" | bc)" \
  'BEGIN { printf "%-18s server %6.2f ms/req  neo4j %6.2f ms/req  total %6.2f ms/req  (%d requests in %.1f s)\n", l, 1000*s/k/n, 1000*d/k/n, 1000*(s+d)/k/n, n, w }'
