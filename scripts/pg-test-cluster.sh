#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests, on a loopback port.
#   pg-test-cluster.sh start INFO_DIR   initdb into a temporary folder, pg_ctl start, write INFO_DIR/connection
#   pg-test-cluster.sh stop INFO_DIR    stop the cluster and delete its folder
# CTest runs these as the setup and cleanup fixtures of the tests that need a server
# (tests/CMakeLists.txt). If the server cannot be started, this fails loudly: those tests then fail,
# they are never skipped.
set -euo pipefail

action=${1:?usage: pg-test-cluster.sh start|stop INFO_DIR}
info_dir=${2:?usage: pg-test-cluster.sh start|stop INFO_DIR}
mkdir -p "$info_dir"
info="$(cd "$info_dir" && pwd)/connection"
cd /tmp # the server user may not be allowed into the build folder

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$info" ] || return 0
    local data bin
    data=$(sed -n 's/^data=//p' "$info")
    bin=$(sed -n 's/^bin=//p' "$info")
    if [ -n "$data" ] && [ -d "$data" ]; then
        as_server_user "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
        case "$data" in /tmp/cca-pgtest.*/db) rm -rf "${data%/db}" ;; esac
    fi
    rm -f "$info"
}

case "$action" in
stop)
    stop_cluster
    echo "PostgreSQL test cluster stopped"
    ;;
start)
    stop_cluster # a cluster left over by an interrupted run
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "FATAL: the PostgreSQL server is not installed (Debian package 'postgresql'); scripts/test.sh installs it." >&2
        exit 1
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "FATAL: running as root but there is no 'postgres' user to run the server as." >&2
        exit 1
    fi
    mkdir -p "$info_dir"
    data=$(mktemp -d /tmp/cca-pgtest.XXXXXX)
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" >"$data.pw"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$data" "$data.pw"
    fi
    chmod 700 "$data"
    port=""
    for candidate in $(seq 55432 55532); do
        if ! (echo >"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { echo "FATAL: no free loopback port for PostgreSQL" >&2; exit 1; }
    if ! as_server_user "$bin/initdb" -D "$data/db" -U cca --pwfile="$data.pw" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --no-locale -N >"$data.initdb.log" 2>&1; then
        cat "$data.initdb.log" >&2
        echo "FATAL: initdb failed" >&2
        exit 1
    fi
    rm -f "$data.pw"
    if ! as_server_user "$bin/pg_ctl" -D "$data/db" -l "$data/db/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null; then
        cat "$data/db/server.log" >&2 || true
        echo "FATAL: PostgreSQL did not start on 127.0.0.1:$port" >&2
        exit 1
    fi
    {
        echo "url=postgresql://cca@127.0.0.1:$port/postgres"
        echo "password=$password"
        echo "data=$data/db"
        echo "bin=$bin"
    } >"$info.tmp"
    mv "$info.tmp" "$info"
    rm -f "$data.initdb.log"
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($data/db)"
    ;;
*)
    echo "usage: pg-test-cluster.sh start|stop INFO_DIR" >&2
    exit 2
    ;;
esac
