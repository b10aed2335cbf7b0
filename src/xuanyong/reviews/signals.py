"""Signals other apps (analytics) listen to; sent by reviews.services after the write commits."""

from __future__ import annotations

from django.dispatch import Signal

# kwargs: review (Review), request (HttpRequest | None)
review_submitted = Signal()
