"""Analytics: event recording cost, rollup time and dashboard response time at 10⁷ raw events.

For each database (a temporary SQLite data directory, and a fresh PostgreSQL database
``xy_analytics_bench`` dropped afterwards) a child process migrates, loads the sample data, then:

1. middleware: N page views through ``AnalyticsMiddleware`` with real requests (cookies of a
   returning visitor who came through a share link, a real URL resolved to a real offering or
   article), the view replaced by a pre-rendered page so only the analytics work is timed —
   building the event, the buffer, and the bulk flushes (with their slug → id queries) it triggers;
2. full page: the same offering pages through Django's whole stack with and without the
   middleware, alternating, so the difference is the overhead a visitor actually sees;
3. bulk load: ``--events`` raw events over 30 days with one ``INSERT … SELECT`` (a recursive CTE on
   SQLite, ``generate_series`` on PostgreSQL), then every day rolled up;
4. dashboard: ``/ops/`` for the last 30 days as an editor (median of 5 after a warm-up), one CSV
   export, a vendor portal's ``offering_views`` for 10 offerings, and re-rolling today (what a
   dashboard request costs once every ``ANALYTICS_LIVE_SECONDS``).

    .venv/bin/python bench/events.py [--events N] [--db sqlite|postgres|both] [--views N]

At 10⁷ events a run takes about 5 minutes on SQLite and 6 on PostgreSQL on 2 cores (mostly the
bulk insert, ~1–2 min, and rolling up 31 days, ~3–4 min) and ~1.7 GB of disk for SQLite;
``--events 100000`` takes about 45 seconds each.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PG_NAME = "xy_analytics_bench"
DAYS = 30
BROWSER_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=10_000_000, help="raw events to generate (default 10⁷)")
    parser.add_argument("--views", type=int, default=20_000, help="page views through the middleware")
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--child", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args)), flush=True)
        return
    results = {db: spawn(db, args) for db in (["sqlite", "postgres"] if args.db == "both" else [args.db])}
    print_table(results, args.events)


def spawn(db: str, args: argparse.Namespace) -> dict[str, Any]:
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="xuanyong.settings",
        LOG_LEVEL="WARNING",
        ALLOWED_HOSTS="testserver",
    )
    env.pop("REDIS_URL", None)
    with tempfile.TemporaryDirectory(prefix="xy-events-") as data_dir:
        env["XUANYONG_DATA_DIR"] = data_dir
        if db == "postgres":
            _pg(f'DROP DATABASE IF EXISTS "{PG_NAME}" WITH (FORCE)')
            _pg(f'CREATE DATABASE "{PG_NAME}"')
            env["DATABASE_URL"] = f"{PG_SERVER}/{PG_NAME}"
        else:
            env.pop("DATABASE_URL", None)
        try:
            command = [
                sys.executable,
                __file__,
                "--child",
                db,
                "--events",
                str(args.events),
                "--views",
                str(args.views),
            ]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        finally:
            if db == "postgres":
                _pg(f'DROP DATABASE IF EXISTS "{PG_NAME}" WITH (FORCE)')
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])  # type: ignore[no-any-return]
    raise SystemExit(f"{db} run failed:\n{out.stdout[-3000:]}\n{out.stderr[-5000:]}")


def _pg(sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def child(args: argparse.Namespace) -> dict[str, Any]:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from xuanyong.demo.sample import load_sample

    load_sample()
    result: dict[str, Any] = {}
    result.update(bench_middleware(args.views))
    result.update(bench_full_page())
    result.update(bench_bulk(args.events))
    result.update(bench_dashboard())
    return result


def _paths() -> list[str]:
    from xuanyong.catalog.models import Offering
    from xuanyong.content.models import Article

    offerings = [f"/p/{slug}/" for slug in Offering.objects.published().values_list("slug", flat=True)[:100]]
    articles = [f"/a/{slug}/" for slug in Article.objects.values_list("slug", flat=True)[:40]]
    return offerings + articles


def bench_middleware(views: int) -> dict[str, Any]:
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.urls import resolve

    from xuanyong.analytics import buffer
    from xuanyong.analytics.middleware import AnalyticsMiddleware
    from xuanyong.analytics.models import Event
    from xuanyong.analytics.tracking import CHANNEL_COOKIE, SESSION_COOKIE, Touches, channel_cookie_value
    from xuanyong.lib.visitor import COOKIE_NAME

    paths = _paths()
    factory = RequestFactory()
    now = int(time.time())
    cookies = {
        COOKIE_NAME: "benchVisitor0000000001",
        SESSION_COOKIE: "benchSession00000001",
        CHANNEL_COOKIE: channel_cookie_value(Touches(1, now, 2, now)),
    }
    page = HttpResponse(
        "<!doctype html><title>x</title>" + "x" * 20_000, content_type="text/html; charset=utf-8"
    )
    matches = {path: resolve(path) for path in paths}
    requests = []
    for i in range(views):
        path = paths[i % len(paths)]
        request = factory.get(path, HTTP_USER_AGENT=BROWSER_UA, HTTP_REFERER="https://mp.weixin.qq.com/s/x")
        request.COOKIES.update(cookies)
        request.resolver_match = matches[path]  # as Django's URL resolver does before the view
        requests.append(request)
    middleware = AnalyticsMiddleware(lambda request: page)
    buffer.flush()
    before = Event.objects.count()
    started = time.perf_counter()
    for request in requests:
        middleware(request)
    buffer.flush()  # what is left is written too, and counted in the time
    elapsed = time.perf_counter() - started
    written = Event.objects.count() - before
    assert written == views, (written, views)
    return {"mw_events_per_s": views / elapsed, "mw_ms_per_view": elapsed * 1000 / views}


def bench_full_page(rounds: int = 600) -> dict[str, Any]:
    from django.conf import settings
    from django.test import Client, override_settings

    from xuanyong.analytics import buffer

    paths = [p for p in _paths() if p.startswith("/p/")][:50]
    without = [m for m in settings.MIDDLEWARE if "analytics" not in m]
    with_client = Client(HTTP_USER_AGENT=BROWSER_UA)
    with_client.get(paths[0])
    with override_settings(MIDDLEWARE=without):
        plain_client = Client(HTTP_USER_AGENT=BROWSER_UA)
        plain_client.get(paths[0])  # the handler loads its middleware chain now, without analytics
    for path in paths:  # warm the page caches for both
        with_client.get(path)
        plain_client.get(path)
    timings: dict[str, list[float]] = {"with": [], "without": []}
    for i in range(rounds):
        path = paths[i % len(paths)]
        for name, client in (("with", with_client), ("without", plain_client)):
            started = time.perf_counter()
            response = client.get(path)
            timings[name].append(time.perf_counter() - started)
            assert response.status_code == 200
    buffer.flush()
    with_ms = statistics.median(timings["with"]) * 1000
    without_ms = statistics.median(timings["without"]) * 1000
    return {"page_ms_with": with_ms, "page_ms_without": without_ms}


def bench_bulk(events: int) -> dict[str, Any]:
    from datetime import timedelta

    from django.db import connection
    from django.utils import timezone

    from xuanyong.analytics.models import Channel, Event
    from xuanyong.analytics.rollups import rollup_range
    from xuanyong.catalog.models import Category, Offering
    from xuanyong.content.models import Article

    offering_ids = list(Offering.objects.values_list("id", flat=True))
    category_ids = list(Category.objects.values_list("id", flat=True))
    article_ids = list(Article.objects.values_list("id", flat=True))
    channel_ids = list(Channel.objects.values_list("id", flat=True))
    Event.objects.all().delete()
    end = int(time.time())
    start = end - DAYS * 86400
    step = DAYS * 86400 / events
    visitors = max(events // 8, 1)
    # Columns as functions of the row number n: a fixed, realistic mix of kinds and dimensions.
    kind = (
        "CASE WHEN n % 100 < 60 THEN 'view' WHEN n % 100 < 75 THEN 'read' WHEN n % 100 < 83 THEN 'search' "
        "WHEN n % 100 < 86 THEN 'search_no_result' WHEN n % 100 < 92 THEN 'cta_click' "
        "WHEN n % 100 < 94 THEN 'compare' WHEN n % 100 < 97 THEN 'lead_submit' "
        "WHEN n % 100 < 98 THEN 'lead_status_change' ELSE 'review_submit' END"
    )
    o_min, o_span = min(offering_ids), max(offering_ids) - min(offering_ids) + 1
    c_min, c_span = min(category_ids), max(category_ids) - min(category_ids) + 1
    a_min, a_span = min(article_ids), max(article_ids) - min(article_ids) + 1
    ch = f"CASE WHEN n % 3 = 0 THEN {min(channel_ids)} + (n / 3) % {len(channel_ids)} ELSE NULL END"
    columns = {
        "kind": kind,
        "visitor_id": f"'v' || ((n * 7919) % {visitors})",
        "session_id": f"'s' || ((n * 7919) % {visitors}) || '-' || (n / 50000)",
        "channel_id": ch,
        "first_channel_id": ch,
        "referrer_host": "CASE WHEN n % 4 = 0 THEN 'mp.weixin.qq.com' ELSE '' END",
        "device": "CASE WHEN n % 10 < 6 THEN 'mobile' WHEN n % 10 < 9 THEN 'desktop' ELSE 'tablet' END",
        "object_type": "CASE WHEN n % 100 < 40 THEN 'offering' WHEN n % 100 < 75 THEN 'article' ELSE '' END",
        "object_id": f"CASE WHEN n % 100 < 40 THEN {o_min} + n % {o_span} WHEN n % 100 < 75 THEN {a_min} + n % {a_span} "
        "WHEN n % 100 BETWEEN 94 AND 97 THEN n ELSE NULL END",
        "object_key": "''",
        "offering_id": f"CASE WHEN n % 100 < 40 OR n % 100 >= 86 THEN {o_min} + n % {o_span} ELSE NULL END",
        "category_id": f"{c_min} + n % {c_span}",
        "article_id": f"CASE WHEN n % 100 >= 40 AND n % 100 < 75 THEN {a_min} + n % {a_span} ELSE NULL END",
        "term": "CASE WHEN n % 100 BETWEEN 75 AND 85 THEN 'term' || (n % 500) ELSE '' END",
        "detail": "CASE WHEN n % 100 = 97 THEN 'won' ELSE '' END",
    }
    if connection.vendor == "postgresql":
        when = f"to_timestamp({start} + n * {step})"
        source = f"generate_series(0::bigint, {events - 1}::bigint) AS g(n)"
        prefix = ""
    else:
        when = f"strftime('%Y-%m-%d %H:%M:%f', {start} + n * {step}, 'unixepoch')"
        source = "seq"
        prefix = (
            f"WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < {events - 1}) "
        )
    names = ", ".join(["created_at", *columns])
    values = ", ".join([when, *columns.values()])
    started = time.perf_counter()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"INSERT INTO analytics_event ({names}) {prefix}SELECT {values} FROM {source}")
        else:
            cursor.execute(f"INSERT INTO analytics_event ({names}) SELECT {values} FROM {source}")
            cursor.execute("ANALYZE analytics_event")
    insert_s = time.perf_counter() - started
    today = timezone.localdate()
    started = time.perf_counter()
    rollup_range(today - timedelta(days=DAYS), today)
    rollup_s = time.perf_counter() - started
    return {
        "events": Event.objects.count(),
        "insert_s": insert_s,
        "rollup_s": rollup_s,
        "rollup_days": DAYS + 1,
    }


def bench_dashboard() -> dict[str, Any]:
    from datetime import timedelta

    from django.test import Client
    from django.utils import timezone

    from xuanyong.accounts.models import Role
    from xuanyong.accounts.services import user_grant_role, user_signup
    from xuanyong.analytics.rollups import rollup_day
    from xuanyong.analytics.selectors import offering_views
    from xuanyong.catalog.models import Offering

    editor = user_signup(
        email="bench-ops@example.com", display_name="压测运营", password="bench-password-2026"
    )
    user_grant_role(user=editor, role=Role.EDITOR)
    client = Client(HTTP_USER_AGENT=BROWSER_UA)
    client.force_login(editor)
    assert client.get("/ops/").status_code == 200  # warm-up
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        response = client.get("/ops/")
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200
    started = time.perf_counter()
    assert client.get("/ops/export/funnel-channel.csv").status_code == 200
    csv_ms = (time.perf_counter() - started) * 1000
    today = timezone.localdate()
    ids = list(Offering.objects.values_list("id", flat=True)[:10])
    started = time.perf_counter()
    views = offering_views(ids, today - timedelta(days=29), today)
    portal_ms = (time.perf_counter() - started) * 1000
    assert views, "the portal sees views"
    started = time.perf_counter()
    rollup_day(today)
    today_s = time.perf_counter() - started
    return {
        "dashboard_ms": statistics.median(timings) * 1000,
        "csv_ms": csv_ms,
        "portal_ms": portal_ms,
        "reroll_today_s": today_s,
    }


def print_table(results: dict[str, dict[str, Any]], events: int) -> None:
    rows = [
        ("raw events generated", "events", "{:,.0f}"),
        ("bulk insert (s)", "insert_s", "{:.1f}"),
        ("roll up 31 days (s)", "rollup_s", "{:.1f}"),
        ("middleware: events recorded / s", "mw_events_per_s", "{:,.0f}"),
        ("middleware: ms per page view", "mw_ms_per_view", "{:.3f}"),
        ("offering page, without analytics (ms, p50)", "page_ms_without", "{:.2f}"),
        ("offering page, with analytics (ms, p50)", "page_ms_with", "{:.2f}"),
        ("/ops/ dashboard, 30 days (ms, p50)", "dashboard_ms", "{:.0f}"),
        ("CSV export funnel-channel (ms)", "csv_ms", "{:.0f}"),
        ("portal offering_views, 10 offerings (ms)", "portal_ms", "{:.1f}"),
        ("re-roll today, every 10 min (s)", "reroll_today_s", "{:.2f}"),
    ]
    dbs = list(results)
    print(f"\nAnalytics at {events:,} raw events over {DAYS} days")
    print(f"| measure | {' | '.join(dbs)} |")
    print(f"|---|{'---:|' * len(dbs)}")
    for label, key, fmt in rows:
        print(f"| {label} | {' | '.join(fmt.format(results[db][key]) for db in dbs)} |")


if __name__ == "__main__":
    main()
