"""Personal-data rights (PIPL): a person downloads what we hold about them, or deletes the account.

Each app that stores personal data has a ``personal_data`` module with ``export(user)`` and
``erase(user)`` (and ``visitor_ids(user)`` where its rows carry the anonymous visitor id that ties
analytics events to the person). This module only orders the calls and audits each request.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from xuanyong.accounts import personal_data as accounts_data
from xuanyong.accounts.forms import typed_email
from xuanyong.accounts.models import User
from xuanyong.analytics import personal_data as analytics_data
from xuanyong.content import personal_data as content_data
from xuanyong.leads import personal_data as leads_data
from xuanyong.portal import personal_data as portal_data
from xuanyong.reviews import personal_data as reviews_data
from xuanyong.security import throttle

from .models import DataRequest

FORMAT = "xuanyong-personal-data/1"
MSG_STAFF = _("运营与管理员账号不能自助注销：请联系站点管理员在运营后台处理，以便交接工作记录。")
MSG_PASSWORD = _("密码不正确。为确认是您本人操作，请输入当前登录密码。")


def email_digest(email: str) -> str:
    """A keyed digest: an operator can check an address against it, nobody can read one from it."""
    return hmac.new(settings.SECRET_KEY.encode(), typed_email(email).encode(), hashlib.sha256).hexdigest()


def _visitor_ids(user: User, current: str) -> set[str]:
    ids = {current} | reviews_data.visitor_ids(user) | content_data.visitor_ids(user)
    return {i for i in ids | leads_data.visitor_ids(user) if i}


def _open(kind: str, user: User) -> DataRequest:
    return DataRequest.objects.create(
        kind=kind, user=user, account_id=user.pk, email_digest=email_digest(user.email)
    )


def data_export(*, user: User, visitor_id: str = "") -> dict[str, Any]:
    """Everything we hold about the signed-in person, as one JSON-ready document."""
    record = _open(DataRequest.Kind.EXPORT, user)
    data: dict[str, Any] = {"format": FORMAT, "site": settings.SITE_URL, "exported_at": timezone.now()}
    for provider in (accounts_data, reviews_data, content_data, leads_data, portal_data):
        data.update(provider.export(user))
    data.update(analytics_data.export(_visitor_ids(user, visitor_id)))
    record.status, record.completed_at = DataRequest.Status.DONE, timezone.now()
    record.summary = {key: len(value) for key, value in data.items() if isinstance(value, list)}
    record.save(update_fields=["status", "completed_at", "summary"])
    data["privacy_requests"] = [
        {"kind": r.get_kind_display(), "status": r.get_status_display(), "requested_at": r.requested_at,
         "completed_at": r.completed_at}
        for r in DataRequest.objects.filter(account_id=user.pk).order_by("requested_at")
    ]  # fmt: skip
    return data


def account_delete(*, user: User, password: str, visitor_id: str = "", ip: str | None = None) -> DataRequest:
    """Erase the account and what hangs on it, all in one transaction: on any failure nothing is
    erased and the request is audited as not completed."""
    if user.is_staff or user.is_superuser:
        raise ValidationError(MSG_STAFF, code="staff_account")
    account = typed_email(user.email)
    throttle.check("login", account=account, ip=ip)
    if not user.check_password(password):
        throttle.fail("login", account=account, ip=ip)  # a stolen session must not guess the password
        raise ValidationError({"password": MSG_PASSWORD}, code="wrong_password")
    record = _open(DataRequest.Kind.ERASE, user)
    visitor_ids = _visitor_ids(user, visitor_id)
    try:
        with transaction.atomic():
            summary: dict[str, int] = {}
            for provider in (reviews_data, content_data, leads_data, portal_data):
                summary.update(provider.erase(user))
            summary.update(analytics_data.erase(visitor_ids))
            summary.update(content_data.erase_visitors(visitor_ids))
            summary.update(accounts_data.erase(user))  # last: the rows above point at it
    except Exception:
        record.status, record.completed_at = DataRequest.Status.FAILED, timezone.now()
        record.save(update_fields=["status", "completed_at"])
        raise
    record.user = None  # the row is gone; its number and e-mail digest stay
    record.status, record.completed_at, record.summary = DataRequest.Status.DONE, timezone.now(), summary
    record.save(update_fields=["user", "status", "completed_at", "summary"])
    return record
