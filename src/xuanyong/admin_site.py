"""The operators' admin: Django's, with its titles and a login throttled like the site's."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponse

from xuanyong.accounts.forms import AdminLoginForm
from xuanyong.security import throttle


class XuanyongAdminSite(admin.AdminSite):
    site_header = "选用 · 运营后台"
    site_title = "选用运营后台"
    index_title = "运营管理"
    login_form = AdminLoginForm

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        response = super().login(request, extra_context)
        form = (getattr(response, "context_data", None) or {}).get("form")
        if form is not None and getattr(form, "throttled", None):
            return throttle.too_many(response, form.throttled)
        return response
