"""Turn the page slugs the middleware saw into object and category ids, once per flushed batch.

The middleware never queries the database (a page view must stay cheap, and pages pin their
query counts); a batch of N events costs at most one query per object type here instead.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.content.models import Article


def resolve_objects(events: list[dict[str, Any]]) -> None:
    """Fill ``object_id`` (and the offering, article and category ids) from ``object_key``."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for event in events:
        if event.get("object_key") and event.get("object_id") is None:
            wanted[event["object_type"]].add(event["object_key"])
    if not wanted:
        return
    found: dict[tuple[str, str], tuple[int, int | None]] = {}
    if slugs := wanted.get("offering"):
        for pk, slug, category_id in Offering.objects.filter(slug__in=slugs).values_list(
            "pk", "slug", "primary_category_id"
        ):
            found["offering", slug] = (pk, category_id)
    if slugs := wanted.get("article"):
        for pk, slug, category_id in Article.objects.filter(slug__in=slugs).values_list(
            "pk", "slug", "category_id"
        ):
            found["article", slug] = (pk, category_id)
    if slugs := wanted.get("category"):
        for pk, slug in Category.objects.filter(slug__in=slugs).values_list("pk", "slug"):
            found["category", slug] = (pk, pk)
    if slugs := wanted.get("vendor"):
        for pk, slug in Vendor.objects.filter(slug__in=slugs).values_list("pk", "slug"):
            found["vendor", slug] = (pk, None)
    for event in events:
        if event.get("object_id") is not None or not event.get("object_key"):
            continue
        match = found.get((event["object_type"], event["object_key"]))
        if match is None:
            continue  # a renamed slug (the view redirected) or a deleted row
        object_id, match_category = match
        event["object_id"] = object_id
        if event.get("category_id") is None:
            event["category_id"] = match_category
        if event["object_type"] == "offering" and event.get("offering_id") is None:
            event["offering_id"] = object_id
        elif event["object_type"] == "article" and event.get("article_id") is None:
            event["article_id"] = object_id
