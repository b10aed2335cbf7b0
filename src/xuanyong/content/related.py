"""Stored 推荐阅读: computing and saving each live article's neighbours (runs in tasks).

``related_refresh(article_id)`` runs after an article is published, changed, hidden or restored:
it recomputes that article's list and the lists it enters or leaves. ``related_rebuild()`` redoes
every list (nightly, so freshness keeps moving). Only live articles (published, due, not hidden)
are ever stored as neighbours, and never the article itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from xuanyong.lib.markdown import plain_text

from . import recommendations as rec
from .models import Article, ArticleTerms, RelatedArticle

STORED = 12  # six are shown; the spares cover neighbours hidden between two refreshes
CANDIDATES = 30  # similarity neighbours re-ranked with freshness


@dataclass
class Corpus:
    ids: list[int]
    ages: list[float]
    index: rec.Index


def article_terms(article: Article) -> dict[str, float]:
    text = f"{article.summary}\n{plain_text(article.body)}"
    return rec.features(article.title, text, [t.name for t in article.tags.all()])


def terms_save(article: Article) -> dict[str, float]:
    counts = article_terms(article)
    ArticleTerms.objects.update_or_create(article=article, defaults={"counts": counts})
    return counts


def load_corpus() -> Corpus:
    """Every live article's stored terms as BM25 vectors in an inverted index; fills gaps first."""
    live = Article.objects.published()
    missing = live.filter(terms__isnull=True).prefetch_related("tags")
    for article in missing.iterator(chunk_size=500):
        terms_save(article)
    rows = list(
        ArticleTerms.objects.filter(article__in=live).values_list(
            "article_id", "counts", "article__published_at"
        )
    )
    now = timezone.now()
    vectors = rec.term_vectors([counts for _, counts, _ in rows])
    return Corpus(
        ids=[pk for pk, _, _ in rows],
        # published() guarantees a publish time; ``or now`` only satisfies the type checker.
        ages=[(now - (published or now)).total_seconds() / 86400 for _, _, published in rows],
        index=rec.Index(
            vectors, posting_cap=rec.LARGE_SITE.posting_cap if len(rows) > rec.LARGE_SITE_ARTICLES else 0
        ),
    )


def neighbours_for(corpus: Corpus, position: int) -> list[tuple[int, float]]:
    """(article id, blended score) best first, for the article at ``position`` in the corpus."""
    found = corpus.index.neighbours(corpus.index.vectors[position], CANDIDATES, exclude=position)
    blended = [(corpus.ids[j], rec.blend(sim, corpus.ages[j])) for j, sim in found if sim > 0]
    blended.sort(key=lambda item: -item[1])
    return blended[:STORED]


def related_refresh(article_id: int) -> None:
    article = Article.objects.filter(pk=article_id).prefetch_related("tags").first()
    if article is None:
        return
    is_live = Article.objects.published().filter(pk=article_id).exists()
    if is_live:
        terms_save(article)
    corpus = load_corpus()
    position = {pk: i for i, pk in enumerate(corpus.ids)}
    affected = set(
        RelatedArticle.objects.filter(neighbour_id=article_id).values_list("article_id", flat=True)
    )
    with transaction.atomic():
        if not is_live:
            RelatedArticle.objects.filter(article_id=article_id).delete()
            RelatedArticle.objects.filter(neighbour_id=article_id).delete()
        else:
            own = neighbours_for(corpus, position[article_id])
            _store(article_id, own)
            affected.update(pk for pk, _ in own)  # similarity is symmetric: it may enter their lists
        for pk in affected - {article_id}:
            if pk in position:
                _store(pk, neighbours_for(corpus, position[pk]))


def related_rebuild() -> int:
    """Recompute every live article's list; returns how many lists were stored."""
    corpus = load_corpus()
    with transaction.atomic():
        RelatedArticle.objects.exclude(article_id__in=corpus.ids).delete()
        for i, pk in enumerate(corpus.ids):
            _store(pk, neighbours_for(corpus, i))
    return len(corpus.ids)


def _store(article_id: int, neighbours: list[tuple[int, float]]) -> None:
    RelatedArticle.objects.filter(article_id=article_id).delete()
    RelatedArticle.objects.bulk_create(
        RelatedArticle(article_id=article_id, neighbour_id=pk, score=score, position=i)
        for i, (pk, score) in enumerate(neighbours)
    )
