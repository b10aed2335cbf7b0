"""Requests per second and latency of the catalog pages under load.

Grows the sample data to N offerings and articles (`xuanyong load-sample --scale N`) in a
temporary data directory (SQLite, or a fresh PostgreSQL database with --db postgres), serves it
with `xuanyong serve --workers 2` (gunicorn, DEBUG off) on loopback, and drives each page with wrk:
a category page with two facets, one offering page, 200 offering pages in rotation and the compare
page. Each URL is fetched once first; a page that does not answer 200 shows its status instead of
a rate. wrk runs on the same machine as gunicorn, so both share its cores. Prints a table, with
the server's CPU time per request (from /proc), which other load on the machine hardly changes.

    .venv/bin/python bench/catalog_pages.py [--scale N] [--duration S] [--connections C]
        [--db sqlite|postgres] [--data-dir DIR] [--keep]

--data-dir DIR reuses DIR when it already holds a loaded SQLite database (no loading), and
otherwise loads into it and keeps it; without it a temporary directory is used, kept with --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parents[1]
XUANYONG = REPO / ".venv" / "bin" / "xuanyong"
PYTHON = REPO / ".venv" / "bin" / "python"
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
CATEGORY = "收银系统"
SAMPLE_SIZE = 200
SAMPLE_SEED = 20260
WORKERS = 2
TARGET_RPS = 500
LOAD_TIMEOUT_S = 3600
READY_TIMEOUT_S = 180
COMMAND_TIMEOUT_S = 300
WRK_GRACE_S = 60  # on top of --duration before a wrk run counts as hung
WRK_REQUEST_TIMEOUT = "30s"  # wrk's default 2 s would drop slow responses from the latencies

# Printed by the wrk `done` hook: latencies in microseconds from wrk's own histogram.
WRK_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "xuanyong-bench p50=%d p90=%d p95=%d p99=%d requests=%d status=%d connect=%d read=%d write=%d timeout=%d\\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    summary.requests, e.status, e.connect, e.read, e.write, e.timeout))
end
"""

# Each wrk thread walks the paths from its own offset, so no single row stays hot.
WRK_ROTATE = """
local paths = {%s}
local i = 0
local threads = 0
setup = function(thread)
  thread:set("offset", threads * 97)
  threads = threads + 1
end
init = function(args)
  i = offset or 0
end
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""

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


class BenchError(Exception):
    """A step failed; the message says which and why."""


@dataclass
class Picks:
    category: str
    in_category: list[str]
    sample: list[str]
    offerings: int
    published: int


@dataclass
class Target:
    page: str
    shown: str  # the path shown in the table
    paths: list[str]  # one path, or several for wrk to rotate through


@dataclass
class Row:
    page: str
    shown: str
    status: str
    rps: float | None = None
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    errors: int = 0
    requests: int = 0
    cpu_ms: float | None = None  # the server's CPU time per request (master and workers)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_busy(seconds: float = 1.0) -> float:
    """How busy the machine's cores are right now (0–1), from /proc/stat; 0 where unknown."""

    def sample() -> tuple[int, int]:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return 0.0
    return 1 - (idle1 - idle0) / max(total1 - total0, 1)


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def run(argv: list[str], env: dict[str, str], timeout: float, what: str) -> str:
    """Run a short command; its stdout, or BenchError with its stderr."""
    try:
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{what} took longer than {timeout:.0f} s") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip()[-2000:]
        raise BenchError(f"{what} failed (exit {done.returncode}):\n{detail}")
    return done.stdout


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    install = [*sudo, "apt-get", "install", "-y", "-q", "wrk"]
    print("wrk is missing: installing it with apt-get…", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(install, env=env, capture_output=True, timeout=COMMAND_TIMEOUT_S).returncode != 0:
        subprocess.run(
            [*sudo, "apt-get", "update", "-q"], env=env, capture_output=True, timeout=COMMAND_TIMEOUT_S
        )
        run(install, env, COMMAND_TIMEOUT_S, "apt-get install wrk")
    found = shutil.which("wrk")
    if not found:
        raise BenchError("wrk is still not on PATH after apt-get install wrk")
    return found


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


def load_data(env: dict[str, str], scale: int) -> float:
    """`xuanyong load-sample --scale N`, its progress shown as it goes; returns seconds taken."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [str(XUANYONG), "load-sample", "--scale", str(scale)],
            env=env,
            timeout=LOAD_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"load-sample took longer than {LOAD_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        raise BenchError(f"load-sample failed (exit {done.returncode}); its output is above")
    return time.monotonic() - started


def pick_urls(env: dict[str, str]) -> Picks:
    params = f"CATEGORY = {CATEGORY!r}\nSEED = {SAMPLE_SEED}\nSAMPLE_SIZE = {SAMPLE_SIZE}\n"
    out = run(
        [str(XUANYONG), "manage", "shell", "-c", params + PICK_CODE], env, COMMAND_TIMEOUT_S, "picking URLs"
    )
    for line in out.splitlines():
        if line.startswith("xuanyong-bench "):
            picks = Picks(**json.loads(line.removeprefix("xuanyong-bench ")))
            if not picks.in_category:
                raise BenchError(f"no published offering in the category {CATEGORY}")
            return picks
    raise BenchError(f"picking URLs printed no result:\n{out[-2000:]}")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # wrk does not follow redirects either: report the 3xx itself


_OPENER = urllib.request.build_opener(_NoRedirect)


def status_of(url: str, timeout: float = 30) -> int:
    try:
        with _OPENER.open(url, timeout=timeout) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def start_server(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    argv = [str(XUANYONG), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(WORKERS)]
    with log.open("wb") as err:
        # stdout is gunicorn's access log: one line a request, not worth keeping here.
        return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)


def wait_ready(proc: subprocess.Popen[bytes], base: str, log: Path) -> float:
    started = time.monotonic()
    while time.monotonic() - started < READY_TIMEOUT_S:
        if proc.poll() is not None:
            raise BenchError(f"xuanyong serve exited with {proc.returncode}:\n{tail(log)}")
        try:
            status_of(f"{base}/", timeout=5)  # any HTTP answer means gunicorn is up
            return time.monotonic() - started
        except OSError:
            time.sleep(0.3)
    raise BenchError(f"xuanyong serve did not answer within {READY_TIMEOUT_S} s:\n{tail(log)}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


def lua_script(work: Path, name: str, paths: list[str]) -> Path:
    body = WRK_DONE
    if len(paths) > 1:
        body = WRK_ROTATE % ", ".join(json.dumps(p) for p in paths) + body
    script = work / f"{name}.lua"
    script.write_text(body, encoding="utf-8")
    return script


def run_wrk(wrk: str, url: str, script: Path, duration: int, connections: int) -> Row:
    argv = [
        wrk, "-t2", f"-c{connections}", f"-d{duration}s", "--latency",
        "--timeout", WRK_REQUEST_TIMEOUT, "-s", str(script), url,
    ]  # fmt: skip
    try:
        done = subprocess.run(
            argv, capture_output=True, text=True, timeout=duration + WRK_GRACE_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"wrk on {url} did not finish in {duration + WRK_GRACE_S} s") from exc
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", done.stdout, re.MULTILINE)
    hook = re.search(r"^xuanyong-bench (.*)$", done.stdout, re.MULTILINE)
    if done.returncode != 0 or not rps or not hook:
        raise BenchError(f"wrk on {url} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    stats = {key: int(value) for key, value in (pair.split("=") for pair in hook.group(1).split())}
    errors = sum(stats[key] for key in ("status", "connect", "read", "write", "timeout"))
    return Row(
        page="", shown="", status="200", rps=float(rps.group(1)),
        p50_ms=stats["p50"] / 1000, p95_ms=stats["p95"] / 1000, p99_ms=stats["p99"] / 1000, errors=errors,
        requests=stats["requests"],
    )  # fmt: skip


def server_cpu_seconds(server_pid: int) -> float | None:
    """CPU time used so far by the server's process group (gunicorn master and workers).

    Unlike req/s it hardly depends on what else runs on the machine, so it shows what a change
    saves even on busy cores. None where /proc is unavailable.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    try:
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # the process ended meanwhile
            if int(fields[2]) == server_pid:  # pgrp: the server runs in its own session
                total += int(fields[11]) + int(fields[12])  # utime + stime
    except OSError:
        return None
    return total / ticks


def measure(
    wrk: str, base: str, target: Target, script: Path, duration: int, connections: int, server_pid: int
) -> Row:
    statuses = Counter(status_of(base + path) for path in target.paths)
    if set(statuses) != {200}:
        shown = ", ".join(
            f"{code}×{n}" if len(target.paths) > 1 else str(code) for code, n in sorted(statuses.items())
        )
        return Row(target.page, target.shown, shown)
    cpu_before = server_cpu_seconds(server_pid)
    row = run_wrk(wrk, base + target.paths[0], script, duration, connections)
    cpu_after = server_cpu_seconds(server_pid)
    if cpu_before is not None and cpu_after is not None and row.requests:
        row.cpu_ms = (cpu_after - cpu_before) * 1000 / row.requests
    row.page, row.shown = target.page, target.shown
    return row


def targets_for(picks: Picks) -> list[Target]:
    category = f"/c/{picks.category}/?deployment=saas&offline_mode=1"
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


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # run the finally blocks: stop the server, drop the database


def bench(args: argparse.Namespace, work: Path) -> int:
    wrk = ensure_wrk()
    env = {**os.environ}
    for name in ("VIRTUAL_ENV", "DATABASE_URL", "REDIS_URL", "XUANYONG_CACHE", "WEB_CONCURRENCY"):
        env.pop(name, None)  # the setup under test is exactly the one described above

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
        server_env = {
            **env, "SECRET_KEY": secrets.token_urlsafe(50), "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
        }  # fmt: skip
        log = work / "serve.log"
        server = start_server(server_env, port, log)
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
    if not XUANYONG.exists():
        print(f"error: {XUANYONG} is missing; run `make .venv` first", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, _terminate)
    try:
        with tempfile.TemporaryDirectory(prefix="xuanyong-bench-") as tmp:
            return bench(args, Path(tmp))
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the server is stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
