#!/usr/bin/env bash
# Starts a real Elasticsearch 8 node for the tests, in the background: the
# official distribution Elastic publishes to Maven Central for integration
# tests (org.elasticsearch.distribution.integ-test-zip:elasticsearch, type
# zip: the server with transport-netty4, x-pack-core and x-pack-security;
# no analysis-common, rest-root or reindex modules), fetched once with
# Maven into ~/.m2.
#
#   tests/es/start-elasticsearch.sh [--port HTTP_PORT] [--dir DIR] [--timeout SECONDS]
#
# The node is single-node, on loopback, with security on: HTTPS with a CA
# made for this node (DIR/certs/ca.crt) and a file-realm superuser. DIR
# (default ${TMPDIR:-/tmp}/lessons-es8-HTTP_PORT) holds the data, the logs,
# node.pid and connection.json ({"url", "username", "password",
# "ca_certs"}) for the tests. Elasticsearch refuses to run as root: under
# root the node runs as the unprivileged user ES_TEST_UID (default 65534,
# nobody) through setpriv, owning DIR. Stop it with tests/es/stop.sh
# --dir DIR.
#
# Measured on 2 shared cores: the zip (102 MB) downloads in about 6 s and
# unpacks in about 3 s, once; a node (certificates included) is ready in
# about 20 s, 50 s on a heavily loaded machine, and holds about 0.75 GB
# resident (heap ES_TEST_HEAP_MB, default 512).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${ES_TEST_VERSION:-8.19.21}"
port=9270 dir="" timeout=180
heap_mb="${ES_TEST_HEAP_MB:-512}"
run_uid="${ES_TEST_UID:-65534}"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    *) echo "start-elasticsearch.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
dir="${dir:-${TMPDIR:-/tmp}/lessons-es8-$port}"

for tool in java mvn python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "start-elasticsearch.sh: '$tool' not found: the Elasticsearch test node needs Java 17 and Maven 3 (Debian: apt-get install openjdk-17-jdk-headless maven)" >&2
    exit 3
  fi
done
as_node=()
if [ "$(id -u)" = 0 ]; then
  if ! command -v setpriv >/dev/null; then
    echo "start-elasticsearch.sh: Elasticsearch refuses to run as root and 'setpriv' (util-linux) is missing to drop to uid $run_uid" >&2
    exit 3
  fi
  as_node=(setpriv "--reuid=$run_uid" "--regid=$run_uid" --clear-groups)
fi

if [ -f "$dir/node.pid" ] && kill -0 "$(cat "$dir/node.pid")" 2>/dev/null; then
  echo "start-elasticsearch.sh: a node is already running from $dir (pid $(cat "$dir/node.pid")); stop it with tests/es/stop.sh --dir $dir" >&2
  exit 1
fi

# The distribution: from ~/.m2 (offline first), unpacked once. It must be
# readable by the node's user; a checkout under a private home is not, so
# then it is unpacked under TMPDIR instead.
artifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$version:zip"
zip="$HOME/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$version/elasticsearch-$version.zip"
cache="$here/target"
if [ ${#as_node[@]} -gt 0 ] && ! "${as_node[@]}" test -x "$here"; then
  cache="${TMPDIR:-/tmp}/lessons-es-dist"
fi
home="$cache/elasticsearch-$version"
mkdir -p "$cache"
(
  flock 9
  if [ ! -x "$home/bin/elasticsearch" ]; then
    if [ ! -f "$zip" ]; then
      echo "start-elasticsearch.sh: fetching Elasticsearch $version from Maven Central (102 MB, once)..." >&2
      mvn -q -B dependency:get "-Dartifact=$artifact" -Dtransitive=false >"$cache/fetch.log" 2>&1 || {
        echo "start-elasticsearch.sh: Maven could not fetch $artifact:" >&2; tail -n 20 "$cache/fetch.log" >&2; exit 1; }
    fi
    rm -rf "$home.partial"
    mkdir -p "$home.partial"
    python3 -m zipfile -e "$zip" "$home.partial"
    chmod -R a+rX "$home.partial"
    chmod a+x "$home.partial/elasticsearch-$version"/bin/*
    mv "$home.partial/elasticsearch-$version" "$home"
    rm -rf "$home.partial"
  fi
) 9>"$cache/.es-$version.lock"

rm -rf "$dir"
mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
cp -r "$home/config" "$dir/config"
password="lessons-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
cat >>"$dir/config/elasticsearch.yml" <<EOF
cluster.name: lessons-test-es8-$port
node.name: node-0
path.data: $dir/data
path.logs: $dir/logs
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
discovery.type: single-node
cluster.routing.allocation.disk.threshold_enabled: false
xpack.security.enabled: true
xpack.security.http.ssl.enabled: true
xpack.security.http.ssl.key: certs/node/node.key
xpack.security.http.ssl.certificate: certs/node/node.crt
xpack.security.http.ssl.certificate_authorities: [certs/ca/ca.crt]
xpack.security.authc.api_key.enabled: true
EOF
printf -- '-Xms%sm\n-Xmx%sm\n' "$heap_mb" "$heap_mb" >"$dir/config/jvm.options.d/heap.options"

java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
node_env=(env "ES_JAVA_HOME=$java_home" "ES_PATH_CONF=$dir/config" "ES_TMPDIR=$dir/tmp" "HOME=$dir" "LIBFFI_TMPDIR=$dir/tmp")
began=$(date +%s)
# A CA and an HTTPS certificate for 127.0.0.1/localhost, made by the
# distribution's own tool, and the file-realm user the tests log in as
# (made as the caller; then every file of DIR is handed to the node's user).
certutil() {
  "${node_env[@]}" "$home/bin/elasticsearch-certutil" "$@" --silent --pem >>"$dir/logs/certutil.log" 2>&1 || {
    echo "start-elasticsearch.sh: certutil $1 failed:" >&2; tail -n 20 "$dir/logs/certutil.log" >&2; exit 1; }
}
certutil ca --out "$dir/config/ca.zip"
python3 -m zipfile -e "$dir/config/ca.zip" "$dir/config/certs"
certutil cert --ca-cert "$dir/config/certs/ca/ca.crt" --ca-key "$dir/config/certs/ca/ca.key" \
  --name node --ip 127.0.0.1 --dns localhost --out "$dir/config/node.zip"
python3 -m zipfile -e "$dir/config/node.zip" "$dir/config/certs"
"${node_env[@]}" "$home/bin/elasticsearch-users" useradd lessons -p "$password" -r superuser \
  >"$dir/logs/users.log" 2>&1 || {
  echo "start-elasticsearch.sh: adding the test user failed:" >&2; tail -n 20 "$dir/logs/users.log" >&2; exit 1; }

# Only this node's files are handed to its user.
if [ ${#as_node[@]} -gt 0 ]; then
  chown -R "$run_uid:$run_uid" "$dir"
fi
# -d: the launcher returns once the node serves (or has failed to start).
if ! "${as_node[@]}" "${node_env[@]}" timeout "$timeout" "$home/bin/elasticsearch" -d -p "$dir/node.pid" \
    >"$dir/logs/launch.log" 2>&1 </dev/null; then
  echo "start-elasticsearch.sh: the node did not start; log tail:" >&2
  tail -n 40 "$dir/logs/launch.log" "$dir/logs/lessons-test-es8-$port.log" 2>/dev/null >&2 || true
  [ -f "$dir/node.pid" ] && kill "$(cat "$dir/node.pid")" 2>/dev/null || true
  exit 1
fi
python3 - "$dir" "$port" "$password" <<'EOF'
import json, sys
from pathlib import Path
directory, port, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
info = {"url": f"https://127.0.0.1:{port}", "username": "lessons", "password": password,
        "ca_certs": str(directory / "config" / "certs" / "ca" / "ca.crt")}
(directory / "connection.json").write_text(json.dumps(info, indent=1))
EOF
echo "start-elasticsearch.sh: Elasticsearch $version ready on https://127.0.0.1:$port in $(( $(date +%s) - began ))s (pid $(cat "$dir/node.pid"), connection $dir/connection.json)"
