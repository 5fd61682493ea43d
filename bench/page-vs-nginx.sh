#!/usr/bin/env bash
# Requests per second and latency of one application page at 50 concurrent requests, against the nginx
# baseline: nginx serving the very same page as a static file on the same machine, loopback only. The
# application runs from the packaged jar with demo data and production's template cache.
# Usage: bench/page-vs-nginx.sh <path> [requests]   (called by portal-page.sh and disclosure-page.sh)
# Needs nginx on the PATH for the baseline (Debian: apt-get install -y nginx); without it only the
# application's figures are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
path="$1"
requests="${2:-5000}"
work="$(mktemp -d)"
app_port=18080
nginx_port=18081
cleanup() {
    [ -n "${app_pid:-}" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill -TERM "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

for port in $app_port $nginx_port; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is taken: stop what runs there first" >&2
        exit 1
    fi
done
./mvnw -q -Dmaven.test.skip=true package
jar="$(ls target/minzheng-*.jar | grep -v original | head -1)"
# the demo profile with production's template cache (the dev profile re-reads templates per request)
java -jar "$jar" --server.port=$app_port --minzheng.embedded-db.data-dir="$work/data" \
    --spring.thymeleaf.cache=true --logging.level.root=WARN > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$app_port/actuator/health" > /dev/null 2>&1 && break
    sleep 1
done
url="http://127.0.0.1:$app_port$path"
mkdir -p "$work/www"
curl -fs "$url" -o "$work/www/page.html"
# nginx workers run as an unprivileged user: let them read the page
chmod a+x "$work"
chmod -R a+rX "$work/www"
echo "page size: $(wc -c < "$work/www/page.html") bytes"

java bench/PageLoad.java "$url" 50 "$requests" > /dev/null  # warm-up run: JIT and connection pool
app_line="$(java bench/PageLoad.java "$url" 50 "$requests")"
echo "application  $app_line"
if command -v nginx > /dev/null; then
    cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
    nginx -c "$work/nginx.conf"
    sleep 1
    nginx_line="$(java bench/PageLoad.java "http://127.0.0.1:$nginx_port/page.html" 50 "$requests")"
    echo "nginx        $nginx_line"
    app_rps="$(echo "$app_line" | sed -E 's/.* ([0-9]+) req\/s.*/\1/')"
    nginx_rps="$(echo "$nginx_line" | sed -E 's/.* ([0-9]+) req\/s.*/\1/')"
    awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "ratio application / nginx (req/s): %.3f\n", a / n }'
else
    echo "nginx not installed: no baseline (apt-get install -y nginx)"
fi
