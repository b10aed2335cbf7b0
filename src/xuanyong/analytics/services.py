"""Writes: recording events (page views, reads, searches, CTA clicks) and share-link channels."""

from __future__ import annotations

import re
import secrets
import uuid
from typing import Any
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.urls import Resolver404, resolve
from django.utils import timezone

from xuanyong.lib.visitor import client_ip

from . import buffer, tracking
from .models import CODE_PATTERN, Channel, Event
from .store import events_insert

CTA_KINDS = frozenset({"consult", "quote", "demo", "callback"})
CTA_SOURCES = frozenset(
    {"offering", "category", "article", "vendor", "compare", "ranking", "search", "home", "other"}
)
# Page URL names whose object the middleware records, by the slug kwarg.
PAGE_OBJECTS = {
    "catalog:offering": "offering",
    "catalog:category": "category",
    "catalog:ranking": "category",
    "catalog:vendor": "vendor",
    "content:article": "article",
}
CTA_PER_MINUTE = 30
_CODE = re.compile(CODE_PATTERN)
# Search boxes sometimes receive a phone number or e-mail: never keep it.
_PERSONAL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\+?\d[\d\s-]{6,}\d")
_SPACES = re.compile(r"\s+")


def event_row(*, kind: str, request: HttpRequest | None = None, **columns: Any) -> dict[str, Any] | None:
    """One event's row; with a request, its visitor, session, channel and device come along.
    None for a bot, which is never recorded."""
    if request is not None:
        if not tracking.is_trackable(request):
            return None
        columns = {**tracking.event_context(request), **columns}
    # The uid is what makes a write idempotent: however often a batch is retried, stored once.
    return {
        **columns,
        "kind": kind,
        "created_at": columns.get("created_at") or timezone.now(),
        "uid": uuid.uuid4(),
    }


def event_record(*, kind: str, request: HttpRequest | None = None, **columns: Any) -> dict[str, Any] | None:
    """Collect one event (made durable at the end of the request, see ``buffer``).

    Bots are not recorded (returns None). Costs microseconds: no database access here.
    """
    row = event_row(kind=kind, request=request, **columns)
    if row is not None:
        buffer.add(row)
    return row


def page_object(path: str) -> tuple[str, str]:
    """(object type, slug) of a site path such as ``/p/keruyun/``; ("", "") when it names none."""
    try:
        match = resolve(path)
    except Resolver404:
        return "", ""
    object_type = PAGE_OBJECTS.get(match.view_name, "")
    slug = str(match.kwargs.get("slug", ""))[:120]
    return (object_type, slug) if object_type and slug else ("", "")


def read_event_record(
    *, article_id: int, visitor_id: str, request: HttpRequest | None = None
) -> dict[str, Any] | None:
    """The event of a counted read (``content.reads`` decides what counts: one code path).

    Written at once, in the caller's transaction with the read count's increment: a node killed
    at any moment leaves both or neither, so the counter and the event log always agree."""
    if request is not None:
        request._xy_read_article = article_id  # type: ignore[attr-defined]  # the middleware's cookie
    row = event_row(
        kind=Event.Kind.READ,
        request=request,
        visitor_id=visitor_id,
        object_type="article",
        object_id=article_id,
        article_id=article_id,
    )
    if row is not None:
        events_insert([row])
    return row


def search_term_clean(text: str) -> str:
    """The search text as logged: trimmed, one space between words, personal data masked."""
    return _SPACES.sub(" ", _PERSONAL.sub("＊", text)).strip()[:100]


def search_record(*, request: HttpRequest, text: str, found: bool) -> dict[str, Any] | None:
    term = search_term_clean(text)
    if not term:
        return None
    kind = Event.Kind.SEARCH if found else Event.Kind.SEARCH_NO_RESULT
    return event_record(kind=kind, request=request, object_type="search", term=term)


def cta_record(*, request: HttpRequest, cta: str, source: str, path: str) -> dict[str, Any] | None:
    """A click on a CTA (``data-cta``); unknown kinds and foreign paths are refused."""
    if cta not in CTA_KINDS:
        raise ValidationError("未知的按钮类型", code="cta_unknown")
    if source not in CTA_SOURCES:
        source = "other"
    if not path.startswith("/") or path.startswith("//") or len(path) > 300:
        raise ValidationError("页面地址无效", code="cta_path")
    # A script hammering the beacon (a person never clicks this often); cookieless ones by IP.
    visitor, ip = tracking.event_context(request)["visitor_id"], client_ip(request)
    if not _within_rate(f"analytics:cta:v:{visitor}", CTA_PER_MINUTE) or not _within_rate(
        f"analytics:cta:ip:{ip}", CTA_PER_MINUTE * 5
    ):
        return None
    object_type, slug = page_object(path.split("?", 1)[0])
    return event_record(
        kind=Event.Kind.CTA_CLICK,
        request=request,
        object_type=object_type,
        object_key=slug,
        detail=f"{cta}:{source}",
    )


def _within_rate(key: str, limit: int) -> bool:
    cache.add(key, 0, 60)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        return True


def channel_create(
    *,
    name: str,
    kind: str = Channel.Kind.WECHAT_GROUP,
    code: str = "",
    target_path: str = "/",
    created_by: Any = None,
    **utm: str,
) -> Channel:
    channel = Channel(
        name=name,
        kind=kind,
        code=code or channel_code_new(),
        target_path=target_path or "/",
        created_by=created_by,
        **utm,
    )
    channel.full_clean()
    channel.save()
    return channel


def channel_code_new() -> str:
    while True:
        code = secrets.token_urlsafe(5).replace("-", "x").replace("_", "y")[:7].lower()
        if not Channel.objects.filter(code=code).exists():
            return code


def share_link_target(channel: Channel) -> str:
    params = {
        f"utm_{key}": value
        for key in ("source", "medium", "campaign", "content")
        if (value := getattr(channel, f"utm_{key}"))
    }
    if not params:
        return channel.target_path
    separator = "&" if "?" in channel.target_path else "?"
    return f"{channel.target_path}{separator}{urlencode(params)}"


def share_link_channel(code: str) -> Channel | None:
    """The active channel for a share code; malformed codes never reach the database."""
    if not _CODE.match(code):
        return None
    return Channel.objects.filter(code=code, is_active=True).first()
