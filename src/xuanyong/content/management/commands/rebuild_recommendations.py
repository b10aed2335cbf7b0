from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from xuanyong.content.related import related_rebuild


class Command(BaseCommand):
    help = "重新计算全部文章的推荐阅读（后台任务每晚自动运行一次）"

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"已更新 {related_rebuild()} 篇文章的推荐阅读。")
