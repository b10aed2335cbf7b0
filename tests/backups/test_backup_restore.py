"""`xuanyong backup DIR` of a loaded sample site, `xuanyong restore DIR` elsewhere, compared.

The commands run as an operator runs them, in their own processes, on the engine this suite runs
on (SQLite, or PostgreSQL when DATABASE_URL is set). The comparison does not trust the manifest:
it opens both databases itself, counts every table and compares the leads, reviews and articles
row by row, and compares every uploaded file byte for byte.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dj_database_url
import pytest

XUANYONG = Path(sys.executable).with_name("xuanyong")
POSTGRES_URL = os.environ.get("DATABASE_URL", "")
KEY_TABLES = ("leads_lead", "reviews_review", "content_article")
UPLOADS = {
    Path("media/vendors/logo.png"): b"\x89PNG\r\n\x1a\n" + b"logo" * 100,
    Path("private/review-proofs/2026/12/合同.pdf"): b"%PDF-1.4 proof of use " * 50,
    Path("private/credentials/2026/12/等保备案证明.pdf"): b"%PDF-1.4 dengbao " * 40,
}


@dataclass
class Site:
    """One deployment: a data directory and, on PostgreSQL, its own database."""

    data_dir: Path
    database: str = ""

    @property
    def env(self) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"}}
        env = {**base, "XUANYONG_DATA_DIR": str(self.data_dir), "XUANYONG_EAGER_TASKS": "1"}
        if self.database:
            env["DATABASE_URL"] = _url_for(self.database)
        return env

    def run(self, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(XUANYONG), *args], env={**self.env, **extra}, capture_output=True, text=True, timeout=300,
            check=False,
        )  # fmt: skip

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        if self.database:
            import psycopg

            with psycopg.connect(_url_for(self.database)) as conn:
                return [tuple(row) for row in conn.execute(sql).fetchall()]
        with sqlite3.connect(self.data_dir / "xuanyong.sqlite3") as conn:
            return conn.execute(sql).fetchall()

    def tables(self) -> list[str]:
        if self.database:
            sql = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        else:
            sql = (
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"
            )
        return [name for (name,) in self.query(sql)]


def _url_for(database: str) -> str:
    conf = dj_database_url.parse(POSTGRES_URL)
    auth = conf["USER"] + (f":{conf['PASSWORD']}" if conf.get("PASSWORD") else "")
    return f"postgres://{auth}@{conf['HOST'] or '127.0.0.1'}:{conf['PORT'] or 5432}/{database}"


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(_url_for("postgres"), autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(scope="module")
def make_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    created: list[str] = []

    def make(name: str, *, create_database: bool = False) -> Site:
        data_dir = tmp_path_factory.mktemp(name)
        if not POSTGRES_URL:
            return Site(data_dir)
        database = f"xy_backup_{name}_{uuid.uuid4().hex[:8]}"
        created.append(database)
        if create_database:
            _admin(f'CREATE DATABASE "{database}"')
        return Site(data_dir, database)

    yield make
    for database in created:
        _admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture(scope="module")
def backed_up(make_site: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, Path]:
    """A sample site with uploads, and its backup."""
    site = make_site("source", create_database=True)
    loaded = site.run("load-sample")
    assert loaded.returncode == 0, loaded.stderr
    for relative, content in UPLOADS.items():
        (site.data_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        (site.data_dir / relative).write_bytes(content)
    backup = tmp_path_factory.mktemp("backups") / "nightly"
    result = site.run("backup", str(backup))
    assert result.returncode == 0, result.stderr
    assert "已备份到" in result.stdout
    return site, backup


def test_a_restored_site_holds_exactly_what_was_backed_up(
    backed_up: tuple[Site, Path], make_site: Any
) -> None:
    source, backup = backed_up
    target = make_site("restored")  # on PostgreSQL the restore creates the database
    result = target.run("restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert "每张表的行数与校验和都与备份一致" in result.stdout

    tables = source.tables()
    assert len(tables) > 50 and target.tables() == tables
    for table in tables:
        count = f'SELECT COUNT(*) FROM "{table}"'
        assert target.query(count) == source.query(count), table
    for table in KEY_TABLES:
        rows = source.query(f'SELECT * FROM "{table}" ORDER BY id')
        assert rows, f"the sample site has {table}"
        assert target.query(f'SELECT * FROM "{table}" ORDER BY id') == rows, table
    for relative, content in UPLOADS.items():
        assert (target.data_dir / relative).read_bytes() == content

    # The restored site takes new rows: its sequences came back too.
    added = target.run(
        "manage", "createsuperuser", "--no-input",
        DJANGO_SUPERUSER_EMAIL="after-restore@example.com", DJANGO_SUPERUSER_DISPLAY_NAME="恢复后",
        DJANGO_SUPERUSER_PASSWORD="correct-horse-battery-staple",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    users = 'SELECT COUNT(*) FROM "accounts_user"'
    assert target.query(users)[0][0] == source.query(users)[0][0] + 1


def test_the_backup_is_private_and_describes_itself(backed_up: tuple[Site, Path]) -> None:
    source, backup = backed_up
    assert backup.stat().st_mode & 0o077 == 0, "a backup holds personal data: owner only"
    manifest = json.loads((backup / "manifest.json").read_text(encoding="utf-8"))
    leads = source.query('SELECT COUNT(*) FROM "leads_lead"')[0][0]
    assert manifest["tables"]["leads_lead"]["rows"] == leads
    assert len(manifest["tables"]["reviews_review"]["sha256"]) == 64
    assert set(manifest["files"]) == {
        "media/vendors/logo.png", "review-proofs/2026/12/合同.pdf", "credentials/2026/12/等保备案证明.pdf",
    }  # fmt: skip
    assert not list(backup.parent.glob(".*partial*")), "no half-written backup left behind"
    if not source.database:  # rollback-journal mode: a read-only copy of the backup still opens
        assert (backup / "database.sqlite3").read_bytes()[18] == 1


def test_restore_refuses_a_database_that_is_not_empty(backed_up: tuple[Site, Path]) -> None:
    source, backup = backed_up
    before = source.query('SELECT COUNT(*) FROM "reviews_review"')
    result = source.run("restore", str(backup))
    assert result.returncode == 1
    assert "不是空的" in result.stderr
    assert source.query('SELECT COUNT(*) FROM "reviews_review"') == before


def test_restore_refuses_a_damaged_backup_and_writes_nothing(
    backed_up: tuple[Site, Path], make_site: Any, tmp_path: Path
) -> None:
    _, backup = backed_up
    damaged = tmp_path / "damaged"
    shutil.copytree(backup, damaged)
    dump = next(p for p in damaged.iterdir() if p.name.startswith("database."))
    with dump.open("r+b") as handle:
        handle.seek(dump.stat().st_size // 2)
        handle.write(b"\x00garbage\x00")
    target = make_site("damaged", create_database=True)
    result = target.run("restore", str(damaged))
    assert result.returncode == 1
    assert "已损坏" in result.stderr
    assert target.tables() == []
    assert not (target.data_dir / "media").exists()


def test_backup_refuses_to_overwrite_a_directory(backed_up: tuple[Site, Path]) -> None:
    source, backup = backed_up
    listing = sorted(p.name for p in backup.iterdir())
    result = source.run("backup", str(backup))
    assert result.returncode == 1
    assert "不是空目录" in result.stderr
    assert sorted(p.name for p in backup.iterdir()) == listing


@pytest.mark.skipif(not POSTGRES_URL, reason="restoring across engines needs a PostgreSQL backup")
def test_a_postgresql_backup_is_not_poured_into_sqlite(backed_up: tuple[Site, Path], tmp_path: Path) -> None:
    _, backup = backed_up
    result = Site(tmp_path).run("restore", str(backup))
    assert result.returncode == 1
    assert "这份备份来自 PostgreSQL，当前配置的是 SQLite" in result.stderr
