"""`xuanyong backup --prune`: backups past the retention period go, everything else stays."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.test import override_settings
from django.utils import timezone

from xuanyong.backups.services import FORMAT, MANIFEST, backups_prune


def _backup(root: Path, name: str, age_days: float) -> Path:
    directory = root / name
    directory.mkdir()
    created = timezone.now() - dt.timedelta(days=age_days)
    (directory / MANIFEST).write_text(json.dumps({"format": FORMAT, "created_at": created.isoformat()}))
    return directory


@override_settings(BACKUP_RETENTION_DAYS=30)
def test_only_backups_older_than_the_retention_period_are_deleted(tmp_path: Path) -> None:
    old = _backup(tmp_path, "2026-10-01", 64)
    recent = _backup(tmp_path, "2026-11-20", 14)
    newest = _backup(tmp_path, "2026-12-04", 0)
    stranger = tmp_path / "photos"
    stranger.mkdir()
    (stranger / MANIFEST).write_text(
        '{"format": "something-else", "created_at": "2020-01-01T00:00:00+00:00"}'
    )
    (tmp_path / "notes.txt").write_text("keep me")

    assert backups_prune(tmp_path, keep_days=30, keep=newest) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-11-20", "2026-12-04", "notes.txt", "photos"]
    assert recent.exists()
