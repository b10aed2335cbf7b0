"""/healthz (the process answers), /readyz (it can serve: for load balancers), /metrics."""

from __future__ import annotations

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST

from xuanyong.lib.visitor import is_trusted_proxy

from . import health, metrics


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """Alive: no database, no cache, nothing that could make a busy node look dead."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request: HttpRequest) -> HttpResponse:
    ready, report = health.readiness()
    return JsonResponse(report, status=200 if ready else 503, json_dumps_params={"ensure_ascii": False})


def _direct_loopback(request: HttpRequest) -> bool:
    """A client on this machine that did not come through a proxy: a proxy adds its header, and
    one listed in TRUSTED_PROXIES relays outsiders even when it does not."""
    if "HTTP_X_FORWARDED_FOR" in request.META or "HTTP_FORWARDED" in request.META:
        return False
    peer = request.META.get("REMOTE_ADDR", "")
    try:
        return ipaddress.ip_address(peer).is_loopback and not is_trusted_proxy(peer)
    except ValueError:
        return False


def _bearer_ok(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    given = request.META.get("HTTP_AUTHORIZATION", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


@never_cache
@require_GET
def metrics_view(request: HttpRequest) -> HttpResponse:
    if not (_direct_loopback(request) or _bearer_ok(request)):
        return HttpResponse(
            "403：指标只对本机或持有令牌（XUANYONG_METRICS_TOKEN）的请求开放。\n",
            status=403, content_type="text/plain; charset=utf-8",
        )  # fmt: skip
    return HttpResponse(metrics.exposition(), content_type=CONTENT_TYPE_LATEST)
