"""Stored 推荐阅读: computing and saving each live article's neighbours (runs in tasks).

``related_refresh(article_id)`` runs after an article is published, changed, hidden or restored:
it recomputes that article's list and the lists it enters or leaves. ``related_rebuild()`` redoes
every list (nightly, so freshness keeps moving). Only live articles (published, due, not hidden)
are ever stored as neighbours, and never the article itself.

A refresh weighs terms by how many articles use them, so on a small site it weighs the whole
corpus again: exact, and cheap. That cost grows with the corpus (about 70 s at 10⁵ articles), so
from ``CONTENT_RECOMMENDATIONS_INDEX_FROM`` live articles the rebuild also stores its IDF table
and its inverted index, and a refresh weighs only the articles in question with the stored IDF
and reads only the postings of their terms. Until the next rebuild, a term that no article's
vector kept at the last one carries no weight, and other articles keep that rebuild's weights.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.conf import settings
from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone

from xuanyong.lib.markdown import plain_text
from xuanyong.lib.pagecache import pages_invalidate

from . import recommendations as rec
from .models import Article, ArticleTerms, RecommendationPosting, RecommendationTerm, RelatedArticle

STORED = 12  # six are shown; the spares cover neighbours hidden between two refreshes
CANDIDATES = 30  # similarity neighbours re-ranked with freshness
WRITE_BATCH = 5000
REBUILD_BATCH = 500  # lists written per transaction by the rebuild
TERM_MAX_LENGTH = 200  # RecommendationTerm.term; longer tokens are never shared anyway


Lists = dict[int, list[tuple[int, float]]]  # article id → [(neighbour id, score)], best first


@dataclass
class Corpus:
    ids: list[int]  # ascending, so ties break the same way as in the stored index
    ages: list[float]
    idf: rec.Vector
    index: rec.Index


def article_terms(article: Article) -> dict[str, float]:
    text = f"{article.summary}\n{plain_text(article.body)}"
    return rec.features(article.title, text, [t.name for t in article.tags.all()])


def terms_save(article: Article) -> dict[str, float]:
    counts = article_terms(article)
    ArticleTerms.objects.update_or_create(article=article, defaults={"counts": counts})
    return counts


def terms_fill(articles: QuerySet[Article], chunk: int = 500) -> int:
    """Store the terms of the given articles that have none yet, a chunk per query; returns how many.

    A bulk load (``load-sample --scale``, an import) creates articles without their terms; one
    ``update_or_create`` and one tag query per article made the first refresh after it take hours.
    """
    missing = articles.filter(terms__isnull=True).prefetch_related("tags").order_by("pk")
    filled, last = 0, 0
    while batch := list(missing.filter(pk__gt=last)[:chunk]):
        ArticleTerms.objects.bulk_create(
            [ArticleTerms(article=article, counts=article_terms(article)) for article in batch],
            ignore_conflicts=True,  # a concurrent refresh stored one first: same counts
        )
        filled, last = filled + len(batch), batch[-1].pk
    return filled


def load_corpus() -> Corpus:
    """Every live article's stored terms as BM25 vectors in an inverted index; fills gaps first."""
    live = Article.objects.published()
    terms_fill(live)
    stored = ArticleTerms.objects.filter(article__in=live).order_by("article_id")
    # Two passes over the stored counts, so only the pruned vectors are ever held: all the
    # counts at once took 9 GB at 10⁵ articles.
    idf = rec.inverse_document_frequencies(stored.values_list("counts", flat=True).iterator(chunk_size=2000))
    now = timezone.now()
    ids, ages, vectors = [], [], []
    for pk, counts, published in stored.values_list("article_id", "counts", "article__published_at").iterator(
        chunk_size=2000
    ):
        ids.append(pk)
        # published() guarantees a publish time; ``or now`` only satisfies the type checker.
        ages.append((now - (published or now)).total_seconds() / 86400)
        vectors.append(rec.weigh(counts, idf))
    cap = rec.LARGE_SITE.posting_cap if len(ids) > rec.LARGE_SITE_ARTICLES else 0
    return Corpus(ids=ids, ages=ages, idf=idf, index=rec.Index(vectors, posting_cap=cap))


def neighbours_for(corpus: Corpus, position: int) -> list[tuple[int, float]]:
    """(article id, blended score) best first, for the article at ``position`` in the corpus."""
    found = corpus.index.neighbours(corpus.index.vectors[position], CANDIDATES, exclude=position)
    return _blended((corpus.ids[j], sim, corpus.ages[j]) for j, sim in found)


def _blended(found: Iterable[tuple[int, float, float]]) -> list[tuple[int, float]]:
    """Similar articles (id, cosine, age in days) re-ranked with freshness, best first."""
    blended = [(pk, rec.blend(sim, age)) for pk, sim, age in found if sim > 0]
    blended.sort(key=lambda item: -item[1])
    return blended[:STORED]


def related_refresh(article_id: int) -> None:
    article = Article.objects.filter(pk=article_id).prefetch_related("tags").first()
    if article is None:
        return
    is_live = Article.objects.published().filter(pk=article_id).exists()
    neighbours: Callable[[set[int]], Lists]
    if Article.objects.published().count() >= settings.CONTENT_RECOMMENDATIONS_INDEX_FROM:
        if not RecommendationTerm.objects.exists():
            related_rebuild()  # the site just grew past the threshold: store the index once
            return
        _index_update(article, is_live)
        neighbours = _neighbours_through_index
    else:
        if is_live:
            terms_save(article)
        corpus = load_corpus()
        position = {pk: i for i, pk in enumerate(corpus.ids)}

        def neighbours(pks: set[int]) -> Lists:
            return {pk: neighbours_for(corpus, position[pk]) for pk in pks if pk in position}

    affected = set(
        RelatedArticle.objects.filter(neighbour_id=article_id).values_list("article_id", flat=True)
    )
    lists = neighbours({article_id}) if is_live else {}
    affected.update(pk for pk, _ in lists.get(article_id, ()))  # similarity is symmetric
    lists.update(neighbours(affected - {article_id}))
    with transaction.atomic():
        # Every list this refresh touches, its own included, is locked before any is changed,
        # always in id order: two workers refreshing neighbours at once wait, never deadlock.
        _lock_articles({article_id, *affected, *lists})
        if not is_live:
            _unlist(article_id)
        _store(lists)


def related_rebuild() -> int:
    """Recompute every live article's list; returns how many lists were stored.

    Lists are computed outside any transaction and written a batch at a time: at 10⁵ articles
    the computing takes the better part of an hour, and on SQLite one transaction around it
    would hold the write lock (every comment, lead and publish) all that time.
    """
    corpus = load_corpus()
    RelatedArticle.objects.exclude(article__in=Article.objects.published()).delete()
    for start in range(0, len(corpus.ids), REBUILD_BATCH):
        batch = range(start, min(start + REBUILD_BATCH, len(corpus.ids)))
        lists = {corpus.ids[i]: neighbours_for(corpus, i) for i in batch}
        with transaction.atomic():
            _lock_articles(set(lists))
            _store(lists)
    with transaction.atomic():
        _index_save(corpus if len(corpus.ids) >= settings.CONTENT_RECOMMENDATIONS_INDEX_FROM else None)
    return len(corpus.ids)


def _index_update(article: Article, is_live: bool) -> None:
    """Replace the article's postings (with its terms weighed by the stored IDF), or drop them."""
    with transaction.atomic():
        RecommendationPosting.objects.filter(article_id=article.pk).delete()
        if is_live:
            counts = terms_save(article)
            RecommendationPosting.objects.bulk_create(
                RecommendationPosting(term=term, article_id=article.pk, weight=weight)
                for term, weight in rec.weigh(counts, _stored_idf(counts)).items()
            )


def _neighbours_through_index(pks: set[int]) -> Lists:
    """What ``neighbours_for`` gives for these live articles, from the stored IDF and postings."""
    counts = dict(
        ArticleTerms.objects.filter(article_id__in=pks, article__in=Article.objects.published()).values_list(
            "article_id", "counts"
        )
    )
    idf = _stored_idf(term for terms in counts.values() for term in terms)
    return {pk: _nearest_through_index(rec.weigh(terms, idf), exclude=pk) for pk, terms in counts.items()}


def _nearest_through_index(vector: rec.Vector, exclude: int) -> list[tuple[int, float]]:
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    rows = RecommendationPosting.objects.filter(term__in=list(vector)).values_list(
        "term", "article_id", "weight"
    )
    for term, pk, weight in rows.iterator(chunk_size=WRITE_BATCH):
        postings[term].append((pk, weight))
    scores: dict[int, float] = defaultdict(float)
    for term, weight in vector.items():  # the order rec.Index sums in, so ties break alike
        for pk, other_weight in postings.get(term, ()):
            scores[pk] += weight * other_weight
    scores.pop(exclude, None)
    found = heapq.nlargest(CANDIDATES, scores.items(), key=lambda item: (item[1], -item[0]))
    published = dict(
        Article.objects.published().filter(pk__in=[pk for pk, _ in found]).values_list("pk", "published_at")
    )
    now = timezone.now()
    return _blended(
        (pk, sim, (now - (published[pk] or now)).total_seconds() / 86400)
        for pk, sim in found
        if pk in published
    )


def _stored_idf(terms: Iterable[str]) -> rec.Vector:
    wanted = sorted({term for term in terms if len(term) <= TERM_MAX_LENGTH})
    idf: rec.Vector = {}
    for start in range(0, len(wanted), 500):  # bounded IN lists, well under any database's limit
        chunk = wanted[start : start + 500]
        idf.update(RecommendationTerm.objects.filter(term__in=chunk).values_list("term", "idf"))
    return idf


def _index_save(corpus: Corpus | None) -> None:
    """Replace the stored IDF and postings with the corpus's (or drop them: a small site)."""
    RecommendationPosting.objects.all().delete()
    RecommendationTerm.objects.all().delete()
    if corpus is None:
        return
    # Only terms some article's vector kept: a refreshed article's own best terms are among them,
    # so the same counts weigh to the same vector. In term order, so index pages fill in order.
    kept = sorted(t for t in corpus.index.postings if len(t) <= TERM_MAX_LENGTH)
    _write_in_batches(RecommendationTerm, (RecommendationTerm(term=t, idf=corpus.idf[t]) for t in kept))
    _write_in_batches(RecommendationPosting, _postings(corpus, kept))


def _write_in_batches(model: type[Model], rows: Iterator[Model]) -> None:
    # bulk_create would hold every object at once; millions of postings are written a batch at a time.
    while batch := list(islice(rows, WRITE_BATCH)):
        model._default_manager.bulk_create(batch)


def _postings(corpus: Corpus, terms: list[str]) -> Iterator[RecommendationPosting]:
    for term in terms:
        for weight, position in corpus.index.postings[term]:
            yield RecommendationPosting(term=term, article_id=corpus.ids[position], weight=weight)


def _unlist(article_id: int) -> None:
    RelatedArticle.objects.filter(article_id=article_id).delete()
    RelatedArticle.objects.filter(neighbour_id=article_id).delete()


def _lock_articles(pks: set[int]) -> None:
    """Row locks on these articles until the transaction ends (PostgreSQL; SQLite has one writer)."""
    locked = Article.objects.select_for_update().filter(pk__in=sorted(pks)).order_by("pk")
    list(locked.values_list("pk", flat=True))


def _store(lists: Lists) -> None:
    """Replace the stored lists of these articles, inside the caller's transaction, which has
    locked their rows (``_lock_articles``): two workers refreshing overlapping lists at once
    take turns, so the later one's delete sees the rows the earlier one inserted."""
    RelatedArticle.objects.filter(article_id__in=list(lists)).delete()
    pages_invalidate()  # 推荐阅读 on article pages; bulk writes send no row signals
    RelatedArticle.objects.bulk_create(
        RelatedArticle(article_id=article_id, neighbour_id=pk, score=score, position=i)
        for article_id, neighbours in lists.items()
        for i, (pk, score) in enumerate(neighbours)
    )
