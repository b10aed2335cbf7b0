from __future__ import annotations

import sys
import time
from typing import Any

from django.core.management.base import BaseCommand

from xuanyong.search.index import reindex_all


class Command(BaseCommand):
    help = "重建全部搜索索引（产品、文章、服务商、分类与联想词）"

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        counts = reindex_all(progress=self.progress)
        sys.stderr.write("\n")
        total = sum(counts.values())
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"已重建索引：{counts}，共 {total} 条，用时 {elapsed:.1f} 秒（{total / max(elapsed, 1e-6):.0f} 条/秒）。"
        )

    def progress(self, name: str, done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{name:<10} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
        if done == total:
            sys.stderr.write("\n")
