"""Who and where a request comes from, read from cookies and headers only (no database).

- visitor: the first-party id of ``lib/visitor.py``;
- session: a browser-session cookie, minted on the first page of a visit;
- channel: a signed cookie with the first-touch and last-touch share link, each valid for
  ``ANALYTICS_ATTRIBUTION_DAYS`` after it was touched;
- device class and the referrer's host (never the full URL: it may carry personal data).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port

from xuanyong.lib.visitor import cookie_token, is_bot, minted, visitor_id

SESSION_COOKIE = "xy_sid"
CHANNEL_COOKIE = "xy_ch"
LAST_ARTICLE_COOKIE = "xy_ra"
CHANNEL_SALT = "xuanyong.analytics.channel"
_SIGNER = signing.Signer(salt=CHANNEL_SALT)
_TABLET = re.compile(r"ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))", re.IGNORECASE)
_MOBILE = re.compile(r"mobi|iphone|ipod|android|micromessenger|harmonyos", re.IGNORECASE)


@dataclass(frozen=True)
class Touches:
    first_id: int | None = None
    first_at: int = 0
    last_id: int | None = None
    last_at: int = 0


def attribution_seconds() -> int:
    return settings.ANALYTICS_ATTRIBUTION_DAYS * 24 * 3600


def touches(request: HttpRequest) -> Touches:
    """The channels this visitor came through, dropping any touch older than the window."""
    cached = getattr(request, "_xy_touches", None)
    if cached is not None:
        return cached
    result = Touches()
    raw = _unsigned(request.COOKIES.get(CHANNEL_COOKIE, "")[:200])
    if raw:
        parts = raw.split(":")
        if len(parts) == 4 and all(p.isdigit() for p in parts):
            now, window = int(time.time()), attribution_seconds()
            first_id, first_at, last_id, last_at = map(int, parts)
            if now - last_at <= window:
                if now - first_at > window:
                    first_id, first_at = last_id, last_at
                result = Touches(first_id, first_at, last_id, last_at)
    request._xy_touches = result  # type: ignore[attr-defined]
    return result


def channel_cookie_value(touched: Touches) -> str:
    """The signed cookie value: ``first_id:first_at:last_id:last_at`` (ids and Unix times)."""
    return _SIGNER.sign(f"{touched.first_id}:{touched.first_at}:{touched.last_id}:{touched.last_at}")


@lru_cache(maxsize=8192)
def _unsigned(cookie: str) -> str | None:
    """The channel cookie's value if its signature holds (memoized: a visitor resends the same one)."""
    if not cookie:
        return None
    try:
        return _SIGNER.unsign(cookie)
    except signing.BadSignature:
        return None


def touch_channel(request: HttpRequest, response: HttpResponse, channel_id: int) -> None:
    """Record a share-link visit: it becomes the last touch, and the first when there is none."""
    now = int(time.time())
    current = touches(request)
    if current.first_id is None:
        updated = Touches(channel_id, now, channel_id, now)
    else:
        updated = Touches(current.first_id, current.first_at, channel_id, now)
    request._xy_touches = updated  # type: ignore[attr-defined]
    _set_cookie(response, CHANNEL_COOKIE, channel_cookie_value(updated), attribution_seconds())


def _set_cookie(response: HttpResponse, name: str, value: str, max_age: int | None) -> None:
    """A first-party, script-proof cookie (``max_age`` None: until the browser closes)."""
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, samesite="Lax", secure=settings.SESSION_COOKIE_SECURE
    )


def session_id(request: HttpRequest) -> str:
    return cookie_token(request, SESSION_COOKIE, nbytes=12)


def remember_session(request: HttpRequest, response: HttpResponse) -> None:
    if minted(request, SESSION_COOKIE):
        _set_cookie(response, SESSION_COOKIE, session_id(request), max_age=None)


def remember_article(request: HttpRequest, response: HttpResponse, article_id: int) -> None:
    """The last article read, so a later lead can credit the article that led to it."""
    _set_cookie(response, LAST_ARTICLE_COOKIE, str(article_id), attribution_seconds())


def last_article_id(request: HttpRequest) -> int | None:
    raw = request.COOKIES.get(LAST_ARTICLE_COOKIE, "")
    return int(raw) if raw.isdigit() and len(raw) < 12 else None


@lru_cache(maxsize=4096)
def _device_of(user_agent: str) -> str:
    if _TABLET.search(user_agent):
        return "tablet"
    if _MOBILE.search(user_agent):
        return "mobile"
    return "desktop" if user_agent else "other"


def device_class(request: HttpRequest) -> str:
    return _device_of(request.META.get("HTTP_USER_AGENT", "")[:512])


def referrer_host(request: HttpRequest) -> str:
    """The external site that sent the visitor; our own pages and garbage give ""."""
    raw = request.META.get("HTTP_REFERER", "")
    if not raw:
        return ""
    try:
        host = (urlsplit(raw).hostname or "")[:100]
    except ValueError:
        return ""
    # The Host header was validated against ALLOWED_HOSTS by CommonMiddleware already.
    own = split_domain_port(request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", ""))[0]
    return "" if host == own else host


def is_trackable(request: HttpRequest) -> bool:
    """Not a known bot."""
    return not is_bot(request)


def event_context(request: HttpRequest) -> dict[str, object]:
    """The columns every event of this request shares."""
    channels = touches(request)
    return {
        "visitor_id": visitor_id(request),
        "session_id": session_id(request),
        "channel_id": channels.last_id,
        "first_channel_id": channels.first_id,
        "referrer_host": referrer_host(request),
        "device": device_class(request),
    }
