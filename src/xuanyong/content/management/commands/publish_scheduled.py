from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from xuanyong.content.services import articles_publish_due


class Command(BaseCommand):
    help = "发布已到定时发布时间的文章（后台任务每分钟自动运行一次）"

    def handle(self, *args: Any, **options: Any) -> None:
        published = articles_publish_due()
        self.stdout.write(f"已发布 {len(published)} 篇定时文章。")
