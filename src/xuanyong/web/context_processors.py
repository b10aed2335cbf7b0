from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from xuanyong.catalog.selectors import category_menu
from xuanyong.catalog.tray import tray_offerings, tray_slugs

from .selectors import site_settings


def site(request: HttpRequest) -> dict[str, Any]:
    # Lazy callables: pages that never render the header (JSON, redirects) pay nothing.
    return {
        "site": SimpleLazyObject(site_settings),
        "site_name": settings.XUANYONG_SITE_NAME,
        "nav_menu": category_menu,
        "compare_tray": SimpleLazyObject(lambda: tray_offerings(tray_slugs(request))),
    }
