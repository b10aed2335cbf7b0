"""The number on the phone's filter button (筛选 (N)): each chosen value counts, a price range once."""

from __future__ import annotations

from django.http import QueryDict
from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog import facets
from xuanyong.search.filters import active_filter_count, parse_filters

from .helpers import make_offering, pos_category


class FilterCountTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.pos = pos_category()
        make_offering(cls.pos, "甲收银", deployment="saas", price_min=99, attributes={"payment": ["wechat"]})
        cls.attributes = list(cls.pos.attributes.all())

    def count(self, query: str) -> int:
        return facets.parse_filters(QueryDict(query), self.attributes).active_count

    def test_each_value_counts_and_the_price_range_once(self) -> None:
        self.assertEqual(self.count(""), 0)
        self.assertEqual(self.count("sort=price&page=2"), 0)  # sorting and paging filter nothing
        self.assertEqual(self.count("payment=wechat&payment=alipay&deployment=saas"), 3)
        self.assertEqual(self.count("price_min=10&price_max=500&max_stores_min=5&xinchuang=kunpeng"), 3)
        self.assertEqual(self.count("payment=nonsense&price_min=abc"), 0)  # dropped, so not counted

    def test_the_category_page_shows_the_count_on_the_drawer_button(self) -> None:
        url = reverse("catalog:category", args=[self.pos.slug])
        self.assertContains(self.client.get(url), "筛选 (0)</button>")
        self.assertContains(
            self.client.get(url, {"payment": "wechat", "deployment": "saas"}), "筛选 (2)</button>"
        )

    def test_search_counts_its_filters_but_not_the_tab(self) -> None:
        self.assertEqual(active_filter_count(parse_filters(QueryDict("type=offering"))[0]), 0)
        chosen = parse_filters(QueryDict("type=offering&pricing=subscription&deployment=saas&rating=4"))[0]
        self.assertEqual(active_filter_count(chosen), 3)
        page = self.client.get(reverse("search:search"), {"q": "收银", "deployment": "saas"})
        self.assertContains(page, "筛选 (1)</button>")
