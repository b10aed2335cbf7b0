"""A buyer asks for a quote: from an offering page and a category page, once, with consent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from xuanyong.leads.consent import VERSION
from xuanyong.leads.models import Lead, LeadRoute, LeadSubmission, Notification
from xuanyong.leads.signals import lead_submitted

from ..base import PersonasTestCase
from .helpers import BROWSER_UA, PHONE, catalog_for, category_url, lead_data, more_vendors, quote_url


class OfferingQuoteTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, cls.other = catalog_for(cls.vendor_a, cls.vendor_b)

    def setUp(self) -> None:
        self.client = Client(HTTP_USER_AGENT=BROWSER_UA)

    def post(self, url: str, **overrides: Any) -> Any:
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, lead_data(self.client, url, **overrides), REMOTE_ADDR="10.1.1.1")

    def test_offering_page_offers_the_four_requests_with_tracking_attributes(self) -> None:
        page = self.client.get(self.offering.get_absolute_url()).content.decode()
        for kind in ("consult", "quote", "demo", "callback"):
            self.assertIn(f'data-cta="{kind}" data-cta-source="offering"', page)
        self.assertIn(quote_url(self.offering).replace("&", "&amp;"), page)

    def test_quote_reaches_the_offerings_vendor_with_consent_recorded(self) -> None:
        received: list[Lead] = []

        def on_submitted(sender: object, lead: Lead, **kwargs: object) -> None:
            received.append(lead)

        lead_submitted.connect(on_submitted)
        self.addCleanup(lead_submitted.disconnect, on_submitted)
        form = self.client.get(quote_url(self.offering))
        self.assertContains(form, "甲服务商")  # the consent names the recipient
        response = self.post(quote_url(self.offering))
        lead = Lead.objects.get()
        self.assertRedirects(
            response, reverse("leads:status", args=[lead.token]), fetch_redirect_response=False
        )
        self.assertEqual((lead.kind, lead.source, lead.offering), ("quote", "offering", self.offering))
        self.assertEqual(lead.phone, "+86" + PHONE)
        self.assertIn("“甲服务商”", lead.consent_text)
        self.assertEqual(lead.consent_version, VERSION)
        self.assertAlmostEqual(lead.consented_at.timestamp(), timezone.now().timestamp(), delta=60)
        self.assertEqual(lead.consent_vendor_ids, [self.vendor_a.pk])
        self.assertTrue(lead.visitor_id)
        self.assertEqual(
            list(lead.routes.values_list("vendor_id", "reason")), [(self.vendor_a.pk, "offering")]
        )
        self.assertEqual(received, [lead])
        self.assertEqual([m.to for m in mail.outbox], [[self.vendor_a_member.email]])
        self.assertIn("王女士", mail.outbox[0].body)
        self.assertIn("138 0013 8000", mail.outbox[0].body)
        status_page = self.client.get(response["Location"])
        self.assertContains(status_page, "提交成功")
        self.assertContains(status_page, "甲服务商：")

    def test_double_click_or_retried_post_makes_one_lead(self) -> None:
        url = quote_url(self.offering)
        data = lead_data(self.client, url)
        with self.captureOnCommitCallbacks(execute=True):
            first = self.client.post(url, data, REMOTE_ADDR="10.1.1.1")
            second = self.client.post(url, data, REMOTE_ADDR="10.1.1.1")
        self.assertEqual(Lead.objects.count(), 1)
        self.assertEqual(first["Location"], second["Location"])
        self.assertEqual(LeadRoute.objects.count(), 1)
        self.assertEqual(Notification.objects.count(), 1)
        self.assertEqual(len(mail.outbox), 1)

    def test_another_account_with_the_same_phone_is_never_merged_into(self) -> None:
        self.client.force_login(self.buyer)  # a shop's front-desk number, used by two colleagues
        self.post(quote_url(self.offering))
        colleague = Client()
        colleague.force_login(self.editor)
        url = quote_url(self.offering)
        colleague.post(url, lead_data(colleague, url, need="同事另提的需求"), REMOTE_ADDR="10.1.1.9")
        self.assertEqual(
            sorted(Lead.objects.values_list("user__email", flat=True)),
            sorted([self.buyer.email, self.editor.email]),
        )
        self.assertNotIn("同事另提的需求", Lead.objects.get(user=self.buyer).need)

    def test_same_phone_same_offering_within_24_hours_is_merged_with_a_message(self) -> None:
        self.post(quote_url(self.offering))
        response = self.post(
            quote_url(self.offering, kind="demo"), need="另外想看演示", phone="+86 138-0013-8000"
        )
        self.assertEqual(Lead.objects.count(), 1)
        lead = Lead.objects.get()
        self.assertEqual(lead.repeat_count, 1)
        self.assertIn("另外想看演示", lead.need)
        self.assertContains(self.client.get(response["Location"]), "已将本次提交合并到原需求中")
        self.assertEqual(len(mail.outbox), 1)  # the vendor is not told twice
        self.assertTrue(LeadSubmission.objects.filter(merged=True).exists())
        # Another offering, or the same one a day later, is a new request.
        self.post(quote_url(self.other))
        Lead.objects.filter(pk=lead.pk).update(created_at=timezone.now() - dt.timedelta(hours=25))
        self.post(quote_url(self.offering))
        self.assertEqual(Lead.objects.count(), 3)

    def test_signed_in_buyer_finds_it_in_my_leads(self) -> None:
        self.client.force_login(self.buyer)
        self.post(quote_url(self.offering))
        page = self.client.get(reverse("leads:my_leads"))
        self.assertContains(page, "甲收银")
        self.assertContains(page, "新线索")

    def test_rate_limit_per_visitor(self) -> None:
        with self.settings(LEADS_RATE_PER_HOUR=2):
            for i in range(2):
                self.assertEqual(self.post(quote_url(self.offering), phone=f"1390000000{i}").status_code, 302)
            response = self.post(quote_url(self.offering), phone="13900000009")
        self.assertContains(response, "提交太频繁了", status_code=429)
        self.assertEqual(Lead.objects.count(), 2)


class CategoryQuoteTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering_a, cls.offering_b = catalog_for(cls.vendor_a, cls.vendor_b)
        cls.others = more_vendors(cls.category, 3)
        cls.unverified = more_vendors(cls.category, 1, verified=False)[0]

    def post(self, url: str, **overrides: Any) -> Any:
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, lead_data(self.client, url, **overrides), REMOTE_ADDR="10.1.1.2")

    def test_category_page_has_the_lead_cta(self) -> None:
        page = self.client.get(self.category.get_absolute_url())
        self.assertContains(page, 'data-cta="quote" data-cta-source="category"')

    def test_consent_names_the_candidates_and_the_lead_goes_to_three_picks_first(self) -> None:
        form = self.client.get(category_url(self.category)).content.decode()
        for vendor in (self.vendor_a, self.vendor_b, *self.others):
            self.assertIn(vendor.name, form)
        self.assertNotIn(self.unverified.name, form)
        picked = self.others[2]
        self.post(category_url(self.category), picks=[str(picked.pk)])
        lead = Lead.objects.get()
        routes = list(lead.routes.order_by("position").values_list("vendor_id", "reason"))
        self.assertEqual(
            routes, [(picked.pk, "picked"), (self.vendor_a.pk, "ranking"), (self.vendor_b.pk, "ranking")]
        )
        self.assertEqual(len(lead.consent_vendor_ids), 5)
        self.assertNotIn(self.unverified.pk, lead.consent_vendor_ids)
        self.assertEqual(
            Notification.objects.filter(lead=lead, channel="email").count(), 2
        )  # members of A and B

    def test_a_vendor_unverified_after_the_form_was_shown_receives_nothing(self) -> None:
        url = category_url(self.category)
        data = lead_data(self.client, url)
        type(self.vendor_a).objects.filter(pk=self.vendor_a.pk).update(verified=False)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, data, REMOTE_ADDR="10.1.1.2")
        lead = Lead.objects.get()
        self.assertNotIn(self.vendor_a.pk, lead.routes.values_list("vendor_id", flat=True))
        self.assertEqual(lead.routes.count(), 3)
