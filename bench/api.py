"""Open API latency at 10⁴ offerings, then the bulk paths' figures (import rows/s, open-data export).

Loads the sample data grown to N offerings (``load-sample --scale N``) into a fresh SQLite
database unless ``--data-dir`` points at one already loaded, then times, in this single process
and through the whole Django stack (middleware, ETag, serialisation; Django's test client), the
offering list with facet counts for random categories and filters, the offering detail and the
search, each as a client meeting it for the first time (no If-None-Match). Prints p50 / p95.
Then runs bench/catalog_import.py and bench/open_data.py and prints their tables.

    .venv/bin/python bench/api.py [--scale 10000] [--data-dir DIR] [--requests 400] [--skip-bulk]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from search_latency import database_arguments, percentiles, prepare, real_queries, timed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    database_arguments(parser)
    parser.set_defaults(scale=10000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--skip-bulk", action="store_true", help="only the API latencies")
    args = parser.parse_args()
    rng = random.Random(11)
    queries = real_queries(args.requests, rng)
    _, cleanup = prepare(args)
    os.environ["ALLOWED_HOSTS"] = "testserver"
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.test import Client

        from xuanyong.catalog.models import Attribute, Category, Offering

        call_command("migrate", verbosity=0)
        client = Client()
        leaves = list(Category.objects.filter(parent__isnull=False))
        schema = {
            c.pk: [a for a in c.attributes.all() if a.kind in ("bool", "choice", "multi")] for c in leaves
        }

        def list_url() -> str:
            category = rng.choice(leaves)
            params = [
                f"category={category.slug}",
                f"sort={rng.choice(['default', 'rating', 'price', 'newest'])}",
            ]
            for attr in rng.sample(schema[category.pk], min(len(schema[category.pk]), rng.randint(0, 2))):
                code = "1" if attr.kind == Attribute.Kind.BOOL else rng.choice(attr.choices)[0]
                params.append(f"{attr.key}={code}")
            return "/api/v1/offerings?" + "&".join(params)

        slugs = list(Offering.objects.published().values_list("slug", flat=True))
        lists = [list_url() for _ in range(args.requests)]
        details = [f"/api/v1/offerings/{rng.choice(slugs)}" for _ in range(args.requests)]
        searches = [f"/api/v1/search?q={q}" for q in queries]

        def fetch(url: str) -> None:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code, response.content[:200])

        for url in lists[:20] + details[:20] + searches[:20]:  # warm the process (segmenter, menus)
            fetch(url)
        rows = [
            ("GET /offerings (filters + facet counts)", timed(fetch, lists)),
            ("GET /offerings/{slug}", timed(fetch, details)),
            ("GET /search", timed(fetch, searches)),
        ]
        offerings = Offering.objects.count()
    finally:
        cleanup()
    print(
        f"\nAPI on SQLite, {offerings:,} offerings, single process, Django test client (full middleware stack)\n"
    )
    print(f"{'operation':<42} {'n':>5} {'p50 ms':>7} {'p95 ms':>7}  target")
    for name, samples in rows:
        p50, p95, _ = percentiles(samples)
        print(f"{name:<42} {len(samples):>5} {p50:>7.1f} {p95:>7.1f}  p95 ≤ 30 ms")
    if not args.skip_bulk:
        for script in ("catalog_import.py", "open_data.py"):
            print(f"\n== bench/{script}", flush=True)
            subprocess.run([sys.executable, str(ROOT / "bench" / script)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
