"""Events for leads and reviews, from the signals those apps send after their writes commit.

A lead keeps the channel and visitor it came with: its status changes are the vendor's doing,
so their events carry the lead's channel, visitor and category, never the vendor's.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from . import buffer, tracking
from .models import Channel, Event
from .services import event_record


def _lead_category_id(lead: Any) -> int | None:
    category_id = getattr(lead, "category_id", None)
    if category_id is None and getattr(lead, "offering_id", None):
        category_id = lead.offering.primary_category_id
    return category_id


def on_lead_submitted(sender: Any, lead: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    if request is not None and not tracking.is_trackable(request):
        return
    touches = tracking.touches(request) if request is not None else tracking.Touches()
    code = ""
    if touches.last_id is not None:
        code = Channel.objects.filter(pk=touches.last_id).values_list("code", flat=True).first() or ""
    if code and not getattr(lead, "channel", "x"):
        type(lead).objects.filter(pk=lead.pk).update(channel=code)
        lead.channel = code
    article_id = getattr(lead, "article_id", None)
    if article_id is None and request is not None:
        article_id = tracking.last_article_id(request)
    columns: dict[str, Any] = {
        "object_type": "lead",
        "object_id": lead.pk,
        "offering_id": getattr(lead, "offering_id", None),
        "category_id": _lead_category_id(lead),
        "article_id": article_id,
        "detail": str(getattr(lead, "kind", ""))[:40],
    }
    if getattr(lead, "visitor_id", ""):
        columns["visitor_id"] = lead.visitor_id
    event_record(kind=Event.Kind.LEAD_SUBMIT, request=request, **columns)
    buffer.maybe_flush()


def on_lead_status_changed(
    sender: Any, lead: Any, old_status: str, new_status: str, actor: Any = None, **kwargs: Any
) -> None:
    channel_id = None
    if code := getattr(lead, "channel", ""):
        channel_id = Channel.objects.filter(code=code).values_list("pk", flat=True).first()
    event_record(
        kind=Event.Kind.LEAD_STATUS_CHANGE,
        visitor_id=getattr(lead, "visitor_id", "") or "",
        channel_id=channel_id,
        first_channel_id=channel_id,
        object_type="lead",
        object_id=lead.pk,
        offering_id=getattr(lead, "offering_id", None),
        category_id=_lead_category_id(lead),
        article_id=getattr(lead, "article_id", None),
        detail=str(new_status)[:40],
    )
    buffer.maybe_flush()


def on_review_submitted(sender: Any, review: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    offering_id = getattr(review, "offering_id", None)
    event_record(
        kind=Event.Kind.REVIEW_SUBMIT,
        request=request,
        object_type="review",
        object_id=review.pk,
        offering_id=offering_id,
        category_id=review.offering.primary_category_id if offering_id else None,
    )
    buffer.maybe_flush()
