"""The edge of /api/: body size, CORS, ETags and the one error shape for whatever answers.

It runs first (outermost), so 404s from the URL resolver, 405s, the input guard's refusals and
unhandled exceptions all leave as ``{"error": {"code", "message", "fields"}}``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

from .errors import STATUS_ERRORS, error_response, has_error_shape, is_json

PREFIX = "/api/"
VENDOR_PREFIX = "/api/v1/vendor/"
PUBLIC_CACHE = "public, max-age=60"
KEPT_HEADERS = ("Retry-After", "Allow", "WWW-Authenticate")

logger = logging.getLogger("django.request")


def is_public(path: str) -> bool:
    return not path.startswith(VENDOR_PREFIX)


class ApiBoundaryMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            return self._preflight(request)
        too_big = self._too_big(request)
        if too_big is not None:
            return too_big
        response = self.get_response(request)
        if response.status_code >= 400 and not has_error_shape(response):
            response = self._error_shape(response)
        if request.method in ("GET", "HEAD"):
            response = self._cacheable(request, response)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith(PREFIX):
            return None
        logger.exception("API error on %s", request.path, exc_info=exception)
        return error_response(500)

    def _preflight(self, request: HttpRequest) -> HttpResponse:
        if not is_public(request.path):
            return error_response(
                405,
                message="服务商接口不支持跨域调用，请从服务器端请求。",
                headers={"Allow": "GET, POST, PATCH"},
            )
        response = HttpResponse(status=204)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = "If-None-Match, Accept, Accept-Language"
        response["Access-Control-Max-Age"] = "86400"
        return response

    def _too_big(self, request: HttpRequest) -> HttpResponse | None:
        limit = settings.XUANYONG_API_MAX_BODY_KB * 1024
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return error_response(400, message="Content-Length 无效。")
        if length > limit:
            return error_response(
                413, message=f"请求体过大：最多 {settings.XUANYONG_API_MAX_BODY_KB} KB。",
                fields={"body": f"≤ {settings.XUANYONG_API_MAX_BODY_KB} KB"},
            )  # fmt: skip
        return None

    def _error_shape(self, response: HttpResponse) -> HttpResponse:
        status = response.status_code
        code, message = STATUS_ERRORS.get(status, ("error", "请求失败。"))
        if 400 <= status < 500 and status not in STATUS_ERRORS:
            code, message = "bad_request", "请求无法处理。"
        if status >= 500 and not is_json(response):
            code, message = STATUS_ERRORS[500]
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        return error_response(status, code, message, headers=headers)

    def _cacheable(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        public = is_public(request.path)
        if public:
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = "ETag, Retry-After"
        if response.status_code != 200 or getattr(response, "streaming", False):
            return response
        if not response.has_header("Cache-Control"):
            response["Cache-Control"] = PUBLIC_CACHE if public else "private, no-cache"
        if not public:
            patch_vary_headers(response, ["Authorization"])
        etag = response.get("ETag") or f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        wanted = _etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
        if etag in wanted or "*" in wanted:
            not_modified = HttpResponse(status=304)
            for name in (
                "ETag",
                "Cache-Control",
                "Vary",
                "Access-Control-Allow-Origin",
                "Access-Control-Expose-Headers",
            ):
                if response.has_header(name):
                    not_modified[name] = response[name]
            return not_modified
        return response


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}
