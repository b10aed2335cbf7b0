from __future__ import annotations

from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.models import Offering

from ..factories import ArticleFactory, OfferingFactory, VendorFactory


class InterimSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.vendor = VendorFactory(name="云掌柜")
        cls.pos = OfferingFactory(name="云掌柜收银", tagline="门店收银一体化", vendor=cls.vendor)
        cls.hidden = OfferingFactory(name="收银草稿", status=Offering.Status.DRAFT)
        ArticleFactory(title="8款常用收银系统推荐")

    def search(self, q: str) -> str:
        response = self.client.get(reverse("search:search"), {"q": q})
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_finds_offerings_vendors_and_articles_but_not_drafts(self) -> None:
        page = self.search("收银")
        self.assertIn("云掌柜收银", page)
        self.assertIn("8款常用收银系统推荐", page)
        self.assertNotIn("收银草稿", page)
        self.assertIn("云掌柜</a>", self.search("云掌柜"))

    def test_full_width_input_is_folded(self) -> None:
        self.assertIn("云掌柜收银", self.search("　云掌柜　收银　"))

    def test_odd_queries_render_a_normal_page_and_never_echo_markup(self) -> None:
        for q in [
            "",
            "   ",
            "x" * 1000,
            "😀😀",
            "\x00\x07",
            "' OR 1=1 --",
            'NEAR( " * AND : ^',
            "<script>alert(1)</script>",
        ]:
            with self.subTest(q=q):
                page = self.search(q)
                self.assertNotIn("<script>alert(1)</script>", page)

    def test_no_result_says_so_in_chinese(self) -> None:
        self.assertIn("没有找到与“不存在的东西”相关的内容", self.search("不存在的东西"))
