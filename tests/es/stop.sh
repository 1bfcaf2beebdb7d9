#!/usr/bin/env bash
# Stops the test search server started by tests/es/start.sh (or
# start-elasticsearch.sh, given its --dir) and removes its data.
#   tests/es/stop.sh [--port HTTP_PORT] [--dir DIR] [--keep]
set -euo pipefail
port=9250 dir="" keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "stop.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
dir="${dir:-${TMPDIR:-/tmp}/lessons-es-$port}"
if [ ! -f "$dir/node.pid" ]; then
  echo "stop.sh: nothing to stop ($dir/node.pid missing)"
  exit 0
fi
pid="$(cat "$dir/node.pid")"
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop.sh: pid $pid did not stop in 30s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
if [ -n "$keep" ]; then
  rm -f "$dir/node.pid"
else
  rm -rf "$dir"
fi
echo "stop.sh: stopped (pid $pid)"
