"""``xuanyong rollup``: build the daily rollups on demand (idempotent), then prune."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from xuanyong.analytics import buffer, rollups


class Command(BaseCommand):
    help = "Roll up raw analytics events into the daily tables (yesterday and today by default)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="one day, YYYY-MM-DD")
        parser.add_argument("--since", help="first day, YYYY-MM-DD")
        parser.add_argument("--until", help="last day, YYYY-MM-DD (default: today)")
        parser.add_argument("--no-prune", action="store_true", help="keep raw events past retention")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        if options["date"]:
            since = until = _day(options["date"])
        else:
            since = _day(options["since"]) if options["since"] else today - timedelta(days=1)
            until = _day(options["until"]) if options["until"] else today
        if since > until:
            raise CommandError("开始日期晚于结束日期")
        buffer.sync()
        for result in rollups.rollup_range(since, until):
            self.stdout.write(f"{result.day}  {result.events} events")
        if not options["no_prune"]:
            deleted = rollups.prune()
            self.stdout.write(f"pruned {deleted} raw events past retention")


def _day(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise CommandError(f"日期格式应为 YYYY-MM-DD：{raw}") from None
