#!/usr/bin/env bash
# Starts a real search server for the tests: N OpenSearch 2.19 nodes in one
# JVM on loopback (see pom.xml for why OpenSearch), in the background.
#
#   tests/es/start.sh [--nodes N] [--port HTTP_PORT] [--dir DIR] [--timeout SECONDS]
#
# Node i serves HTTP on HTTP_PORT+i (default 9250) and transport on
# HTTP_PORT+100+i. DIR (default ${TMPDIR:-/tmp}/lessons-es-HTTP_PORT) holds
# the data, node.log and node.pid. Waits until /_cluster/health answers
# yellow or green with all N nodes, else prints the log tail and fails.
# Stop with tests/es/stop.sh (same --port/--dir); stop one node of a
# cluster with tests/es/stop-node.sh.
#
# Measured on 2 shared cores: first build 20 s (79 MB from Maven Central
# into ~/.m2), later builds skipped; 1 node ready in 9-13 s, 3 nodes in
# about 12 s; about 300 MB resident (heap capped at ES_TEST_HEAP_MB=1024
# per node).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nodes=1 port=9250 dir="" timeout=180
heap_mb="${ES_TEST_HEAP_MB:-1024}"
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    *) echo "start.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
dir="${dir:-${TMPDIR:-/tmp}/lessons-es-$port}"

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null; then
    echo "start.sh: '$tool' not found: the test search server needs Java 17 and Maven 3 (Debian: apt-get install openjdk-17-jdk-headless maven)" >&2
    exit 3
  fi
done

health() {  # prints the cluster status, or nothing when the node does not answer
  local url="http://127.0.0.1:$port/_cluster/health?wait_for_nodes=$nodes&timeout=1s"
  if command -v curl >/dev/null; then
    curl -s --max-time 3 "$url" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' || true
  else
    python3 -c 'import json,sys,urllib.request
try: print(json.load(urllib.request.urlopen(sys.argv[1], timeout=3))["status"])
except Exception: pass' "$url"
  fi
}

if [ -f "$dir/node.pid" ] && kill -0 "$(cat "$dir/node.pid")" 2>/dev/null; then
  case "$(health)" in
    green|yellow) echo "start.sh: already running on port $port (pid $(cat "$dir/node.pid"))"; exit 0 ;;
  esac
  echo "start.sh: a node is running from $dir but does not answer on port $port; stop it with tests/es/stop.sh --port $port" >&2
  exit 1
fi

# Build once; again only when the sources change. Offline first (the usual
# case once the dependencies are in ~/.m2), then online.
jar="$here/target/es-test-node-1.0.0.jar"
if [ ! -f "$jar" ] || [ ! -d "$here/target/lib" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -type f)" ]; then
  mkdir -p "$here/target"
  (
    flock 9
    cd "$here"
    rm -rf "$here/target/lib"  # copied afresh, so no jar of an older pom lingers
    if ! mvn -q -o package -DskipTests >"$here/target/build.log" 2>&1; then
      echo "start.sh: building the test node (downloads from Maven Central the first time)..." >&2
      mvn -q -B package -DskipTests >"$here/target/build.log" 2>&1 || {
        echo "start.sh: the Maven build failed:" >&2; tail -n 30 "$here/target/build.log" >&2; exit 1; }
    fi
  ) 9>"$here/target/.build.lock"
fi

rm -rf "$dir"
mkdir -p "$dir"
began=$(date +%s)
nohup java -Xms256m "-Xmx$((heap_mb * nodes))m" -XX:+UseSerialGC -Djava.awt.headless=true \
  -cp "$jar:$here/target/lib/*" org.safeguardinglessons.esnode.EsNode \
  --nodes "$nodes" --http-port "$port" --transport-port "$((port + 100))" \
  --cluster-name "lessons-test-$port" --dir "$dir" \
  >"$dir/node.log" 2>&1 </dev/null &
echo $! >"$dir/node.pid"

while :; do
  status="$(health)"
  if [ "$status" = green ] || [ "$status" = yellow ]; then
    echo "start.sh: $nodes node(s) ready on http://127.0.0.1:$port in $(( $(date +%s) - began ))s (pid $(cat "$dir/node.pid"), log $dir/node.log)"
    exit 0
  fi
  if ! kill -0 "$(cat "$dir/node.pid")" 2>/dev/null; then
    echo "start.sh: the node exited before it was ready; log tail:" >&2
    tail -n 40 "$dir/node.log" >&2
    exit 1
  fi
  if [ $(( $(date +%s) - began )) -ge "$timeout" ]; then
    echo "start.sh: no healthy cluster on port $port after ${timeout}s; log tail:" >&2
    tail -n 40 "$dir/node.log" >&2
    kill "$(cat "$dir/node.pid")" 2>/dev/null || true
    exit 1
  fi
  sleep 0.5
done
