"""The anonymous visitor: a first-party cookie id, the client IP, and known-bot detection.

The id is random and carries no personal data; it lets read counts and rate limits tell
visitors apart without an account. Views call ``visitor_id(request)`` and then
``remember_visitor(request, response)`` so a new id reaches the browser.
"""

from __future__ import annotations

import re
import secrets

from django.conf import settings
from django.http import HttpRequest, HttpResponse

COOKIE_NAME = "xy_vid"
COOKIE_MAX_AGE = 365 * 24 * 3600
_VALID_ID = re.compile(r"^[A-Za-z0-9_-]{16,40}$")
# Crawlers, previewers and HTTP libraries that announce themselves; browsers never match.
_BOT_UA = re.compile(
    r"bot|crawl|spider|slurp|baiduspider|sogou|bingpreview|yandex|facebookexternalhit|headless"
    r"|python-requests|python-urllib|curl/|wget/|httpclient|okhttp|go-http-client|scrapy|phantomjs"
    r"|lighthouse|pingdom|uptime|monitor",
    re.IGNORECASE,
)


def visitor_id(request: HttpRequest) -> str:
    """The request's visitor id: the cookie's when valid, else a new one kept on the request."""
    cached = getattr(request, "_xy_visitor_id", None)
    if cached:
        return str(cached)
    value = request.COOKIES.get(COOKIE_NAME, "")
    if not _VALID_ID.match(value):
        value = secrets.token_urlsafe(16)
        request._xy_new_visitor = True  # type: ignore[attr-defined]
    request._xy_visitor_id = value  # type: ignore[attr-defined]
    return value


def remember_visitor(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Set the cookie when this request minted the id."""
    if getattr(request, "_xy_new_visitor", False):
        response.set_cookie(
            COOKIE_NAME,
            request._xy_visitor_id,  # type: ignore[attr-defined]
            max_age=COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return response


def is_bot(request: HttpRequest) -> bool:
    user_agent = request.headers.get("User-Agent", "")
    return not user_agent or bool(_BOT_UA.search(user_agent))


def client_ip(request: HttpRequest) -> str | None:
    """The peer address; behind a reverse proxy, the proxy must pass the client's (nginx real_ip)."""
    return request.META.get("REMOTE_ADDR") or None
