"""How long `xuanyong backup` and `xuanyong restore` take, and how large a backup is.

Loads the sample site (optionally grown with `load-sample --scale N`) into a temporary data
directory, on SQLite and, when DATABASE_URL points at a PostgreSQL server, in a new database
there; then times `xuanyong backup DIR` and `xuanyong restore DIR` into a second, empty site, as
an operator runs them. Prints a table.

    .venv/bin/python bench/backup_restore.py [--scale 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

XUANYONG = Path(sys.executable).with_name("xuanyong")


def run(env: dict[str, str], *args: str) -> float:
    started = time.monotonic()
    subprocess.run([str(XUANYONG), *args], env=env, check=True, capture_output=True, text=True)
    return time.monotonic() - started


def postgres_url(database: str) -> str:
    base = os.environ["DATABASE_URL"]
    return base.rsplit("/", 1)[0] + "/" + database


def admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
        conn.execute(sql)


def measure(engine: str, scale: int, work: Path) -> dict[str, object]:
    base = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    base["XUANYONG_EAGER_TASKS"] = "1"
    source = {**base, "XUANYONG_DATA_DIR": str(work / f"{engine}-source")}
    target = {**base, "XUANYONG_DATA_DIR": str(work / f"{engine}-target")}
    databases = []
    if engine == "postgresql":
        tag = uuid.uuid4().hex[:8]
        databases = [f"xy_bench_src_{tag}", f"xy_bench_dst_{tag}"]
        admin(f'CREATE DATABASE "{databases[0]}"')
        source["DATABASE_URL"], target["DATABASE_URL"] = (postgres_url(d) for d in databases)
    try:
        run(source, "load-sample", *(["--scale", str(scale)] if scale else []))
        backup = work / f"{engine}-backup"
        backup_s = run(source, "backup", str(backup))
        manifest = json.loads((backup / "manifest.json").read_text(encoding="utf-8"))
        restore_s = run(target, "restore", str(backup))
        return {
            "engine": engine,
            "rows": sum(t["rows"] for t in manifest["tables"].values()),
            "dump MB": manifest["database"]["bytes"] / 1e6,
            "backup s": backup_s,
            "restore s": restore_s,
        }
    finally:
        for database in databases:
            admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=0, help="grow offerings and articles to N rows each")
    args = parser.parse_args()
    engines = ["sqlite"] + (
        ["postgresql"] if os.environ.get("DATABASE_URL", "").startswith("postgres") else []
    )
    with tempfile.TemporaryDirectory() as tmp:
        results = [measure(engine, args.scale, Path(tmp)) for engine in engines]
    print(f"\nbackup and restore of the sample site{f' at --scale {args.scale}' if args.scale else ''}")
    print(f"{'engine':<12}{'rows':>10}{'dump MB':>10}{'backup s':>10}{'restore s':>11}")
    for r in results:
        print(
            f"{r['engine']:<12}{r['rows']:>10}{r['dump MB']:>10.1f}{r['backup s']:>10.2f}{r['restore s']:>11.2f}"
        )
    print("(backup s and restore s are whole commands, Python start-up and checksums included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
