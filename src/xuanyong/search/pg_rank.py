"""BM25 for PostgreSQL: rank ts_rank's best candidates the way FTS5's bm25() ranks on SQLite.

ts_rank is not BM25 (no inverse document frequency), and it reads every candidate's vector.
So PostgreSQL takes the ``RESCORED`` best rows by ts_rank, then scores them here with the same
formula and column weights as SQLite: document frequencies come from the GIN index (cached), and
term frequencies from the candidates' stored tokens. Both databases then agree on the order.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from xuanyong.lib.db import read_connection
from xuanyong.lib.versions import version_bump, version_get

from .models import SearchDocument
from .tsquote import ts_quote

RESCORED = 30  # of the best by ts_rank (QBQTC nDCG@10: 100 → 0.829, 30 → 0.826, 20 → 0.825)
EXACT_DF = 1000  # document frequencies above this (or the candidate cap) come from ANALYZE's statistics
K1, B = 1.2, 0.75
STATS_TTL = 600
COLUMNS = ("f_name", "f_alias", "f_summary", "f_body", "f_bigram", "f_pinyin")


def database_key() -> str:
    """Which database this is, for cache keys: several databases may share one cache."""
    db = connection.settings_dict
    return f"{db.get('HOST') or ''}:{db.get('PORT') or ''}/{db['NAME']}"


def _key(*parts: str) -> str:
    return ":".join(["search:pg", database_key(), *parts])


def corpus_stats() -> tuple[int, float]:
    """(documents, average tokens per document), cached for a few minutes."""
    stats = cache.get(_key("stats"))
    if stats is None:
        with read_connection(SearchDocument).cursor() as cursor:
            cursor.execute("SELECT count(*), coalesce(avg(n_tokens), 1) FROM search_searchdocument")
            count, avgdl = cursor.fetchone()
        stats = (int(count), float(avgdl))
        cache.set(_key("stats"), stats, STATS_TTL)
    return stats


def document_frequencies(lexemes: list[str]) -> dict[str, int]:
    """Documents containing each lexeme: ANALYZE's estimate for the common ones (past
    ``EXACT_DF``), an exact count for the rest (one query for all), cached for a few minutes.

    A zero is cached only until the index next gains documents: the any-word fallback drops
    terms no document has, and a new document must be found by its words at once."""
    # A stable digest (not hash(), which differs per process) so workers share the cache.
    digests = {lexeme: hashlib.blake2b(lexeme.encode(), digest_size=12).hexdigest() for lexeme in lexemes}
    generation = str(version_get(_key("generation")))
    keys = {lexeme: _key("df", digest) for lexeme, digest in digests.items()}
    zero_keys = {lexeme: _key("df0", generation, digest) for lexeme, digest in digests.items()}
    cached = cache.get_many([*keys.values(), *zero_keys.values()])
    found = {lexeme: cached[keys[lexeme]] for lexeme in lexemes if keys[lexeme] in cached}
    found.update({lexeme: 0 for lexeme in lexemes if lexeme not in found and zero_keys[lexeme] in cached})
    missing = [lexeme for lexeme in lexemes if lexeme not in found]
    if missing:
        # Exact up to the candidate cap at least: the any-word fallback compares counts with it.
        exact = max(EXACT_DF, int(getattr(settings, "SEARCH_CANDIDATES", EXACT_DF)))
        common = common_lexemes()
        fresh = {lexeme: common[lexeme] for lexeme in missing if common.get(lexeme, 0) > exact}
        fresh.update(_counted([lexeme for lexeme in missing if lexeme not in fresh], exact))
        cache.set_many({(keys if n else zero_keys)[lexeme]: n for lexeme, n in fresh.items()}, STATS_TTL)
        found.update(fresh)
    return found


def documents_added() -> None:
    """Forget the cached zeros (index.py calls this when documents are written)."""
    version_bump(_key("generation"))


_common: dict[str, tuple[float, dict[str, int]]] = {}  # database -> (when read, {lexeme: documents})


def common_lexemes() -> dict[str, int]:
    """The index's most common lexemes with their estimated document counts, as ANALYZE keeps them
    (10,000 of them, see migration 0005), read once per process every few minutes."""
    database = database_key()
    read = _common.get(database)
    if read and time.monotonic() - read[0] < STATS_TTL:
        return read[1]
    with read_connection(SearchDocument).cursor() as cursor:
        cursor.execute(
            "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples"
            " FROM pg_stats s JOIN pg_class c ON c.oid = 'search_searchdocument'::regclass"
            " WHERE s.schemaname = current_schema() AND s.tablename = 'search_searchdocument'"
            " AND s.attname = 'vector'"
        )
        row = cursor.fetchone()
    estimates: dict[str, int] = {}
    if row and row[0] and row[2] > 0:
        # The frequencies carry three summary numbers after the per-lexeme ones; zip drops them.
        estimates = {lexeme: int(freq * row[2]) for lexeme, freq in zip(row[0], row[1], strict=False)}
    _common[database] = (time.monotonic(), estimates)
    return estimates


def _counted(lexemes: list[str], exact: int) -> dict[str, int]:
    """Exact document counts up to ``exact`` + 1, every lexeme in one query."""
    if not lexemes:
        return {}
    with read_connection(SearchDocument).cursor() as cursor:
        cursor.execute(
            "SELECT t.i, (SELECT count(*) FROM (SELECT 1 FROM search_searchdocument"
            " WHERE vector @@ CAST(t.query AS tsquery) LIMIT %s) AS found)"
            " FROM unnest(CAST(%s AS text[])) WITH ORDINALITY AS t(query, i)",
            [exact + 1, [ts_quote(lexeme) for lexeme in lexemes]],
        )
        return {lexemes[i - 1]: int(n) for i, n in cursor.fetchall()}


# A lexeme's weight letters say which field each occurrence came from (see index.PG_WEIGHTS):
# words: A name, B aliases, C summary, D body; "~" bigrams: C; "@" pinyin: A.
WORD_FIELDS = {"A": "f_name", "B": "f_alias", "C": "f_summary", "D": "f_body"}


def term_frequencies(ids: list[int], lexemes: list[str]) -> dict[int, dict[str, dict[str, int]]]:
    """{document id: {lexeme: {field: occurrences}}} read from the stored tsvectors."""
    result: dict[int, dict[str, dict[str, int]]] = {}
    if not ids or not lexemes:
        return result
    with read_connection(SearchDocument).cursor() as cursor:
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
