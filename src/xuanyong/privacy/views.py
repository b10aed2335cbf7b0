"""The privacy policy, and a signed-in person's page to download or delete their data."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from xuanyong.accounts.models import User
from xuanyong.lib.visitor import client_ip, visitor_id
from xuanyong.security import throttle

from . import services
from .forms import AccountDeleteForm
from .models import DataRequest


@require_GET
def policy(request: HttpRequest) -> HttpResponse:
    context = {
        "leads_days": settings.LEADS_RETENTION_DAYS,
        "events_days": settings.ANALYTICS_RETENTION_DAYS,
        "reviews_policy": settings.PRIVACY_REVIEWS,
        "backup_days": settings.BACKUP_RETENTION_DAYS,
        "lock_days": settings.SECURITY_LOCK_RECORD_DAYS,
    }
    return render(request, "privacy/policy.html", context)


def _page(request: HttpRequest, form: AccountDeleteForm, status: int = 200) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]  # login_required
    context = {
        "form": form,
        "requests": DataRequest.objects.filter(account_id=user.pk)[:20],
        "is_staff_account": user.is_staff or user.is_superuser,
        "reviews_policy": settings.PRIVACY_REVIEWS,
    }
    return render(request, "privacy/mine.html", context, status=status)


@login_required
@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    return _page(request, AccountDeleteForm())


@login_required
@require_POST
def export(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    data = services.data_export(user=user, visitor_id=visitor_id(request))
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    name = f"xuanyong-my-data-{timezone.localdate():%Y%m%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["POST"])
def delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=400)
    try:
        services.account_delete(
            user=request.user,  # type: ignore[arg-type]
            password=form.cleaned_data["password"],
            visitor_id=visitor_id(request),
            ip=client_ip(request),
        )
    except throttle.Throttled as exc:
        form.add_error(None, exc)
        return throttle.too_many(_page(request, form), exc)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            for field, errors in exc.message_dict.items():
                form.add_error(field, errors)
        else:
            form.add_error(None, exc)
        return _page(request, form, status=400)
    logout(request)
    messages.success(request, _("您的账号已注销，个人数据已按隐私政策删除或匿名化。感谢您使用选用。"))
    return redirect("web:home")
