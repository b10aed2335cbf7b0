"""Whole pages cached for visitors who have nothing personal: no session, no flash message.

Such a visitor's page is the same HTML as everyone's but for the CSRF token, so it is rendered
once per (version, language, host, URL) with a marker where the token goes, and each answer puts
the visitor's own token in. What a view does on GET besides rendering (count a read, log a
search) is declared with ``page_effect``: done on the render and again on every answer from the
cache. Page views are counted by the analytics middleware, which every answer passes through.

Every write to what public pages show bumps one version (``pages_invalidate``), at once and
again on commit, so the next request renders afresh. Answers carry ``Cache-Control: private,
no-cache`` and an ETag: the body holds the visitor's CSRF token, so no shared cache may keep it,
and a browser revalidates each time (a 304 still passes through the counting). Set
``XUANYONG_PAGE_CACHE=0`` to turn the cache off.
"""

from __future__ import annotations

import functools
import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from .versions import cache_fill, version_bump, version_get
from .visitor import remember_visitor

# Letters and digits only, so HTML escaping leaves it as it is.
CSRF_MARK = "xyShared7csrf"
# Where a value goes that must differ on every answer (a form's idempotency key): a page shared
# by everyone would otherwise give every visitor the first renderer's.
UNIQUE_MARK = "xyShared7unique"
_UNIQUE_MARK_BYTES = re.compile(UNIQUE_MARK.encode())
VERSION_KEY = "pages:version"
CACHE_CONTROL = "private, no-cache"

View = Callable[..., HttpResponse]
Effect = Callable[..., Any]
_EFFECTS: dict[str, Effect] = {}


@dataclass
class CachedPage:
    body: bytes
    content_type: str
    etag: str
    effects: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def register_page_effect(name: str) -> Callable[[Effect], Effect]:
    """Name a function ``effect(request, **kwargs)`` that views declare with ``page_effect``."""

    def register(effect: Effect) -> Effect:
        _EFFECTS[name] = effect
        return effect

    return register


def page_effect(request: HttpRequest, name: str, **kwargs: Any) -> Any:
    """Do the named effect now, and on every answer from the cache of the page being rendered.
    ``kwargs`` are kept in the cache, so they must pickle."""
    effects: list[tuple[str, dict[str, Any]]] | None = getattr(request, "_xy_page_effects", None)
    if effects is not None:
        effects.append((name, kwargs))
    return _EFFECTS[name](request, **kwargs)


def rendering_shared(request: HttpRequest) -> bool:
    """Whether this request renders a page for everyone (the CSRF token must stay a marker)."""
    return getattr(request, "_xy_page_effects", None) is not None


def csrf_token_or_mark(request: HttpRequest) -> str:
    return CSRF_MARK if rendering_shared(request) else get_token(request)


def unique_value_or_mark(context_csrf_token: object) -> str:
    """A new random value for a template, or, when it renders for everyone (its ``csrf_token`` is
    the mark), the mark each answer replaces with a value of its own."""
    return UNIQUE_MARK if context_csrf_token == CSRF_MARK else uuid.uuid4().hex


def unique_values(body: bytes) -> bytes:
    """``body`` with a new random value in place of each unique mark."""
    return _UNIQUE_MARK_BYTES.sub(lambda _match: uuid.uuid4().hex.encode(), body)


def cache_page(view: View) -> View:
    """Serve the view's page from the cache to visitors with nothing personal."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not _anonymous_get(request):
            return remember_visitor(request, _private(view(request, *args, **kwargs)))
        key = _key(request)
        page: CachedPage | None = cache.get(key)
        if page is None:
            request._xy_page_effects = []  # type: ignore[attr-defined]
            try:
                response = view(request, *args, **kwargs)
            finally:
                effects = request._xy_page_effects  # type: ignore[attr-defined]
                del request._xy_page_effects  # type: ignore[attr-defined]
            if not _storable(request, response):
                return remember_visitor(request, _private(_with_token(request, response)))
            page = CachedPage(
                body=response.content,
                content_type=response["Content-Type"],
                etag=hashlib.sha256(response.content).hexdigest()[:32],
                effects=effects,
            )
            cache_fill(key, page, settings.XUANYONG_PAGE_CACHE_SECONDS)
            state = "miss"
        else:
            for name, effect_kwargs in page.effects:
                _EFFECTS[name](request, **effect_kwargs)
            state = "hit"
        response = _answer(request, page)
        response["X-Page-Cache"] = state
        return remember_visitor(request, response)

    return wrapper


def _anonymous_get(request: HttpRequest) -> bool:
    return (
        settings.XUANYONG_PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and "HTTP_HX_REQUEST" not in request.META
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _key(request: HttpRequest) -> str:
    address = f"{request.scheme}://{request.get_host()}|{get_language()}|{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()[:40]
    return f"page:{version_get(VERSION_KEY)}:{digest}"


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    """A plain 200 page that set nothing for this visitor alone."""
    session = getattr(request, "session", None)
    flashed = getattr(request, "_messages", ())  # len() does not mark them shown
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and not (session is not None and session.modified)
        and not len(flashed)
        and not response.has_header("Cache-Control")
    )


def _with_token(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    if not response.streaming:
        body = _for_visitor(response.content, request)
        if body is not response.content:
            response.content = body
    return response


def _for_visitor(body: bytes, request: HttpRequest) -> bytes:
    """A body rendered for everyone, with this visitor's CSRF token and new one-time values in
    place of the marks (the same bytes when it has none)."""
    if CSRF_MARK.encode() in body:
        body = body.replace(CSRF_MARK.encode(), get_token(request).encode())
    return unique_values(body) if UNIQUE_MARK.encode() in body else body


def _answer(request: HttpRequest, page: CachedPage) -> HttpResponse:
    get_token(request)  # sets the CSRF cookie when the visitor has none (the ETag needs its secret)
    # The body differs by the visitor's CSRF secret, so the ETag does too.
    secret = request.META.get("CSRF_COOKIE", "")
    etag = '"' + hashlib.sha256(f"{page.etag}:{secret}".encode()).hexdigest()[:32] + '"'
    # A page with one-time values is sent whole each time: a 304 would keep the ones the visitor
    # may already have used (a form they sent once would be taken for its own retry).
    one_time = UNIQUE_MARK.encode() in page.body
    response: HttpResponse
    if not one_time and etag in request.META.get("HTTP_IF_NONE_MATCH", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(_for_visitor(page.body, request), page.content_type)
    if not one_time:
        response["ETag"] = etag
    response["Cache-Control"] = CACHE_CONTROL
    patch_vary_headers(response, ["Cookie"])
    return response


def _private(response: HttpResponse) -> HttpResponse:
    """A page built for one visitor: browsers may keep it, shared caches must not."""
    if not response.has_header("Cache-Control") and response.get("Content-Type", "").startswith("text/html"):
        response["Cache-Control"] = CACHE_CONTROL
    return response


# --- invalidation -----------------------------------------------------------------------------


def pages_invalidate(using: str = DEFAULT_DB_ALIAS) -> None:
    """Every cached page is stale: now (a render in this transaction must not be kept) and once
    more on commit (a render that read the old rows meanwhile must not be kept either)."""
    version_bump(VERSION_KEY)
    connection = connections[using]
    if not connection.in_atomic_block:
        return
    # One commit hook per transaction however many rows it writes: the mark says where ours is.
    mark = getattr(connection, "_xy_pages_hook", None)
    if mark is not None:
        hooks, index, hook = mark
        if hooks is connection.run_on_commit and len(hooks) > index and hooks[index][1] is hook:
            return
    hook = functools.partial(_bump_on_commit, using)
    connection._xy_pages_hook = (connection.run_on_commit, len(connection.run_on_commit), hook)  # type: ignore[attr-defined]
    transaction.on_commit(hook, using=using)


def _bump_on_commit(using: str) -> None:
    connections[using]._xy_pages_hook = None  # type: ignore[attr-defined]
    version_bump(VERSION_KEY)
