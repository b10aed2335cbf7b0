"""Where browsers report Content-Security-Policy violations: logged for operators (and tests)."""

from __future__ import annotations

import json
import logging

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from xuanyong.lib.visitor import client_ip

from . import throttle

logger = logging.getLogger("xuanyong.security.csp")
MAX_REPORT_BYTES = 16 * 1024


@csrf_exempt  # browsers post reports without a token; nothing is changed by one
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    if len(request.body) > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        throttle.hit("csp_report", ip=client_ip(request))
    except throttle.Throttled:
        return HttpResponse(status=204)  # a flood of reports is dropped, not logged
    for report in _reports(request.body):
        logger.warning(
            "CSP violation: %s blocked %s on %s",
            report.get("effective-directive")
            or report.get("violated-directive")
            or report.get("effectiveDirective"),
            report.get("blocked-uri") or report.get("blockedURL") or "inline",
            report.get("document-uri") or report.get("documentURL"),
            extra={"csp_report": report},
        )
    return HttpResponse(status=204)


def _reports(body: bytes) -> list[dict[str, object]]:
    """The classic ``{"csp-report": {...}}`` body, or the Reporting API's list of ``{"body": {...}}``."""
    try:
        payload = json.loads(body or b"null")
    except ValueError:
        return []
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        return [payload["csp-report"]]
    if isinstance(payload, list):
        return [
            item["body"] for item in payload if isinstance(item, dict) and isinstance(item.get("body"), dict)
        ]
    return []
