"""The synonym table as a token → equivalent tokens map, cached and refreshed on edit."""

from __future__ import annotations

from django.core.cache import cache

from xuanyong.lib.versions import cache_fill, invalidate

from .analyzer import normalize
from .models import SynonymGroup

CACHE_KEY = "search:synonyms:v1"


def synonym_map() -> dict[str, list[str]]:
    mapping: dict[str, list[str]] | None = cache.get(CACHE_KEY)
    if mapping is None:
        mapping = {}
        for group in SynonymGroup.objects.all():
            terms = list(dict.fromkeys(normalize(t).replace(" ", "") for t in group.term_list))
            for term in terms:
                mapping.setdefault(term, [])
                mapping[term] += [t for t in terms if t != term and t not in mapping[term]]
        cache_fill(CACHE_KEY, mapping, 3600)
    return mapping


def synonyms_invalidate() -> None:
    invalidate(CACHE_KEY)
