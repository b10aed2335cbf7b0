"""The durable event stream on Redis: nodes append, a consumer writes batches to the database.

A request's events are appended (XADD) before its response leaves, so a node killed afterwards
loses nothing. A consumer (``xuanyong events-consume``, or the worker's periodic drain) reads
them through the consumer group ``db``, writes a batch, then acknowledges and deletes it. A
consumer that dies in between leaves its entries pending: after
``ANALYTICS_STREAM_RECLAIM_SECONDS`` another
(or the same, restarted) consumer claims and writes them again, and the events' ``uid`` makes the
second write a no-op. Durability across a Redis restart is Redis's: run it with ``appendonly yes``.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import uuid
from datetime import datetime
from typing import Any

import redis
from django.conf import settings
from django.db import DatabaseError, connection

from xuanyong.lib.redis_client import redis_client

from .store import Row, events_insert

logger = logging.getLogger(__name__)
GROUP = "db"
CONSUMER = f"{socket.gethostname()}:{os.getpid()}"


def enabled() -> bool:
    return redis_client() is not None


def _key() -> str:
    return f"{settings.CACHES['default'].get('KEY_PREFIX', 'xy')}:events"


def _client() -> redis.Redis:
    client = redis_client()
    assert client is not None, "the event stream needs REDIS_URL"
    return client


def _encode(row: Row) -> bytes:
    def default(value: Any) -> str:
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, uuid.UUID):
            return value.hex
        raise TypeError(f"cannot encode {type(value).__name__}")

    return json.dumps(row, default=default, ensure_ascii=False).encode()


def _decode(raw: bytes) -> Row:
    row: Row = json.loads(raw)
    row["created_at"] = datetime.fromisoformat(row["created_at"])
    if row.get("uid"):
        row["uid"] = uuid.UUID(row["uid"])
    return row


def publish(rows: list[Row]) -> None:
    """Append the rows (one round trip). Raises RedisError when Redis cannot take them."""
    pipe = _client().pipeline(transaction=False)
    for row in rows:
        pipe.xadd(_key(), {"e": _encode(row)})
    pipe.execute()


def _ensure_group(client: redis.Redis) -> None:
    try:
        client.xgroup_create(_key(), GROUP, id="0", mkstream=True)
    except redis.ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


def _read(client: redis.Redis, count: int, block_ms: int | None) -> list[tuple[bytes, dict[bytes, bytes]]]:
    """Entries a dead consumer left pending, else new ones."""
    idle_ms = settings.ANALYTICS_STREAM_RECLAIM_SECONDS * 1000
    claimed = client.xautoclaim(_key(), GROUP, CONSUMER, idle_ms, start_id="0-0", count=count)
    entries = [entry for entry in claimed[1] if entry and entry[1]]
    if entries:
        return entries
    answer: Any = client.xreadgroup(GROUP, CONSUMER, {_key(): ">"}, count=count, block=block_ms)
    return list(answer[0][1]) if answer else []  # RESP2: [[key, [(id, fields), …]]]


def drain(*, count: int = 1000, block_ms: int | None = None) -> int:
    """Write one batch of up to ``count`` events; returns how many entries it took off the stream.

    Raises RedisError (stream unreachable) or DatabaseError (nothing acknowledged: the entries
    stay pending and are written later).
    """
    client = _client()
    try:
        entries = _read(client, count, block_ms)
    except redis.ResponseError as exc:
        if "NOGROUP" not in str(exc):
            raise
        _ensure_group(client)  # a new stream, or Redis came back without its data
        entries = _read(client, count, block_ms)
    if not entries:
        return 0
    events_insert([_decode(fields[b"e"]) for _, fields in entries])
    ids = [entry_id for entry_id, _ in entries]
    pipe = client.pipeline(transaction=False)
    pipe.xack(_key(), GROUP, *ids)
    pipe.xdel(_key(), *ids)
    pipe.execute()
    return len(ids)


def last_id() -> bytes | None:
    """The id of the newest entry in the stream, None when it is empty."""
    newest: Any = _client().xrevrange(_key(), count=1)
    return newest[0][0] if newest else None


def holds_up_to(entry_id: bytes) -> bool:
    """Whether entries up to ``entry_id`` are still in the stream (not yet written and deleted)."""
    return bool(_client().xrange(_key(), max=entry_id, count=1))


def backlog() -> dict[str, int]:
    """Entries not yet written: waiting in the stream, and handed to a consumer but unacknowledged."""
    client = _client()
    waiting = int(client.xlen(_key()))
    try:
        unacked = int(client.xpending(_key(), GROUP)["pending"])
    except redis.ResponseError:  # no group yet
        unacked = 0
    return {"stream": waiting, "unacked": unacked}


def drain_forever(stop: threading.Event, *, batch: int = 1000) -> None:
    """The loop of ``xuanyong events-consume``: wait for events, write them, repeat. Rides out
    Redis restarts and database outages (the entries wait in the stream meanwhile)."""
    logger.info("events consumer %s started", CONSUMER)
    while not stop.is_set():
        try:
            drain(count=batch, block_ms=1000)
        except (redis.RedisError, DatabaseError) as exc:
            logger.warning("events consumer: %s; retrying in 1 s", exc)
            connection.close()
            stop.wait(1)
