#!/usr/bin/env bash
# Smoke test for .ci/postgres.sh: start the throwaway cluster, talk to it over
# TCP as "teamscert" with the password, create and drop a table, stop it.
# Usage: bash .ci/postgres-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=.ci/postgres.sh
source .ci/postgres.sh
trap teamscert_postgres_stop EXIT

# Sourcing twice must reuse the running cluster, not start a second one.
first_dir=$TEAMSCERT_PG_DIR
# shellcheck source=.ci/postgres.sh
source .ci/postgres.sh
if [ "$TEAMSCERT_PG_DIR" != "$first_dir" ]; then
  echo "[postgres-check] second source started another cluster" >&2
  exit 1
fi

echo "[postgres-check] TEAMSCERT_TEST_POSTGRES=$TEAMSCERT_TEST_POSTGRES" >&2
uri="postgresql://teamscert:teamscert@127.0.0.1:${TEAMSCERT_PG_PORT}/teamscert_test"

"$TEAMSCERT_PG_BINDIR/psql" "$uri" -X -v ON_ERROR_STOP=1 -At <<'SQL'
select version();
select 1;
select current_user, current_database();
create table postgres_check (id int primary key, name text not null);
insert into postgres_check values (1, 'teamscert');
select count(*) from postgres_check;
drop table postgres_check;
SQL

# Wrong password must be rejected (TCP uses scram-sha-256, not trust).
if PGCONNECT_TIMEOUT=5 "$TEAMSCERT_PG_BINDIR/psql" \
    "postgresql://teamscert:wrong@127.0.0.1:${TEAMSCERT_PG_PORT}/teamscert_test" -X -At -c 'select 1' >/dev/null 2>&1; then
  echo "[postgres-check] a wrong password was accepted" >&2
  exit 1
fi

dir=$TEAMSCERT_PG_DIR
teamscert_postgres_stop
if [ -e "$dir" ]; then
  echo "[postgres-check] $dir still exists after stop" >&2
  exit 1
fi
echo "[postgres-check] OK" >&2
