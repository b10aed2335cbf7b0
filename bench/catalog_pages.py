"""Requests per second and latency of the catalog pages under load.

Grows the sample data to N offerings and articles (`xuanyong load-sample --scale N`) in a
temporary data directory (SQLite, or a fresh PostgreSQL database with --db postgres), serves it
with `xuanyong serve --workers 2` (gunicorn, DEBUG off, page cache off) on loopback, and drives
each page with wrk: a category page with two facets, one offering page, 200 offering pages in
rotation and the compare page. Each URL is fetched once first; a page that does not answer 200
shows its status instead of a rate. wrk runs on the same machine as gunicorn, so both share its
cores. Prints a table, with the server's CPU time per request (from /proc), which other load on
the machine hardly changes.

    .venv/bin/python bench/catalog_pages.py [--scale N] [--duration S] [--connections C]
        [--db sqlite|postgres] [--data-dir DIR] [--keep]

--data-dir DIR reuses DIR when it already holds a loaded SQLite database (no loading), and
otherwise loads into it and keeps it; without it a temporary directory is used, kept with --keep.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from _serve import (
    CATEGORY_FACETS,
    PYTHON,
    WORKERS,
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

PG_SERVER = "postgres://postgres@127.0.0.1:5432"
CATEGORY = "收银系统"
SAMPLE_SIZE = 200
SAMPLE_SEED = 20260
TARGET_RPS = 500
# Run by `xuanyong manage shell -c`; the parameters are prepended as Python literals.
PICK_CODE = """
import json, random
from xuanyong.catalog.models import Category, Offering
category = Category.objects.get(name=CATEGORY)
published = Offering.objects.filter(status="published")
in_category = list(published.filter(primary_category=category).order_by("id").values_list("slug", flat=True)[:3])
slugs = list(published.order_by("id").values_list("slug", flat=True))
sample = random.Random(SEED).sample(slugs, min(SAMPLE_SIZE, len(slugs)))
print("xuanyong-bench " + json.dumps({
    "category": category.slug, "in_category": in_category, "sample": sample,
    "offerings": Offering.objects.count(), "published": len(slugs),
}))
"""


@dataclass
class Picks:
    category: str
    in_category: list[str]
    sample: list[str]
    offerings: int
    published: int


def create_database(name: str) -> None:
    if shutil.which("createdb"):
        run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], dict(os.environ), 60, "createdb")
        return
    code = f"import psycopg\npsycopg.connect({PG_SERVER + '/postgres'!r}, autocommit=True).execute('CREATE DATABASE {name}')"
    run([str(PYTHON), "-c", code], dict(os.environ), 60, "CREATE DATABASE")


def drop_database(name: str) -> None:
    try:
        if shutil.which("dropdb"):
            argv = ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", "--force", name]
            run(argv, dict(os.environ), 60, "dropdb")
            return
        code = (
            f"import psycopg\npsycopg.connect({PG_SERVER + '/postgres'!r}, autocommit=True)"
            f".execute('DROP DATABASE IF EXISTS {name} WITH (FORCE)')"
        )
        run([str(PYTHON), "-c", code], dict(os.environ), 60, "DROP DATABASE")
    except BenchError as exc:
        print(f"warning: could not drop the database {name}: {exc}", file=sys.stderr)


def pick_urls(env: dict[str, str]) -> Picks:
    params = f"CATEGORY = {CATEGORY!r}\nSEED = {SAMPLE_SEED}\nSAMPLE_SIZE = {SAMPLE_SIZE}\n"
    picks = Picks(**shell_json(env, params + PICK_CODE, "picking URLs"))
    if not picks.in_category:
        raise BenchError(f"no published offering in the category {CATEGORY}")
    return picks


def targets_for(picks: Picks) -> list[Target]:
    category = f"/c/{picks.category}/{CATEGORY_FACETS}"
    offering = f"/p/{picks.in_category[0]}/"
    compare = f"/compare/?o={','.join(picks.in_category)}"
    return [
        Target("category, 2 facets", category, [category]),
        Target("offering", offering, [offering]),
        Target(f"offering ×{len(picks.sample)} rotating", f"/p/<{len(picks.sample)} random>/", [
            f"/p/{slug}/" for slug in picks.sample
        ]),
        Target("compare, 3 offerings", compare, [compare]),
    ]  # fmt: skip


def print_table(rows: list[Row]) -> None:
    def cell(value: float | None, digits: int) -> str:
        return "–" if value is None else f"{value:.{digits}f}"

    header = ("page", "URL", "status", "req/s", "p50 ms", "p95 ms", "p99 ms", "CPU ms/req")
    body = [
        (
            r.page, r.shown, r.status, cell(r.rps, 0), cell(r.p50_ms, 1), cell(r.p95_ms, 1), cell(r.p99_ms, 1),
            cell(r.cpu_ms, 2),
        )
        for r in rows
    ]  # fmt: skip
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    for n, line in enumerate([header, *body]):
        left = [f"{v:<{w}}" for v, w in zip(line[:3], widths[:3], strict=True)]
        right = [f"{v:>{w}}" for v, w in zip(line[3:], widths[3:], strict=True)]
        print("  ".join(left + right).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for r in rows:
        if r.errors:
            print(f"warning: {r.page}: {r.errors} failed requests (non-2xx/3xx, socket errors or timeouts)")


def print_target(rows: list[Row]) -> None:
    offering_rows = [r for r in rows if r.page.startswith("offering") and r.rps is not None]
    if not offering_rows:
        print(f"target: offering page ≥ {TARGET_RPS} req/s uncached — not measured")
        return
    worst = min(r.rps or 0.0 for r in offering_rows)
    verdict = "met" if worst >= TARGET_RPS else "MISSED"
    print(
        f"target: offering page ≥ {TARGET_RPS} req/s uncached — {verdict} (slowest offering run {worst:.0f} req/s)"
    )
    costs = [r.cpu_ms for r in offering_rows if r.cpu_ms]
    if costs:
        cores = os.cpu_count() or 1
        print(
            f"the server spent up to {max(costs):.2f} ms CPU per offering request: at most "
            f"{cores * 1000 / max(costs):.0f} req/s on {cores} idle cores before wrk takes its share"
        )


def bench(args: argparse.Namespace, work: Path) -> int:
    wrk = ensure_wrk()
    env = server_env()

    if args.data_dir:
        data_dir = Path(args.data_dir).resolve()
        keep_data = True
    else:
        data_dir = Path(tempfile.mkdtemp(prefix="xuanyong-bench-data-"))
        keep_data = args.keep
    env["XUANYONG_DATA_DIR"] = str(data_dir)
    database = ""
    server: subprocess.Popen[bytes] | None = None
    try:
        if args.db == "postgres":
            database = f"xuanyong_bench_{os.getpid()}_{secrets.token_hex(3)}"
            create_database(database)
            env["DATABASE_URL"] = f"{PG_SERVER}/{database}"
        reuse = args.db == "sqlite" and (data_dir / "xuanyong.sqlite3").exists()
        if reuse:
            print(f"reusing the data in {data_dir} (no loading)")
        else:
            data_dir.mkdir(parents=True, exist_ok=True)
            where = f"PostgreSQL database {database}" if database else f"SQLite in {data_dir}"
            print(f"loading the sample data at scale {args.scale} into {where}…", flush=True)
            try:
                print(f"loading took {load_data(env, args.scale):.1f} s")
            except BaseException:
                if args.db == "sqlite":  # never leave a half-loaded database to be reused later
                    for name in ("xuanyong.sqlite3", "xuanyong.sqlite3-wal", "xuanyong.sqlite3-shm"):
                        (data_dir / name).unlink(missing_ok=True)
                raise
        picks = pick_urls(env)
        if picks.offerings < args.scale:
            print(f"note: the database holds {picks.offerings} offerings, fewer than --scale {args.scale}")

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        serving_env = {
            **env, "SECRET_KEY": secrets.token_urlsafe(50), "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "XUANYONG_PAGE_CACHE": "0",  # the target is the render's: bench/pages.py measures both
        }  # fmt: skip
        log = work / "serve.log"
        server = start_server(serving_env, port, log)
        ready = wait_ready(server, base, log)
        print(f"gunicorn answers after {ready:.1f} s (collectstatic included)")

        cores = os.cpu_count() or 1
        busy = cpu_busy()
        if busy > 0.1:
            print(f"note: the cores were {busy:.0%} busy before the run: other processes compete with it")
        print(
            f"\n{picks.offerings} offerings ({picks.published} published) on {args.db}; gunicorn {WORKERS} sync "
            f"workers, file cache; wrk -t2 -c{args.connections} -d{args.duration}s per URL on {base}.\n"
            f"wrk and gunicorn share this machine's {cores} cores, so the rates are a floor for the server alone.",
            flush=True,
        )
        rows = []
        for n, target in enumerate(targets_for(picks)):
            print(f"  {target.page}…", flush=True)
            script = lua_script(work, f"wrk-{n}", target.paths)
            rows.append(measure(wrk, base, target, script, args.duration, args.connections, server.pid))
        if server.poll() is not None:
            raise BenchError(f"xuanyong serve exited during the run:\n{tail(log)}")
        print()
        print_table(rows)
        print_target(rows)
        if any(r.status.startswith("5") for r in rows):
            print(f"\nthe server answered 5xx; the end of its log:\n{tail(log, 20)}")
        return 0
    finally:
        if server is not None:
            stop_server(server)
        if database:
            drop_database(database)
        if keep_data:
            if not args.data_dir:
                print(f"kept the data in {data_dir}; reuse it with --data-dir {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=int, default=100_000, help="offerings and articles (default 100000)")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per URL (default 15)")
    parser.add_argument("--connections", type=int, default=16, help="open connections (default 16)")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--data-dir", help="reuse (or load once into) this data directory")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = parser.parse_args()
    if args.scale < 1 or args.duration < 1 or args.connections < 2:
        parser.error("--scale and --duration must be positive and --connections at least 2 (wrk -t2)")
    return run_bench(lambda work: bench(args, work))


if __name__ == "__main__":
    sys.exit(main())
