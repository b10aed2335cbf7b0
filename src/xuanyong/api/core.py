"""The NinjaAPI instance: routers, OpenAPI document, and the handlers that give every refusal
the one error shape."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer

from xuanyong.security.throttle import Throttled

from .errors import ApiError, error_response, from_validation_error
from .routers import catalog, content, reviews, search, vendor

logger = logging.getLogger("django.request")

DESCRIPTION = """选用（Xuanyong）开放接口。

* **公开读取**无需登录：分类、产品/服务（与分类页相同的筛选与分面）、服务商、评价、榜单及其计算输入、文章、搜索。
* **服务商接口**（`/vendor/…`）需在 `Authorization: Bearer <令牌>` 中发送服务商令牌，按权限（scope）限制，并按令牌限流。
* 列表一律游标分页：`limit`（1–100）与上一页的 `next_cursor`。
* 每个 GET 响应带 `ETag`，带 `If-None-Match` 重发可得 304。
* 错误统一为 `{"error": {"code": "机器可读码", "message": "中文说明", "fields": {...}}}`。

文档：`docs/api.md`。数据以 CC BY 4.0 开放，整库下载见 `/open-data/`。"""


class ChineseJSONRenderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # readable Chinese, a third of the bytes of \uXXXX


api = NinjaAPI(
    renderer=ChineseJSONRenderer(),
    title="选用开放接口",
    version="1.0.0",
    description=DESCRIPTION,
    urls_namespace="api",
    docs=Swagger(settings={"persistAuthorization": True, "displayRequestDuration": True}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return error_response(exc.status, exc.code, exc.message, fields=exc.fields, headers=exc.headers)


@api.exception_handler(NinjaValidationError)
def _invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    fields: dict[str, str] = {}
    body_invalid = False
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ())]
        if location[:1] == ["body"] and error.get("type") in ("json_invalid", "model_attributes_type"):
            body_invalid = True
        name = ".".join(location[1:] if location[:1] in (["query"], ["body"], ["path"]) else location)
        name = name.removeprefix("params.").removeprefix("body.") or (location[0] if location else "request")
        fields[name] = _message(error)
    if body_invalid:
        return error_response(400, "invalid_json", "请求体不是有效的 JSON 对象。", fields=fields)
    return error_response(
        400,
        "validation_error",
        "请求参数有误：" + "；".join(f"{k}：{v}" for k, v in fields.items()),
        fields=fields,
    )


def _message(error: dict[str, Any]) -> str:
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    messages = {
        "missing": "必填",
        "int_parsing": "应为整数",
        "int_type": "应为整数",
        "decimal_parsing": "应为数字",
        "decimal_type": "应为数字",
        "bool_parsing": "应为 true 或 false",
        "bool_type": "应为 true 或 false",
        "datetime_parsing": "应为 ISO 8601 时间，如 2026-12-01T00:00:00+08:00",
        "datetime_from_date_parsing": "应为 ISO 8601 时间，如 2026-12-01T00:00:00+08:00",
        "datetime_type": "应为 ISO 8601 时间",
        "string_type": "应为文本",
        "list_type": "应为数组",
        "literal_error": f"取值应为 {context.get('expected', '')}",
        "string_too_long": f"最多 {context.get('max_length', '')} 个字",
        "string_too_short": f"至少 {context.get('min_length', '')} 个字",
        "too_long": f"最多 {context.get('max_length', '')} 项",
        "greater_than_equal": f"不能小于 {context.get('ge', '')}",
        "less_than_equal": f"不能大于 {context.get('le', '')}",
        "enum": f"取值应为 {context.get('expected', '')}",
        "float_parsing": "应为数字",
        "finite_number": "应为有限的数字",
        "decimal_max_digits": "数字位数过多",
        "decimal_max_places": f"最多 {context.get('decimal_places', '')} 位小数",
        "extra_forbidden": "不支持的字段",
        "json_invalid": "不是有效的 JSON",
        "model_attributes_type": "应为 JSON 对象",
        "dict_type": "应为 JSON 对象",
        "value_error": str(error.get("msg", "")).removeprefix("Value error, "),
    }
    return messages.get(kind, "取值无效")


@api.exception_handler(AuthenticationError)
def _unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(401, headers={"WWW-Authenticate": 'Bearer realm="xuanyong"'})


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    return error_response(
        429, "rate_limited", str(exc.message), headers={"Retry-After": str(exc.wait_seconds)}
    )


@api.exception_handler(DjangoValidationError)
def _refused(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    error = from_validation_error(exc)
    return error_response(400, error.code, error.message, fields=error.fields)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(404)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(exc.status_code)


@api.exception_handler(Exception)
def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error on %s", request.path, exc_info=exc)
    return error_response(500)


for module in (catalog, reviews, content, search):
    api.add_router("", module.router)
api.add_router("", vendor.router)
