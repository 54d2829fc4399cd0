# shellcheck shell=bash
# Throwaway PostgreSQL for the test run. SOURCE this file (do not execute it):
#
#   source .ci/postgres.sh
#   trap teamscert_postgres_stop EXIT
#
# What it does:
#   * installs the Debian "postgresql" package if no server binary
#     (/usr/lib/postgresql/*/bin/postgres) is present (needs root);
#   * runs initdb into a fresh /tmp/teamscert-pg.XXXXXX directory as the
#     "postgres" OS user (as the current user when not root), independent of
#     any system cluster or service;
#   * starts it listening only on 127.0.0.1 (port 55432 or the next free one;
#     TEAMSCERT_PG_PORT overrides the first port tried), unix socket inside the
#     temp directory, durability switched off for speed;
#   * creates role "teamscert" (password "teamscert", CREATEDB) and database
#     "teamscert_test" owned by it;
#   * exports TEAMSCERT_TEST_POSTGRES (an Npgsql connection string) and sets the
#     shell variables TEAMSCERT_PG_HOST, TEAMSCERT_PG_PORT, TEAMSCERT_PG_DIR.
#
# Authentication: unix socket = trust (used only for the setup below),
# TCP on 127.0.0.1 = scram-sha-256, so the password in the connection string
# is really checked.
#
# Cleanup: this file deliberately sets NO trap, so an EXIT trap the caller
# already has is never clobbered. The caller stops the cluster itself by
# calling teamscert_postgres_stop (directly, or from its own EXIT trap as
# shown above). teamscert_postgres_stop is safe to call more than once.
#
# Sourcing it twice in the same shell reuses the running cluster.
# Works with "set -euo pipefail" in the caller; on failure the "source"
# command returns non-zero (so a "set -e" caller stops) after printing the
# reason and, if the server did not come up, the tail of its log.

_teamscert_pg_log() {
  printf '[postgres] %s\n' "$*" >&2
}

# Highest-versioned server bin directory, or nothing.
_teamscert_pg_find_bindir() {
  local candidate best=''
  for candidate in /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$candidate" ] || continue
    best=$(printf '%s\n%s\n' "$best" "${candidate%/postgres}" | sed '/^$/d' | sort -V | tail -n 1)
  done
  printf '%s' "$best"
}

# Run a command as the user that owns the cluster (root may not run postgres).
_teamscert_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

_teamscert_pg_install() {
  if [ "$(id -u)" -ne 0 ]; then
    _teamscert_pg_log "no PostgreSQL server found and not root; install the Debian package 'postgresql' first"
    return 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    _teamscert_pg_log "no PostgreSQL server found and no apt-get to install it with"
    return 1
  fi
  local started=$SECONDS
  _teamscert_pg_log "installing PostgreSQL from Debian (apt-get update + install postgresql)…"
  if ! DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq update </dev/null >&2; then
    _teamscert_pg_log "apt-get update failed"
    return 1
  fi
  if ! DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq -y \
      --no-install-recommends install postgresql </dev/null >&2; then
    _teamscert_pg_log "apt-get install postgresql failed"
    return 1
  fi
  _teamscert_pg_log "installed in $((SECONDS - started)) s"
}

# True if something already accepts TCP connections on 127.0.0.1:$1.
_teamscert_pg_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_teamscert_pg_fail() {
  # $1 = message; prints the server log tail if there is one.
  _teamscert_pg_log "$1"
  if [ -n "${_teamscert_pg_dir:-}" ] && [ -f "$_teamscert_pg_dir/server.log" ]; then
    _teamscert_pg_log "last lines of $_teamscert_pg_dir/server.log:"
    tail -n 30 "$_teamscert_pg_dir/server.log" >&2 || true
  fi
  # Do not leave a half-started cluster or its directory behind.
  if [ -n "${_teamscert_pg_dir:-}" ]; then
    TEAMSCERT_PG_DIR=$_teamscert_pg_dir teamscert_postgres_stop
  fi
  unset _teamscert_pg_dir
  return 1
}

teamscert_postgres_start() {
  # Idempotent: reuse the cluster this shell already started.
  if [ -n "${TEAMSCERT_PG_DIR:-}" ] && [ -n "${TEAMSCERT_PG_PORT:-}" ] && [ -n "${TEAMSCERT_PG_BINDIR:-}" ] \
      && [ -f "$TEAMSCERT_PG_DIR/data/postmaster.pid" ] \
      && "$TEAMSCERT_PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$TEAMSCERT_PG_PORT" -t 5 >/dev/null 2>&1; then
    _teamscert_pg_log "already running on 127.0.0.1:$TEAMSCERT_PG_PORT (reused)"
    export TEAMSCERT_TEST_POSTGRES="Host=127.0.0.1;Port=$TEAMSCERT_PG_PORT;Database=teamscert_test;Username=teamscert;Password=teamscert;Pooling=true;Maximum Pool Size=100"
    return 0
  fi
  # A cluster from an earlier source that has died: clean up before restarting.
  if [ -n "${TEAMSCERT_PG_DIR:-}" ]; then
    _teamscert_pg_log "earlier cluster in $TEAMSCERT_PG_DIR is not answering; replacing it"
    teamscert_postgres_stop
  fi

  local bindir
  bindir=$(_teamscert_pg_find_bindir)
  if [ -z "$bindir" ]; then
    _teamscert_pg_install || return 1
    bindir=$(_teamscert_pg_find_bindir)
    if [ -z "$bindir" ]; then
      _teamscert_pg_log "package installed but no /usr/lib/postgresql/*/bin/postgres found"
      return 1
    fi
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    _teamscert_pg_log "running as root but there is no 'postgres' OS user to run the server as"
    return 1
  fi

  local started=$SECONDS
  # Fixed /tmp (not $TMPDIR): the owner user must be able to reach it and the
  # unix socket path must stay under the ~107 byte limit.
  _teamscert_pg_dir=$(mktemp -d /tmp/teamscert-pg.XXXXXX) || { _teamscert_pg_log "mktemp failed"; return 1; }
  local dir=$_teamscert_pg_dir
  chmod 0755 "$dir" || { _teamscert_pg_fail "chmod $dir failed"; return 1; }
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir" || { _teamscert_pg_fail "chown $dir failed"; return 1; }
  fi

  # Run from the temp dir so the owner user never hits an unreadable cwd.
  if ! (cd "$dir" && _teamscert_pg_as_owner "$bindir/initdb" -D "$dir/data" -U postgres \
        --encoding=UTF8 --no-locale --auth-local=trust --auth-host=scram-sha-256 \
        --no-sync >"$dir/initdb.log" 2>&1); then
    cat "$dir/initdb.log" >&2 || true
    _teamscert_pg_fail "initdb failed"
    return 1
  fi

  local port=${TEAMSCERT_PG_PORT:-55432} attempt ok=''
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    while _teamscert_pg_port_busy "$port"; do
      port=$((port + 1))
    done
    # Settings appended last win over initdb's defaults; rewrite per attempt.
    if ! { cp "$dir/data/postgresql.conf.orig" "$dir/data/postgresql.conf" 2>/dev/null \
           || cp "$dir/data/postgresql.conf" "$dir/data/postgresql.conf.orig"; }; then
      _teamscert_pg_fail "cannot prepare postgresql.conf"
      return 1
    fi
    if ! cat >>"$dir/data/postgresql.conf" <<EOF
# --- teamscert CI overrides ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    then
      _teamscert_pg_fail "cannot write postgresql.conf"
      return 1
    fi
    # Keep only this attempt's output in server.log.
    if [ -f "$dir/server.log" ]; then mv -f "$dir/server.log" "$dir/server.log.prev" || true; fi
    if (cd "$dir" && _teamscert_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
          -w -t 30 start >/dev/null 2>&1); then
      ok=1
      break
    fi
    if grep -q 'could not bind\|Address already in use' "$dir/server.log" 2>/dev/null; then
      _teamscert_pg_log "port $port taken while starting (attempt $attempt), trying the next one"
      port=$((port + 1))
      continue
    fi
    break
  done
  if [ -z "$ok" ]; then
    _teamscert_pg_fail "server did not start"
    return 1
  fi

  local waited=0
  until "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2 >/dev/null 2>&1; do
    waited=$((waited + 1))
    if [ "$waited" -ge 30 ]; then
      _teamscert_pg_fail "server not ready on 127.0.0.1:$port after 30 s"
      return 1
    fi
    sleep 1
  done

  # Setup over the unix socket as the superuser (trust).
  if ! (cd "$dir" && "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
        >"$dir/setup.log" 2>&1 <<'SQL'
CREATE ROLE teamscert LOGIN CREATEDB PASSWORD 'teamscert';
CREATE DATABASE teamscert_test OWNER teamscert;
SQL
  ); then
    cat "$dir/setup.log" >&2 || true
    _teamscert_pg_fail "creating role/database failed"
    return 1
  fi

  # Plain shell variables for the caller (not exported).
  # shellcheck disable=SC2034
  TEAMSCERT_PG_HOST=127.0.0.1
  TEAMSCERT_PG_PORT=$port
  TEAMSCERT_PG_DIR=$dir
  TEAMSCERT_PG_BINDIR=$bindir
  unset _teamscert_pg_dir
  export TEAMSCERT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=teamscert_test;Username=teamscert;Password=teamscert;Pooling=true;Maximum Pool Size=100"
  _teamscert_pg_log "started on 127.0.0.1:$port ($("$bindir/postgres" --version 2>/dev/null || echo "$bindir"), $((SECONDS - started)) s, data in $dir)"
}

# Stop the cluster (immediate mode) and delete its temp directory.
# Never fails, so it is safe in an EXIT trap and safe to call twice.
teamscert_postgres_stop() {
  local dir=${TEAMSCERT_PG_DIR:-}
  local bindir=${TEAMSCERT_PG_BINDIR:-}
  [ -n "$bindir" ] || bindir=$(_teamscert_pg_find_bindir 2>/dev/null || true)
  case "$dir" in
    /tmp/teamscert-pg.?*) ;;
    *) return 0 ;;  # nothing of ours to stop
  esac
  if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    (cd "$dir" && _teamscert_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop \
      >/dev/null 2>&1) || _teamscert_pg_log "pg_ctl stop failed (continuing)"
  fi
  rm -rf -- "$dir" || true
  _teamscert_pg_log "stopped, removed $dir"
  unset TEAMSCERT_PG_DIR TEAMSCERT_PG_PORT TEAMSCERT_PG_HOST TEAMSCERT_PG_BINDIR TEAMSCERT_TEST_POSTGRES
  return 0
}

if ! (return 0 2>/dev/null); then
  echo "[postgres] source this file (source .ci/postgres.sh); executing it would leave a cluster nobody stops" >&2
  exit 2
fi

teamscert_postgres_start || return 1
