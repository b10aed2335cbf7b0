"""Write the open data (every dataset as JSONL and CSV, plus ``manifest.json``) and find the latest.

Layout of the export root (``OPEN_DATA_DIR`` by default)::

    <root>/20261215T193000Z/manifest.json, categories.jsonl, categories.csv, …
    <root>/latest -> 20261215T193000Z

An export is written into ``<root>/.partial-…`` and renamed into place once every file and the
manifest are on disk, then ``latest`` is swapped to it (a new symlink renamed over the old one):
both renames are atomic, so a reader sees the previous export or the new one, never half of one.
All datasets are read from one database snapshot, so the files agree with each other.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .selectors import DATASET_BY_NAME, DATASETS, PRODUCERS, Dataset, ExportContext, Row

FORMAT = "xuanyong-open-data/1"
SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
LATEST = "latest"
LICENCE = {
    "name": "CC BY 4.0",
    "title": "知识共享署名 4.0 国际许可协议",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
FORMATS = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}
MANIFEST_MEDIA_TYPE = "application/json; charset=utf-8"
EXPORT_NAME = re.compile(r"^\d{8}T\d{6}Z(?:-\d+)?$")
PARTIAL_PREFIX = ".partial-"
STALE_PARTIAL_SECONDS = 24 * 3600
CHUNK = 1 << 20


class OpenDataError(Exception):
    """An export that cannot go ahead; the message says why, in Chinese."""


@dataclass
class Export:
    path: Path
    manifest: dict[str, Any]
    seconds: float
    timings: list[tuple[tuple[str, ...], float]] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(d["rows"] for d in self.manifest["datasets"])


def page_url() -> str:
    return f"{settings.SITE_URL}{reverse('opendata:page')}"


def attribution() -> str:
    """The credit line the licence asks users to give."""
    return _("数据来源：%(site)s开放数据（%(url)s），采用 CC BY 4.0 许可。") % {
        "site": _(settings.XUANYONG_SITE_NAME),
        "url": page_url(),
    }


# --- writing ------------------------------------------------------------------------------------


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_PLAIN = {str, int, float}  # written as they are; bool is its own type, so it is not among them


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return _JSON.encode(value)
    return value


class _DatasetFiles:
    """One dataset's two files, written row by row."""

    def __init__(self, directory: Path, dataset: Dataset) -> None:
        self.dataset = dataset
        self.names = dataset.field_names
        self.rows = 0
        self.paths = {fmt: directory / f"{dataset.name}.{fmt}" for fmt in FORMATS}
        self.jsonl: IO[str] = self.paths["jsonl"].open("w", encoding="utf-8", newline="\n")
        self.csv_file: IO[str] = self.paths["csv"].open("w", encoding="utf-8", newline="")
        self.csv = csv.writer(self.csv_file)
        self.csv.writerow(self.names)

    def write(self, row: Row) -> None:
        values = [row[name] for name in self.names]  # the documented fields, in their order
        self.jsonl.write(_JSON.encode(dict(zip(self.names, values, strict=True))))
        self.jsonl.write("\n")
        self.csv.writerow([value if type(value) in _PLAIN else _cell(value) for value in values])
        self.rows += 1

    def close(self) -> None:
        self.jsonl.close()
        self.csv_file.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fields(dataset: Dataset) -> list[dict[str, str]]:
    return [{"name": f.name, "description": f.description} for f in dataset.fields]


@contextmanager
def read_snapshot() -> Iterator[None]:
    """One consistent view of the database for the whole export, without blocking writers."""
    if connection.in_atomic_block:  # the caller's transaction already is one (tests, a shell)
        yield
        return
    if connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
        return
    if connection.vendor != "sqlite":
        yield
        return
    # atomic() would BEGIN IMMEDIATE (settings: transaction_mode) and hold the write lock for the
    # whole export; a deferred transaction only reads, and in WAL mode it keeps the snapshot of its
    # first read until it ends while writers carry on.
    with connection.cursor() as cursor:
        cursor.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("COMMIT")


def _write_datasets(directory: Path, ctx: ExportContext) -> tuple[list[Any], list[Any], list[Any]]:
    files: list[dict[str, Any]] = []
    datasets: list[dict[str, Any]] = []
    timings: list[tuple[tuple[str, ...], float]] = []
    written: dict[str, _DatasetFiles] = {}
    for producer in PRODUCERS:
        started = time.perf_counter()
        writers = {name: _DatasetFiles(directory, DATASET_BY_NAME[name]) for name in producer.datasets}
        try:
            for name, row in producer.rows(ctx):
                writers[name].write(row)
        finally:
            for writer in writers.values():
                writer.close()
        written.update(writers)
        timings.append((producer.datasets, time.perf_counter() - started))
    for dataset in DATASETS:  # the manifest lists datasets in their documented order
        writer = written[dataset.name]
        names = []
        for fmt, path in writer.paths.items():
            names.append(path.name)
            files.append({
                "name": path.name, "dataset": dataset.name, "title": dataset.title, "format": fmt,
                "media_type": FORMATS[fmt], "encoding": "utf-8", "rows": writer.rows,
                "bytes": path.stat().st_size, "sha256": _sha256(path), "fields": _fields(dataset),
            })  # fmt: skip
        datasets.append({
            "name": dataset.name, "title": dataset.title, "description": dataset.description,
            "rows": writer.rows, "files": names, "fields": _fields(dataset),
        })  # fmt: skip
    return files, datasets, timings


def _export_name(root: Path, at: dt.datetime) -> str:
    base = at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    name, n = base, 1
    while (root / name).exists():
        n += 1
        name = f"{base}-{n}"
    return name


def _export_order(name: str) -> tuple[str, int]:
    """Oldest first: by time, then by the suffix of exports made within the same second."""
    base, _, n = name.partition("-")
    return base, int(n or 1)


def _point_latest(root: Path, name: str) -> None:
    link = root / f".{LATEST}-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(name, link)
    os.replace(link, root / LATEST)


def open_data_export(*, root: Path, keep: int | None = None) -> Export:
    """Write a new export under ``root`` and point ``latest`` at it; with ``keep``, prune to that many."""
    started = time.monotonic()
    if "catalog_offering" not in connection.introspection.table_names():
        raise OpenDataError("数据库里还没有任何表，没有可导出的数据（先运行 xuanyong demo 或 migrate）。")
    root = root.resolve()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OpenDataError(f"无法创建目录 {root}：{exc.strerror or exc}") from exc
    generated_at = timezone.now()
    name = _export_name(root, generated_at)
    partial = root / f"{PARTIAL_PREFIX}{name}-{os.getpid()}"
    ctx = ExportContext(as_of=timezone.localdate(generated_at), site_url=settings.SITE_URL)
    try:
        partial.mkdir()
        with read_snapshot():
            files, datasets, timings = _write_datasets(partial, ctx)
        manifest = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "generated_at": timezone.localtime(generated_at).isoformat(),
            "ranking_as_of": ctx.as_of.isoformat(),
            "publisher": {"name": settings.XUANYONG_SITE_NAME, "url": settings.SITE_URL},
            "licence": {
                **LICENCE,
                "attribution": attribution(),
            },
            "privacy": "不含个人信息：评价不含评价人的昵称、邮箱、手机号、IP、账号与凭证文件，服务商不含联系人与热线；"
            "文本中形如邮箱、电话号码或 IP 地址的内容替换为〔已隐去〕。",
            "datasets": datasets,
            "files": files,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        partial.rename(root / name)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise OpenDataError(f"写入 {root} 失败：{exc.strerror or exc}") from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    try:
        _point_latest(root, name)
    except OSError as exc:
        raise OpenDataError(
            f"已写入 {root / name}，但无法更新 {root / LATEST}：{exc.strerror or exc}"
        ) from exc
    outcome = Export(root / name, manifest, time.monotonic() - started, timings)
    if keep:
        outcome.pruned = open_data_prune(root=root, keep=keep)
    return outcome


def open_data_prune(*, root: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` exports (never the one ``latest`` points to), and
    partial exports a crashed run left behind more than a day ago."""
    current = _latest_name(root)
    exports = sorted(
        (p for p in root.iterdir() if p.is_dir() and not p.is_symlink() and EXPORT_NAME.match(p.name)),
        key=lambda p: _export_order(p.name),
        reverse=True,
    )
    pruned = []
    for path in exports[max(keep, 1) :]:
        if path.name != current:
            shutil.rmtree(path, ignore_errors=True)
            pruned.append(path)
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for path in root.glob(f"{PARTIAL_PREFIX}*"):
        if path.is_dir() and path.stat().st_mtime < cutoff:
            shutil.rmtree(path, ignore_errors=True)
            pruned.append(path)
    return pruned


# --- reading ------------------------------------------------------------------------------------


@dataclass
class PublishedExport:
    directory: Path
    manifest: dict[str, Any]

    @property
    def generated_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.manifest["generated_at"])

    def file(self, name: str) -> tuple[Path, str, str] | None:
        """``(path, media type, sha256 or "")`` of a file the manifest lists, or the manifest itself."""
        if name == MANIFEST:
            return self.directory / MANIFEST, MANIFEST_MEDIA_TYPE, ""
        for entry in self.manifest.get("files", []):
            if entry.get("name") == name and Path(name).name == name and entry.get("format") in FORMATS:
                return self.directory / name, FORMATS[entry["format"]], str(entry.get("sha256", ""))
        return None


def _latest_name(root: Path) -> str | None:
    try:
        name = os.readlink(root / LATEST)
    except OSError:
        return None
    return name if EXPORT_NAME.match(name) else None


def published_export(root: Path) -> PublishedExport | None:
    """The export ``latest`` points to, or None when there is none (or it cannot be read)."""
    name = _latest_name(root)
    if name is None:
        return None
    directory = root / name
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return None
    return PublishedExport(directory, manifest)
