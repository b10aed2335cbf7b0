"""The published ranking: a hand-worked example, the pages, sponsored placement, the export."""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from xuanyong import cli
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.catalog.services import offering_create
from xuanyong.reviews.models import SponsoredPlacement, Verification
from xuanyong.reviews.ranking import category_ranking, compute_ranking

from ..factories import CategoryFactory, VendorFactory
from .helpers import ReviewsTestCase, published_review

P, E, INV, N = Verification.PROOF, Verification.EMAIL, Verification.INVITED, Verification.NONE


class HandWorkedRankingTests(ReviewsTestCase):
    """Defaults: C = 5, half-life 365 days, at least 3 reviews; weights proof 1, e-mail 0.8, invited 0.5, none 0.4.

    (recommend, verification, age in days) → stars, weight w = verification weight × 0.5^(age/365):
      智收 (A): (10, P, 0) 5★ w1 · (8, E, 0) 4★ w0.8 · (10, N, 365) 5★ w0.4×0.5=0.2 → W 2.0, S 9.2
      惠收 (B): (6, P, 0) 3★ w1 · (6, P, 0) 3★ w1 · (8, P, 0) 4★ w1 · (10, I, 0) 5★ w0.5 → W 3.5, S 12.5
      满分 (C): three × (10, N, 0) 5★ w0.4 → W 1.2, S 6.0
      少评 (D): (0, E, 0) 0★ w0.8 · (2, E, 0) 1★ w0.8 → W 1.6, S 0.8 — 2 reviews: not ranked, still in the prior
    Prior m = ΣS / ΣW = 28.5 / 8.3 = 3.433735; C × m = 142.5 / 8.3 = 17.168675
      智收: (17.168675 + 9.2) / (5 + 2.0) = 3.767
      满分: (17.168675 + 6.0) / (5 + 1.2) = 3.737
      惠收: (17.168675 + 12.5) / (5 + 3.5) = 3.490
    An unverified perfect score ranks below fewer but verified reviews; many mediocre verified
    reviews rank last.
    """

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.cat = CategoryFactory(name="智能收银", slug="zhineng-shouyin")
        offerings = {
            name: offering_create(
                vendor=VendorFactory(), primary_category=cls.cat, name=name, view_count=views
            )
            for name, views in (("智收", 999), ("惠收", 99), ("满分", 9), ("少评", 0))
        }
        cls.offerings = offerings
        now = timezone.now()
        year_ago = now - dt.timedelta(days=365)
        plan = {
            "智收": [(10, P, now), (8, E, now), (10, N, year_ago)],
            "惠收": [(6, P, now), (6, P, now), (8, P, now), (10, INV, now)],
            "满分": [(10, N, now)] * 3,
            "少评": [(0, E, now), (2, E, now)],
        }
        n = 0
        for name, rows in plan.items():
            for recommend, level, rated_at in rows:
                n += 1
                user = cls.make_buyer(f"r{n}@kehu{n}.cn", f"评价人{n}")
                published_review(offerings[name], user, recommend, level, rated_at)

    def test_order_and_scores_match_the_hand_computation(self) -> None:
        ranking = compute_ranking(self.cat, timezone.localdate())
        self.assertAlmostEqual(ranking.prior_mean, 28.5 / 8.3, places=9)
        self.assertEqual(
            [(e.rank, e.offering.name, e.score) for e in ranking.ranked],
            [(1, "智收", 3.767), (2, "满分", 3.737), (3, "惠收", 3.490)],
        )
        self.assertEqual([(e.offering.name, round(e.weight, 9), round(e.weighted_sum, 9)) for e in ranking.ranked],
                         [("智收", 2.0, 9.2), ("满分", 1.2, 6.0), ("惠收", 3.5, 12.5)])  # fmt: skip
        self.assertEqual([(e.offering.name, e.count) for e in ranking.unranked], [("少评", 2)])

    def test_ranking_page_explains_every_rank(self) -> None:
        response = self.client.get(reverse("catalog:ranking", args=[self.cat.slug]))
        self.assertContains(response, "为什么排在这里", count=3)
        page = response.content.decode()
        self.assertLess(page.index("智收"), page.index("满分"))
        self.assertLess(page.index("满分"), page.index("惠收"))
        self.assertContains(response, "3.767 分")
        self.assertContains(response, "3.434 × 5")  # the prior and its weight
        self.assertContains(response, "已核实凭证 3 · 企业邮箱 0 · 受邀 1 · 未验证 0")
        self.assertContains(response, "评价不足 3 条，暂不排名")
        self.assertContains(response, "推广与付费不影响排名")
        self.assertContains(response, "echarts.min.js")
        self.assertContains(response, 'id="rank-chart-data"')

    def test_sponsored_placement_is_labelled_apart_and_never_changes_the_order(self) -> None:
        before = [e.offering.pk for e in category_ranking(self.cat).ranked]
        today = timezone.localdate()
        SponsoredPlacement.objects.create(
            category=self.cat, offering=self.offerings["惠收"], starts_on=today, ends_on=today
        )
        SponsoredPlacement.objects.create(  # a past campaign shows nowhere
            category=self.cat, offering=self.offerings["少评"], starts_on=today - dt.timedelta(days=9),
            ends_on=today - dt.timedelta(days=1),
        )  # fmt: skip
        catalog_version_bump()
        self.assertEqual([e.offering.pk for e in category_ranking(self.cat).ranked], before)
        response = self.client.get(reverse("catalog:ranking", args=[self.cat.slug]))
        page = response.content.decode()
        box = page[page.index('aria-label="推广"') : page.index("</aside>")]
        self.assertIn("惠收", box)
        self.assertNotIn("少评", box)
        self.assertIn("不参与也不影响排名", box)
        ranking_list = page[page.index('<ol class="ranking">') :]
        self.assertNotIn("推广", ranking_list[: ranking_list.index("</ol>")])

    def test_minimum_reviews_is_configurable(self) -> None:
        with self.settings(REVIEWS_RANK_MIN_REVIEWS=2):
            names = [e.offering.name for e in compute_ranking(self.cat, timezone.localdate()).ranked]
        self.assertIn("少评", names)

    def test_method_page_states_formula_and_thresholds(self) -> None:
        response = self.client.get(reverse("catalog:ranking_method"))
        self.assertContains(response, "综合分 = (C × m + S) ÷ (C + W)")
        self.assertContains(response, "先验权重 <code>C = 5</code>")
        self.assertContains(response, "半衰期 365 天")
        self.assertContains(response, "不少于 <strong>3</strong> 条")
        self.assertContains(response, "付费、推广、广告投放不进入公式")
        self.assertContains(response, "立即发布；其余评价进入人工审核队列")

    def test_sponsored_dates_must_be_in_order(self) -> None:
        today = timezone.localdate()
        placement = SponsoredPlacement(
            category=self.cat,
            offering=self.offerings["惠收"],
            starts_on=today,
            ends_on=today - dt.timedelta(days=1),
        )
        with self.assertRaisesMessage(ValidationError, "结束日期不能早于开始日期。"):
            placement.full_clean()

    def test_export_lets_anyone_recompute_the_scores(self) -> None:
        with tempfile.TemporaryDirectory() as out:
            today = timezone.localdate()
            # Through the `xuanyong` command line, options first, as the docs show it.
            self.assertEqual(cli.main(["ranking-export", "--out", out, "--category", self.cat.slug]), 0)
            inputs = list(csv.DictReader((Path(out) / f"ranking-inputs-{today}.csv").open(encoding="utf-8")))
            scores = list(csv.DictReader((Path(out) / f"ranking-scores-{today}.csv").open(encoding="utf-8")))
        self.assertEqual(len(inputs), 12)
        total_w = sum(float(r["weight"]) for r in inputs)
        prior = sum(float(r["weight"]) * float(r["stars"]) for r in inputs) / total_w
        for row in scores:
            mine = [r for r in inputs if r["offering"] == row["offering"]]
            w = sum(float(r["weight"]) for r in mine)
            s = sum(float(r["weight"]) * float(r["stars"]) for r in mine)
            c = float(row["prior_weight_C"])
            if row["rank"]:
                self.assertEqual(f"{(c * prior + s) / (c + w):.3f}", row["score"])
        self.assertEqual([r["offering_name"] for r in scores if r["rank"] == "1"], ["智收"])
