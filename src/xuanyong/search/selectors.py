"""Search as the pages use it: the fallback chain, facets, hydration, highlighting, suggestions."""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from xuanyong.catalog.facets import credential_tag_counts
from xuanyong.lib.pagecache import VERSION_KEY
from xuanyong.lib.versions import cache_fill, version_get

from . import dictionary
from .analyzer import normalize
from .models import SearchDocument, Suggestion, ZeroResultQuery
from .query import Filters, Hit, ParsedQuery, candidate_cap, facet_counts, hydrate, match_for, parse, ranked

PER_PAGE = 10
MODES = [
    ("all", ""),
    ("pinyin", _("没有找到完全匹配的结果，以下是按拼音匹配的结果。")),
    ("any", _("没有找到完全匹配的结果，以下是放宽条件后的相关结果。")),
]
SNIPPET_CHARS = 90


@dataclass
class SearchPage:
    parsed: ParsedQuery
    filters: Filters
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    # False when a common term matched more than the ranked candidates: ``total`` and the counts
    # then cover the newest candidates only, and the page says so.
    complete: bool = True
    candidates: int = field(default_factory=candidate_cap)  # ranked at most, newest first
    narrowed: bool = False  # past the cap, the candidates are the newest matches of the filters
    page: int = 1
    mode: str = "all"
    notice: str = ""
    kind_counts: dict[str, int] = field(default_factory=dict)
    facets: dict[str, dict[Any, int]] = field(default_factory=dict)
    credential_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # among the results

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PER_PAGE))


FACETS = {"category_id": "category", "pricing_model": "pricing_model", "deployment": "deployment"}


def search(
    text: str, filters: Filters, *, page: int = 1, per_page: int = PER_PAGE, log_misses: bool = True
) -> SearchPage:
    dictionary.ensure()
    parsed = parse(text)
    result = SearchPage(parsed=parsed, filters=filters, page=max(1, page))
    if parsed.empty and not parsed.pinyin:
        return result
    for mode, notice in MODES:
        match = match_for(parsed, mode)
        if match is None:
            continue
        # One ranked pass gives the tabs, the facets and the page: filters run in memory.
        pool = ranked(match)
        counts = facet_counts(pool.hits, filters, {"kind": "kind"})["kind"]
        narrowed = None
        if not counts:
            if pool.complete:
                continue
            # The filters keep none of the newest candidates: rank their own newest matches.
            narrowed = ranked(match, filters)
            counts = dict(Counter(hit.kind for hit in narrowed.hits))
            if not counts:
                continue
        result.mode, result.notice, result.kind_counts = mode, str(notice), counts
        if filters.kind is None:
            filters.kind = max(counts, key=lambda k: (k == SearchDocument.Kind.OFFERING, counts[k]))
        hits = [h for h in pool.hits if filters.accepts(h)] if narrowed is None else []
        if not hits and not pool.complete:
            narrowed = narrowed or ranked(match, filters)
            pool = narrowed  # its facets, too, so the counts agree with the results
            hits = [h for h in pool.hits if filters.accepts(h)]
        result.complete, result.narrowed = pool.complete, narrowed is not None
        result.total = len(hits)
        start = (result.page - 1) * per_page
        result.hits = hydrate(hits[start : start + per_page])
        if filters.kind == SearchDocument.Kind.OFFERING:
            result.facets = facet_counts(pool.hits, filters, FACETS)
            result.credential_counts = credential_tag_counts([h.object_id for h in hits])
        return result
    if log_misses:
        zero_result_log(parsed.text)
    return result


def cached_search(text: str, filters: Filters, *, page: int = 1) -> SearchPage:
    """``search`` for the results page (misses not logged: the page logs every search), cached
    per pages version, which every change to the index bumps (search/index.py), and language
    (the notice is translated), and candidate cap (a setting the result depends on)."""
    asked = repr((text, filters, page, candidate_cap())).encode()
    key = f"search:page:{version_get(VERSION_KEY)}:{get_language()}:{hashlib.sha256(asked).hexdigest()[:32]}"
    result: SearchPage | None = cache.get(key)
    if result is None:
        result = search(text, filters, page=page, log_misses=False)
        cache_fill(key, result, settings.XUANYONG_PAGE_CACHE_SECONDS)
    return result


def top_documents(text: str, filters: Filters, limit: int = PER_PAGE) -> list[Hit]:
    """The best ``limit`` documents: every-word matches first, then looser matches to fill up."""
    parsed = parse(text)
    hits: list[Hit] = []
    for mode in ("all", "any"):
        match = match_for(parsed, mode)
        if match is None:
            continue
        seen = {h.id for h in hits}
        hits += [h for h in ranked(match, filters).hits if h.id not in seen][: limit - len(hits)]
        if len(hits) >= limit:
            break
    return hydrate(hits)


def zero_result_log(text: str) -> None:
    query = normalize(text)[:100]
    if not query:
        return
    updated = ZeroResultQuery.objects.filter(query=query).update(count=F("count") + 1)
    if not updated:
        ZeroResultQuery.objects.get_or_create(query=query)


def highlight(text: str, terms: list[str], limit: int | None = None) -> SafeString:
    """Escape the text and wrap every query term in <mark>; with ``limit``, a window around the first."""
    if not text:
        return mark_safe("")
    folded = normalize(text)
    if len(folded) != len(text):  # a conversion changed lengths: mark the folded text instead
        text = folded
    spans = _spans(folded, terms)
    if limit and len(text) > limit:
        start = max(0, (spans[0][0] if spans else 0) - limit // 4)
        end = start + limit
        spans = [(a - start, b - start) for a, b in spans if a >= start and b <= end]
        text = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
        offset = 1 if start else 0
        spans = [(a + offset, b + offset) for a, b in spans]
    out, cursor = [], 0
    for a, b in spans:
        out.append(html.escape(text[cursor:a]))
        out.append(f"<mark>{html.escape(text[a:b])}</mark>")
        cursor = b
    out.append(html.escape(text[cursor:]))
    return mark_safe("".join(out))


def _spans(folded: str, terms: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for term in terms:
        if not term:
            continue
        for match in re.finditer(re.escape(term), folded):
            a, b = match.span()
            if not any(a < y and x < b for x, y in spans):
                spans.append((a, b))
    return sorted(spans)


SUGGEST_LIMIT = 8


def suggest(text: str) -> list[Suggestion]:
    """Up to 8 names whose text, pinyin or initials start with what the buyer typed."""
    key = normalize(clean_prefix(text))
    if not key:
        return []
    upper = key[:-1] + chr(ord(key[-1]) + 1)
    found: dict[tuple[str, int, str], Suggestion] = {}
    for column in ("key_text", "key_pinyin", "key_initials"):
        rows = Suggestion.objects.filter(**{f"{column}__gte": key, f"{column}__lt": upper}).order_by(
            "-weight", "id"
        )[:SUGGEST_LIMIT]
        for row in rows:
            found.setdefault((row.kind, row.object_id, row.text), row)
    ranked = sorted(found.values(), key=lambda s: (-s.weight, len(s.text), s.id))
    unique: dict[str, Suggestion] = {}
    for row in ranked:
        unique.setdefault(row.text, row)
    return list(unique.values())[:SUGGEST_LIMIT]


def clean_prefix(text: str) -> str:
    return "".join(ch for ch in (text or "") if ch.isprintable()).strip().replace(" ", "")[:50]
