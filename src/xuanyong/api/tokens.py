"""Create, revoke and check vendor API tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Vendor
from xuanyong.lib.text import refuse_markup

from .models import ApiToken, Scope

TOKEN_PREFIX = "xy_"
LAST_USED_RESOLUTION = 60  # seconds: last-used is written at most once a minute per token


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    secret: str  # the bearer token, shown once


def digest(secret: str) -> str:
    # The token is 256 random bits: a plain hash cannot be brute-forced, and lookups stay one index probe.
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_scopes(raw: str | list[str]) -> list[str]:
    names = [s.strip() for s in (raw.split(",") if isinstance(raw, str) else raw) if s.strip()]
    unknown = sorted(set(names) - set(Scope.values))
    if unknown:
        raise ValidationError(
            {"scopes": f"未知的权限：{'、'.join(unknown)}。可选：{'、'.join(Scope.values)}。"},
            code="scope_invalid",
        )
    if not names:
        raise ValidationError({"scopes": "请至少选择一项权限。"}, code="scope_required")
    return [s for s in Scope.values if s in names]  # canonical order, no repeats


def token_create(*, vendor: Vendor, name: str, scopes: list[str], created_by: User | None) -> IssuedToken:
    name = name.strip()
    if not name:
        raise ValidationError({"name": "请填写令牌名称，如“CRM 同步”。"}, code="required")
    refuse_markup({"name": ("名称", name)})
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        vendor=vendor, name=name[:60], prefix=secret[:10], digest=digest(secret), scopes=parse_scopes(scopes),
        created_by=created_by,
    )  # fmt: skip
    token.full_clean(exclude=["digest"])
    token.save()
    return IssuedToken(token, secret)


def token_revoke(*, token: ApiToken) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_for(secret: str) -> ApiToken | None:
    """The live token this bearer secret belongs to, its last use noted; None when unknown or revoked."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    token = ApiToken.objects.live().select_related("vendor").filter(digest=digest(secret)).first()
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > LAST_USED_RESOLUTION:
        token.last_used_at = now
        with transaction.atomic():
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token
