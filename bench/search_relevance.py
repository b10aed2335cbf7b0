"""Search relevance on QBQTC: graded nDCG@10 and MRR@10 of the project's analyzer, index and ranking.

Indexes every title of the given files through xuanyong.search (SQLite FTS5 by default,
``--db postgres`` for the tsvector index), runs each query of the labelled file whose judged
titles include a relevant one (label ≥ 1), and scores the top 10 (gain = label; unjudged titles
count as 0). Two plain baselines run in the same SQLite database for comparison: FTS5 BM25 over
character bigrams and over jieba search-mode words.

    .venv/bin/python bench/search_relevance.py --labelled ../shared/data/qbqtc/dev.json \\
        --titles ../shared/data/qbqtc/dev.json ../shared/data/qbqtc/test.json [--db postgres]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
K = 10


def load(labelled: Path, title_files: list[Path]) -> tuple[list[str], dict[str, dict[str, int]]]:
    titles: dict[str, None] = {}
    for path in title_files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                titles.setdefault(json.loads(line)["title"].strip(), None)
    judged: dict[str, dict[str, int]] = defaultdict(dict)
    with labelled.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            judged[row["query"].strip()][row["title"].strip()] = int(row["label"])
    queries = {q: j for q, j in judged.items() if any(g > 0 for g in j.values())}
    return list(titles), queries


def ndcg_mrr(ranked: list[str], judgments: dict[str, int]) -> tuple[float, float]:
    gains = [judgments.get(t, 0) for t in ranked[:K]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted(judgments.values(), reverse=True)[:K]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    rr = next((1 / (i + 1) for i, g in enumerate(gains) if g > 0), 0.0)
    return (dcg / idcg if idcg else 0.0), rr


def evaluate(
    rank: Callable[[str], list[str]], queries: dict[str, dict[str, int]]
) -> tuple[float, float, float]:
    started = time.monotonic()
    total_ndcg = total_rr = 0.0
    for query, judgments in queries.items():
        n, rr = ndcg_mrr(rank(query), judgments)
        total_ndcg += n
        total_rr += rr
    elapsed = time.monotonic() - started
    return total_ndcg / len(queries), total_rr / len(queries), 1000 * elapsed / len(queries)


def plain_fts_baseline(titles: list[str], tokenize: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
    """Plain FTS5 BM25 over pre-tokenized titles: the reference numbers in the issue."""
    db = sqlite3.connect(":memory:")
    db.execute('CREATE VIRTUAL TABLE t USING fts5(body, tokenize="unicode61 remove_diacritics 0")')
    db.executemany(
        "INSERT INTO t(rowid, body) VALUES (?, ?)", [(i, " ".join(tokenize(x))) for i, x in enumerate(titles)]
    )

    def rank(query: str) -> list[str]:
        tokens = list(dict.fromkeys(tokenize(query)))
        if not tokens:
            return []
        expression = " OR ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        rows = db.execute(
            "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?", (expression, K)
        ).fetchall()
        return [titles[r[0]] for r in rows]

    return rank


def setup_django(db: str) -> Callable[[], None]:
    """Point Django at a fresh database; return a cleanup function."""
    tmp = tempfile.mkdtemp(prefix="xy-relevance-")
    os.environ["XUANYONG_DATA_DIR"] = tmp
    os.environ.pop("REDIS_URL", None)
    cleanup: Callable[[], None] = lambda: None  # noqa: E731
    if db == "postgres":
        import psycopg

        name = f"xuanyong_bench_{uuid.uuid4().hex[:8]}"
        base = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"{base}/{name}"

        def cleanup() -> None:
            from django.db import connections

            connections.close_all()
            with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')

    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "xuanyong.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return cleanup


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--labelled", type=Path, default=ROOT.parent / "shared/data/qbqtc/dev.json")
    parser.add_argument(
        "--titles",
        type=Path,
        nargs="+",
        default=[ROOT.parent / "shared/data/qbqtc/dev.json", ROOT.parent / "shared/data/qbqtc/test.json"],
    )
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--no-baselines", action="store_true")
    args = parser.parse_args()
    if not args.labelled.exists():
        print(f"QBQTC data not found at {args.labelled}: nothing to measure.", file=sys.stderr)
        return 2
    titles, queries = load(args.labelled, args.titles)
    cleanup = setup_django(args.db)
    try:
        from django.db import transaction

        from xuanyong.search.analyzer import analyze, bigrams, segment
        from xuanyong.search.index import text_document, write_documents
        from xuanyong.search.query import Filters
        from xuanyong.search.selectors import top_documents

        started = time.monotonic()
        for start in range(0, len(titles), 2000):
            with transaction.atomic():
                write_documents(
                    [text_document(start + i, t) for i, t in enumerate(titles[start : start + 2000])]
                )
        index_s = time.monotonic() - started

        def ours(query: str) -> list[str]:
            return [h.title for h in top_documents(query, Filters())]

        rows = []
        if not args.no_baselines:
            rows.append(
                (
                    "FTS5 BM25, character bigrams (baseline)",
                    *evaluate(plain_fts_baseline(titles, bigrams), queries),
                )
            )
            rows.append(
                (
                    "FTS5 BM25, jieba search-mode words (baseline)",
                    *evaluate(plain_fts_baseline(titles, lambda t: segment(t)), queries),
                )
            )
            _ = analyze
        rows.append((f"xuanyong search ({args.db})", *evaluate(ours, queries)))
    finally:
        cleanup()
    print(
        f"QBQTC: {len(titles)} titles indexed in {index_s:.1f} s, {len(queries)} queries with a relevant judged title\n"
    )
    width = max(len(r[0]) for r in rows)
    print(f"{'ranker':<{width}}  nDCG@10  MRR@10  ms/query")
    print(f"{'-' * width}  -------  ------  --------")
    for name, ndcg, mrr, ms in rows:
        print(f"{name:<{width}}  {ndcg:7.3f}  {mrr:6.3f}  {ms:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
