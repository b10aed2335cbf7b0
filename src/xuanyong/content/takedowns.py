"""Takedown requests (侵权投诉): filing, hiding and restoring the article, and the decision.

Every step writes a ``TakedownEvent`` in the same transaction, so the audit trail is complete.
While an article is hidden its URL answers 410 and it leaves lists, search and recommendations.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xuanyong.accounts.models import User
from xuanyong.lib.text import refuse_markup

from .models import Article, TakedownEvent, TakedownRequest
from .services import article_reindex

EVIDENCE_MAX_BYTES = 10 * 1024 * 1024


def takedown_create(
    *,
    article: Article,
    claimant: str,
    contact: str,
    right: str,
    evidence: str,
    good_faith: bool,
    evidence_file: UploadedFile | None = None,
    ip: str | None = None,
) -> TakedownRequest:
    if not good_faith:
        raise ValidationError({"good_faith": _("请确认善意声明后再提交。")}, code="good_faith")
    if evidence_file is not None and evidence_file.size and evidence_file.size > EVIDENCE_MAX_BYTES:
        raise ValidationError({"evidence_file": _("证据文件不能超过 10 MB。")}, code="file_too_large")
    refuse_markup(
        {
            "claimant": (_("投诉人"), claimant),
            "contact": (_("联系方式"), contact),
            "evidence": (_("证据说明"), evidence),
        }
    )
    request = TakedownRequest(
        article=article, claimant=claimant.strip(), contact=contact.strip(), right=right,
        evidence=evidence.strip(), good_faith=True, ip=ip,
    )  # fmt: skip
    if evidence_file is not None:
        request.evidence_file = evidence_file
    request.full_clean()
    with transaction.atomic():
        request.save()
        TakedownEvent.objects.create(request=request, action=TakedownEvent.Action.SUBMITTED)
    return request


def takedown_hide_article(*, request: TakedownRequest, actor: User | None, note: str = "") -> TakedownRequest:
    """Hide the article while the claim is pending."""
    if request.status != TakedownRequest.Status.PENDING:
        raise ValidationError(_("只有待处理的投诉可以隐藏文章。"), code="not_pending")
    with transaction.atomic():
        _set_hidden(request.article, hidden=True)
        _event(request, TakedownEvent.Action.HIDDEN, actor, note)
    return request


def takedown_restore_article(
    *, request: TakedownRequest, actor: User | None, note: str = ""
) -> TakedownRequest:
    with transaction.atomic():
        _set_hidden(request.article, hidden=False)
        _event(request, TakedownEvent.Action.RESTORED, actor, note)
    return request


def takedown_decide(
    *, request: TakedownRequest, upheld: bool, reason: str, actor: User | None
) -> TakedownRequest:
    """Record the decision. Upheld keeps the article hidden; rejected restores it if it was hidden."""
    if not reason.strip():
        raise ValidationError({"decision_reason": _("请填写处理理由。")}, code="reason_required")
    if request.status != TakedownRequest.Status.PENDING:
        raise ValidationError(_("该投诉已处理。"), code="decided")
    request.status = TakedownRequest.Status.UPHELD if upheld else TakedownRequest.Status.REJECTED
    request.decision_reason = reason.strip()
    request.decided_by = actor
    request.decided_at = timezone.now()
    request.full_clean()
    with transaction.atomic():
        request.save(update_fields=["status", "decision_reason", "decided_by", "decided_at"])
        action = TakedownEvent.Action.UPHELD if upheld else TakedownEvent.Action.REJECTED
        _event(request, action, actor, reason.strip())
        article = request.article
        if upheld and not article.is_hidden:
            _set_hidden(article, hidden=True)
            _event(request, TakedownEvent.Action.HIDDEN, actor, "投诉成立，文章下线")
        elif not upheld and article.is_hidden and not _other_claims_hiding(request):
            _set_hidden(article, hidden=False)
            _event(request, TakedownEvent.Action.RESTORED, actor, "投诉不成立，恢复文章")
    return request


def _other_claims_hiding(request: TakedownRequest) -> bool:
    """Another claim already upheld keeps the article down."""
    return (
        TakedownRequest.objects.filter(article_id=request.article_id, status=TakedownRequest.Status.UPHELD)
        .exclude(pk=request.pk)
        .exists()
    )


def _set_hidden(article: Article, *, hidden: bool) -> None:
    Article.objects.filter(pk=article.pk).update(is_hidden=hidden)
    article.is_hidden = hidden
    article_reindex(article=article)


def _event(request: TakedownRequest, action: str, actor: User | None, note: str) -> TakedownEvent:
    return TakedownEvent.objects.create(request=request, action=action, actor=actor, note=note)
