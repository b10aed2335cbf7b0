#!/bin/bash
# The replica: cloned from the primary with pg_basebackup -R the first time, then a hot standby.
set -euo pipefail
export PGPASSWORD="$REPLICATION_PASSWORD"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -U xuanyong; do sleep 1; done
  gosu postgres pg_basebackup -h "$PRIMARY_HOST" -U xuanyong -D "$PGDATA" -R -X stream --checkpoint=fast
  chmod 700 "$PGDATA"
fi
exec gosu postgres postgres -c hot_standby=on -c hot_standby_feedback=on
