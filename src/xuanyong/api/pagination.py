"""Cursor pagination: keyset over the list's ordering, so a walk is stable under inserts.

The cursor is the last row's ordering values, signed (opaque to clients; a forged or foreign one
is refused). The next page is every row strictly after those values in the same ordering, which
``after()`` writes as ``(a > x) OR (a = x AND b > y) OR …`` with NULLs where the ordering puts them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from django.core import signing
from django.db.models import F, Model, Q, QuerySet
from django.db.models.expressions import OrderBy

from .errors import ApiError

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
SALT = "xuanyong.api.cursor"

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Key:
    field: str
    descending: bool
    nulls_last: bool  # where NULLs sort; only nullable fields matter

    def value(self, row: Model) -> Any:
        value: Any = row
        for part in self.field.split("__"):
            value = getattr(value, part)
        return value


def keys_for(ordering: list[Any]) -> list[Key]:
    """Ordering terms (``"-a"``, ``"b"``, ``F("c").desc(nulls_last=True)``) as keyset keys."""
    keys = []
    for term in ordering:
        if isinstance(term, str):
            descending = term.startswith("-")
            # The database default: SQLite and PostgreSQL disagree, so nullable keys use OrderBy.
            keys.append(Key(term.lstrip("-"), descending, nulls_last=not descending))
        elif isinstance(term, OrderBy) and isinstance(term.expression, F):
            name = term.expression.name  # type: ignore[attr-defined]
            keys.append(Key(name, term.descending, nulls_last=bool(term.nulls_last)))
        else:  # pragma: no cover - a programming error, caught by the tests of each list
            raise TypeError(f"cannot paginate over ordering term {term!r}")
    return keys


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"day": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "d" in value:
            return Decimal(value["d"])
        if "t" in value:
            return dt.datetime.fromisoformat(value["t"])
        if "day" in value:
            return dt.date.fromisoformat(value["day"])
        raise ValueError("unknown cursor value")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise ValueError("unknown cursor value")


def after(keys: list[Key], values: list[Any]) -> Q:
    """Rows strictly after ``values`` in the keys' ordering."""
    condition = Q(pk__in=[])  # nothing, until a term adds rows
    equal = Q()
    for key, value in zip(keys, values, strict=True):
        condition |= equal & _beyond(key, value)
        equal &= Q(**{f"{key.field}__isnull": True}) if value is None else Q(**{key.field: value})
    return condition


def _beyond(key: Key, value: Any) -> Q:
    if value is None:  # past NULLs: nothing when they sort last, every non-NULL when they sort first
        return Q(pk__in=[]) if key.nulls_last else Q(**{f"{key.field}__isnull": False})
    strictly = Q(**{f"{key.field}__{'lt' if key.descending else 'gt'}": value})
    return strictly | Q(**{f"{key.field}__isnull": True}) if key.nulls_last else strictly


@dataclass
class CursorPage:
    items: list[Any]
    next_cursor: str | None


def check_limit(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_LIMIT
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(
            400, "invalid_limit", f"limit 须为 1–{MAX_LIMIT} 的整数。", fields={"limit": f"1–{MAX_LIMIT}"}
        )
    return limit


def read_cursor(cursor: str | None, scope: str) -> list[Any] | None:
    """The values a cursor carries; ``scope`` names the list and its ordering, so a cursor of
    another list or sort is refused rather than silently misread."""
    if not cursor:
        return None
    try:
        data = signing.loads(cursor, salt=SALT)
        if not isinstance(data, dict) or data.get("s") != scope or not isinstance(data.get("v"), list):
            raise ValueError("cursor of another list")
        return [_decode(v) for v in data["v"]]
    except (signing.BadSignature, ValueError, TypeError):
        raise ApiError(
            400, "invalid_cursor", "cursor 无效：请使用上一页响应中的 next_cursor 原样传回。",
            fields={"cursor": "无效"},
        ) from None  # fmt: skip


def make_cursor(values: list[Any], scope: str) -> str:
    return signing.dumps({"s": scope, "v": [_encode(v) for v in values]}, salt=SALT, compress=True)


def paginate(
    qs: QuerySet[M], ordering: list[Any], *, scope: str, cursor: str | None, limit: int | None
) -> CursorPage:
    """One page of ``qs`` in ``ordering`` (which must end with a unique key, e.g. ``id``)."""
    size = check_limit(limit)
    keys = keys_for(ordering)
    values = read_cursor(cursor, scope)
    if values is not None:
        if len(values) != len(keys):
            raise ApiError(400, "invalid_cursor", "cursor 无效：请使用上一页响应中的 next_cursor 原样传回。")
        qs = qs.filter(after(keys, values))
    rows = list(qs.order_by(*ordering)[: size + 1])
    more = len(rows) > size
    rows = rows[:size]
    next_cursor = make_cursor([k.value(rows[-1]) for k in keys], scope) if more and rows else None
    return CursorPage(rows, next_cursor)


def paginate_list(items: list[Any], *, scope: str, cursor: str | None, limit: int | None) -> CursorPage:
    """Pagination of a list computed in memory (a ranking, search hits): the cursor is a position."""
    size = check_limit(limit)
    values = read_cursor(cursor, scope)
    start = values[0] if values else 0
    if not isinstance(start, int) or start < 0:
        raise ApiError(400, "invalid_cursor", "cursor 无效：请使用上一页响应中的 next_cursor 原样传回。")
    page = items[start : start + size]
    more = start + size < len(items)
    return CursorPage(page, make_cursor([start + size], scope) if more else None)
