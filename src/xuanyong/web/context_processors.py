from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext

from xuanyong.catalog.selectors import category_menu
from xuanyong.catalog.tray import tray_offerings, tray_slugs
from xuanyong.lib.pagecache import CSRF_MARK, rendering_shared

from .languages import page_languages
from .selectors import site_settings


def site(request: HttpRequest) -> dict[str, Any]:
    # Lazy callables: pages that never render the header (JSON, redirects) pay nothing.
    shared = {"csrf_token": CSRF_MARK} if rendering_shared(request) else {}
    return {
        **shared,
        "site": SimpleLazyObject(site_settings),
        # The brand in the page's language when the catalog knows it ("选用" is "Xuanyong").
        "site_name": gettext(settings.XUANYONG_SITE_NAME),
        "nav_menu": category_menu,
        "compare_tray": SimpleLazyObject(lambda: tray_offerings(tray_slugs(request))),
    }


def languages(request: HttpRequest) -> dict[str, Any]:
    """<html lang>, the hreflang alternates and the language switch (web/languages.py)."""
    return {"page_languages": SimpleLazyObject(lambda: page_languages(request))}
