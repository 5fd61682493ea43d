# Sourced by the benchmarks that measure the running application (load.sh, scoped-lists.sh).
# start_app <data folder>: packages the application, starts it as the demo runs (demo data, production's template
# cache; the dev profile would re-read templates per request) on $app_port with its embedded PostgreSQL in the
# folder, logs to $work/app.log, waits until it answers and sets app_pid and app. Exits when it does not start.
start_app() {
    ./mvnw -q -Dmaven.test.skip=true package
    local jar
    jar="$(ls target/minzheng-*.jar | grep -v original | head -1)"
    java -jar "$jar" --server.port="$app_port" --minzheng.embedded-db.data-dir="$1" \
        --spring.thymeleaf.cache=true --logging.level.root=WARN > "$work/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$app_port/actuator/health" > /dev/null 2>&1 && break
        if ! kill -0 "$app_pid" 2> /dev/null; then
            echo "the application did not start:" >&2
            tail -30 "$work/app.log" >&2
            exit 1
        fi
        sleep 1
    done
    app="http://127.0.0.1:$app_port"
}
