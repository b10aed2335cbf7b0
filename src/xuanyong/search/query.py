"""Parsing a buyer's query and running it against the index of the database in use.

Syntax: words (analyzed like the documents, each widened by the synonym table), "quoted phrases"
that must appear as written, and -exclusions. Nothing a user types reaches the database as
syntax: every token is quoted for FTS5 or tsquery, and parameters carry the rest.

Matching runs in modes: ``all`` (every word, the default), ``pinyin`` (prefixes of names' pinyin
and initials) and ``any`` (any word or character bigram): the looser modes are the fallbacks.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import connection, transaction

from xuanyong.lib.db import read_connection

from . import pg_rank
from .analyzer import analyze, bigrams, normalize
from .models import SearchDocument
from .synonyms import synonym_map
from .tsquote import ts_quote

MAX_QUERY_CHARS = 100
MAX_TERMS = 12
MAX_GRAMS = 24
WINDOW_MARGIN = 3  # PostgreSQL looks for the newest N matches among ids expected to hold 3·N
_PART = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
_PINYIN = re.compile(r"^[a-z]+$")
# FTS5 column weights: name, aliases+tags, summary, body, bigrams, pinyin.
FTS_WEIGHTS = (10.0, 6.0, 3.0, 1.0, 10.0, 8.0)
WORD_COLUMNS = "{f_name f_alias f_summary f_body}"
# ts_rank's weights for D, C, B, A: about FTS_WEIGHTS / 10 (A name and pinyin, B aliases, C bigrams
# and summary, D body). It only picks what BM25 rescores (QBQTC nDCG@10 0.826 → 0.828 over 0.25 for C).
PG_RANK_WEIGHTS = "{0.1, 0.8, 0.6, 1.0}"


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
    # Credential tags an offering must all have (``kunpeng``, ``dengbao:3``…), and the offerings
    # that have them (for the in-memory test); set together by the view.
    credential_tags: list[str] = field(default_factory=list)
    credential_ids: set[int] | None = None

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
        if self.credential_tags and skip != "credentials":
            clauses.append("d.kind = 'offering'")
            for tag in self.credential_tags:
                clauses.append(
                    "d.object_id IN (SELECT offering_id FROM catalog_offeringcredentialtag WHERE code = %s)"
                )
                params.append(tag)
        return "".join(f" AND {c}" for c in clauses), params

    @property
    def active(self) -> bool:
        return bool(self.sql()[0])

    def failures(self, hit: Hit) -> set[str]:
        """The filters ``hit`` fails (named as ``sql(skip=…)`` names them): the test of ``sql()``,
        on a hit already fetched."""
        failed = set()
        if self.kind and hit.kind != self.kind:
            failed.add("kind")
        if self.category_ids and hit.category_id not in self.category_ids:
            failed.add("category")
        for column in ("pricing_model", "deployment", "offering_kind"):
            value = getattr(self, column)
            if value and getattr(hit, column) != value:
                failed.add(column)
        if self.min_rating is not None and (hit.rating is None or hit.rating < self.min_rating):
            failed.add("rating")
        if self.credential_tags and (
            hit.kind != "offering" or self.credential_ids is None or hit.object_id not in self.credential_ids
        ):
            failed.add("credentials")
        return failed

    def accepts(self, hit: Hit) -> bool:
        return not self.failures(hit)


@dataclass
class Hit:
    id: int
    kind: str
    object_id: int
    score: float
    # What the filters and facets read, so both run over the ranked candidates in memory.
    category_id: int | None = None
    pricing_model: str = ""
    deployment: str = ""
    offering_kind: str = ""
    rating: float | None = None
    # Filled by ``hydrate`` for the hits a page shows.
    title: str = ""
    summary: str = ""
    url: str = ""


def hydrate(hits: list[Hit]) -> list[Hit]:
    """Add title, summary and URL to the hits a page shows (one query)."""
    if hits:
        with read_connection(SearchDocument).cursor() as cursor:
            cursor.execute(
                "SELECT id, title, summary, url FROM search_searchdocument WHERE id IN "
                f"({', '.join(['%s'] * len(hits))})",
                [hit.id for hit in hits],
            )
            text = {row[0]: row[1:] for row in cursor.fetchall()}
        for hit in hits:
            hit.title, hit.summary, hit.url = text.get(hit.id, ("", "", ""))
    return hits


# Candidates carry what ranking, filters and facets read; ``hydrate`` adds the shown text later.
HIT_COLUMNS = (
    "d.id, d.kind, d.object_id, {score} AS score, "
    "d.category_id, d.pricing_model, d.deployment, d.offering_kind, d.rating"
)


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
    ts_rank), the same terms FTS5's bm25() sees in the SQLite expression. ``together``: groups of
    lexemes ANDed in the expression (a word spelled out by its bigrams); FTS5 counts such a
    group's terms in a document only when the whole group is there, so the BM25 pass does too."""

    expression: str
    lexemes: list[str] | None = None
    together: list[list[str]] = field(default_factory=list)
    standalone: list[str] = field(default_factory=list)  # lexemes that are also terms on their own


def match_for(parsed: ParsedQuery, mode: str) -> Match | None:
    if mode == "any":
        parsed = informative(parsed)
    expression = expression_for(parsed, mode)
    if not expression:
        return None
    if mode == "pinyin":
        return Match(expression)
    words = [*(t for g in parsed.groups for t in g), *(t for p in parsed.phrases for t in p)]
    covers = [] if mode == "any" else [["~" + g for g in bigrams(group[0])] for group in parsed.groups]
    grams = ["~" + g for g in parsed.grams] if mode == "any" else [g for cover in covers for g in cover]
    lexemes = list(dict.fromkeys([*words, *grams]))
    standalone = [*words, *(cover[0] for cover in covers if len(cover) == 1)]
    return Match(
        expression, lexemes, together=[cover for cover in covers if len(cover) > 1], standalone=standalone
    )


# --- the loosest mode keeps its informative terms ----------------------------------------------

COMMON_TTL = 600.0
_common: dict[tuple[str, int, str], float] = {}  # (database, cap, term) -> when it was found common


def informative(parsed: ParsedQuery) -> ParsedQuery:
    """The query with only its rarest words and bigrams, as many as match at most the candidate cap.

    Any-word matching ORs every word and bigram; a common bigram (怎么, 系统) alone would match most
    of the index, score near zero, and push the documents with the rare, telling terms out of the
    candidates. BM25 gives common terms little weight anyway, so dropping them costs little.
    """
    cap = candidate_cap()
    terms = [*dict.fromkeys(t for group in parsed.groups for t in group)] + ["~" + g for g in parsed.grams]
    if connection.vendor == "postgresql":
        # The BM25 pass's frequencies: shared, cached, and estimated for common terms.
        frequency = pg_rank.document_frequencies(terms)
    else:
        frequency = {term: _fts_document_frequency(term, cap) for term in terms}
    kept: set[str] = set()
    total = 0
    for term in sorted(terms, key=lambda t: frequency[t]):
        if frequency[term] == 0 or (kept and total + frequency[term] > cap):
            continue
        kept.add(term)
        total += frequency[term]
    return ParsedQuery(
        text=parsed.text,
        groups=[[t] for group in parsed.groups for t in group if t in kept],
        excluded=parsed.excluded,
        grams=[g for g in parsed.grams if "~" + g in kept],
    )


def _fts_document_frequency(term: str, cap: int) -> int:
    """Documents containing ``term`` (bigrams as "~xx") in FTS5, counted up to ``cap`` + 1.

    Rare terms count in microseconds; a common one reads cap + 1 postings, so that finding is
    remembered for a few minutes (only "common", which a few new documents cannot make wrong)."""
    key = (pg_rank.database_key(), cap, term)
    if time.monotonic() - _common.get(key, -COMMON_TTL) < COMMON_TTL:
        return cap + 1
    if term.startswith("~"):
        value = f"{{f_bigram}} : {_fts_quote(term[1:])}"
    else:
        value = f"{WORD_COLUMNS} : {_fts_quote(term)}"
    with read_connection(SearchDocument).cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH %s LIMIT %s) AS found",
            [value, cap + 1],
        )
        count = int(cursor.fetchone()[0])
    if count > cap:
        _common[key] = time.monotonic()
    return count


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


@dataclass
class Ranked:
    """Matching documents, best first. ``complete``: these are all the matches; otherwise they are
    the newest ``CANDIDATES`` matches, which keeps a common term's cost bounded."""

    hits: list[Hit]
    complete: bool


def candidate_cap() -> int:
    return int(getattr(settings, "SEARCH_CANDIDATES", 700))


def ranked(match: Match, filters: Filters | None = None) -> Ranked:
    """Rank every match, or past ``candidate_cap()`` matches the newest that many.

    Matching is cheap on both databases; scoring is what grows with the result set (FTS5's bm25()
    and PostgreSQL's ts_rank read every matching row). Finding the newest N + 1 matches reads
    only document ids, so the scoring below never sees more than N rows.
    """
    source, score, params = _base_sql(match)
    where, filter_params = filters.sql() if filters else ("", [])
    params += filter_params
    cap = candidate_cap()
    postgres = connection.vendor == "postgresql"
    with read_connection(SearchDocument).cursor() as cursor:
        ids = (_newest_ids_pg if postgres else _newest_ids_sqlite)(cursor, source + where, params, cap + 1)
        if not ids:
            return Ranked([], complete=True)
        complete = len(ids) <= cap
        ids = ids[:cap]
        if postgres:
            hits = _ranked_pg(cursor, match, score, ids)
        else:  # FTS5 seeks to a rowid range; it cannot look up a list of rowids cheaply
            cursor.execute(
                f"SELECT {HIT_COLUMNS.format(score=score)} {source}{where} AND search_fts.rowid >= %s "
                "ORDER BY score DESC, d.id",
                [*params, ids[-1]],
            )
            hits = [Hit(*row) for row in cursor.fetchall()]
    return Ranked(hits, complete)


def _newest_ids_sqlite(cursor: Any, source: str, params: list[Any], limit: int) -> list[int]:
    """FTS5 walks its posting lists in rowid order, so newest-first with a LIMIT stops early."""
    cursor.execute(
        f"SELECT search_fts.rowid {source} ORDER BY search_fts.rowid DESC LIMIT %s", [*params, limit]
    )
    return [row[0] for row in cursor.fetchall()]


# Planner settings for the newest-match query (undone by rolling its transaction back).
_BITMAP_ONLY = {"enable_seqscan": "off", "enable_indexscan": "off", "max_parallel_workers_per_gather": "0"}


def _newest_ids_pg(cursor: Any, source: str, params: list[Any], limit: int) -> list[int]:
    """The newest ``limit`` matches, read through bitmaps of the GIN and primary-key indexes.

    With a LIMIT the planner likes a sequential or primary-key scan that tests ``@@`` row by row,
    decompressing a tsvector per row (a second for a common term at 10⁵); a bitmap of the GIN
    index alone still visits every match. So the query gets bitmap plans only, first over the
    newest ids (the two bitmaps ANDed: a common term costs about ``limit`` row visits), then,
    if that window holds too few matches, over all of them (few, since the term is rarer)."""
    # A transaction (a savepoint inside the caller's) that is always rolled back: it only reads,
    # and the rollback undoes the local settings on every path, whatever the caller's mode.
    with transaction.atomic(using=cursor.db.alias):
        cursor.execute(
            "SELECT (SELECT max(id) FROM search_searchdocument), "
            + ", ".join(f"set_config('{name}', %s, true)" for name in _BITMAP_ONLY),
            list(_BITMAP_ONLY.values()),
        )
        newest = cursor.fetchone()[0] or 0
        query = f"SELECT d.id {source} AND d.id > %s ORDER BY d.id DESC LIMIT %s"
        ids: list[int] = []
        expected = _estimated_rows(cursor, f"SELECT 1 {source}", params)
        if expected > WINDOW_MARGIN * limit:  # look among the ids that should hold ``limit`` matches
            window = WINDOW_MARGIN * limit * newest // expected
            cursor.execute(query, [*params, newest - window, limit])
            ids = [r[0] for r in cursor.fetchall()]
        if len(ids) < limit:
            cursor.execute(query, [*params, 0, limit])
            ids = [r[0] for r in cursor.fetchall()]
        transaction.set_rollback(True, using=cursor.db.alias)
    return ids


def _estimated_rows(cursor: Any, sql: str, params: list[Any]) -> int:
    """The planner's row estimate for ``sql`` (from the column statistics; nothing is read)."""
    cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
    plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


def _ranked_pg(cursor: Any, match: Match, score: str, ids: list[int]) -> list[Hit]:
    """ts_rank orders the candidates (known to match: no second test); unless the mode keeps
    ts_rank, the best ``pg_rank.RESCORED`` are rescored with BM25."""
    cursor.execute(
        f"SELECT {HIT_COLUMNS.format(score=score)}, d.prior, d.n_tokens"
        " FROM search_searchdocument d, CAST(%s AS tsquery) q WHERE d.id = ANY(%s) ORDER BY score DESC, d.id",
        [match.expression, ids],
    )
    rows = cursor.fetchall()
    hits = [Hit(*row[:-2]) for row in rows]
    if match.lexemes is None:
        return hits
    head = [{"id": row[0], "prior": row[-2], "n_tokens": row[-1]} for row in rows[: pg_rank.RESCORED]]
    scores = pg_rank.bm25_scores(head, match.lexemes, FTS_WEIGHTS, match.together, match.standalone)
    for hit, value in zip(hits, scores, strict=False):
        hit.score = value
    best = sorted(hits[: len(head)], key=lambda hit: (-hit.score, hit.id))
    return best + hits[len(head) :]


def facet_counts(hits: list[Hit], filters: Filters, facets: dict[str, str]) -> dict[str, dict[Any, int]]:
    """Per facet ``{column: filter it skips}``, counts of ``hits`` per value of the column, with
    every filter but the facet's own (so choosing a value never hides the other values). Facets
    other than ``kind`` count offerings only."""
    counts: dict[str, dict[Any, int]] = {column: {} for column in facets}
    for hit in hits:
        failed = filters.failures(hit)
        if len(failed) > 1:
            continue
        for column, skip in facets.items():
            if failed - {skip} or (column != "kind" and hit.kind != "offering"):
                continue
            value = getattr(hit, column)
            if value not in (None, ""):
                counts[column][value] = counts[column].get(value, 0) + 1
    return counts
