"""Signals of the content app."""

from __future__ import annotations

from django.dispatch import Signal

# kwargs: article_id (int). Sent by services after an article write commits; content.tasks queues
# the 推荐阅读 refresh (a signal, so services never import the task module that imports them).
article_changed = Signal()
