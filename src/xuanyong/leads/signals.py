"""Signals other apps (analytics) listen to; sent by leads.services after the write commits."""

from __future__ import annotations

from django.dispatch import Signal

# kwargs: lead (Lead), request (HttpRequest | None)
lead_submitted = Signal()
# kwargs: lead (Lead), old_status (str), new_status (str), actor (User | None)
lead_status_changed = Signal()
# kwargs: lead_id (int). Sent by notifications after the write commits; leads.tasks queues delivery
# (a signal, so the domain modules never import the task module that imports them).
notifications_queued = Signal()
