"""Response headers Django has no setting for, and the guard every posted form passes first."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .inputs import forbidden_character

logger = logging.getLogger("xuanyong.security")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

# Browser features no page of ours uses: no script (ours or injected) may ask for them.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture", "geolocation",
        "gyroscope", "magnetometer", "microphone", "midi", "payment", "usb",
    )
)  # fmt: skip


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def _refuse(request: HttpRequest, message: str, title: str, status: int) -> HttpResponse:
    if request.headers.get("HX-Request"):  # htmx swaps the answer into the element that asked
        return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
    return render(request, "400.html", {"message": message, "title": title}, status=status)


class InputGuardMiddleware:
    """Refuse, before any view runs, a request body over the size limit (413) and a posted form
    with a control or text-direction character in any field or file name (400), with a Chinese
    page that says what to fix. Nothing of the request is kept."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("POST", "PUT", "PATCH"):
            refused = self.refusal(request)
            if refused is not None:
                return refused
        return self.get_response(request)

    def refusal(self, request: HttpRequest) -> HttpResponse | None:
        limit = settings.SECURITY_MAX_REQUEST_MB * 1024 * 1024
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limit:
            message = _("提交的内容过大（超过 %(mb)s MB），未保存。请缩小文件或精简内容后重试。") % {
                "mb": settings.SECURITY_MAX_REQUEST_MB
            }
            return _refuse(request, message, _("内容过大"), 413)
        if not (request.content_type or "").startswith(FORM_TYPES):
            return None
        texts = [*request.POST.keys(), *(v for values in request.POST.lists() for v in values[1])]
        texts += [f.name or "" for files in request.FILES.lists() for f in files[1]]
        for text in texts:
            found = forbidden_character(text)
            if found:
                logger.info("refused a form with %s on %s", found, request.path)
                message = _(
                    "提交的内容中含有不可见的控制字符或文字方向控制符（%(found)s），未保存。这类字符常见于从其他软件复制的文字，也被用来伪装文件名。请返回上一页，删除后重新提交。"
                ) % {"found": found}
                return _refuse(request, message, _("内容含有无效字符"), 400)
        return None
