"""Bearer-token authentication, per-token rate limit and scope checks for the vendor operations."""

from __future__ import annotations

from typing import cast

from django.http import HttpRequest
from ninja.security import HttpBearer

from xuanyong.security import throttle

from .errors import ApiError
from .models import ApiToken
from .tokens import token_for


class VendorToken(HttpBearer):
    """``Authorization: Bearer xy_…``: a live token of a vendor; counts against its rate limit."""

    openapi_description = (
        "服务商接口令牌：在服务商后台“接口令牌”页创建，或由运营用 `xuanyong api-token create` 签发。"
    )

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = token_for(token)
        if found is None:
            return None  # ninja answers 401
        try:
            throttle.hit("api_token", token=str(found.pk))
        except throttle.Throttled as exc:
            raise ApiError(
                429, "rate_limited", str(exc.message), headers={"Retry-After": str(exc.wait_seconds)}
            ) from None
        return found


def current_token(request: HttpRequest) -> ApiToken:
    return cast(ApiToken, request.auth)  # type: ignore[attr-defined]


def require_scope(request: HttpRequest, scope: str) -> ApiToken:
    token = current_token(request)
    if scope not in token.scopes:
        raise ApiError(
            403, "insufficient_scope", f"该令牌没有“{scope}”权限，请在服务商后台创建带此权限的令牌。",
            fields={"scope": scope},
        )  # fmt: skip
    return token
