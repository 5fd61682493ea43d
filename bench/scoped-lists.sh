#!/usr/bin/env bash
# Scoped staff list pages over a large registry (default 1,000,000 households spread over all seven counties of
# Binzhou, about 2.35 million persons), one request at a time, next to the bare PostgreSQL baseline: the two
# statements the page runs (the page of households and their count) with the same values, run by
# psql on the same database.
#
# The application starts as the demo does (demo data, production's template cache); the registry is written
# straight into its tables by psql (bench/scoped-lists.sql), as screening.sh does, in the synthetic registry
# generator's village scheme: the list reads no more than the tables hold, and the persons take the demo's ID
# number ciphertexts (the page decrypts its twenty heads) instead of encrypting 2.35 million numbers.
#
# For each scope (city admin with its demo second factor, county approver bincheng, township reviewers pengli
# and lize, village assistant cunwei) and each page (the first page, a deeper page, a name search, a category
# filter) it asks REQUESTS times (200; CITY_REQUESTS, 20, for the city) after WARMUP (20; CITY_WARMUP, 2)
# unmeasured requests and prints p50/p95/p99 of curl's
# time_total, the baseline's p50/p95 and the ratio of the p95s, and OK or OVER against the goal of 100 ms p95.
# A page over the goal gets its statements' plans printed (EXPLAIN ANALYZE). A measurement, not a test: it
# fails only when the application cannot start, a sign-in fails or a page answers anything but 200.
#
# Usage: bench/scoped-lists.sh [households] [requests]
# SCOPED_DATA_DIR=<folder> keeps the database there and reuses a registry already generated in it.
# Needs curl and psql (Debian: postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-app.sh
households="${1:-1000000}"
requests="${2:-${REQUESTS:-200}}"
warmup="${WARMUP:-20}"
# the whole city's pages take seconds each on two cores: fewer requests there keep the run within the hour
city_requests="${CITY_REQUESTS:-20}"
city_warmup="${CITY_WARMUP:-2}"
goal_ms=100
password="${STAFF_PASSWORD:-Demo@2026}"
app_port=18080
base=500000000
work="$(mktemp -d)"
data_dir="${SCOPED_DATA_DIR:-$work/data}"

cleanup() {
    if [ -n "${app_pid:-}" ] && kill -0 "$app_pid" 2> /dev/null; then
        # SIGTERM, never SIGKILL: the application stops its embedded PostgreSQL on the way out
        kill -TERM "$app_pid" 2> /dev/null || true
        wait "$app_pid" 2> /dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

for tool in curl psql; do
    command -v $tool > /dev/null || { echo "$tool is not installed (apt-get install -y postgresql-client curl)" >&2; exit 1; }
done
if curl -s -o /dev/null "http://127.0.0.1:$app_port/"; then
    echo "port $app_port is taken: stop what runs there first" >&2
    exit 1
fi

echo "machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
start_app "$data_dir"
pg_port="$(sed -n 4p "$data_dir/pg/postmaster.pid")"
export PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=postgres PGDATABASE=postgres
sql() { psql -X -At -v ON_ERROR_STOP=1 -c "$1"; }

# A county_code column (when the registry has one, as a partitioning or scope key) must be filled: its value is
# the county's 12-digit code or its 6 significant digits, whichever the column's length takes.
county_column() {
    local length
    length="$(sql "select coalesce(character_maximum_length, 12) from information_schema.columns
                   where table_schema = 'registry' and table_name = '$1' and column_name = 'county_code'
                     and is_generated = 'NEVER'")"
    if [ -z "$length" ]; then
        echo "|"
    elif [ "$length" -lt 12 ]; then
        echo ", county_code|, left($2, 6)"
    else
        echo ", county_code|, left($2, 6) || '000000'"
    fi
}

existing="$(sql "select count(*) from registry.households where id > $base")"
if [ "$existing" -ge "$households" ]; then
    echo "reusing the $existing generated households in $data_dir"
else
    [ "$existing" = 0 ] || sql "delete from registry.households where id > $base" > /dev/null
    household_county="$(county_column households village)"
    person_county="$(county_column persons h.village)"
    echo "generating $households households (a county_code column filled: $([ "$household_county" = "|" ] && echo no \
        || echo yes) in households, $([ "$person_county" = "|" ] && echo no || echo yes) in persons)"
    started=$(date +%s)
    psql -X -q -v households="$households" -v base="$base" \
        -v household_county_column="${household_county%%|*}" -v household_county_value="${household_county#*|}" \
        -v person_county_column="${person_county%%|*}" -v person_county_value="${person_county#*|}" \
        -f bench/scoped-lists.sql > /dev/null
    echo "generated in $(($(date +%s) - started)) s"
fi
sql "select 'registry: ' || count(*) || ' households in ' || count(distinct left(region_code, 6)) || ' counties, '
            || count(distinct region_code) || ' villages, '
            || (select count(*) from registry.persons) || ' persons' from registry.households"

# sign_in <user>: prints the SESSION cookie of a fresh sign-in by the login form (and, for an account with a
# second factor, the demo's TOTP code the second-factor page shows)
sign_in() {
    local jar_file="$work/cookies-$1.txt" token status code
    token="$(curl -s -c "$jar_file" "$app/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
    status="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar_file" -c "$jar_file" \
        --data-urlencode "username=$1" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
        "$app/login")"
    if [ "$status" = "302 $app/login/second-factor" ]; then
        local page
        page="$(curl -s -b "$jar_file" -c "$jar_file" "$app/login/second-factor")"
        token="$(grep -o 'name="_csrf" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')"
        code="$(grep -o 'id="demo-code"[^>]*>[0-9]*' <<< "$page" | grep -o '[0-9]*$')"
        status="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar_file" -c "$jar_file" \
            --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$app/login/second-factor")"
    fi
    if [ "$status" != "302 $app/console" ]; then
        echo "FAIL: signing in as $1 answered $status" >&2
        exit 1
    fi
    echo "SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar_file")"
}

# percentiles <file of milliseconds>: p50 p95 p99 by nearest rank
percentiles() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        split("50 95 99", ps, " ")
        for (i = 1; i <= 3; i++) { r = int((ps[i] * NR + 99) / 100); if (r < 1) r = 1; printf "%.1f ", v[r] } }'
}

# The page's two statements as HouseholdListQuery writes them for this search: only the conditions it uses, the
# scope as a range of region codes, the county named at county level and below, the total summed from the
# villages' kept figures unless the search is for text. The values are written in as
# literals, so PostgreSQL plans each execution for its values (the application's prepared statements may get a
# generic plan after five executions; with these conditions both plans use the same indexes).
# statements <prefix> <category> <text> <villagesNamed> <offset>: the page, a line break, the count
statements() {
    local prefix="$1" category="$2" text="$3" villages="$4" offset="$5"
    local lowest highest county_of where
    lowest="$prefix$(printf '0%.0s' $(seq 1 $((12 - ${#prefix}))))"
    highest="$prefix$(printf '9%.0s' $(seq 1 $((12 - ${#prefix}))))"
    where="h.region_code between '$lowest' and '$highest'"
    county_of="h.county_code"
    if [ ${#prefix} -ge 6 ]; then
        county_of="'${prefix:0:6}'"
        where="$where and h.county_code = $county_of"
    fi
    if [ -n "$category" ]; then
        where="$where and '$category' = any(h.categories)"
    fi
    if [ -n "$text" ]; then
        local persons_county="" alternatives=""
        [ ${#prefix} -ge 6 ] && persons_county=" and p.county_code = $county_of"
        [[ "$text" =~ ^[0-9-]+$ ]] && alternatives="h.number like '%$text%' or "
        [ "$villages" != "{}" ] && alternatives="$alternatives h.region_code = any('$villages'::text[]) or "
        where="$where and ($alternatives h.id = any(array(select p.household_id from registry.persons p
            where p.head and registry.name_grams(p.name) @> registry.name_grams('$text')
            and p.name like '%$text%'$persons_county)))"
    fi
    echo "select h.id, h.number, h.region_code, h.categories, h.demo, p.name as head_name,
       p.id_number_cipher as head_cipher,
       (select count(*) from registry.persons m where m.county_code = $county_of and m.household_id = h.id)
from (select h.id, h.number, h.region_code, h.categories, h.demo, h.county_code from registry.households h
      where $where order by h.region_code, h.number limit 20 offset $offset) h
left join registry.persons p on p.county_code = $county_of and p.household_id = h.id and p.head
order by h.region_code, h.number;" | tr '\n' ' '
    echo
    if [ -n "$text" ]; then
        echo "select count(*) from registry.households h where $where;" | tr '\n' ' '
    else
        echo "select coalesce(sum(c.households), 0) from registry.household_counts c
              where c.region_code between '$lowest' and '$highest' and c.category = '$category';" | tr '\n' ' '
    fi
    echo
}

# baseline <prefix> <category> <text> <villagesNamed> <offset>: milliseconds of each execution of both
# statements, one a line, in one session
baseline() {
    local page count
    { read -r page; read -r count; } <<< "$(statements "$@")"
    {
        echo '\timing on'
        for _ in $(seq 1 $((warmup + requests))); do
            echo "$page"
            echo "$count"
        done
    } | psql -X -q -v ON_ERROR_STOP=1 -o /dev/null | awk -v w="$warmup" '/^Time:/ {
        if (++n % 2 == 0) { if (n / 2 > w) printf "%.3f\n", sum + $2; } else sum = $2 }'
}

# explain <prefix> <category> <text> <villagesNamed> <offset>: both statements' plans with these values
explain() {
    local page count
    { read -r page; read -r count; } <<< "$(statements "$@")"
    psql -X -q -v ON_ERROR_STOP=1 -c "explain (analyze, buffers) $page" -c "explain (analyze, buffers) $count" \
        | sed 's/^/    /'
}

# Scopes: user and data-scope prefix (what DataScope.prefix() gives for the account's region)
scopes=(admin:3716 bincheng:371602 pengli:371602005 lize:371602012 cunwei:371602012201)
name_searched="张伟"
category_filtered="tekun"

printf '\n%-9s %-34s %8s %8s %8s %8s | %8s %8s %7s  %s\n' scope page rows "p50 ms" "p95 ms" "p99 ms" \
    "SQL p50" "SQL p95" "ratio" "goal ${goal_ms} ms p95"
: > "$work/summary.txt"
: > "$work/over.txt"
all_requests="$requests"
all_warmup="$warmup"
for entry in "${scopes[@]}"; do
    user="${entry%%:*}"
    prefix="${entry#*:}"
    requests="$all_requests"
    warmup="$all_warmup"
    if [ "$prefix" = 3716 ]; then
        requests="$city_requests"
        warmup="$city_warmup"
    fi
    session="$(sign_in "$user")"
    in_scope="$(sql "select count(*) from registry.households where region_code like '$prefix%'")"
    deep=$(( in_scope / 20 / 2 ))
    if [ "$deep" -gt 50 ]; then
        deep=50
    fi
    villages_named="$(sql "select coalesce(array_agg(code order by code), '{}') from region.regions
                           where level = 'VILLAGE' and code like '$prefix%' and name like '%$name_searched%'")"
    pages=(
        "first page||||0"
        "page $((deep + 1))|page=$deep|||$((deep * 20))"
        "name search $name_searched|q=$name_searched||$name_searched|0"
        "category $category_filtered|category=$category_filtered|$category_filtered||0"
    )
    for page in "${pages[@]}"; do
        IFS='|' read -r label query category text offset <<< "$page"
        url="$app/console/registry/households${query:+?$query}"
        : > "$work/times.txt"
        for i in $(seq 1 $((warmup + requests))); do
            result="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Cookie: $session" -G \
                ${query:+--data-urlencode "$query"} "$app/console/registry/households")"
            if [ "${result%% *}" != 200 ]; then
                echo "FAIL: $user $url answered ${result%% *} (a 302 means the session was lost)" >&2
                grep -E -A3 'ERROR|Exception' "$work/app.log" | tail -20 >&2
                exit 1
            fi
            if [ "$i" -gt "$warmup" ]; then
                awk '{ printf "%.3f\n", $2 * 1000 }' <<< "$result" >> "$work/times.txt"
            fi
        done
        read -r p50 p95 p99 <<< "$(percentiles "$work/times.txt")"
        rows="$(sql "select count(*) from registry.households h left join registry.persons p
                     on p.household_id = h.id and p.head where h.region_code like '$prefix%'
                     and ('$category' = '' or '$category' = any(h.categories))
                     and ('$text' = '' or h.number like '%$text%' or p.name like '%$text%'
                          or h.region_code = any('$villages_named'::text[]))")"
        # Baseline: the same two statements, prepared, as many times, on the same database
        baseline "$prefix" "$category" "$text" "$villages_named" "$offset" > "$work/sql.txt"
        read -r s50 s95 _ <<< "$(percentiles "$work/sql.txt")"
        verdict="$(awk -v p="$p95" -v g=$goal_ms 'BEGIN { print (p < g ? "OK" : "OVER") }')"
        line="$(printf '%-9s %-34s %8s %8s %8s %8s | %8s %8s %7.2f  %s' "$user" "$label" "$rows" "$p50" "$p95" \
            "$p99" "$s50" "$s95" "$(awk -v a="$p95" -v b="$s95" 'BEGIN { print a / b }')" "$verdict")"
        echo "$line"
        echo "$line" >> "$work/summary.txt"
        if [ "$verdict" = OVER ]; then
            echo "$user|$label|$prefix|$category|$text|$villages_named|$offset" >> "$work/over.txt"
        fi
    done
done

echo
echo "registry: $households households; $all_requests requests per page one at a time after $all_warmup unmeasured" \
    "($city_requests after $city_warmup for the city); ratio = application p95 / SQL p95"
over="$(wc -l < "$work/over.txt")"
echo "$(( $(wc -l < "$work/summary.txt") - over )) pages within ${goal_ms} ms p95, $over over"
while IFS='|' read -r user label prefix category text villages_named offset; do
    echo
    echo "== over the goal: $user, $label: the page's statements with its values"
    explain "$prefix" "$category" "$text" "$villages_named" "$offset"
done < "$work/over.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
