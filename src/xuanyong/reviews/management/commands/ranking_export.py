"""Write every ranking input and score as CSV, so anyone can recompute the rankings by hand."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from xuanyong.catalog.models import Category

from ... import ranking


class Command(BaseCommand):
    help = "导出排名的全部输入（每条评价）与得分（每个产品）为 CSV，任何人可据此复算"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default=".", help="输出目录（默认当前目录）")
        parser.add_argument("--category", help="只导出该分类（拼音标识）")
        parser.add_argument("--as-of", help="计算日期 YYYY-MM-DD（默认今天，北京时间）")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            as_of = dt.date.fromisoformat(options["as_of"]) if options["as_of"] else ranking.today()
        except ValueError as exc:
            raise CommandError("日期格式应为 YYYY-MM-DD。") from exc
        categories = Category.objects.order_by("position", "id")
        if options["category"]:
            categories = categories.filter(slug=options["category"])
            if not categories.exists():
                raise CommandError(f"没有拼音标识为 {options['category']} 的分类。")
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        inputs_path = out / f"ranking-inputs-{as_of}.csv"
        scores_path = out / f"ranking-scores-{as_of}.csv"
        with (
            inputs_path.open("w", newline="", encoding="utf-8") as inputs_file,
            scores_path.open("w", newline="", encoding="utf-8") as scores_file,
        ):
            inputs, scores = csv.writer(inputs_file), csv.writer(scores_file)
            inputs.writerow([
                "category", "offering", "review_id", "recommend", "stars", "rated_on", "age_days",
                "verification", "verification_weight", "decay", "weight",
            ])  # fmt: skip
            scores.writerow([
                "as_of", "category", "offering", "offering_name", "rank", "n", "W", "S", "prior_mean_m",
                "prior_weight_C", "half_life_days", "min_reviews", "score",
            ])  # fmt: skip
            for category in categories:
                result = ranking.compute_ranking(category, as_of)
                for entry in result.ranked + result.unranked:
                    for i in entry.inputs:
                        inputs.writerow([
                            category.slug, entry.offering.slug, i.review_id, i.recommend, i.stars,
                            i.rated_on.isoformat(), i.age_days, i.verification, i.verification_weight,
                            f"{i.decay:.6f}", f"{i.weight:.6f}",
                        ])  # fmt: skip
                    scores.writerow([
                        as_of.isoformat(), category.slug, entry.offering.slug, entry.offering.name,
                        entry.rank or "", entry.count, f"{entry.weight:.6f}", f"{entry.weighted_sum:.6f}",
                        f"{result.prior_mean:.6f}", entry.prior_weight, ranking.half_life_days(),
                        ranking.min_reviews(), f"{entry.score:.3f}" if entry.rank else "",
                    ])  # fmt: skip
        self.stdout.write(f"已写入 {inputs_path} 和 {scores_path}")
