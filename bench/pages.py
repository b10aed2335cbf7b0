"""Requests per second of the public pages next to a bare Django page, page cache off and on.

Loads the demo sample (`xuanyong load-sample`) into a temporary data directory (SQLite), then
serves it twice with `xuanyong serve --workers 2` (gunicorn, DEBUG off, the file cache it sets
up), first with XUANYONG_PAGE_CACHE=0 and then with the page cache on, and drives each page with
wrk on loopback: home, a category with two facets, an offering, an article, a search and a
category ranking, and the bare page. The bare page (bench/bare_site/urls.py, `/bench/bare/`)
renders one SQLite row in a small template; the same server, settings and middleware serve it
(bench/bare_site/settings.py puts it in front of the project's URLs). It is measured first and last
in each run, and the ratios are to the mean of the two.

Each URL is fetched once first (so the cached run measures hits); a page that does not answer 200
shows its status instead of a rate. wrk runs on the same machine as gunicorn, so both share its
cores: read the ratios, and the server's CPU time per request (from /proc), which other load on
the machine hardly changes.

wrk sends no User-Agent, so the site takes it for a bot: no read counting, no page-view events.
That is kept on purpose (the rendering is measured, not the analytics); --browser-ua sends a
browser's User-Agent instead, so each article request also counts a read and every page records
its view event.

    .venv/bin/python bench/pages.py [--duration S] [--connections C] [--data-dir DIR] [--browser-ua]

--data-dir DIR reuses DIR when it already holds a loaded database, and otherwise loads into it
and keeps it.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from _serve import (
    CATEGORY_FACETS,
    COMMAND_TIMEOUT_S,
    REPO,
    WORKERS,
    XUANYONG,
    BenchError,
    Row,
    Target,
    cpu_busy,
    ensure_wrk,
    free_port,
    load_data,
    lua_script,
    measure,
    run,
    run_bench,
    server_env,
    shell_json,
    start_server,
    stop_server,
    tail,
    wait_ready,
)

CATEGORY = "收银系统"
SEARCH = "收银"
BARE = "bare page"
GOAL_UNCACHED = 0.3
GOAL_CACHED = 1.0
BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
)

# Run by `xuanyong manage shell -c`; CATEGORY is prepended as a Python literal.
PICK_CODE = """
import json
from xuanyong.catalog.models import Category, Offering
from xuanyong.content.models import Article
category = Category.objects.get(name=CATEGORY)
offering = Offering.objects.published().filter(primary_category=category).order_by("id").first()
article = Article.objects.newest_first().first()
print("xuanyong-bench " + json.dumps({
    "category": category.slug, "offering": offering and offering.slug, "article": article and article.slug,
}))
"""


@dataclass
class Result:
    target: Target
    off: Row  # page cache off
    on: Row  # page cache on


def targets_for(picks: dict[str, str]) -> list[Target]:
    if not picks["offering"] or not picks["article"]:
        raise BenchError(f"the sample has no published offering in {CATEGORY} or no live article")
    pages = [
        ("home", "/"),
        ("category, 2 facets", f"/c/{picks['category']}/{CATEGORY_FACETS}"),
        ("offering", f"/p/{picks['offering']}/"),
        ("article", f"/a/{picks['article']}/"),
        ("search", f"/search/?q={quote(SEARCH)}"),
        ("ranking", f"/rank/{picks['category']}/"),
    ]
    return [Target(page, unquote(path), [path]) for page, path in pages]


def serve_and_measure(
    args: argparse.Namespace,
    wrk: str,
    env: dict[str, str],
    work: Path,
    targets: list[Target],
    page_cache: bool,
) -> tuple[list[Row], Row, Row]:
    """One server run: the bare page, each target, the bare page again."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server_env = {**env, "XUANYONG_PAGE_CACHE": "1" if page_cache else "0"}
    shutil.rmtree(Path(env["XUANYONG_DATA_DIR"]) / "cache", ignore_errors=True)  # both runs start cold
    log = work / f"serve-{int(page_cache)}.log"
    # The first run collected the static files into the data directory already.
    server = start_server(server_env, port, log, () if not page_cache else ("--no-collectstatic",))
    try:
        ready = wait_ready(server, base, log)
        state = "on" if page_cache else "off"
        print(f"page cache {state}: gunicorn answers after {ready:.1f} s", flush=True)
        headers = {"User-Agent": BROWSER_UA} if args.browser_ua else {}
        bare = Target(BARE, "/bench/bare/", ["/bench/bare/"])

        def one(target: Target, n: int) -> Row:
            print(f"  {target.page}…", flush=True)
            script = lua_script(work, f"wrk-{state}-{n}", target.paths, headers)
            return measure(wrk, base, target, script, args.duration, args.connections, server.pid)

        first = one(bare, 0)
        rows = [one(target, n) for n, target in enumerate(targets, start=1)]
        last = one(bare, len(targets) + 1)
        if server.poll() is not None:
            raise BenchError(f"xuanyong serve exited during the run:\n{tail(log)}")
        if any(r.status.startswith("5") for r in [first, *rows, last]):
            print(f"the server answered 5xx; the end of its log:\n{tail(log, 20)}")
        return rows, first, last
    finally:
        stop_server(server)


def mean_bare(first: Row, last: Row) -> Row:
    def mean(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else (a + b) / 2

    return Row(
        BARE, first.shown, first.status if first.status != "200" else last.status,
        rps=mean(first.rps, last.rps), p50_ms=mean(first.p50_ms, last.p50_ms),
        p99_ms=mean(first.p99_ms, last.p99_ms), cpu_ms=mean(first.cpu_ms, last.cpu_ms),
        errors=first.errors + last.errors,
    )  # fmt: skip


def _cell(value: float | None, digits: int) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _rate(row: Row) -> str:
    return row.status if row.rps is None else f"{row.rps:.0f}"


def _ratio(row: Row, bare: Row) -> str:
    if row.rps is None or not bare.rps:
        return "–"
    return f"{row.rps / bare.rps:.2f}×"


def print_table(results: list[Result], bare_off: Row, bare_on: Row) -> None:
    header = (
        "page", "URL", "off req/s", "off ×bare", "on req/s", "on ×bare",
        "CPU ms off", "CPU ms on", "p50 ms off/on", "p99 ms off/on",
    )  # fmt: skip
    lines = [header]
    for result in [Result(Target(BARE, "/bench/bare/", []), bare_off, bare_on), *results]:
        off, on = result.off, result.on
        lines.append(
            (
                result.target.page, result.target.shown,
                _rate(off), _ratio(off, bare_off), _rate(on), _ratio(on, bare_on),
                _cell(off.cpu_ms, 2), _cell(on.cpu_ms, 2),
                f"{_cell(off.p50_ms, 1)}/{_cell(on.p50_ms, 1)}", f"{_cell(off.p99_ms, 1)}/{_cell(on.p99_ms, 1)}",
            )
        )  # fmt: skip
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for n, line in enumerate(lines):
        left = [f"{v:<{w}}" for v, w in zip(line[:2], widths[:2], strict=True)]
        right = [f"{v:>{w}}" for v, w in zip(line[2:], widths[2:], strict=True)]
        print("  ".join(left + right).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for row in [bare_off, bare_on, *(r for res in results for r in (res.off, res.on))]:
        if row.errors:
            print(
                f"warning: {row.page}: {row.errors} failed requests (non-2xx/3xx, socket errors or timeouts)"
            )


def print_goals(results: list[Result], bare_off: Row, bare_on: Row) -> None:
    """The goals by req/s, and by CPU time per request, which the machine's other load hardly moves."""
    for label, goal, bare, rows in (
        ("uncached", GOAL_UNCACHED, bare_off, [r.off for r in results]),
        ("cached", GOAL_CACHED, bare_on, [r.on for r in results]),
    ):
        by_rps = [r.rps / bare.rps for r in rows if r.rps and bare.rps]
        by_cpu = [bare.cpu_ms / r.cpu_ms for r in rows if r.cpu_ms and bare.cpu_ms]
        if len(by_rps) < len(results):
            print(f"goal: {label} ≥ {goal}× the bare page on every page — not measured on every page")
            continue
        verdict = "met" if min(by_rps) >= goal else "MISSED"
        cpu = f"; by CPU per request the slowest is {min(by_cpu):.2f}×" if len(by_cpu) == len(results) else ""
        print(
            f"goal: {label} ≥ {goal}× the bare page on every page — {verdict} (slowest {min(by_rps):.2f}×{cpu})"
        )


def bench(args: argparse.Namespace, work: Path) -> int:
    wrk = ensure_wrk()
    env = server_env()
    keep_data = bool(args.data_dir)
    data_dir = Path(args.data_dir).resolve() if args.data_dir else work / "data"
    env["XUANYONG_DATA_DIR"] = str(data_dir)
    try:
        if (data_dir / "xuanyong.sqlite3").exists():
            print(f"reusing the data in {data_dir} (no loading)")
            run([str(XUANYONG), "manage", "migrate", "--no-input"], env, COMMAND_TIMEOUT_S, "migrate")
        else:
            data_dir.mkdir(parents=True, exist_ok=True)
            print(f"loading the demo sample into SQLite in {data_dir}…", flush=True)
            print(f"loading took {load_data({**env, 'LOG_LEVEL': 'WARNING'}, 0):.1f} s")
        targets = targets_for(shell_json(env, f"CATEGORY = {CATEGORY!r}\n" + PICK_CODE, "picking URLs"))
        env.update(
            SECRET_KEY=secrets.token_urlsafe(50), DEBUG="0", ALLOWED_HOSTS="127.0.0.1,localhost",
            DJANGO_SETTINGS_MODULE="bare_site.settings",
            PYTHONPATH=os.pathsep.join(p for p in (str(REPO / "bench"), env.get("PYTHONPATH", "")) if p),
        )  # fmt: skip
        busy = cpu_busy()
        if busy > 0.1:
            print(f"note: the cores were {busy:.0%} busy before the run: other processes compete with it")
        print(
            f"gunicorn {WORKERS} sync workers, file cache, SQLite, demo sample; wrk -t2 -c{args.connections} "
            f"-d{args.duration}s per URL{' with a browser User-Agent' if args.browser_ua else ' (no User-Agent)'}; "
            f"wrk and gunicorn share this machine's {os.cpu_count() or 1} cores.",
            flush=True,
        )
        rows_off, *bare_off = serve_and_measure(args, wrk, env, work, targets, page_cache=False)
        rows_on, *bare_on = serve_and_measure(args, wrk, env, work, targets, page_cache=True)
        results = [Result(*row) for row in zip(targets, rows_off, rows_on, strict=True)]
        off_mean, on_mean = mean_bare(*bare_off), mean_bare(*bare_on)
        print(
            f"\nbare page first/last: cache off {_cell(bare_off[0].rps, 0)}/{_cell(bare_off[1].rps, 0)} req/s, "
            f"cache on {_cell(bare_on[0].rps, 0)}/{_cell(bare_on[1].rps, 0)} req/s (the ratios use the mean)\n"
        )
        print_table(results, off_mean, on_mean)
        print()
        print_goals(results, off_mean, on_mean)
        return 0
    finally:
        if not keep_data:
            shutil.rmtree(data_dir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per URL (default 10)")
    parser.add_argument("--connections", type=int, default=32, help="open connections (default 32)")
    parser.add_argument("--data-dir", help="reuse (or load once into) this data directory")
    parser.add_argument("--browser-ua", action="store_true", help="send a browser's User-Agent (not a bot)")
    args = parser.parse_args()
    if args.duration < 1 or args.connections < 2:
        parser.error("--duration must be positive and --connections at least 2 (wrk -t2)")
    return run_bench(lambda work: bench(args, work))


if __name__ == "__main__":
    sys.exit(main())
