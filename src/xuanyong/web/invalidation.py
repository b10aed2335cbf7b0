"""What makes cached pages stale: any saved or deleted row of what public pages show.

Saves and deletes are seen through model signals, so the services, the admin and the importers
all invalidate without remembering to. Bulk writes (``QuerySet.update``, ``bulk_create``) send
no signal; the services doing them call ``pages_invalidate`` themselves.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from xuanyong.lib.pagecache import pages_invalidate

PUBLIC_APPS = frozenset({"catalog", "content", "reviews", "web", "search"})
# Rows no page shows, rows written on every read or search (they would empty the cache each
# time), and rows rewritten in bulk with their owner, whose writers invalidate once themselves:
# a delete signal receiver would make Django fetch each of them before deleting.
PRIVATE_MODELS = frozenset(
    {
        "catalog.offeringattributevalue",
        "catalog.categorymembership",
        "catalog.offeringcredentialtag",
        "content.relatedarticle",
        "search.searchdocument",
        "search.suggestion",
        "content.readmark",
        "content.articleterms",
        "content.recommendationterm",
        "content.recommendationposting",
        "reviews.reviewdraft",
        "reviews.emailcode",
        "reviews.proofofuse",
        "reviews.reviewinvite",
        "reviews.helpfulvote",
        "search.zeroresultquery",
    }
)


def _shown(sender: Any) -> bool:
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label in PUBLIC_APPS and meta.label_lower not in PRIVATE_MODELS


def _row_changed(sender: Any, using: str = "default", **kwargs: Any) -> None:
    pages_invalidate(using)


def _links_changed(sender: Any, action: str, using: str = "default", **kwargs: Any) -> None:
    if action.startswith("post_") and _shown(sender):
        pages_invalidate(using)


def connect() -> None:
    # Per model, not for every sender: other models keep Django's fast (signal-free) deletes.
    for label in PUBLIC_APPS:
        for model in apps.get_app_config(label).get_models():
            if _shown(model):
                post_save.connect(_row_changed, sender=model, dispatch_uid=f"pages-save-{model._meta.label}")
                post_delete.connect(_row_changed, sender=model, dispatch_uid=f"pages-del-{model._meta.label}")
    m2m_changed.connect(_links_changed, dispatch_uid="pages-invalidate-links")
