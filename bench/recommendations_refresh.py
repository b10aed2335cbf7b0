"""推荐阅读 upkeep at scale, in the database: what a publish costs, and what the nightly rebuild costs.

On the sample data grown to N articles (``load-sample --scale N``, or ``--data-dir`` /
``--pg-name`` for a database already loaded), times in this single process:

- storing the terms of articles written in bulk without them (the loader writes none);
- the full rebuild (every list, plus the stored IDF and inverted index from
  ``CONTENT_RECOMMENDATIONS_INDEX_FROM`` live articles);
- one article's refresh on publish through the stored index, for recently published articles;
- the same refresh re-weighing the whole corpus, as a site below the threshold does.

    .venv/bin/python bench/recommendations_refresh.py [--scale 100000] [--db sqlite|postgres]
        [--data-dir DIR | --pg-name NAME] [--refreshes 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from search_latency import database_arguments, percentiles, prepare


def seconds(fn: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    database_arguments(parser)
    parser.add_argument("--refreshes", type=int, default=20)
    args = parser.parse_args()
    _, cleanup = prepare(args)
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.test.utils import override_settings

        from xuanyong.content import related
        from xuanyong.content.models import Article, RecommendationPosting, RecommendationTerm

        call_command("migrate", verbosity=0)
        live = Article.objects.published()
        articles = live.count()
        filled, fill_s = seconds(lambda: related.terms_fill(live))
        _, rebuild_s = seconds(related.related_rebuild)
        terms, postings = RecommendationTerm.objects.count(), RecommendationPosting.objects.count()
        recent = list(live.order_by("-published_at").values_list("pk", flat=True)[: args.refreshes])
        indexed_ms = []
        for pk in recent:
            started = time.perf_counter()
            related.related_refresh(pk)
            indexed_ms.append(1000 * (time.perf_counter() - started))
        with override_settings(CONTENT_RECOMMENDATIONS_INDEX_FROM=articles + 1):
            _, full_s = seconds(lambda: related.related_refresh(recent[0]))
    finally:
        cleanup()
    print(f"database: {args.db}; live articles {articles:,}; single process\n")
    print(f"{'step':<62} {'seconds':>9}")
    print(f"{f'store terms of {filled:,} articles loaded without them':<62} {fill_s:9.1f}")
    print(f"{f'full rebuild, storing {terms:,} IDF terms and {postings:,} postings':<62} {rebuild_s:9.1f}")
    print(f"{'one refresh, re-weighing the whole corpus (below the threshold)':<62} {full_s:9.1f}")
    p50, p95, _ = percentiles(indexed_ms) if len(indexed_ms) > 1 else (indexed_ms[0],) * 3
    print(
        f"\none refresh through the stored index, {len(indexed_ms)} recent articles: "
        f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {max(indexed_ms):.0f} ms, "
        f"mean {statistics.mean(indexed_ms):.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
