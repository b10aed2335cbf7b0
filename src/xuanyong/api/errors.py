"""One error shape for everything under /api/: ``{"error": {"code", "message", "fields"}}``."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse

# What a status means when nothing more specific was said.
STATUS_ERRORS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "请求格式不正确。"),
    401: ("unauthorized", "缺少或无效的访问令牌：请在 Authorization 头中发送 Bearer 令牌。"),
    403: ("forbidden", "无权执行此操作。"),
    404: ("not_found", "请求的资源不存在。"),
    405: ("method_not_allowed", "该地址不支持此请求方法。"),
    406: ("not_acceptable", "只提供 JSON 格式。"),
    413: ("payload_too_large", "请求体过大。"),
    415: ("unsupported_media_type", "请求体须为 JSON（Content-Type: application/json）。"),
    422: ("validation_error", "请求参数有误。"),
    429: ("rate_limited", "请求过于频繁，请稍后再试。"),
    500: ("server_error", "服务器内部错误，已记录，请稍后再试。"),
    503: ("unavailable", "服务暂时不可用，请稍后再试。"),
}


class ApiError(Exception):
    """Raised anywhere below an operation; rendered as the error shape with ``status``."""

    def __init__(
        self, status: int, code: str, message: str, *, fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.fields = fields or {}
        self.headers = headers or {}


def not_found(what: str = "资源") -> ApiError:
    return ApiError(404, "not_found", f"{what}不存在。")


def error_body(code: str, message: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def error_response(
    status: int, code: str | None = None, message: str | None = None, *, fields: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:  # fmt: skip
    default_code, default_message = STATUS_ERRORS.get(status, ("error", "请求失败。"))
    response = JsonResponse(
        error_body(code or default_code, message or default_message, fields),
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )
    for name, value in (headers or {}).items():
        response[name] = value
    response["Cache-Control"] = "no-store"
    return response


def from_validation_error(exc: ValidationError, status: int = 400) -> ApiError:
    """A domain service's refusal, with its code and its Chinese messages per field."""
    fields: dict[str, str] = {}
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            fields[name] = "；".join(str(m) for e in errors for m in e.messages)
        field, errors = next(iter(exc.error_dict.items()))
        # ValidationError({field: message}, code=…) drops the code: name the field instead.
        code = errors[0].code or (f"{field}_invalid" if field != "__all__" else "invalid")
    else:
        code = exc.error_list[0].code or "invalid" if exc.error_list else "invalid"
    message = "；".join(fields.values()) if fields else "；".join(exc.messages)
    return ApiError(status, code, message, fields=fields)


def is_json(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


def has_error_shape(response: HttpResponse) -> bool:
    if not is_json(response):
        return False
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(body, dict) and isinstance(body.get("error"), dict) and "code" in body["error"]
