#!/bin/bash
# Runs once when the primary's data directory is created: let the replica stream from it.
set -euo pipefail
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
