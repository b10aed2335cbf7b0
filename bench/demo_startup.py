"""How long `make demo` takes from a fresh clone until the home page answers.

Clones this repository into a temporary folder, runs `make demo` there on a free port with an
empty data directory, and polls http://127.0.0.1:PORT/ until it answers 200. Then stops it and
starts it again (virtualenv and database already there) to time a warm start. Prints a table.

    .venv/bin/python bench/demo_startup.py [--skip-cold]
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TIMEOUT_S = 600


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def time_until_ready(workdir: Path, data_dir: Path) -> float:
    port = free_port()
    env = {**os.environ, "XUANYONG_DATA_DIR": str(data_dir)}
    env.pop("VIRTUAL_ENV", None)
    started = time.monotonic()
    proc = subprocess.Popen(
        ["make", "demo", f"DEMO_ARGS=--port {port}"],
        cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        while time.monotonic() - started < TIMEOUT_S:
            if proc.poll() is not None:
                raise RuntimeError(f"make demo exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    if response.status == 200:
                        return time.monotonic() - started
            except OSError:
                time.sleep(0.2)
        raise TimeoutError("the demo did not answer in time")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--skip-cold", action="store_true", help="only time a warm start (no fresh install)")
    args = parser.parse_args()
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="xuanyong-bench-") as tmp:
        clone = Path(tmp) / "main"
        subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
        data_dir = Path(tmp) / "var"
        if args.skip_cold:
            subprocess.run(["make", ".venv"], cwd=clone, check=True, stdout=subprocess.DEVNULL)
        else:
            rows.append(
                (
                    "fresh clone → page answers (venv + install + migrate + sample data)",
                    time_until_ready(clone, data_dir),
                )
            )
        rows.append(("warm start (venv and database exist)", time_until_ready(clone, data_dir)))
    width = max(len(name) for name, _ in rows)
    print(f"{'make demo':<{width}}  seconds")
    print(f"{'-' * width}  -------")
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
