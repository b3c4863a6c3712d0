#!/usr/bin/env bash
# The test command: ./test.sh [dotnet test arguments...]
#   e.g. ./test.sh --filter FullyQualifiedName~Recipes
#
# 1. Installs what the tests need when something is missing (Debian 12, as root): chromium,
#    fonts-wqy-zenhei (CJK glyphs in screenshots), postgresql. Already installed: apt is skipped.
# 2. Starts a throwaway PostgreSQL 15 on a free loopback port (tests/postgres.sh) and stops and
#    deletes it at exit, whatever happens. If STOCKTAKING_TEST_POSTGRES is already set, that
#    server is used instead and none is started.
# 3. Exports for the tests:
#      STOCKTAKING_TEST_POSTGRES  Npgsql connection string to the server's `postgres` database
#                                 (superuser, trust auth); tests create their own databases.
#      STOCKTAKING_TEST_CHROMIUM  browser for Playwright (default /usr/bin/chromium).
# 4. Runs `dotnet test StocktakingCms.sln -c Release [arguments]` (StocktakingCms.slnx if there is no
#    .sln) with one TRX file per test project in a fresh TestResults/, named
#    tests_<framework>_<timestamp>.trx: with the TRX logger's LogFileName every project would
#    overwrite the same file.
# 5. Sums the TRX counters of all projects and prints, as the very last line,
#      N passed, N failed[, N skipped]
#    Exit status is non-zero when a test failed, when dotnet test failed (a build error counts as
#    one failure: "0 passed, 1 failed" when no TRX was written), or when no test ran.
set -uo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")" || exit 1
ROOT=$PWD

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PACKAGES=(chromium fonts-wqy-zenhei postgresql)
PG_PORT=

note() { echo "test.sh: $*" >&2; }

cleanup() {
    if [[ -n $PG_PORT ]]; then
        bash "$ROOT/tests/postgres.sh" stop "$PG_PORT" >&2 || note "could not stop PostgreSQL on port $PG_PORT"
        PG_PORT=
    fi
}
# On a signal: cancel dotnet test (running in the background, see step 4; a foreground command
# would delay the trap until the tests end), wait for it, stop PostgreSQL, exit. dotnet test is
# cancelled with SIGINT whatever the signal: after a SIGTERM its test hosts live on.
DOTNET_PID=
on_signal() { # on_signal EXIT_STATUS
    trap '' INT TERM HUP
    if [[ -n $DOTNET_PID ]]; then
        kill -INT "$DOTNET_PID" 2>/dev/null
        wait "$DOTNET_PID" 2>/dev/null
    fi
    cleanup
    exit "$1"
}
trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
trap 'on_signal 129' HUP

# Failure before any test could run: still end with the summary line.
abort() {
    note "$*"
    cleanup
    echo "0 passed, 1 failed"
    exit 1
}

# --- 1. packages -------------------------------------------------------------------------------
missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$pkg")
done
[[ -x /usr/lib/postgresql/15/bin/initdb ]] || missing+=(postgresql-15)
if ((${#missing[@]})); then
    if [[ $EUID -ne 0 ]]; then
        abort "missing packages; run as root, or: sudo apt-get install -y ${missing[*]}"
    fi
    note "installing ${missing[*]}"
    apt-get update -q || abort "apt-get update failed"
    # Only what is missing: naming an installed package would upgrade it as a side effect.
    apt-get install -y -q "${missing[@]}" ||
        abort "apt-get install failed"
fi
command -v dotnet >/dev/null || abort "dotnet not found: install the .NET SDK of global.json"

SLN=StocktakingCms.sln
if [[ ! -f $SLN && -f StocktakingCms.slnx ]]; then
    SLN=StocktakingCms.slnx   # `dotnet new sln` makes .slnx files since .NET 10
fi
[[ -f $SLN ]] || abort "StocktakingCms.sln not found in $ROOT"

# --- 2./3. services and environment ------------------------------------------------------------
if [[ -n ${STOCKTAKING_TEST_POSTGRES:-} ]]; then
    note "using the PostgreSQL server of STOCKTAKING_TEST_POSTGRES"
else
    started=$SECONDS
    PG_PORT=$(STOCKTAKING_PG_OWNER=$$ bash "$ROOT/tests/postgres.sh" start) || { PG_PORT=; abort "PostgreSQL did not start"; }
    note "PostgreSQL ready in $((SECONDS - started)) s"
    export STOCKTAKING_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
fi
export STOCKTAKING_TEST_CHROMIUM=${STOCKTAKING_TEST_CHROMIUM:-/usr/bin/chromium}

# --- 4. tests ----------------------------------------------------------------------------------
RESULTS=$ROOT/TestResults
rm -rf -- "$RESULTS" && mkdir -p -- "$RESULTS" || abort "cannot recreate $RESULTS"
# In the background so that signal traps run at once; a script's background commands ignore
# SIGINT, `env --default-signal` gives dotnet back its Ctrl-C (coreutils >= 8.31).
default_signals=(env --default-signal=INT,QUIT)
"${default_signals[@]}" true 2>/dev/null || default_signals=()
"${default_signals[@]}" dotnet test "$SLN" -c Release --results-directory "$RESULTS" \
    --logger "trx;LogFilePrefix=tests" "$@" &
DOTNET_PID=$!
wait "$DOTNET_PID"
rc=$?
DOTNET_PID=
cleanup   # before the summary, so that the summary stays the last line

# --- 5. summary --------------------------------------------------------------------------------
passed=0 failed=0 total=0 executed=0 files=0
counter() { # counter NAME COUNTERS_ELEMENT -> the attribute's value, 0 when absent
    local v
    v=$(sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p" <<<"$2")
    echo "${v:-0}"
}
while IFS= read -r -d '' trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    [[ -n $counters ]] || { note "no <Counters> in $trx"; continue; }
    files=$((files + 1))
    total=$((total + $(counter total "$counters")))
    executed=$((executed + $(counter executed "$counters")))
    passed=$((passed + $(counter passed "$counters")))
    for kind in failed error timeout aborted; do
        failed=$((failed + $(counter "$kind" "$counters")))
    done
done < <(find "$RESULTS" -name '*.trx' -print0)
skipped=$((total - executed))
((skipped < 0)) && skipped=0

status=0
if ((rc != 0)); then
    note "dotnet test exited with status $rc"
    # A build error or a crashed test host: make the summary line say so too.
    ((failed == 0)) && failed=1
    status=$rc
elif ((failed > 0)); then
    status=1
elif ((executed == 0)); then
    note "no test ran"
    status=1
fi
note "$files TRX file(s) in TestResults/"
if ((skipped > 0)); then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit "$status"
