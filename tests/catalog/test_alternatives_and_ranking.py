from __future__ import annotations

import re

from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.models import Offering
from xuanyong.catalog.ranking import interim_ranking

from ..factories import VendorFactory
from .helpers import make_offering, pos_category


class AlternativesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.pos = pos_category()
        attrs = {"offline_mode": True, "payment": ["wechat", "alipay"], "scale": "small"}
        cls.me = make_offering(
            cls.pos, "本品", deployment="saas", price_min=100, price_max=300, attributes=attrs
        )
        # twin: 4 shared values (8) + same band (1) + same deployment (1) = 10
        cls.twin = make_offering(
            cls.pos, "孪生", deployment="saas", price_min=150, price_max=300, attributes=attrs
        )
        # partial: 2 shared (4) + dearer band (0) + same deployment (1) = 5
        cls.partial = make_offering(cls.pos, "部分相同", deployment="saas", price_min=1000,
                                    attributes={"offline_mode": True, "payment": ["wechat"]}, view_count=999)  # fmt: skip
        # other: 0 shared + same band (1) + other deployment (0) = 1
        cls.other = make_offering(
            cls.pos, "不同", deployment="private", price_min=120, attributes={"scale": "chain"}
        )

    def test_order_follows_the_stated_rule(self) -> None:
        response = self.client.get(reverse("catalog:alternatives", args=[self.me.slug]))
        self.assertContains(response, "本品 的替代品")
        self.assertContains(response, "每有一项相同的参数取值得 2 分")
        page = response.content.decode()
        names = re.findall(r'<td><a href="/p/[^"]+/">([^<]+)</a>', page)
        self.assertEqual(names, ["孪生", "部分相同", "不同"])
        scores = re.findall(r"<td>(\d+)</td>\s*<td><form", page)
        self.assertEqual(scores, ["10", "5", "1"])

    def test_the_offering_page_shows_the_top_alternatives(self) -> None:
        page = self.client.get(self.me.get_absolute_url()).content.decode()
        section = page[page.index("本品 的替代品") :]
        self.assertLess(section.index("孪生"), section.index("部分相同"))


class InterimRankingTests(TestCase):
    """A hand-worked example of the interim formula: 100 × (0.6 热度 + 0.3 完整度 + 0.1 认证)."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.pos = pos_category()  # 4 schema attributes
        verified, unverified = VendorFactory(verified=True), VendorFactory(verified=False)
        # views 999: 热度 = log(1000)/log(1000) = 1; 2/4 attributes; unverified → 60 + 15 + 0 = 75.0
        cls.popular = make_offering(cls.pos, "热门", vendor=unverified, view_count=999,
                                    attributes={"offline_mode": True, "scale": "small"})  # fmt: skip
        # views 99: 热度 = log(100)/log(1000) = 2/3; 4/4; verified → 40 + 30 + 10 = 80.0
        cls.complete = make_offering(cls.pos, "资料全", vendor=verified, view_count=99,
                                     attributes={"offline_mode": True, "scale": "small", "payment": ["wechat"], "max_stores": 10})  # fmt: skip
        # views 0: 热度 0; 0/4; verified → 10.0
        cls.new = make_offering(cls.pos, "新上架", vendor=verified, view_count=0)

    def test_order_and_scores_match_the_hand_computation(self) -> None:
        entries = interim_ranking(self.pos)
        self.assertEqual(
            [(e.offering.name, e.score) for e in entries],
            [("资料全", 80.0), ("热门", 75.0), ("新上架", 10.0)],
        )
        self.assertEqual([e.rank for e in entries], [1, 2, 3])

    def test_ranking_page_explains_each_rank(self) -> None:
        response = self.client.get(reverse("catalog:ranking", args=[self.pos.slug]))
        self.assertContains(response, "为什么排在这里", count=3)
        self.assertContains(response, "80.0 分")
        self.assertContains(response, "推广与付费不影响排名")
        self.assertContains(response, "0.667")  # 资料全's popularity, shown to three places

    def test_method_page_states_the_formula_in_chinese(self) -> None:
        response = self.client.get(reverse("catalog:ranking_method"))
        self.assertContains(response, "综合分 = 100 ×（0.6 × 热度 + 0.3 × 资料完整度 + 0.1 × 认证服务商）")
        self.assertContains(response, "付费、推广、广告投放不进入公式")

    def test_unpublished_offerings_are_not_ranked(self) -> None:
        Offering.objects.filter(pk=self.complete.pk).update(status=Offering.Status.DRAFT)
        names = [e.offering.name for e in interim_ranking(self.pos)]
        self.assertNotIn("资料全", names)
