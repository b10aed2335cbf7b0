"""Search and autocomplete latency at scale, and indexing throughput next to the segmenter's speed.

Loads the sample data grown to N offerings and N articles (``load-sample --scale N``, indexed as it
loads) into a fresh database unless ``--data-dir`` points at one already loaded, then times, in
this single process, a search (top 10 with facet counts, exactly what the results page asks for)
for real queries from ../shared/data/multi-cpr-ecom and ../shared/data/tnews, and autocomplete for
their prefixes and pinyin prefixes. Prints p50 / p95 / p99 per database.

    .venv/bin/python bench/search_latency.py [--scale 100000] [--db sqlite|postgres] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))


def real_queries(n: int, rng: random.Random) -> list[str]:
    queries: list[str] = []
    ecom = SHARED / "multi-cpr-ecom" / "dev.query.txt"
    news = SHARED / "tnews" / "dev.json"
    if ecom.exists():
        queries += [line.split("\t", 1)[1].strip() for line in ecom.open(encoding="utf-8") if "\t" in line]
    if news.exists():
        titles = [json.loads(line)["sentence"] for line in news.open(encoding="utf-8")]
        queries += [t[: rng.randint(4, 12)] for t in rng.sample(titles, min(len(titles), n))]
    if not queries:
        raise SystemExit("../shared/data (multi-cpr-ecom, tnews) is absent: no real queries to time.")
    rng.shuffle(queries)
    return queries[:n]


def percentiles(samples_ms: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(samples_ms, n=100, method="inclusive")
    return statistics.median(samples_ms), cuts[94], cuts[98]


def timed(fn: Callable[[str], object], inputs: list[str]) -> list[float]:
    samples = []
    for text in inputs:
        started = time.perf_counter()
        fn(text)
        samples.append(1000 * (time.perf_counter() - started))
    return samples


def database_arguments(parser: argparse.ArgumentParser) -> None:
    """The options ``prepare`` reads: which database, loaded how far, or already loaded where."""
    parser.add_argument("--scale", type=int, default=100000)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--data-dir", help="an already loaded SQLite data directory")
    parser.add_argument("--pg-name", help="an already loaded PostgreSQL database name")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database it created")


def prepare(args: argparse.Namespace) -> tuple[dict[str, str], Callable[[], None]]:
    env = {**os.environ}
    cleanup: Callable[[], None] = lambda: None  # noqa: E731
    if args.db == "postgres":
        import psycopg

        name = args.pg_name or f"xuanyong_bench_{uuid.uuid4().hex[:8]}"
        base = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
        if not args.pg_name:
            with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = f"{base}/{name}"
        if not args.keep and not args.pg_name:

            def cleanup() -> None:
                from django.db import connections

                connections.close_all()
                with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}"')

        env["XUANYONG_DATA_DIR"] = tempfile.mkdtemp(prefix="xy-latency-")
    else:
        env.pop("DATABASE_URL", None)
        env["XUANYONG_DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="xy-latency-")
    env.pop("REDIS_URL", None)
    if not args.data_dir and not args.pg_name:
        started = time.monotonic()
        subprocess.run(
            [str(ROOT / ".venv/bin/xuanyong"), "load-sample", "--scale", str(args.scale)], env=env, check=True
        )
        print(
            f"loaded and indexed --scale {args.scale} in {time.monotonic() - started:.0f} s", file=sys.stderr
        )
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "xuanyong.settings"
    return env, cleanup


def indexing_throughput(sample_texts: list[str]) -> list[tuple[str, str]]:
    """Index 2,000 generated articles into the loaded database, inside a rolled-back transaction."""
    from django.db import transaction

    from xuanyong.content.models import Article
    from xuanyong.search import analyzer
    from xuanyong.search.index import index_articles

    articles = list(Article.objects.published().select_related("category")[:2000])
    megabytes = sum(len((a.title + a.summary + a.body).encode()) for a in articles) / 1e6
    with transaction.atomic():
        started = time.perf_counter()
        index_articles(articles)
        elapsed = time.perf_counter() - started
        transaction.set_rollback(True)
    text = "\n".join(sample_texts)
    started = time.perf_counter()
    analyzer.segment(analyzer.normalize(text))
    seg_s = time.perf_counter() - started
    rows = [
        (
            "index articles (analyze + write + FTS)",
            f"{len(articles) / elapsed:,.0f} docs/s, {megabytes / elapsed:.2f} MB/s",
        ),
        ("segmenter alone (rjieba search mode)", f"{len(text.encode()) / 1e6 / seg_s:.1f} MB/s"),
    ]
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        started = time.perf_counter()
        list(jieba.cut_for_search(analyzer.normalize(text)))
        rows.append(
            (
                "segmenter alone (jieba search mode, for comparison)",
                f"{len(text.encode()) / 1e6 / (time.perf_counter() - started):.1f} MB/s",
            )
        )
    except ImportError:
        pass
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    database_arguments(parser)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    queries = real_queries(args.queries, rng)
    _, cleanup = prepare(args)
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from pypinyin import lazy_pinyin

        from xuanyong.search.query import Filters
        from xuanyong.search.selectors import search, suggest

        call_command("migrate", verbosity=0)
        if args.db == "postgres":
            # Measure a settled database, as autovacuum leaves it: an earlier run's rolled-back
            # inserts (the throughput test) would otherwise trigger a vacuum mid-measurement.
            from django.db import connection

            with connection.cursor() as cursor:
                cursor.execute("VACUUM (ANALYZE) search_searchdocument")
        for q in queries[:20]:  # warm caches and the segmenter
            search(q, Filters(), log_misses=False)
        search_ms = timed(lambda q: search(q, Filters(), log_misses=False), queries)
        prefixes = [q[: rng.randint(1, 3)] for q in queries] + [
            "".join(lazy_pinyin(q[:3]))[: rng.randint(2, 6)] for q in queries[:300]
        ]
        suggest_ms = timed(suggest, prefixes)
        from xuanyong.catalog.models import Offering
        from xuanyong.content.models import Article

        docs = Offering.objects.count(), Article.objects.count()
        throughput = indexing_throughput(queries)
    finally:
        cleanup()
    print(
        f"database: {args.db}; offerings {docs[0]:,}, articles {docs[1]:,}; {len(queries)} real queries, single process\n"
    )
    print(f"{'operation':<34} {'n':>5} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  target")
    for name, samples, target in (
        ("search (top 10 + facet counts)", search_ms, "p95 ≤ 30 ms"),
        ("autocomplete", suggest_ms, "p95 ≤ 10 ms"),
    ):
        p50, p95, p99 = percentiles(samples)
        print(f"{name:<34} {len(samples):>5} {p50:7.1f} {p95:7.1f} {p99:7.1f}  {target}")
    print()
    for name, value in throughput:
        print(f"{name:<52} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
