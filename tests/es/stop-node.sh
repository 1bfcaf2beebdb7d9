#!/usr/bin/env bash
# Stops one node of a cluster started by tests/es/start.sh --nodes N; the
# other nodes keep serving.
#   tests/es/stop-node.sh NODE_INDEX [--port HTTP_PORT] [--dir DIR]
set -euo pipefail
index="${1:?usage: stop-node.sh NODE_INDEX [--port HTTP_PORT] [--dir DIR]}"; shift
port=9250 dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "stop-node.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
dir="${dir:-${TMPDIR:-/tmp}/lessons-es-$port}"
touch "$dir/control/stop-$index"
for _ in $(seq 1 120); do
  if grep -q "^STOPPED node-$index\$" "$dir/node.log"; then
    echo "stop-node.sh: node-$index stopped"
    exit 0
  fi
  sleep 0.5
done
echo "stop-node.sh: node-$index did not stop in 60s" >&2
exit 1
