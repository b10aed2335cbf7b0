from __future__ import annotations

from decimal import Decimal

from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.estimator import estimate, questions_for
from xuanyong.catalog.models import Attribute
from xuanyong.catalog.services import attribute_create, fee_item_create

from ..factories import CategoryFactory
from .helpers import make_offering


class CopyrightFeeEstimatorTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.category = CategoryFactory(name="版权登记")
        attribute_create(
            category=cls.category, key="work_type", label="作品类型", kind=Attribute.Kind.MULTI,
            choices=[["software", "计算机软件"], ["art", "美术作品"]],
        )  # fmt: skip
        cls.service = make_offering(cls.category, "版权登记代办", kind="service", pricing_model="one_time")
        fee = {"offering": cls.service, "source_url": "https://www.ccopyright.com.cn/"}
        fee_item_create(kind="official", name="软件登记官费", amount_min=0, amount_max=0, per="item",
                        conditions={"work_type": "software"}, **fee)  # fmt: skip
        fee_item_create(kind="official", name="美术作品登记费", amount_min=300, amount_max=300, per="item",
                        conditions={"work_type": "art"}, **fee)  # fmt: skip
        fee_item_create(kind="agency", name="代理费", amount_min=300, amount_max=500, per="item", **fee)
        fee_item_create(
            kind="other",
            name="加急费",
            amount_min=800,
            amount_max=1500,
            conditions={"urgency": "urgent"},
            **fee,
        )
        cls.url = cls.service.get_absolute_url()

    def test_questions_come_from_the_fee_items(self) -> None:
        items = list(self.service.fee_items.all())
        keys = [q.key for q in questions_for(self.service, items, list(self.category.attributes.all()))]
        self.assertEqual(keys, ["work_type", "urgency", "count"])

    def test_three_urgent_art_works_add_up_as_computed_by_hand(self) -> None:
        items = list(self.service.fee_items.all())
        questions = questions_for(self.service, items, list(self.category.attributes.all()))
        result = estimate(items, questions, {"work_type": "art", "count": "3", "urgency": "urgent"})
        # 官费 300×3 = 900; 代理费 300–500 × 3 = 900–1500; 加急 800–1500 once.
        self.assertEqual(result.subtotal("official"), (Decimal(900), Decimal(900)))
        self.assertEqual(result.subtotal("agency"), (Decimal(900), Decimal(1500)))
        self.assertEqual(result.total, (Decimal(2600), Decimal(3900)))

    def test_the_page_shows_the_range_the_breakdown_and_verification_dates(self) -> None:
        response = self.client.get(self.url, {"work_type": "software", "count": "2", "urgency": "normal"})
        self.assertContains(response, "预计总费用：<strong>¥600 – ¥1000</strong>", html=True)
        self.assertContains(response, "官费 ¥0")
        self.assertContains(response, "代理费 ¥600–1000")
        self.assertContains(response, "最早核实于")
        self.assertContains(response, "https://www.ccopyright.com.cn/")

    def test_htmx_gets_the_result_alone(self) -> None:
        response = self.client.get(
            reverse("catalog:estimate", args=[self.service.slug]), {"work_type": "art", "count": "1"}
        )
        self.assertContains(response, 'id="estimate-result"')
        self.assertNotContains(response, "<html")
        self.assertContains(response, "¥600 – ¥800")

    def test_bad_answers_get_chinese_messages_and_defaults(self) -> None:
        for params, message in [
            ({"count": "0"}, "作品数量（件）应为 1–100 的整数"),
            ({"count": "abc"}, "应为 1–100 的整数"),
            ({"count": "101"}, "应为 1–100 的整数"),
            ({"work_type": "<script>"}, "“作品类型”的选项无效"),
        ]:
            with self.subTest(params=params):
                response = self.client.get(self.url, params)
                self.assertContains(response, message)
                self.assertNotContains(response, "<script>")

    def test_software_offerings_have_no_estimator(self) -> None:
        software = make_offering(self.category, "普通软件")
        self.assertNotContains(self.client.get(software.get_absolute_url()), "费用估算")
