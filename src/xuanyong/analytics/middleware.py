"""Sets the visitor and session cookies on every page and records page views.

A page view is a successful, full-page GET of a public page by a browser (or its revalidation,
answered 304): htmx fragments, redirects, errors, bots and the back-office areas are not views.
Recording touches no database; the request's events are made durable here (``buffer.flush``),
before the response leaves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language_from_path

from xuanyong.lib.visitor import remember_visitor, visitor_id

from . import buffer, tracking
from .models import Event
from .services import PAGE_OBJECTS, event_record

logger = logging.getLogger(__name__)

UNTRACKED_NAMESPACES = frozenset({"admin", "analytics", "portal", "accounts"})
# Back-office pages other apps route (e.g. leads' /ops/leads/).
UNTRACKED_PREFIXES = ("/ops/", "/vendor/", "/admin/", "/accounts/")
UNTRACKED_VIEWS = frozenset(
    {"catalog:tray", "catalog:estimate", "search:suggest", "syndication:feed", "syndication:sitemap"}
)


class AnalyticsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        try:
            if tracking.is_trackable(request) and _is_page(request, response):
                visitor_id(request)
                _record_view(request)
                remember_visitor(request, response)
                tracking.remember_session(request, response)
                if article_id := getattr(request, "_xy_read_article", None):
                    tracking.remember_article(request, response, article_id)
            buffer.maybe_flush()
        except Exception:  # analytics must never break a page
            logger.exception("analytics middleware failed")
        return response


def _is_page(request: HttpRequest, response: HttpResponse) -> bool:
    match = request.resolver_match
    return (
        request.method == "GET"
        and match is not None
        and not response.streaming
        # A 304 is the browser showing the page it revalidated (cached pages ask it to).
        and (
            response.status_code == 304
            or (response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"))
        )
        and "HTTP_HX_REQUEST" not in request.META
        and not UNTRACKED_NAMESPACES.intersection(match.namespaces)
        and not _unprefixed(request.path_info).startswith(UNTRACKED_PREFIXES)
        and match.view_name not in UNTRACKED_VIEWS
    )


def _unprefixed(path: str) -> str:
    """The path without its language prefix: /en/ops/ is the back office too."""
    language = get_language_from_path(path)
    return path.removeprefix(f"/{language}") if language else path


def _record_view(request: HttpRequest) -> None:
    match = request.resolver_match
    assert match is not None
    object_type = PAGE_OBJECTS.get(match.view_name, "")
    slug = str(match.kwargs.get("slug", ""))[:120] if object_type else ""
    if not slug:
        object_type = match.view_name.split(":")[-1][:16]
    event_record(kind=Event.Kind.VIEW, request=request, object_type=object_type, object_key=slug)
    if match.view_name == "catalog:compare":
        slugs = [s for s in request.GET.get("o", "").split(",") if s]
        if len(slugs) >= 2:
            event_record(
                kind=Event.Kind.COMPARE, request=request, object_type="compare", detail=str(len(slugs))
            )
