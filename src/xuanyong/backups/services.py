"""Back up the platform (database, uploads, a manifest) and restore it onto an empty database.

A backup directory holds ``manifest.json``, the database (``database.sqlite3`` taken with SQLite's
online backup API, or ``database.pgdump`` from ``pg_dump -Fc``) and ``files/`` with the public
uploads (``media``) and the private review proofs (``review-proofs``). The manifest records each
table's rows and checksum, taken from the same snapshot the copy was made from, and every file's
size and SHA-256. A restore checks the backup against its manifest before it touches anything,
refuses a database or upload folder that is not empty, and checks the result table by table.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from . import snapshot

FORMAT = "xuanyong-backup/1"
MANIFEST = "manifest.json"
DUMP_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
# The tables the platform exists for; the summary line names them.
KEY_TABLES = {"leads_lead": "需求", "reviews_review": "评价", "content_article": "文章"}
CHUNK = 1 << 20


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why, in Chinese."""


@dataclass
class Outcome:
    path: Path
    manifest: dict[str, Any]
    seconds: float
    pruned: list[Path] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(t["rows"] for t in self.manifest["tables"].values())

    @property
    def file_bytes(self) -> int:
        return sum(f["bytes"] for f in self.manifest["files"].values())

    def key_counts(self) -> str:
        tables = self.manifest["tables"]
        return "、".join(f"{label} {tables[t]['rows']}" for t, label in KEY_TABLES.items() if t in tables)


def file_roots() -> dict[str, Path]:
    return {
        "media": Path(settings.MEDIA_ROOT),
        "review-proofs": Path(settings.REVIEWS_PROOF_ROOT),
        "credentials": Path(settings.CREDENTIALS_EVIDENCE_ROOT),
    }


def engine() -> str:
    vendor = connection.vendor
    if vendor not in DUMP_FILES:
        raise BackupError(f"不支持备份 {vendor} 数据库：仅支持 SQLite 与 PostgreSQL。")
    return vendor


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _files_under(root: Path) -> Iterator[Path]:
    if root.is_dir():
        yield from sorted(p for p in root.rglob("*") if p.is_file())


# --- PostgreSQL: the client tools get the connection from the environment, never argv --------


def _pg_env(database: str | None = None) -> dict[str, str]:
    conf = connection.settings_dict
    env = {**os.environ, "PGDATABASE": database or conf["NAME"]}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if conf.get(key):
            env[var] = str(conf[key])
    if conf.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = conf["OPTIONS"]["sslmode"]
    return env


def _pg_tool(name: str, *args: str) -> None:
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(
            f"找不到 {name}：请安装 PostgreSQL 客户端（postgresql-client，主版本不低于服务器）。"
        )
    result = subprocess.run([tool, *args], env=_pg_env(), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{name} 失败：{result.stderr.strip()[-2000:]}")


def _pg_database_ensure() -> None:
    """Create the configured database when it does not exist yet (a new server)."""
    import psycopg
    from psycopg import sql

    conf = connection.settings_dict
    params = {
        k: v
        for k, v in {"host": conf.get("HOST"), "port": conf.get("PORT"), "user": conf.get("USER"),
                     "password": conf.get("PASSWORD")}.items()
        if v
    }  # fmt: skip
    try:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (conf["NAME"],)).fetchone()
            if not exists:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(conf["NAME"])))
    except psycopg.Error as exc:
        raise BackupError(f"无法连接或创建数据库 {conf['NAME']}：{exc}") from exc


# --- Backup -------------------------------------------------------------------------------


def _dump_sqlite(path: Path) -> dict[str, dict[str, Any]]:
    connection.ensure_connection()
    live: sqlite3.Connection = connection.connection
    copy = sqlite3.connect(path)
    try:
        live.backup(copy)  # a consistent snapshot, page by page, while the site keeps running
        # The copy keeps the live file's WAL mode, which a read-only backup folder cannot open.
        copy.execute("PRAGMA journal_mode=DELETE")
        cursor = copy.cursor()
        if cursor.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError("备份副本未通过 SQLite 完整性检查，请检查磁盘后重试。")
        return snapshot.summarize(cursor, snapshot.sqlite_tables(cursor))
    finally:
        copy.close()


def _dump_postgresql(path: Path) -> dict[str, dict[str, Any]]:
    # One snapshot for the dump and the manifest: pg_dump reads the transaction's exported snapshot.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot_id = cursor.fetchone()[0]
        _pg_tool("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot_id}",
                 f"--file={path}")  # fmt: skip
        return snapshot.summarize(cursor, snapshot.postgresql_tables(cursor))


def _copy_files(destination: Path) -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    for name, root in file_roots().items():
        for source in _files_under(root):
            relative = f"{name}/{source.relative_to(root).as_posix()}"
            target = destination / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                shutil.copy2(source, target)
            except FileNotFoundError:  # deleted since listed (an account erased, a file replaced)
                continue
            files[relative] = {"bytes": target.stat().st_size, "sha256": _sha256(target)}
    return files


def backup_create(target: Path, *, prune: bool = False) -> Outcome:
    started = time.monotonic()
    target = target.resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(f"{target} 已存在且不是空目录：备份不会覆盖已有文件，请指定新目录。")
    kind = engine()
    if "django_migrations" not in connection.introspection.table_names():
        raise BackupError("数据库里还没有任何表，没有可备份的数据（先运行 xuanyong demo 或 migrate）。")
    # Built next to the target and renamed at the end: a backup that failed never looks complete.
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(mode=0o700, parents=True)  # it holds personal data
    try:
        dump = partial / DUMP_FILES[kind]
        tables = _dump_sqlite(dump) if kind == "sqlite" else _dump_postgresql(dump)
        files = _copy_files(partial / "files")
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "xuanyong_version": version("xuanyong"),
            "engine": kind,
            "database": {"file": dump.name, "bytes": dump.stat().st_size, "sha256": _sha256(dump)},
            "tables": tables,
            "files": files,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        if target.exists():
            target.rmdir()
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    outcome = Outcome(target, manifest, time.monotonic() - started)
    if prune:
        outcome.pruned = backups_prune(target.parent, keep_days=settings.BACKUP_RETENTION_DAYS, keep=target)
    return outcome


def manifest_read(directory: Path) -> dict[str, Any] | None:
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


def backups_prune(root: Path, *, keep_days: int, keep: Path | None = None) -> list[Path]:
    """Delete the backups in ``root`` older than ``keep_days`` (never ``keep``, the newest)."""
    cutoff = timezone.now() - dt.timedelta(days=keep_days)
    pruned = []
    for child in sorted(root.iterdir()):
        manifest = manifest_read(child) if child.is_dir() and child != keep else None
        if manifest and dt.datetime.fromisoformat(manifest["created_at"]) < cutoff:
            shutil.rmtree(child)
            pruned.append(child)
    return pruned


# --- Restore ------------------------------------------------------------------------------


def _backup_verify(source: Path) -> dict[str, Any]:
    manifest = manifest_read(source)
    if manifest is None:
        raise BackupError(
            f"{source} 里没有可识别的备份清单（{MANIFEST}）：请指定 xuanyong backup 生成的目录。"
        )
    kind = engine()
    if manifest["engine"] != kind:
        raise BackupError(
            f"这份备份来自 {ENGINE_NAMES[manifest['engine']]}，当前配置的是 {ENGINE_NAMES[kind]}："
            "请在同类数据库上恢复（DATABASE_URL 决定使用哪一种）。"
        )
    dump = source / manifest["database"]["file"]
    if not dump.is_file() or _sha256(dump) != manifest["database"]["sha256"]:
        raise BackupError(f"数据库备份文件 {dump.name} 缺失或已损坏（校验和与清单不符），未做任何改动。")
    for relative, meta in manifest["files"].items():
        path = source / "files" / relative
        if not path.is_file() or _sha256(path) != meta["sha256"]:
            raise BackupError(f"备份中的文件 {relative} 缺失或已损坏（校验和与清单不符），未做任何改动。")
    return manifest


def _sqlite_target() -> Path:
    return Path(connection.settings_dict["NAME"])


def _target_ensure_empty(kind: str) -> None:
    if kind == "sqlite":
        path = _sqlite_target()
        if path.exists() and path.stat().st_size:
            existing = sqlite3.connect(path)
            try:
                tables = snapshot.sqlite_tables(existing.cursor())
            finally:
                existing.close()
            if tables:
                raise BackupError(
                    f"目标数据库 {path} 不是空的：恢复只写入空数据库，请换一个数据目录或先移走该文件。"
                )
    else:
        _pg_database_ensure()
        with connection.cursor() as cursor:
            if snapshot.postgresql_tables(cursor):
                name = connection.settings_dict["NAME"]
                raise BackupError(
                    f"目标数据库 {name} 不是空的：恢复只写入空数据库，请新建一个数据库（createdb）。"
                )
    for name, root in file_roots().items():
        if next(_files_under(root), None) is not None:
            raise BackupError(f"上传文件目录 {root}（{name}）不是空的：恢复不会覆盖已有文件。")


def _load_sqlite(dump: Path) -> dict[str, dict[str, Any]]:
    target = _sqlite_target()
    target.parent.mkdir(parents=True, exist_ok=True)
    connection.close()
    source = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
    restored = sqlite3.connect(target)
    try:
        source.backup(restored)
        cursor = restored.cursor()
        return snapshot.summarize(cursor, snapshot.sqlite_tables(cursor))
    finally:
        source.close()
        restored.close()


def _load_postgresql(dump: Path) -> dict[str, dict[str, Any]]:
    _pg_tool("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
             f"--dbname={connection.settings_dict['NAME']}", str(dump))  # fmt: skip
    with connection.cursor() as cursor:
        return snapshot.summarize(cursor, snapshot.postgresql_tables(cursor))


def _restore_files(source: Path, manifest: dict[str, Any]) -> list[str]:
    roots, problems = file_roots(), []
    for relative, meta in manifest["files"].items():
        name, _, rest = relative.partition("/")
        target = roots[name] / rest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / "files" / relative, target)
        if _sha256(target) != meta["sha256"]:
            problems.append(f"文件 {relative} 恢复后校验和不一致")
    return problems


def pending_migrations() -> int:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def backup_restore(source: Path) -> Outcome:
    """Restore ``source`` onto the configured (empty) database and upload folders, then check it."""
    started = time.monotonic()
    source = source.resolve()
    manifest = _backup_verify(source)
    kind = manifest["engine"]
    _target_ensure_empty(kind)
    dump = source / manifest["database"]["file"]
    restored = _load_sqlite(dump) if kind == "sqlite" else _load_postgresql(dump)
    problems = snapshot.differences(manifest["tables"], restored) + _restore_files(source, manifest)
    if problems:
        raise BackupError("恢复后的数据与备份清单不一致：\n  " + "\n  ".join(problems))
    return Outcome(source, manifest, time.monotonic() - started)
