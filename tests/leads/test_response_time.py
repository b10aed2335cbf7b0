"""The offering page shows its vendor's median first response once the vendor has ≥ 5 leads."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache

from xuanyong.leads.models import LeadRoute
from xuanyong.leads.selectors import duration_display

from ..base import PersonasTestCase
from .helpers import catalog_for, lead_data, quote_url


class ResponseTimeTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, _ = catalog_for(cls.vendor_a, cls.vendor_b)

    def submit_leads(self, start: int, count: int) -> None:
        url = quote_url(self.offering)
        for i in range(start, start + count):
            with self.captureOnCommitCallbacks(execute=True):
                self.client.post(url, lead_data(self.client, url, phone=f"1390000000{i}"))

    def test_median_appears_from_the_fifth_lead(self) -> None:
        self.submit_leads(0, 4)
        routes = list(LeadRoute.objects.order_by("id"))
        for route, minutes in zip(routes, (10, 30, 50, 600), strict=True):
            LeadRoute.objects.filter(pk=route.pk).update(
                first_response_at=route.created_at + dt.timedelta(minutes=minutes)
            )
        self.assertNotContains(self.client.get(self.offering.get_absolute_url()), "服务商平均响应")
        self.submit_leads(4, 1)  # the fifth, not answered yet: the median is over answered leads
        cache.clear()  # the figure is cached for ten minutes
        page = self.client.get(self.offering.get_absolute_url())
        self.assertContains(page, "服务商平均响应：中位数 <strong>40 分钟</strong>（近 5 条需求）")

    def test_durations_read_naturally(self) -> None:
        self.assertEqual(duration_display(20), "1 分钟")
        self.assertEqual(duration_display(3600 * 3), "3 小时")
        self.assertEqual(duration_display(3600 * 5.5), "5.5 小时")
        self.assertEqual(duration_display(3600 * 72), "3 天")
        self.assertEqual(duration_display(None), "—")
