"""Where a page's time goes, in one process: CPU per request, template rendering, queries.

Serves the demo sample through Django's test client with the settings `xuanyong serve` uses
(DEBUG off, file cache, hashed static files), the page cache off unless --page-cache, and prints
for each page the CPU time per request, the part of it spent rendering templates, the queries a
request makes and the page's size. The client sends no User-Agent, as wrk does in bench/pages.py.
--profile PAGE adds cProfile's costliest functions for that page, --queries each page's SQL.

    .venv/bin/python bench/page_profile.py [--data-dir DIR] [--requests N] [--page-cache]
        [--profile PAGE] [--queries] [PAGE ...]

--data-dir DIR reuses a directory bench/pages.py (or `xuanyong load-sample`) loaded; without it
the sample is loaded into a temporary one.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from _serve import CATEGORY_FACETS, BenchError, load_data

CATEGORY = "收银系统"
PAGES = ("bare", "home", "category", "offering", "article", "articles", "search", "ranking")


def setup(data_dir: Path, page_cache: bool) -> None:
    os.environ.update(
        XUANYONG_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="bare_site.settings", DEBUG="0",
        XUANYONG_CACHE="file", XUANYONG_STATIC_MANIFEST="1", SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver", XUANYONG_PAGE_CACHE="1" if page_cache else "0",
    )  # fmt: skip
    for name in ("DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def urls() -> dict[str, str]:
    from xuanyong.catalog.models import Category, Offering
    from xuanyong.content.models import Article

    category = Category.objects.get(name=CATEGORY)
    offering = Offering.objects.published().filter(primary_category=category).order_by("id").first()
    article = Article.objects.newest_first().first()
    if offering is None or article is None:
        raise BenchError(f"the sample has no published offering in {CATEGORY} or no live article")
    return {
        "bare": "/bench/bare/",
        "home": "/",
        "category": f"/c/{category.slug}/{CATEGORY_FACETS}",
        "offering": offering.get_absolute_url(),
        "article": article.get_absolute_url(),
        "articles": "/a/",
        "search": f"/search/?q={quote('收银')}",
        "ranking": f"/rank/{category.slug}/",
    }


@contextmanager
def render_timer() -> Iterator[list[float]]:
    """CPU seconds spent in top-level template renders while it is open."""
    from django.template import base

    spent = [0.0]
    depth = [0]
    original = base.Template.render

    def timed(self: base.Template, context: Any) -> Any:
        depth[0] += 1
        started = time.process_time()
        try:
            return original(self, context)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[0] += time.process_time() - started

    base.Template.render = timed  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        base.Template.render = original  # type: ignore[method-assign]


def queries_of(get: Callable[[], Any]) -> list[str]:
    from django.db import connection

    seen: list[str] = []

    def record(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        get()
    return seen


def measure(name: str, url: str, args: argparse.Namespace) -> None:
    from django.test import Client

    client = Client()
    response = client.get(url)
    if response.status_code != 200:
        print(f"{name:<10} answers {response.status_code}")
        return
    for _ in range(20):  # warm: the cached parts are in the cache now
        client.get(url)
    sql = queries_of(lambda: client.get(url))
    with render_timer() as rendering:
        started = time.process_time()
        for _ in range(args.requests):
            client.get(url)
        cpu = time.process_time() - started
    print(
        f"{name:<10} {cpu / args.requests * 1000:8.2f} {rendering[0] / args.requests * 1000:10.2f} "
        f"{len(sql):8d} {len(response.content):8d}  {url}"
    )
    if args.queries:
        for statement in sql:
            print(f"             {statement[:200]}")
    if name == args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.requests):
            client.get(url)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(40)
        print(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pages", nargs="*", metavar="PAGE", help=f"some of {', '.join(PAGES)} (default all)")
    parser.add_argument("--data-dir", help="a data directory with the sample loaded")
    parser.add_argument("--requests", type=int, default=300, help="requests per page (default 300)")
    parser.add_argument("--page-cache", action="store_true", help="with the page cache on")
    parser.add_argument("--profile", choices=PAGES, help="print cProfile's top functions for this page")
    parser.add_argument("--queries", action="store_true", help="print each page's SQL")
    args = parser.parse_args()
    if unknown := set(args.pages) - set(PAGES):
        parser.error(f"no such page: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="xuanyong-profile-") as tmp:
        data_dir = Path(args.data_dir).resolve() if args.data_dir else Path(tmp)
        try:
            if not (data_dir / "xuanyong.sqlite3").exists():
                print(f"loading the demo sample into {data_dir}…", flush=True)
                load_data({**os.environ, "XUANYONG_DATA_DIR": str(data_dir), "LOG_LEVEL": "WARNING"}, 0)
            setup(data_dir, args.page_cache)
            found = urls()
        except BenchError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"{'page':<10} {'CPU ms':>8} {'render ms':>10} {'queries':>8} {'bytes':>8}  URL")
        for name in args.pages or PAGES:
            measure(name, found[name], args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
