"""Events tied to a person: those carrying one of the visitor ids their own rows recorded.

Events hold no name, e-mail or address (models.py); the visitor and session ids are what ties
them to a person, so erasing blanks both and leaves the anonymous event for the rollups.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import buffer
from .models import Event

FIELDS = ["created_at", "kind", "object_type", "object_id", "term", "referrer_host", "device", "channel_id"]


def export(visitor_ids: Iterable[str]) -> dict[str, Any]:
    ids = sorted({v for v in visitor_ids if v})
    buffer.sync()  # events not yet written (this process's, and the stream's)
    events = Event.objects.filter(visitor_id__in=ids).order_by("created_at").values(*FIELDS)
    return {"visitor_ids": ids, "events": list(events)}


def erase(visitor_ids: Iterable[str]) -> dict[str, int]:
    ids = {v for v in visitor_ids if v}
    buffer.sync()
    return {
        "events_anonymised": Event.objects.filter(visitor_id__in=ids).update(visitor_id="", session_id="")
    }
