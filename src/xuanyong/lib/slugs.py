"""Unique pinyin slugs for any model with a ``slug`` field."""

from __future__ import annotations

from django.db import models

from .chinese import pinyin_slug


def unique_slug(
    model: type[models.Model], text: str, *, exclude_pk: int | None = None, max_length: int = 80
) -> str:
    base = pinyin_slug(text, max_length=max_length - 4)
    taken = set(
        model._default_manager.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    if base not in taken:
        return base
    suffix = 2
    while f"{base}-{suffix}" in taken:
        suffix += 1
    return f"{base}-{suffix}"
