"""The compare tray: up to four picks kept in the session while the buyer browses."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _

from .compare import MAX_COMPARE
from .models import Offering

SESSION_KEY = "compare_tray"


def tray_slugs(request: HttpRequest) -> list[str]:
    slugs = request.session.get(SESSION_KEY, [])
    return [s for s in slugs if isinstance(s, str)][:MAX_COMPARE] if isinstance(slugs, list) else []


def tray_add(request: HttpRequest, offering: Offering) -> str:
    """Add the offering; return the message for the buyer."""
    slugs = tray_slugs(request)
    if offering.slug in slugs:
        return _("“%(name)s”已在对比栏中。") % {"name": offering.name}
    if len(slugs) >= MAX_COMPARE:
        return _("对比栏最多放 %(max_compare)s 款产品，请先移除一款。") % {"max_compare": MAX_COMPARE}
    request.session[SESSION_KEY] = [*slugs, offering.slug]
    return _("已加入对比：%(name)s") % {"name": offering.name}


def tray_remove(request: HttpRequest, slug: str) -> None:
    request.session[SESSION_KEY] = [s for s in tray_slugs(request) if s != slug]


def tray_clear(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)


def tray_offerings(slugs: list[str]) -> list[Offering]:
    if not slugs:
        return []
    by_slug = {
        o.slug: o
        for o in Offering.objects.published()
        .filter(slug__in=slugs)
        .select_related("primary_category")
        .only("id", "name", "slug", "primary_category__name", "primary_category__slug")
    }
    return [by_slug[s] for s in slugs if s in by_slug]
