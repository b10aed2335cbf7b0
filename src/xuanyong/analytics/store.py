"""Writing event rows to the database: object slugs resolved, each event at most once."""

from __future__ import annotations

from typing import Any

from django.db import connection, transaction

from .models import Event
from .resolve import resolve_objects

Row = dict[str, Any]
# Every column but the id, in table order; a row is written as one tuple of these.
COLUMNS: list[str] = [f.column for f in Event._meta.concrete_fields if not f.primary_key and f.column]
DEFAULTS: Row = {"visitor_id": "", "session_id": "", "referrer_host": "", "device": "other", "object_type": "",
                 "object_key": "", "term": "", "detail": "", "uid": None}  # fmt: skip
_UID = Event._meta.get_field("uid")


def events_insert(rows: list[Row]) -> None:
    """Write a batch in one transaction; an event whose ``uid`` is already stored is skipped.

    One prepared INSERT run for the whole batch (executemany, pipelined by psycopg), no model
    instance per event. Raises DatabaseError and writes nothing when the database fails.
    """
    if not rows:
        return
    resolve_objects(rows)
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(Event._meta.db_table)} ({', '.join(quote(c) for c in COLUMNS)}) "
        f"VALUES ({', '.join(['%s'] * len(COLUMNS))}) ON CONFLICT DO NOTHING"
    )
    adapt = connection.ops.adapt_datetimefield_value
    params = []
    for row in rows:
        full = {**DEFAULTS, **row}
        full["created_at"] = adapt(full["created_at"])
        full["uid"] = _UID.get_db_prep_value(full["uid"], connection)
        params.append(tuple(full.get(c) for c in COLUMNS))
    # One transaction for the batch (in autocommit mode each row would be its own commit); inside
    # the caller's transaction, part of it.
    own_transaction = not connection.in_atomic_block
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        if own_transaction and connection.vendor == "postgresql":
            # The rows are on the server when the commit returns, so a killed app process loses
            # none; not waiting for the WAL flush halves a page view's cost, and only a crash of
            # the database server itself could lose the last fraction of a second of events.
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        cursor.executemany(sql, params)
