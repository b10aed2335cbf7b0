"""The anonymous visitor: a first-party cookie id, the client IP, and known-bot detection.

The id is random and carries no personal data; it lets read counts and rate limits tell
visitors apart without an account. Views call ``visitor_id(request)`` and then
``remember_visitor(request, response)`` so a new id reaches the browser.
"""

from __future__ import annotations

import ipaddress
import re
import secrets
from functools import lru_cache

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


def cookie_token(request: HttpRequest, cookie: str, nbytes: int = 16) -> str:
    """The random id in ``cookie`` when valid, else a new one, kept on the request so the
    response can set it (see ``minted``)."""
    tokens: dict[str, str] = request.__dict__.setdefault("_xy_tokens", {})
    if cookie not in tokens:
        value = request.COOKIES.get(cookie, "")
        if not _VALID_ID.match(value):
            value = secrets.token_urlsafe(nbytes)
            request.__dict__.setdefault("_xy_minted", set()).add(cookie)
        tokens[cookie] = value
    return tokens[cookie]


def minted(request: HttpRequest, cookie: str) -> bool:
    """Whether this request made up the id of ``cookie`` (so the browser does not have it yet)."""
    return cookie in request.__dict__.get("_xy_minted", ())


def visitor_id(request: HttpRequest) -> str:
    return cookie_token(request, COOKIE_NAME)


def remember_visitor(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Set the cookie when this request minted the id."""
    if minted(request, COOKIE_NAME):
        response.set_cookie(
            COOKIE_NAME,
            visitor_id(request),
            max_age=COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return response


def is_bot(request: HttpRequest) -> bool:
    return is_bot_agent(request.META.get("HTTP_USER_AGENT", "")[:512])


@lru_cache(maxsize=4096)
def is_bot_agent(user_agent: str) -> bool:
    """Browsers send few distinct user agents, so the verdict is memoized."""
    return not user_agent or bool(_BOT_UA.search(user_agent))


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address: the peer's, or behind trusted proxies (``TRUSTED_PROXIES``) the
    last address in ``X-Forwarded-For`` that is not one of them (earlier ones are the client's
    word, which anyone can forge)."""
    peer = request.META.get("REMOTE_ADDR") or None
    proxies = tuple(settings.TRUSTED_PROXIES)
    if peer is None or not proxies or not _trusted(peer, proxies):
        return peer
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _valid_ip(hop):
            return peer  # a garbled header: trust only what we saw
        if not _trusted(hop, proxies):
            return hop
    return peer


def is_trusted_proxy(address: str) -> bool:
    proxies = tuple(settings.TRUSTED_PROXIES)
    return bool(proxies) and _trusted(address, proxies)


def _valid_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1024)
def _trusted(address: str, proxies: tuple[str, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _trusted_networks(proxies))


@lru_cache(maxsize=8)
def _trusted_networks(proxies: tuple[str, ...]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(proxy, strict=False) for proxy in proxies]
