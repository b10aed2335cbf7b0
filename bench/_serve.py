"""What the page benchmarks share: `xuanyong serve` started and stopped, wrk driven, server CPU read.

Used by bench/catalog_pages.py and bench/pages.py. The server runs in its own session, so its
process group (gunicorn master and workers) can be stopped at once and its CPU time read from /proc.
"""

from __future__ import annotations

import json
import os
import re
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
XUANYONG = REPO / ".venv" / "bin" / "xuanyong"
PYTHON = REPO / ".venv" / "bin" / "python"
WORKERS = 2
LOAD_TIMEOUT_S = 3600
READY_TIMEOUT_S = 180
COMMAND_TIMEOUT_S = 300
WRK_GRACE_S = 60  # on top of --duration before a wrk run counts as hung
WRK_REQUEST_TIMEOUT = "30s"  # wrk's default 2 s would drop slow responses from the latencies
# The category page with two facets both benchmarks load.
CATEGORY_FACETS = "?deployment=saas&offline_mode=1"

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


class BenchError(Exception):
    """A step failed; the message says which and why."""


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


def server_env() -> dict[str, str]:
    """This environment without what would change the setup under test (database, Redis, cache,
    worker count): the benches serve exactly the embedded setup they describe."""
    env = {**os.environ}
    for name in ("VIRTUAL_ENV", "DATABASE_URL", "REDIS_URL", "XUANYONG_CACHE", "WEB_CONCURRENCY"):
        env.pop(name, None)
    return env


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


def shell_json(env: dict[str, str], code: str, what: str) -> dict[str, Any]:
    """Run ``code`` in `xuanyong manage shell`; the JSON it printed after ``xuanyong-bench ``."""
    out = run([str(XUANYONG), "manage", "shell", "-c", code], env, COMMAND_TIMEOUT_S, what)
    for line in out.splitlines():
        if line.startswith("xuanyong-bench "):
            found: dict[str, Any] = json.loads(line.removeprefix("xuanyong-bench "))
            return found
    raise BenchError(f"{what} printed no result:\n{out[-2000:]}")


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


def load_data(env: dict[str, str], scale: int) -> float:
    """`xuanyong load-sample [--scale N]`, its progress shown as it goes; returns seconds taken."""
    started = time.monotonic()
    argv = [str(XUANYONG), "load-sample", *(["--scale", str(scale)] if scale else [])]
    try:
        done = subprocess.run(argv, env=env, timeout=LOAD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"load-sample took longer than {LOAD_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        raise BenchError(f"load-sample failed (exit {done.returncode}); its output is above")
    return time.monotonic() - started


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


def start_server(
    env: dict[str, str], port: int, log: Path, extra: tuple[str, ...] = ()
) -> subprocess.Popen[bytes]:
    argv = [
        str(XUANYONG),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(WORKERS),
        *extra,
    ]
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


def lua_script(work: Path, name: str, paths: list[str], headers: dict[str, str] | None = None) -> Path:
    body = "".join(f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}\n" for k, v in (headers or {}).items())
    if len(paths) > 1:
        body += WRK_ROTATE % ", ".join(json.dumps(p) for p in paths)
    script = work / f"{name}.lua"
    script.write_text(body + WRK_DONE, encoding="utf-8")
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
    """Fetch each path once (a page that does not answer 200 shows its status instead of a rate),
    then load the first with wrk (or all of them in rotation when the script says so)."""
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


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # run the finally blocks: stop the server, remove the data


def run_bench(bench: Callable[[Path], int]) -> int:
    """``bench(work)`` with a temporary work directory; a failed step, Ctrl-C or SIGTERM end it
    with a message, after its own clean-up (stopping the server) has run."""
    if not XUANYONG.exists():
        print(f"error: {XUANYONG} is missing; run `make .venv` first", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, _terminate)
    try:
        with tempfile.TemporaryDirectory(prefix="xuanyong-bench-") as tmp:
            return bench(Path(tmp))
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the server is stopped", file=sys.stderr)
        return 130
