"""Content-based similarity for 推荐阅读, in plain Python (no numpy needed in production).

Each article becomes a bag of the search analyzer's tokens: body and title words (title words
counted again), tag/keyword tokens boosted and also kept whole, plus character bigrams of the
whole text at a lower weight (they catch compounds the segmenter splits differently and short
texts' shared stems). Terms get sublinear TF (1 + log tf, so one repeated word cannot dominate)
times IDF, the top ``max_terms`` of each article are kept and L2-normalised, and neighbours are
found through an inverted index, so an article is only compared with articles sharing a term.
``bench/recommendations.py`` measures the quality against a plain TF-IDF cosine baseline and
the time at 10⁵ articles.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from xuanyong.search.analyzer import analyze, bigrams, normalize

Vector = dict[str, float]


@dataclass(frozen=True)
class Params:
    title_boost: float = 0.5
    keyword_boost: float = 2.0
    bigram_weight: float = 0.3
    max_terms: int = 160
    max_df_ratio: float = 0.5  # a term in more than half the articles tells nothing apart
    posting_cap: int = 0  # 0: exact; >0 compares through a term only where it weighs most


DEFAULT = Params()
# Past this many articles, exact all-pairs work grows with the square of the corpus: compare through
# each term only with the articles it weighs most in (bench/recommendations.py shows the cost).
LARGE_SITE_ARTICLES = 20_000
LARGE_SITE = Params(posting_cap=200)


def features(
    title: str, text: str, keywords: Iterable[str] = (), params: Params = DEFAULT
) -> dict[str, float]:
    """Weighted term counts of one article (what ``ArticleTerms.counts`` stores)."""
    counts: Counter[str] = Counter(analyze(f"{title}\n{text}"))
    weighted: dict[str, float] = {term: float(n) for term, n in counts.items()}
    for term in analyze(title):
        weighted[term] = weighted.get(term, 0.0) + params.title_boost
    if params.bigram_weight:
        for gram, n in Counter(bigrams(f"{title}\n{text}")).items():
            if len(gram) == 2:
                weighted[f"~{gram}"] = params.bigram_weight * n
    for keyword in keywords:
        whole = normalize(keyword).strip()
        if whole:
            weighted[f"#{whole}"] = weighted.get(f"#{whole}", 0.0) + params.keyword_boost
        for term in analyze(keyword):
            weighted[term] = weighted.get(term, 0.0) + params.keyword_boost
    return weighted


def term_vectors(docs: Sequence[Mapping[str, float]], params: Params = DEFAULT) -> list[Vector]:
    """Sublinear TF × IDF, pruned, unit-length vectors, one per document, in the same order."""
    idf = inverse_document_frequencies(docs, params)
    return [weigh(doc, idf, params) for doc in docs]


def inverse_document_frequencies(docs: Iterable[Mapping[str, float]], params: Params = DEFAULT) -> Vector:
    """log(N / df) of every term worth weighing, in one pass (``docs`` may be a stream).

    Terms seen in one document only, or (from 100 documents on) in more than ``max_df_ratio``
    of them, are left out.
    """
    n = 0
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
        n += 1
    # Small sites keep every shared term: with a few dozen articles, half of them can share a topic.
    max_df = n if n < 100 else int(params.max_df_ratio * n)
    return {t: math.log(n / d) for t, d in df.items() if 1 < d <= max_df}


def weigh(doc: Mapping[str, float], idf: Mapping[str, float], params: Params = DEFAULT) -> Vector:
    """One document's vector: sublinear TF × IDF over the terms ``idf`` knows, top terms, unit length."""
    weights = {t: (1.0 + math.log(tf) if tf >= 1 else tf) * idf[t] for t, tf in doc.items() if t in idf}
    return _unit(_top(weights, params.max_terms))


def tfidf_vectors(docs: Sequence[Mapping[str, float]]) -> list[Vector]:
    """The baseline: raw tf × log(N/df), cosine-normalised, every term kept."""
    n = len(docs)
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    return [_unit({t: tf * math.log(n / df[t]) for t, tf in doc.items() if df[t] < n}) for doc in docs]


class Index:
    """An inverted index over unit vectors: dot products only where terms are shared."""

    def __init__(self, vectors: Sequence[Vector], posting_cap: int = DEFAULT.posting_cap) -> None:
        self.vectors = vectors
        postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for doc_id, vector in enumerate(vectors):
            for term, weight in vector.items():
                postings[term].append((weight, doc_id))
        if posting_cap:
            for term, plist in postings.items():
                if len(plist) > posting_cap:
                    postings[term] = heapq.nlargest(posting_cap, plist)
        self.postings = dict(postings)

    def neighbours(self, query: Vector, k: int, exclude: int | None = None) -> list[tuple[int, float]]:
        """The ``k`` most similar indexed documents as (position, cosine), best first."""
        scores: dict[int, float] = defaultdict(float)
        for term, weight in query.items():
            for other_weight, doc_id in self.postings.get(term, ()):
                scores[doc_id] += weight * other_weight
        scores.pop(exclude, None)  # type: ignore[arg-type]
        return heapq.nlargest(k, scores.items(), key=lambda item: (item[1], -item[0]))

    def all_neighbours(self, k: int) -> list[list[tuple[int, float]]]:
        return [self.neighbours(vector, k, exclude=i) for i, vector in enumerate(self.vectors)]


def freshness(age_days: float, half_life_days: float = 180.0) -> float:
    """1.0 for an article published today, 0.5 after ``half_life_days``, towards 0 after."""
    return 0.5 ** (max(age_days, 0.0) / half_life_days)


def blend(similarity: float, age_days: float, weight: float = 0.25) -> float:
    """Similarity first; freshness lifts it by up to ``weight`` (never makes a stranger relevant)."""
    return similarity * (1.0 + weight * freshness(age_days))


def _top(weights: dict[str, float], limit: int) -> dict[str, float]:
    if len(weights) <= limit:
        return weights
    return dict(heapq.nlargest(limit, weights.items(), key=lambda item: item[1]))


def _unit(weights: dict[str, float]) -> Vector:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}
