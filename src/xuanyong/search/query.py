"""Parsing a buyer's query and running it against the index of the database in use.

Syntax: words (analyzed like the documents, each widened by the synonym table), "quoted phrases"
that must appear as written, and -exclusions. Nothing a user types reaches the database as
syntax: every token is quoted for FTS5 or tsquery, and parameters carry the rest.

Matching runs in modes: ``all`` (every word, the default), ``pinyin`` (prefixes of names' pinyin
and initials) and ``any`` (any word or character bigram): the looser modes are the fallbacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.db import connection

from . import pg_rank
from .analyzer import analyze, bigrams, normalize
from .synonyms import synonym_map
from .tsquote import ts_quote

MAX_QUERY_CHARS = 100
MAX_TERMS = 12
MAX_GRAMS = 24
_PART = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
_PINYIN = re.compile(r"^[a-z]+$")
# FTS5 column weights: name, aliases+tags, summary, body, bigrams, pinyin.
FTS_WEIGHTS = (10.0, 6.0, 3.0, 1.0, 10.0, 8.0)
WORD_COLUMNS = "{f_name f_alias f_summary f_body}"
PG_RANK_WEIGHTS = "{0.1, 0.25, 0.5, 1.0}"  # D, C, B, A


@dataclass
class ParsedQuery:
    text: str
    groups: list[list[str]] = field(default_factory=list)  # each word: itself or a synonym
    phrases: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    grams: list[str] = field(default_factory=list)
    pinyin: str = ""

    @property
    def empty(self) -> bool:
        return not (self.groups or self.phrases)

    @property
    def highlight_terms(self) -> list[str]:
        terms = {t for group in self.groups for t in group} | {t for p in self.phrases for t in p}
        return sorted(terms, key=len, reverse=True)


def clean(raw: str) -> str:
    text = "".join(ch for ch in (raw or "") if ch.isprintable() or ch == " ")
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def parse(raw: str) -> ParsedQuery:
    text = clean(raw)
    parsed = ParsedQuery(text=text)
    positive: list[str] = []
    for match in _PART.finditer(text):
        negated, quoted = bool(match.group(1) or match.group(3)), match.group(2)
        if quoted is not None:
            tokens = analyze(quoted)
            if negated:
                parsed.excluded += tokens
            elif len(tokens) > 1:
                parsed.phrases.append(tokens[:MAX_TERMS])
            else:
                positive.append(quoted)
        elif negated:
            parsed.excluded += analyze(match.group(4))
        else:
            positive.append(match.group(4))
    positive_text = " ".join(positive)
    synonyms = synonym_map()
    for token in list(dict.fromkeys(analyze(positive_text)))[:MAX_TERMS]:
        parsed.groups.append([token, *synonyms.get(token, [])])
    squashed = normalize(positive_text).replace(" ", "")
    if squashed in synonyms:
        # The whole query is a term of the synonym table (人事软件 = HR): any equivalent will do.
        parsed.groups = [[squashed, *synonyms[squashed]]]
    parsed.grams = list(dict.fromkeys(bigrams(positive_text)))[:MAX_GRAMS]
    if _PINYIN.match(squashed or "-"):
        parsed.pinyin = squashed
    return parsed


@dataclass
class Filters:
    kind: str | None = None
    category_ids: list[int] | None = None
    pricing_model: str | None = None
    deployment: str | None = None
    offering_kind: str | None = None
    min_rating: float | None = None

    def sql(self, skip: str = "") -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.kind and skip != "kind":
            clauses.append("d.kind = %s")
            params.append(self.kind)
        if self.category_ids and skip != "category":
            clauses.append(f"d.category_id IN ({', '.join(['%s'] * len(self.category_ids))})")
            params += self.category_ids
        for column, value in (
            ("pricing_model", self.pricing_model),
            ("deployment", self.deployment),
            ("offering_kind", self.offering_kind),
        ):
            if value and skip != column:
                clauses.append(f"d.{column} = %s")
                params.append(value)
        if self.min_rating is not None and skip != "rating":
            clauses.append("d.rating >= %s")
            params.append(self.min_rating)
        return "".join(f" AND {c}" for c in clauses), params


@dataclass
class Hit:
    id: int
    kind: str
    object_id: int
    title: str
    summary: str
    url: str
    score: float


# --- building the match expression -----------------------------------------------------------


def _fts_quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_expression(parsed: ParsedQuery, mode: str) -> str | None:
    if mode == "pinyin":
        return f"{{f_pinyin}} : {_fts_quote(parsed.pinyin)} *" if parsed.pinyin else None
    if mode == "any":
        words = [_fts_quote(t) for group in parsed.groups for t in group]
        parts = [f"{WORD_COLUMNS} : ({' OR '.join(words)})"] if words else []
        parts += (
            [f"{{f_bigram}} : ({' OR '.join(_fts_quote(g) for g in parsed.grams)})"] if parsed.grams else []
        )
        positive = " OR ".join(f"({p})" for p in parts)
    else:
        required = [
            f"{WORD_COLUMNS} : ({' OR '.join(_fts_quote(t) for t in group)}) OR {_fts_bigram_cover(group[0])}"
            for group in parsed.groups
        ]
        required += [f"{WORD_COLUMNS} : {_fts_quote(' '.join(p))}" for p in parsed.phrases]
        positive = " AND ".join(f"({r})" for r in required)
    if not positive:
        return None
    if parsed.excluded:
        positive = (
            f"({positive}) NOT {WORD_COLUMNS} : ({' OR '.join(_fts_quote(t) for t in parsed.excluded)})"
        )
    return positive


def _fts_bigram_cover(token: str) -> str:
    """The token spelled out in the bigram column: a word the segmenter cut differently in a
    document (云掌柜新零售 keeps no 新 of its own) still counts as present."""
    grams = bigrams(token)
    if len(grams) == 1 and len(grams[0]) == 1:
        return f"{{f_bigram}} : {_fts_quote(grams[0])} *"
    return f"{{f_bigram}} : ({' AND '.join(_fts_quote(g) for g in grams)})"


def _ts_bigram_cover(token: str) -> str:
    grams = bigrams(token)
    if len(grams) == 1 and len(grams[0]) == 1:
        return f"{ts_quote(grams[0], '~')}:*"
    return "(" + " & ".join(ts_quote(g, "~") for g in grams) + ")"


def tsquery_expression(parsed: ParsedQuery, mode: str) -> str | None:
    if mode == "pinyin":
        return f"{ts_quote(parsed.pinyin, '@')}:*" if parsed.pinyin else None
    if mode == "any":
        terms = [ts_quote(t) for group in parsed.groups for t in group] + [
            ts_quote(g, "~") for g in parsed.grams
        ]
        positive = " | ".join(terms)
    else:
        required = [
            "(" + " | ".join([*(ts_quote(t) for t in group), _ts_bigram_cover(group[0])]) + ")"
            for group in parsed.groups
        ]
        required += ["(" + " <-> ".join(ts_quote(t) for t in p) + ")" for p in parsed.phrases]
        positive = " & ".join(required)
    if not positive:
        return None
    if parsed.excluded:
        positive = f"({positive}) & !({' | '.join(ts_quote(t) for t in parsed.excluded)})"
    return positive


# --- running it ------------------------------------------------------------------------------


def expression_for(parsed: ParsedQuery, mode: str) -> str | None:
    return (
        tsquery_expression(parsed, mode)
        if connection.vendor == "postgresql"
        else fts_expression(parsed, mode)
    )


@dataclass
class Match:
    """What to match, and ``lexemes``: the terms PostgreSQL's BM25 pass scores (None: keep
    ts_rank), the same terms FTS5's bm25() sees in the SQLite expression."""

    expression: str
    lexemes: list[str] | None = None


def match_for(parsed: ParsedQuery, mode: str) -> Match | None:
    expression = expression_for(parsed, mode)
    if not expression:
        return None
    if mode == "pinyin":
        return Match(expression)
    words = [*(t for g in parsed.groups for t in g), *(t for p in parsed.phrases for t in p)]
    grams = parsed.grams if mode == "any" else [g for group in parsed.groups for g in bigrams(group[0])]
    lexemes = list(dict.fromkeys([*words, *("~" + g for g in grams)]))
    return Match(expression, lexemes)


def _base_sql(match: Match) -> tuple[str, str, list[Any]]:
    """FROM/WHERE for the backend, the score expression, and their parameters."""
    if connection.vendor == "postgresql":
        return (
            "FROM search_searchdocument d, CAST(%s AS tsquery) q WHERE d.vector @@ q",
            f"ts_rank('{PG_RANK_WEIGHTS}', d.vector, q, 1) * d.prior",
            [match.expression],
        )
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    return (
        "FROM search_fts JOIN search_searchdocument d ON d.id = search_fts.rowid WHERE search_fts MATCH %s",
        f"-bm25(search_fts, {weights}) * d.prior",
        [match.expression],
    )


def run(match: Match, filters: Filters, *, limit: int, offset: int = 0) -> tuple[list[Hit], int]:
    source, score, params = _base_sql(match)
    where, filter_params = filters.sql()
    if (
        connection.vendor == "postgresql"
        and match.lexemes is not None
        and offset + limit <= pg_rank.CANDIDATES
    ):
        return _run_pg_bm25(match, source, score, [*params, *filter_params], where, limit, offset)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.id, d.kind, d.object_id, d.title, d.summary, d.url, {score} AS score "
            f"{source}{where} ORDER BY score DESC, d.id LIMIT %s OFFSET %s",
            [*params, *filter_params, limit, offset],
        )
        hits = [Hit(*row) for row in cursor.fetchall()]
        if offset == 0 and len(hits) < limit:
            total = len(hits)
        else:
            cursor.execute(f"SELECT COUNT(*) {source}{where}", [*params, *filter_params])
            total = int(cursor.fetchone()[0])
    return hits, total


def _run_pg_bm25(
    match: Match, source: str, score: str, params: list[Any], where: str, limit: int, offset: int
) -> tuple[list[Hit], int]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.id, d.kind, d.object_id, d.title, d.summary, d.url, d.prior, d.n_tokens, {score} AS score "
            f"{source}{where} ORDER BY score DESC, d.id LIMIT %s",
            [*params, pg_rank.CANDIDATES],
        )
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        if len(rows) < pg_rank.CANDIDATES:
            total = len(rows)
        else:
            cursor.execute(f"SELECT COUNT(*) {source}{where}", params)
            total = int(cursor.fetchone()[0])
    scores = pg_rank.bm25_scores(rows, match.lexemes or [], FTS_WEIGHTS)
    ranked = sorted(zip(scores, rows, strict=True), key=lambda pair: (-pair[0], pair[1]["id"]))
    hits = [
        Hit(row["id"], row["kind"], row["object_id"], row["title"], row["summary"], row["url"], value)
        for value, row in ranked[offset : offset + limit]
    ]
    return hits, total


def facet_counts(match: Match, filters: Filters, column: str, skip: str) -> dict[Any, int]:
    """Counts of matching documents per value of ``column``, with every filter but its own."""
    source, _, params = _base_sql(match)
    where, filter_params = filters.sql(skip=skip)
    if column != "kind":
        where += " AND d.kind = 'offering'"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.{column}, COUNT(*) {source}{where} GROUP BY d.{column}", [*params, *filter_params]
        )
        return {value: int(n) for value, n in cursor.fetchall() if value not in (None, "")}
