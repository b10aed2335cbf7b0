"""Request ids, per-route metrics and the choice of database for reads.

- ``RequestIdMiddleware`` (outermost) gives each request an id, taken from a sane
  ``X-Request-ID`` (the load balancer's) or made up, puts it in every log line and the response,
  and writes the access log line when logs are JSON.
- ``MetricsMiddleware`` times the request and counts its queries on every database alias.
- ``ReadRoutingMiddleware`` lets a request read from a replica when nothing it could have
  written must be visible to it; after a visitor's own write it sets a short-lived cookie so
  their next requests, on any node, read the primary.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from django.conf import settings
from django.db import connections
from django.http import HttpRequest, HttpResponse

from xuanyong.lib import metrics, routing

from .logs import request_id_var

access_log = logging.getLogger("xuanyong.access")
REQUEST_ID_HEADER = "X-Request-ID"
_SANE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RECENT_WRITE_COOKIE = "xy_rw"

Handler = Callable[[HttpRequest], HttpResponse]


class RequestIdMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if _SANE_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request_id
            if settings.LOG_FORMAT == "json":
                access_log.info(
                    "%s %s %s", request.method, request.path, response.status_code,
                    extra={
                        "method": request.method, "path": request.path, "status": response.status_code,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "route": route_of(request),
                    },
                )  # fmt: skip
            return response
        finally:
            request_id_var.reset(token)


def route_of(request: HttpRequest) -> str:
    """The URL pattern's name: a bounded label set, unlike paths."""
    match = request.resolver_match
    if match is not None:
        return match.view_name or "unnamed"
    if request.path.startswith(settings.STATIC_URL):
        return "static"
    return "unmatched"


class _QueryCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        self.count += 1
        return execute(sql, params, many, context)


class MetricsMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        counter = _QueryCounter()
        started = time.perf_counter()
        with ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(counter))
            response = self.get_response(request)
        route = route_of(request)
        method = request.method or ""
        metrics.REQUEST_SECONDS.labels(route, method).observe(time.perf_counter() - started)
        metrics.RESPONSES.labels(route, method, str(response.status_code)).inc()
        metrics.DB_QUERIES.labels(route).observe(counter.count)
        return response


def wrote_recently(request: HttpRequest) -> bool:
    raw = request.COOKIES.get(RECENT_WRITE_COOKIE, "")
    return raw.isdigit() and len(raw) <= 12 and int(raw) > time.time()


def replica_allowed(request: HttpRequest) -> bool:
    """Reads may lag when the visitor has no session, token or write of their own to see."""
    return (
        request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not wrote_recently(request)
    )


class ReadRoutingMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.DATABASE_REPLICAS:
            return self.get_response(request)
        token = routing.begin(replica_allowed=replica_allowed(request))
        try:
            response = self.get_response(request)
        finally:
            routing.end(token)
        if request.method not in SAFE_METHODS and response.status_code < 400:
            window = settings.DATABASE_READ_YOUR_WRITES_SECONDS
            response.set_cookie(
                RECENT_WRITE_COOKIE, str(int(time.time()) + window), max_age=window,
                httponly=True, samesite="Lax", secure=settings.SESSION_COOKIE_SECURE,
            )  # fmt: skip
        return response
