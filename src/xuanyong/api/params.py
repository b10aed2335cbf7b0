"""Query-string checks every operation shares: unknown parameters are refused, not ignored."""

from __future__ import annotations

from collections.abc import Iterable

from django.http import HttpRequest, QueryDict

from .errors import ApiError

PAGE_PARAMS = frozenset({"limit", "cursor"})


def refuse_unknown(request: HttpRequest, allowed: Iterable[str]) -> None:
    unknown = sorted(set(request.GET) - set(allowed))
    if unknown:
        raise ApiError(
            400, "unknown_parameter", f"不支持的参数：{'、'.join(unknown)}。",
            fields=dict.fromkeys(unknown, "不支持的参数"),
        )  # fmt: skip


def without(params: QueryDict, names: Iterable[str]) -> QueryDict:
    rest = params.copy()
    for name in names:
        rest.pop(name, None)
    return rest
