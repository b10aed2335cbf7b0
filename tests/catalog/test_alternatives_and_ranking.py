from __future__ import annotations

import re

from django.test import TestCase
from django.urls import reverse

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
