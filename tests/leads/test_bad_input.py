"""Bad input saves nothing and says why in Chinese (or 403 without a CSRF token)."""

from __future__ import annotations

from typing import Any

from django.core import signing
from django.test import Client

from xuanyong.catalog.models import Offering
from xuanyong.leads.models import Lead, Notification
from xuanyong.leads.routing import Offer

from ..base import PersonasTestCase
from .helpers import catalog_for, lead_data, quote_url


class BadInputTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, _ = catalog_for(cls.vendor_a, cls.vendor_b)

    def post(self, **overrides: Any) -> Any:
        url = quote_url(self.offering)
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, lead_data(self.client, url, **overrides))

    def assert_refused(self, response: Any, message: str, status: int = 400) -> None:
        self.assertContains(response, message, status_code=status)
        self.assertEqual(Lead.objects.count(), 0)
        self.assertEqual(Notification.objects.count(), 0)

    def test_invalid_and_non_mainland_phone_numbers(self) -> None:
        self.assert_refused(self.post(phone="12345"), "请输入")
        self.assert_refused(self.post(phone="010-12345678"), "请输入有效的中国大陆手机号码。")  # a landline
        self.assert_refused(self.post(phone="+1 415 555 2671"), "目前仅支持中国大陆手机号码。")
        self.assert_refused(self.post(phone="+852 6123 4567"), "目前仅支持中国大陆手机号码。")

    def test_missing_consent(self) -> None:
        self.assert_refused(self.post(consent=None), "请阅读并勾选个人信息授权声明")

    def test_oversized_fields(self) -> None:
        self.assert_refused(self.post(name="王" * 41), "40")
        self.assert_refused(self.post(need="字" * 1001), "1000")
        self.assert_refused(self.post(company="公" * 81), "80")

    def test_html_is_refused(self) -> None:
        self.assert_refused(self.post(need="<script>alert(1)</script>"), "请不要输入 HTML 代码或网页标签。")
        self.assert_refused(self.post(name='<img src=x onerror="x">'), "请不要输入 HTML 代码或网页标签。")

    def test_forged_offer_and_unknown_kind(self) -> None:
        forged = Offer(source="offering", offering_id=self.offering.pk, vendor_ids=[self.vendor_b.pk])
        tampered = forged.sign()[:-3] + "abc"
        self.assert_refused(self.post(offer=tampered), "表单已失效或内容被改动")
        wrong_salt = signing.dumps({"source": "offering", "offering_id": self.offering.pk, "vendor_ids": [1]})
        self.assert_refused(self.post(offer=wrong_salt), "表单已失效或内容被改动")
        self.assert_refused(self.post(kind="spam"), "选择一个有效的选项")

    def test_unpublished_offering(self) -> None:
        url = quote_url(self.offering)
        data = lead_data(self.client, url)
        Offering.objects.filter(pk=self.offering.pk).update(status=Offering.Status.ARCHIVED)
        self.assert_refused(self.client.post(url, data), "该产品已下架或不存在")
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertEqual(self.client.get(quote_url(Offering(slug="no-such-thing"))).status_code, 404)

    def test_post_without_csrf_token_is_forbidden(self) -> None:
        strict = Client(enforce_csrf_checks=True)
        url = quote_url(self.offering)
        data = lead_data(strict, url)
        response = strict.post(url, data)
        self.assertEqual(response.status_code, 403)
        self.assertEqual(Lead.objects.count(), 0)
