"""Writes for the site shell."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from xuanyong.lib.pagecache import pages_invalidate
from xuanyong.lib.versions import invalidate

from .models import PartnerBrand, SiteSettings
from .selectors import SITE_SETTINGS_CACHE_KEY


def site_settings_update(**fields: Any) -> SiteSettings:
    row, _ = SiteSettings.objects.get_or_create(pk=1)
    for name, value in fields.items():
        setattr(row, name, value)
    row.full_clean()
    row.save(update_fields=list(fields))
    # The settings, then the pages again: a page rendered between the row's own (signal) bump and
    # this would otherwise keep the old settings under the new version.
    transaction.on_commit(site_settings_invalidate)
    return row


def site_settings_invalidate() -> None:
    invalidate(SITE_SETTINGS_CACHE_KEY)
    pages_invalidate()


def partner_brand_create(*, name: str, introduction: str, **fields: Any) -> PartnerBrand:
    brand = PartnerBrand(name=name, introduction=introduction, **fields)
    brand.full_clean()
    brand.save()
    return brand
