#!/usr/bin/env bash
# Throwaway PostgreSQL 15 server for the tests (used by ../test.sh; usable by hand).
#
#   tests/postgres.sh start [ENV_FILE]
#       Creates a fresh instance directory /tmp/stocktaking-pg.XXXXXX (mktemp, so a previous run
#       that was killed never gets in the way), runs initdb into DIR/data as the postgres user
#       (initdb refuses root), and starts the server on 127.0.0.1 with a free port picked now.
#       Prints the port, alone, on stdout. With ENV_FILE, also writes sourceable lines there:
#           export STOCKTAKING_PG_DIR='/tmp/stocktaking-pg.XXXXXX'
#           export STOCKTAKING_PG_PORT='PORT'
#           export STOCKTAKING_TEST_POSTGRES='Host=127.0.0.1;Port=PORT;Username=postgres;Database=postgres'
#       Progress and errors go to stderr. Exit status non-zero (and nothing left behind) on failure.
#
#   tests/postgres.sh stop [PORT|DIR]
#       Stops the instance started on PORT (or living in DIR; default $STOCKTAKING_PG_DIR) and
#       deletes its directory. Stopping an instance that is already gone succeeds.
#
#   tests/postgres.sh cleanup
#       Stops and deletes every instance whose owner process has died (see below).
#
# Instance directory: data/ (PGDATA; the server log is data/server.log), the Unix socket,
# `port`, and `owner`: the PID of the process the instance belongs to ($STOCKTAKING_PG_OWNER, else
# the caller's PID). `start` first reaps instances whose owner is dead, so a run killed with
# SIGKILL (which no trap can catch) leaves its server behind only until the next start.
#
# Auth is `trust` and the server listens on loopback only. fsync/full_page_writes are off: the
# data is thrown away, and CREATE DATABASE is much faster without them. Encoding is UTF8 with the
# C.UTF-8 locale whatever the caller's LANG (otherwise an unset LANG gives SQL_ASCII databases).
set -uo pipefail

PG_BIN=${STOCKTAKING_PG_BIN:-/usr/lib/postgresql/15/bin}
BASE_PARENT=/tmp              # every parent directory must be traversable by the postgres user
PREFIX=stocktaking-pg.

log() { echo "postgres.sh: $*" >&2; }

# Runs a command as the postgres user when we are root (initdb and postgres refuse root),
# as ourselves otherwise. Runs from / so that an unreadable working directory cannot bother it.
as_pg() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

# Is this one of our instance directories? Guards every rm -rf.
is_instance_dir() {
    local dir=$1
    [[ -n $dir && -d $dir && $(basename -- "$dir") == "$PREFIX"* && $(dirname -- "$dir") == "$BASE_PARENT" ]]
}

# Stops the server of an instance directory (if it runs) and deletes the directory.
stop_dir() {
    local dir=$1 pid
    is_instance_dir "$dir" || { log "not an instance directory: $dir"; return 1; }
    if [[ -f $dir/data/postmaster.pid ]]; then
        # immediate: no shutdown checkpoint, the data is about to be deleted anyway.
        if ! as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1; then
            pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null)
            if [[ $pid =~ ^[0-9]+$ ]] && [[ $(cat "/proc/$pid/comm" 2>/dev/null) == postgres ]]; then
                log "pg_ctl stop failed, killing postmaster $pid"
                kill -KILL "$pid" 2>/dev/null
                for _ in $(seq 50); do [[ -d /proc/$pid ]] || break; sleep 0.1; done
            fi
        fi
    fi
    rm -rf -- "$dir"
}

# Is process $1 alive (and not a zombie waiting to be reaped)?
alive() {
    local state
    # /proc rather than kill -0, which also fails for another user's live process.
    [[ $1 =~ ^[0-9]+$ && -d /proc/$1 ]] || return 1
    state=$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null)
    [[ $state != Z ]]
}

# Stops instances whose owner process is gone.
reap_stale() {
    local dir owner
    for dir in "$BASE_PARENT/$PREFIX"*; do
        is_instance_dir "$dir" || continue
        owner=$(cat "$dir/owner" 2>/dev/null)
        # No owner file yet: another start may be creating it right now, unless it is old.
        if [[ -z $owner ]]; then
            [[ -n $(find "$dir" -maxdepth 0 -mmin +10 2>/dev/null) ]] || continue
        elif alive "$owner"; then
            continue
        fi
        log "removing stale instance $dir (owner ${owner:-unknown} is gone)"
        stop_dir "$dir"
    done
}

# Prints a port nobody listens on yet (a race with another process remains: start retries).
# Ports 20000-32767 stay below Linux's ephemeral range (32768-60999).
pick_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 12768))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

cmd_start() {
    local env_file=${1:-} owner=${STOCKTAKING_PG_OWNER:-$PPID} dir port attempt
    [[ -x $PG_BIN/initdb ]] || { log "$PG_BIN/initdb not found (apt-get install postgresql)"; return 1; }
    if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        log "user postgres does not exist (apt-get install postgresql)"; return 1
    fi
    reap_stale

    dir=$(mktemp -d "$BASE_PARENT/${PREFIX}XXXXXX") || return 1
    echo "$owner" >"$dir/owner"
    # From here on, any failure or interruption removes the instance again.
    trap 'stop_dir "$dir"; exit 1' INT TERM HUP
    chmod 700 "$dir"
    [[ $EUID -eq 0 ]] && chown postgres: "$dir"

    if ! as_pg "$PG_BIN/initdb" -D "$dir/data" --auth=trust --username=postgres \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        log "initdb failed:"; cat "$dir/initdb.log" >&2
        stop_dir "$dir"; return 1
    fi

    for attempt in 1 2 3 4 5; do
        port=$(pick_port) || { log "no free port found"; stop_dir "$dir"; return 1; }
        [[ -f $dir/data/server.log ]] && : >"$dir/data/server.log"   # judge this attempt only
        if as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            echo "$port" >"$dir/port"
            if [[ -n $env_file ]]; then
                {
                    echo "export STOCKTAKING_PG_DIR='$dir'"
                    echo "export STOCKTAKING_PG_PORT='$port'"
                    echo "export STOCKTAKING_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
                } >"$env_file"
            fi
            trap - INT TERM HUP
            log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir/data"
            echo "$port"
            return 0
        fi
        # pg_ctl gave up: make sure no half-started server remains before trying another port.
        as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
        if grep -q 'Address already in use' "$dir/data/server.log" 2>/dev/null; then
            log "port $port taken (attempt $attempt), trying another"
            continue
        fi
        break
    done
    log "PostgreSQL failed to start; server log:"
    cat "$dir/data/server.log" >&2 2>/dev/null
    stop_dir "$dir"
    return 1
}

cmd_stop() {
    local target=${1:-${STOCKTAKING_PG_DIR:-}} dir
    if [[ -z $target ]]; then
        log "usage: postgres.sh stop PORT|DIR (or set STOCKTAKING_PG_DIR)"; return 2
    fi
    if [[ $target =~ ^[0-9]+$ ]]; then
        for dir in "$BASE_PARENT/$PREFIX"*; do
            if [[ -f $dir/port && $(cat "$dir/port") == "$target" ]]; then
                stop_dir "$dir"
                return
            fi
        done
        return 0   # already gone
    fi
    [[ -e $target ]] || return 0
    stop_dir "$target"
}

case ${1:-} in
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    cleanup) reap_stale ;;
    *) echo "usage: $0 start [ENV_FILE] | stop [PORT|DIR] | cleanup" >&2; exit 2 ;;
esac
