#!/usr/bin/env bash
# Load on the citizen portal and the staff console with wrk, loopback only, bounded in time, against the nginx
# baseline (the very same pages served as static files on the same machine).
#
#   portal:  PORTAL_CONNECTIONS (200) open connections, each asking for the next page of a mix of citizen pages
#            behind the village QR codes (村居首页, 码上通 policy list and pages, 政策自查, 码上查 lists of villages
#            and townships, the /lists redirect) for PORTAL_SECONDS (60).
#   staff:   STAFF_CONNECTIONS (50) connections signed in as the demo accounts bincheng, lize and pengli (one session
#            each, taken in turn) asking for the console's list pages for STAFF_SECONDS (60).
#
# Each run is preceded by a short warm-up (JIT, connection pool). The run passes only with zero errors: no socket
# error, no timeout (--timeout TIMEOUT, 10s), no status outside 2xx/3xx on the portal and nothing but 200 in the
# console (a 302 there is the login page: the session was lost). It prints FAIL and exits 1 otherwise.
#
# Usage: bench/load.sh [portal-seconds] [staff-seconds]
# Needs wrk (Debian: apt-get install -y wrk; installed here when missing and running as root) and, for the
# baseline, nginx on the PATH; without nginx only the application's figures are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-app.sh
portal_seconds="${1:-${PORTAL_SECONDS:-60}}"
staff_seconds="${2:-${STAFF_SECONDS:-60}}"
portal_connections="${PORTAL_CONNECTIONS:-200}"
staff_connections="${STAFF_CONNECTIONS:-50}"
baseline_seconds="${BASELINE_SECONDS:-20}"
warmup_seconds="${WARMUP_SECONDS:-20}"
timeout="${TIMEOUT:-10s}"
staff_users="${STAFF_USERS:-bincheng lize pengli}"
password="${STAFF_PASSWORD:-Demo@2026}"
threads="$(nproc)"
app_port=18080
nginx_port=18081
work="$(mktemp -d)"
lua="$PWD/bench/load-paths.lua"

# The page mix: a QR scan lands on the village home, so homes come most often; the list of policies is the
# largest page; 政策自查 evaluates the rules' questions; 码上查 lists read the paid ledger.
portal_paths=(
    /v/371602012201
    /v/371602012202
    /v/371602011001
    /v/371602012215
    /v/371602012201/policies
    /v/371602011002/policies/5
    /v/371602012203/policies/20
    /v/371602012201/self-check
    /v/371602012201/lists
    /gs/371602012201
    /gs/371602012
    /gs/371602011
)
staff_paths=(
    /console
    /console/assistance/cases
    /console/assistance/recipients
    /console/registry/households
    /console/registry/warnings
    /console/payment/payrolls
    /console/policy/policies
)

cleanup() {
    if [ -n "${app_pid:-}" ] && kill -0 "$app_pid" 2> /dev/null; then
        # SIGTERM, never SIGKILL: the application stops its embedded PostgreSQL on the way out
        kill -TERM "$app_pid" 2> /dev/null || true
        wait "$app_pid" 2> /dev/null || true
    fi
    [ -f "$work/nginx.pid" ] && kill -TERM "$(cat "$work/nginx.pid")" 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk > /dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y wrk > /dev/null || { apt-get update -q > /dev/null && apt-get install -y wrk > /dev/null; }
    else
        echo "wrk is not installed: apt-get install -y wrk" >&2
        exit 1
    fi
fi
for port in $app_port $nginx_port; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is taken: stop what runs there first" >&2
        exit 1
    fi
done

echo "machine: $threads cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
start_app "$work/data"

# Every page once before the load: it must answer 200 (302 for the redirect), and its body becomes the nginx
# baseline's static file (the redirect becomes an nginx redirect).
mkdir -p "$work/www"
chmod a+x "$work"
: > "$work/nginx-locations.conf"
# fetch <kind> <index> <path> <expected status> [cookie]
fetch() {
    local status seen=false
    [ -f "$work/www/$1-$2.html" ] && seen=true
    status="$(curl -s -o "$work/www/$1-$2.html" -w '%{http_code}' ${5:+-H "Cookie: $5"} "$app$3")"
    if [ "$status" != "$4" ]; then
        echo "FAIL: $3 answered $status before any load (expected $4)" >&2
        exit 1
    fi
    if [ "$status" = 302 ] && ! $seen; then
        echo "location = /$1-$2.html { return 302 /$1-0.html; }" >> "$work/nginx-locations.conf"
    fi
    $seen || echo "/$1-$2.html" >> "$work/$1-baseline.txt"
}
: > "$work/portal-baseline.txt"
: > "$work/staff-baseline.txt"
printf '%s\n' "${portal_paths[@]}" > "$work/portal.txt"
printf '%s\n' "${staff_paths[@]}" > "$work/staff.txt"
for i in "${!portal_paths[@]}"; do
    expected=200
    [[ "${portal_paths[$i]}" == */lists ]] && expected=302
    fetch portal "$i" "${portal_paths[$i]}" $expected
done

# Sign in as each staff account by the login form: GET /login gives the session and the CSRF token, POST
# /login answers 302 to /console and a new session cookie (the session id changes at sign-in).
sessions=""
for user in $staff_users; do
    jar_file="$work/cookies-$user.txt"
    token="$(curl -s -c "$jar_file" "$app/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
    status="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar_file" -c "$jar_file" \
        --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
        "$app/login")"
    if [ "$status" != "302 $app/console" ]; then
        echo "FAIL: signing in as $user answered $status" >&2
        exit 1
    fi
    session="SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar_file")"
    sessions="$sessions$session"$'\n'
    # One request at a time first: the first page with a form stores the session's CSRF token, and concurrent
    # first requests of a fresh session race to insert it (see bench/README.md)
    for i in "${!staff_paths[@]}"; do
        fetch staff "$i" "${staff_paths[$i]}" 200 "$session"
    done
done

# cpu_ticks <pid>...: user + system clock ticks of the processes (and of a postmaster's children)
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        for p in $pid $(pgrep -P "$pid" || true); do
            [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
        done
    done
    echo $total
}
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
postmaster="$(head -1 "$work/data/pg/postmaster.pid")"
hz="$(getconf CLK_TCK)"

# run <name> <base url> <paths file> <connections> <seconds> <cookies>: prints wrk's report, keeps its summary
run() {
    local java_before pg_before machine_before
    java_before="$(cpu_ticks "$app_pid")"
    pg_before="$(cpu_ticks "$postmaster")"
    machine_before="$(machine_ticks)"
    LOAD_PATHS="$3" LOAD_COOKIES="$6" wrk -t"$threads" -c"$4" -d"$5"s --timeout "$timeout" --latency -s "$lua" "$2" \
        | tee "$work/$1.out"
    awk -v j="$(( $(cpu_ticks "$app_pid") - java_before ))" -v p="$(( $(cpu_ticks "$postmaster") - pg_before ))" \
        -v m="$(( $(machine_ticks) - machine_before ))" -v hz="$hz" -v s="$5" -v c="$threads" 'BEGIN {
            printf "cpu seconds over %d s (%d cores): application JVM %.1f, PostgreSQL %.1f, " \
                "the rest (wrk, other work) %.1f\n", s, c, j / hz, p / hz, (m - j - p) / hz }' | tee -a "$work/$1.out"
}
field() { grep '^summary:' "$work/$1.out" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
percentile() { grep '^latency percentiles' "$work/$1.out" | grep -o "$2=[0-9.]*" | cut -d= -f2; }

echo
echo "== warm-up: portal mix, 50 connections, ${warmup_seconds}s; console mix, 10 connections, ${warmup_seconds}s"
LOAD_PATHS="$work/portal.txt" wrk -t"$threads" -c50 -d"$warmup_seconds"s --timeout "$timeout" -s "$lua" "$app" \
    | grep '^status codes:' | sed 's/^/warm-up portal /'
LOAD_PATHS="$work/staff.txt" LOAD_COOKIES="$sessions" wrk -t"$threads" -c10 -d"$warmup_seconds"s --timeout "$timeout" \
    -s "$lua" "$app" | grep '^status codes:' | sed 's/^/warm-up console /'

echo
echo "== portal: ${#portal_paths[@]} pages in turn, $portal_connections connections, ${portal_seconds}s, $threads threads"
run portal "$app" "$work/portal.txt" "$portal_connections" "$portal_seconds" ""
echo
echo "== console: ${#staff_paths[@]} pages in turn as $staff_users, $staff_connections connections, ${staff_seconds}s"
run staff "$app" "$work/staff.txt" "$staff_connections" "$staff_seconds" "$sessions"

have_nginx=false
if command -v nginx > /dev/null; then
    have_nginx=true
    chmod -R a+rX "$work/www"
    cat > "$work/nginx.conf" << CONF
worker_processes $threads;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    default_type text/html;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        include $work/nginx-locations.conf;
    }
}
CONF
    nginx -c "$work/nginx.conf"
    sleep 1
    echo
    echo "== baseline: nginx serving the same pages as static files, ${baseline_seconds}s each"
    nginx="http://127.0.0.1:$nginx_port"
    run portal-nginx "$nginx" "$work/portal-baseline.txt" "$portal_connections" "$baseline_seconds" ""
    run staff-nginx "$nginx" "$work/staff-baseline.txt" "$staff_connections" "$baseline_seconds" ""
fi

# errors <name> <allowed statuses (regex)>: socket errors, timeouts and unexpected statuses, added up
errors() {
    local socket unexpected
    socket=$(($(field "$1" connect_errors) + $(field "$1" read_errors) + $(field "$1" write_errors)
        + $(field "$1" timeouts)))
    unexpected="$(grep '^status codes:' "$work/$1.out" | tr ' ' '\n' | grep '=' | grep -Ev "^($2)=" \
        | awk -F= '{ n += $2 } END { print n + 0 }')"
    echo $((socket + unexpected))
}
portal_errors="$(errors portal '2[0-9][0-9]|3[0-9][0-9]')"
staff_errors="$(errors staff '200')"

echo
echo "== summary (wrk on the same $threads cores as the application and PostgreSQL)"
printf '%-26s %6s %9s %9s %9s %9s %9s %9s %7s\n' "" conns requests "req/s" "p50 ms" "p90 ms" "p99 ms" "max ms" errors
line() {
    printf '%-26s %6s %9s %9.0f %9s %9s %9s %9s %7s\n' "$1" "$3" "$(field "$2" requests)" "$(field "$2" rps)" \
        "$(percentile "$2" p50)" "$(percentile "$2" p90)" "$(percentile "$2" p99)" "$(percentile "$2" max)" "$4"
}
line "portal (application)" portal "$portal_connections" "$portal_errors"
$have_nginx && line "portal (nginx, static)" portal-nginx "$portal_connections" \
    "$(errors portal-nginx '2[0-9][0-9]|3[0-9][0-9]')"
line "console (application)" staff "$staff_connections" "$staff_errors"
$have_nginx && line "console (nginx, static)" staff-nginx "$staff_connections" "$(errors staff-nginx '200')"
if $have_nginx; then
    awk -v a="$(field portal rps)" -v n="$(field portal-nginx rps)" \
        'BEGIN { printf "ratio application / nginx (req/s): portal %.3f\n", a / n }'
    awk -v a="$(field staff rps)" -v n="$(field staff-nginx rps)" \
        'BEGIN { printf "ratio application / nginx (req/s): console %.3f\n", a / n }'
else
    echo "nginx not installed: no baseline, no ratio (apt-get install -y nginx)"
fi
grep '^status codes:' "$work/portal.out" | sed 's/^/portal /'
grep '^status codes:' "$work/staff.out" | sed 's/^/console /'
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$portal_errors" != 0 ] || [ "$staff_errors" != 0 ]; then
    echo "FAIL: $portal_errors errors on the portal, $staff_errors on the console (socket errors, timeouts over" \
        "$timeout, unexpected statuses; a 302 in the console means the session was lost)"
    grep -E 'ERROR|Exception' "$work/app.log" | sort | uniq -c | sort -rn | head -10
    exit 1
fi
echo "PASS: no errors"
