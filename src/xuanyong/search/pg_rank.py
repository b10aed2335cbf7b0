"""BM25 for PostgreSQL: rank ts_rank's best candidates the way FTS5's bm25() ranks on SQLite.

ts_rank is not BM25 (no inverse document frequency), and it reads every candidate's vector.
So PostgreSQL takes the ``RESCORED`` best rows by ts_rank, then scores them here with the same
formula and column weights as SQLite: document frequencies come from the GIN index (cached), and
term frequencies from the candidates' stored tokens. Both databases then agree on the order.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from django.core.cache import cache
from django.db import connection

from .tsquote import ts_quote

RESCORED = 100  # of the best by ts_rank; the rest keep ts_rank's order below them
EXACT_DF = 1000  # document frequencies above this come from the planner's statistics
K1, B = 1.2, 0.75
STATS_TTL = 600
COLUMNS = ("f_name", "f_alias", "f_summary", "f_body", "f_bigram", "f_pinyin")


def corpus_stats() -> tuple[int, float]:
    """(documents, average tokens per document), cached for a few minutes."""
    stats = cache.get("search:pg:stats")
    if stats is None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*), coalesce(avg(n_tokens), 1) FROM search_searchdocument")
            count, avgdl = cursor.fetchone()
        stats = (int(count), float(avgdl))
        cache.set("search:pg:stats", stats, STATS_TTL)
    return stats


def document_frequencies(lexemes: list[str]) -> dict[str, int]:
    keys = {lexeme: f"search:pg:df:{hash(lexeme)}" for lexeme in lexemes}
    cached = cache.get_many(list(keys.values()))
    found = {lexeme: cached[key] for lexeme, key in keys.items() if key in cached}
    missing = [lexeme for lexeme in lexemes if lexeme not in found]
    if missing:
        with connection.cursor() as cursor:
            fresh = {lexeme: _document_frequency(cursor, ts_quote(lexeme)) for lexeme in missing}
        cache.set_many({keys[lexeme]: n for lexeme, n in fresh.items()}, STATS_TTL)
        found.update(fresh)
    return found


def _document_frequency(cursor: Any, query: str) -> int:
    """Exact up to ``EXACT_DF``; past it, the planner's estimate from the column statistics.

    Counting a common lexeme exactly reads every matching row (tens of milliseconds at 10⁵);
    ANALYZE keeps the most common lexemes' frequencies, which is all BM25's idf needs for them."""
    cursor.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_searchdocument WHERE vector @@ CAST(%s AS tsquery)"
        " LIMIT %s) AS found",
        [query, EXACT_DF + 1],
    )
    count = int(cursor.fetchone()[0])
    if count <= EXACT_DF:
        return count
    cursor.execute(
        "EXPLAIN (FORMAT JSON) SELECT 1 FROM search_searchdocument WHERE vector @@ CAST(%s AS tsquery)",
        [query],
    )
    plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return max(int(plan[0]["Plan"]["Plan Rows"]), count)


# A lexeme's weight letters say which field each occurrence came from (see index.PG_WEIGHTS):
# words: A name, B aliases, C summary, D body; "~" bigrams: C; "@" pinyin: A.
WORD_FIELDS = {"A": "f_name", "B": "f_alias", "C": "f_summary", "D": "f_body"}


def term_frequencies(ids: list[int], lexemes: list[str]) -> dict[int, dict[str, dict[str, int]]]:
    """{document id: {lexeme: {field: occurrences}}} read from the stored tsvectors."""
    result: dict[int, dict[str, dict[str, int]]] = {}
    if not ids or not lexemes:
        return result
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.id, u.lexeme, u.weights FROM search_searchdocument d, unnest(d.vector) u"
            " WHERE d.id = ANY(%s) AND u.lexeme = ANY(%s)",
            [ids, lexemes],
        )
        for doc_id, lexeme, weights in cursor.fetchall():
            fields: dict[str, int] = {}
            for letter in weights:
                field = (
                    "f_bigram"
                    if lexeme.startswith("~")
                    else "f_pinyin"
                    if lexeme.startswith("@")
                    else WORD_FIELDS[letter]
                )
                fields[field] = fields.get(field, 0) + 1
            result.setdefault(doc_id, {})[lexeme] = fields
    return result


def bm25_scores(
    rows: list[dict[str, Any]],
    lexemes: list[str],
    weights: tuple[float, ...],
    together: Sequence[Sequence[str]] = (),
    standalone: Sequence[str] | None = None,
) -> list[float]:
    """FTS5's bm25(): idf × column-weighted tf, saturated and normalized by the row's length."""
    total, avgdl = corpus_stats()
    df = document_frequencies(lexemes)
    idf = {lex: max(math.log((total - n + 0.5) / (n + 0.5)), 1e-6) for lex, n in df.items()}
    weight = dict(zip(COLUMNS, weights, strict=True))
    tf = term_frequencies([row["id"] for row in rows], lexemes)
    grouped = {lexeme for group in together for lexeme in group}
    alone = set(standalone) if standalone is not None else set(lexemes) - grouped
    scores = []
    for row in rows:
        norm = K1 * (1 - B + B * row["n_tokens"] / avgdl)
        score = 0.0
        found = tf.get(row["id"], {})
        for group in together:
            if not all(lexeme in found for lexeme in group):
                # Only what the group alone asked for drops out: a lexeme that is also a term of
                # its own elsewhere in the query still counts there.
                found = {lex: fields for lex, fields in found.items() if lex not in group or lex in alone}
        for lexeme, fields in found.items():
            freq = sum(weight[field] * n for field, n in fields.items())
            score += idf[lexeme] * freq * (K1 + 1) / (freq + norm)
        scores.append(score * row["prior"])
    return scores
