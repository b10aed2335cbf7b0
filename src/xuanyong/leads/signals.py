"""Signals other apps (analytics) listen to; sent by leads.services after the write commits."""

from __future__ import annotations

from django.dispatch import Signal

# kwargs: lead (Lead), request (HttpRequest | None)
lead_submitted = Signal()
# kwargs: lead (Lead), old_status (str), new_status (str), actor (User | None)
lead_status_changed = Signal()
