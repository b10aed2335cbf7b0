"""Writing the search index: documents for offerings, articles, vendors and categories.

Callers (the apps' services) call ``index_*`` inside their own transaction, so a change and its
index entry commit or roll back together. Unpublished objects are removed at once.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import prefetch_related_objects
from django.utils import translation

from xuanyong.lib.markdown import plain_text
from xuanyong.lib.pagecache import pages_invalidate

from . import dictionary, pg_rank
from .analyzer import analyze, bigrams, normalize, pinyin_tokens
from .models import SearchDocument, Suggestion
from .tsquote import ts_quote

if TYPE_CHECKING:
    from xuanyong.catalog.models import Category, Offering, Vendor
    from xuanyong.content.models import Article

BODY_CHARS = 20000  # long bodies add little to ranking beyond this and cost indexing time
PG_WEIGHTS = {
    "f_name": "A",
    "f_pinyin": "A",
    "f_alias": "B",
    "f_summary": "C",
    "f_bigram": "C",
    "f_body": "D",
}
# On PostgreSQL all fields share one tsvector: prefixes keep bigrams and pinyin apart from words.
PG_PREFIX = {"f_bigram": "~", "f_pinyin": "@"}
Kind = SearchDocument.Kind


def _join(tokens: Iterable[str]) -> str:
    return " ".join(t for t in tokens if t)


def quality_prior(rating: float | None, popularity: int) -> float:
    """1.0–1.3: at most +20 % for a 5-star rating and +10 % for ~10k views; relevance dominates."""
    rating_part = 0.2 * (rating / 5.0) if rating else 0.0
    popularity_part = 0.1 * min(1.0, math.log1p(popularity) / math.log1p(10000))
    return round(1.0 + rating_part + popularity_part, 4)


def offering_document(offering: Offering) -> SearchDocument:
    category = offering.primary_category
    aliases = [*offering.aliases, offering.vendor.name, category.name, *category.aliases]
    rating = float(offering.rating_avg) if offering.rating_avg is not None else None
    return SearchDocument(
        kind=Kind.OFFERING,
        object_id=offering.pk,
        title=offering.name,
        summary=offering.tagline,
        url=offering.get_absolute_url(),
        f_name=_join(analyze(offering.name)),
        f_alias=_join(analyze(" ".join(aliases))),
        f_summary=_join(analyze(offering.tagline)),
        f_body=_join(analyze(plain_text(offering.description)[:BODY_CHARS])),
        f_bigram=_join(bigrams(f"{offering.name} {offering.tagline}")),
        f_pinyin=_join(
            [
                *pinyin_tokens(offering.name),
                *pinyin_tokens(offering.vendor.name),
                *pinyin_tokens(category.name),
            ]
        ),
        category_id=offering.primary_category_id,
        offering_kind=offering.kind,
        pricing_model=offering.pricing_model,
        deployment=offering.deployment,
        rating=rating,
        popularity=offering.view_count,
        prior=quality_prior(rating, offering.view_count),
        published_at=offering.published_at,
    )


def article_document(article: Article) -> SearchDocument:
    tags = [t.name for t in article.tags.all()]
    category_name = article.category.name if article.category else ""
    return SearchDocument(
        kind=Kind.ARTICLE,
        object_id=article.pk,
        title=article.title,
        summary=article.summary,
        url=article.get_absolute_url(),
        f_name=_join(analyze(article.title)),
        f_alias=_join(analyze(" ".join([*tags, category_name]))),
        f_summary=_join(analyze(article.summary)),
        f_body=_join(analyze(plain_text(article.body)[:BODY_CHARS])),
        f_bigram=_join(bigrams(f"{article.title} {article.summary}")),
        category_id=article.category_id,
        popularity=article.read_count,
        prior=quality_prior(None, article.read_count),
        published_at=article.published_at,
    )


def vendor_document(vendor: Vendor) -> SearchDocument:
    return SearchDocument(
        kind=Kind.VENDOR,
        object_id=vendor.pk,
        title=vendor.name,
        summary=vendor.description[:300],
        url=vendor.get_absolute_url(),
        f_name=_join(analyze(vendor.name)),
        f_alias=_join(analyze(f"{vendor.legal_name} {vendor.city}")),
        f_summary=_join(analyze(vendor.description)),
        f_bigram=_join(bigrams(vendor.name)),
        f_pinyin=_join(pinyin_tokens(vendor.name)),
        prior=1.1 if vendor.verified else 1.0,
    )


def category_document(category: Category) -> SearchDocument:
    return SearchDocument(
        kind=Kind.CATEGORY,
        object_id=category.pk,
        title=category.name,
        summary=category.description,
        url=category.get_absolute_url(),
        f_name=_join(analyze(category.name)),
        f_alias=_join(analyze(" ".join(category.aliases))),
        f_summary=_join(analyze(category.description)),
        f_bigram=_join(bigrams(category.name)),
        f_pinyin=_join(pinyin_tokens(category.name)),
        category_id=category.pk,
        prior=1.0,
    )


def text_document(object_id: int, title: str, body: str = "", kind: str = Kind.ARTICLE) -> SearchDocument:
    """A document from bare text (benchmarks and imports): title weighted as a name."""
    return SearchDocument(
        kind=kind, object_id=object_id, title=title[:200], summary=body[:300], url="",
        f_name=_join(analyze(title)), f_body=_join(analyze(body[:BODY_CHARS])), f_bigram=_join(bigrams(title)),
    )  # fmt: skip


def pg_tsvector(doc: SearchDocument) -> str:
    """The tsvector literal of a document: each field's tokens with positions and its weight.

    Built here rather than with to_tsvector() so PostgreSQL sees exactly the analyzer's tokens
    (its parser would re-split Chinese text depending on the server's locale).
    """
    positions: dict[str, list[str]] = {}
    position = 0
    for field, weight in PG_WEIGHTS.items():
        prefix = PG_PREFIX.get(field, "")
        for token in getattr(doc, field).split():
            position = min(position + 1, 16383)
            positions.setdefault(prefix + token, []).append(f"{position}{weight}")
    return " ".join(ts_quote(lexeme) + ":" + ",".join(pos[:256]) for lexeme, pos in positions.items())


def write_documents(docs: list[SearchDocument]) -> None:
    """Replace the index entries of these objects with the given documents."""
    postgres = connection.vendor == "postgresql"
    vectors = {}
    for doc in docs:
        doc.n_tokens = sum(len(getattr(doc, field).split()) for field in PG_WEIGHTS)
        if postgres:
            # PostgreSQL matches and ranks on ``vector``; the token text (FTS5's content on SQLite)
            # would only widen every row a search reads, so it is not kept there.
            vectors[doc.object_id] = pg_tsvector(doc)
            for field in PG_WEIGHTS:
                setattr(doc, field, "")
    for kind in {d.kind for d in docs}:
        SearchDocument.objects.filter(
            kind=kind, object_id__in=[d.object_id for d in docs if d.kind == kind]
        ).delete()
    SearchDocument.objects.bulk_create(docs, batch_size=500)
    pages_invalidate()  # search pages show the index, which bulk writes change without signals
    if postgres and docs:
        transaction.on_commit(pg_rank.documents_added)
        saved = SearchDocument.objects.filter(
            kind=docs[0].kind, object_id__in=[d.object_id for d in docs]
        ).values_list("object_id", "id")
        ids = dict(saved)
        with connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE search_searchdocument SET vector = %s::tsvector WHERE id = %s",
                [(vectors[d.object_id], ids[d.object_id]) for d in docs if d.object_id in ids],
            )


def _suggestions(kind: str, rows: list[tuple[int, str, str, float]]) -> list[Suggestion]:
    """rows: (object id, display name, url, weight)."""
    suggestions = []
    for object_id, name, url, weight in rows:
        key = normalize(name)[:100]
        pinyin = pinyin_tokens(name)
        suggestions.append(
            Suggestion(
                kind=kind, object_id=object_id, text=name[:100], key_text=key, url=url, weight=weight,
                key_pinyin=(pinyin[0] if pinyin else key)[:200], key_initials=(pinyin[1] if len(pinyin) > 1 else "")[:60],
            )
        )  # fmt: skip
    return suggestions


def _write_suggestions(kind: str, object_ids: list[int], suggestions: list[Suggestion]) -> None:
    Suggestion.objects.filter(kind=kind, object_id__in=object_ids).delete()
    Suggestion.objects.bulk_create(suggestions, batch_size=500)


def remove(kind: str, object_ids: list[int]) -> None:
    SearchDocument.objects.filter(kind=kind, object_id__in=object_ids).delete()
    Suggestion.objects.filter(kind=kind, object_id__in=object_ids).delete()


def _default_language(index: Callable[..., None]) -> Callable[..., None]:
    """Stored URLs are the default language's, whichever page's write triggered the indexing;
    English pages show them under /en/ (the ``localized`` template filter)."""

    @functools.wraps(index)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            index(*args, **kwargs)

    return wrapper


@_default_language
def index_offerings(offerings: list[Offering]) -> None:
    """Index published offerings and drop the others (call inside the writing transaction)."""
    dictionary.ensure()
    live = [o for o in offerings if o.status == o.Status.PUBLISHED]
    remove(Kind.OFFERING, [o.pk for o in offerings if o.status != o.Status.PUBLISHED])
    if not live:
        return
    dictionary.learn([w for o in live for w in (o.name, *o.aliases)])
    write_documents([offering_document(o) for o in live])
    rows = [(o.pk, o.name, o.get_absolute_url(), 2.0 + math.log1p(o.view_count)) for o in live]
    rows += [
        (o.pk, alias, o.get_absolute_url(), 1.0 + math.log1p(o.view_count))
        for o in live
        for alias in o.aliases
    ]
    _write_suggestions(Kind.OFFERING, [o.pk for o in live], _suggestions(Kind.OFFERING, rows))


@_default_language
def index_articles(articles: list[Article]) -> None:
    from django.utils import timezone

    dictionary.ensure()
    prefetch_related_objects(articles, "tags")  # one query for the batch, not one per article
    now = timezone.now()
    live = [
        a for a in articles if a.status == a.Status.PUBLISHED and a.published_at and a.published_at <= now
    ]
    live = [a for a in live if not getattr(a, "is_hidden", False)]
    live_ids = {a.pk for a in live}
    remove(Kind.ARTICLE, [a.pk for a in articles if a.pk not in live_ids])
    if live:
        write_documents([article_document(a) for a in live])


@_default_language
def index_vendors(vendors: list[Vendor]) -> None:
    dictionary.ensure()
    dictionary.learn([v.name for v in vendors])
    write_documents([vendor_document(v) for v in vendors])
    rows = [(v.pk, v.name, v.get_absolute_url(), 1.5 + (0.5 if v.verified else 0)) for v in vendors]
    _write_suggestions(Kind.VENDOR, [v.pk for v in vendors], _suggestions(Kind.VENDOR, rows))


@_default_language
def index_categories(categories: list[Category]) -> None:
    dictionary.ensure()
    dictionary.learn([w for c in categories for w in (c.name, *c.aliases)])
    write_documents([category_document(c) for c in categories])
    rows = [(c.pk, c.name, c.get_absolute_url(), 3.0) for c in categories]
    rows += [(c.pk, alias, c.get_absolute_url(), 2.5) for c in categories for alias in c.aliases]
    _write_suggestions(Kind.CATEGORY, [c.pk for c in categories], _suggestions(Kind.CATEGORY, rows))


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def reindex_all(progress: Callable[[str, int, int], None] | None = None, batch: int = 500) -> dict[str, int]:
    """Rebuild every document and suggestion from the database."""
    from xuanyong.catalog.models import Category, Offering, Vendor
    from xuanyong.content.models import Article

    dictionary.ensure(force=True)
    counts: dict[str, int] = {}
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        Suggestion.objects.all().delete()
    plans: list[tuple[str, Any, Callable[[list[Any]], None]]] = [
        ("categories", Category.objects.all(), index_categories),
        ("vendors", Vendor.objects.all(), index_vendors),
        (
            "offerings",
            Offering.objects.published().select_related("vendor", "primary_category"),
            index_offerings,
        ),
        (
            "articles",
            Article.objects.published().select_related("category").prefetch_related("tags"),
            index_articles,
        ),
    ]
    for name, queryset, index in plans:
        ids = list(queryset.values_list("pk", flat=True).order_by("pk"))
        done = 0
        for chunk in _chunks(ids, batch):
            with transaction.atomic():
                index(list(queryset.filter(pk__in=chunk)))
            done += len(chunk)
            if progress:
                progress(name, done, len(ids))
        counts[name] = len(ids)
    analyze_tables()
    return counts


def analyze_tables() -> None:
    """Refresh the planner's statistics after a bulk load (PostgreSQL and SQLite alike)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "ANALYZE search_searchdocument" if connection.vendor == "postgresql" else "PRAGMA optimize"
        )
