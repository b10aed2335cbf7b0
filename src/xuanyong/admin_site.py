"""The operators' admin: Django's, with its titles and a login throttled like the site's."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.accounts.forms import AdminLoginForm
from xuanyong.security import throttle
from xuanyong.security.inputs import object_ids

ViewType = TypeVar("ViewType", bound=Callable[..., HttpResponseBase])


class XuanyongAdminSite(admin.AdminSite):
    site_header = gettext_lazy("选用 · 运营后台")
    site_title = gettext_lazy("选用运营后台")
    index_title = gettext_lazy("运营管理")
    login_form = AdminLoginForm

    def admin_view(self, view: ViewType, cacheable: bool = False) -> ViewType:
        """Every admin view, but an action on ids that are not ours (text, out of range) is
        answered with a message: Django's changelist would pass them to the database."""

        @wraps(view)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            selected = request.POST.getlist(ACTION_CHECKBOX_NAME) if request.method == "POST" else []
            if selected and object_ids(selected) is None:
                messages.error(request, _("所选对象无效，未执行任何操作。请刷新页面后重新勾选。"))
                return HttpResponseRedirect(request.get_full_path())
            return view(request, *args, **kwargs)

        return super().admin_view(cast(ViewType, guarded), cacheable)

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        response = super().login(request, extra_context)
        form = (getattr(response, "context_data", None) or {}).get("form")
        if form is not None and getattr(form, "throttled", None):
            return throttle.too_many(response, form.throttled)
        return response
