"""A cached page's forms: each visitor gets their own one-time values, not the first renderer's."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from xuanyong.leads.models import Lead

from ..base import PersonasTestCase
from ..content.helpers import BROWSER_UA

IDEM = re.compile(r'name="idem" value="([^"]*)"')
CALLBACK_FORM = re.compile(r'<form[^>]*class="card callback-form".*?</form>', re.S)
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class CallbackFormOnTheCachedHomePageTests(PersonasTestCase):
    def visit_home(self) -> tuple[Client, str]:
        visitor = Client(HTTP_USER_AGENT=BROWSER_UA)
        response = visitor.get(reverse("web:home"))
        self.assertEqual(response.status_code, 200)
        form = CALLBACK_FORM.search(response.content.decode())
        assert form is not None
        return visitor, form.group(0)

    def test_each_visitor_gets_their_own_idempotency_key(self) -> None:
        self.visit_home()  # rendered and cached for everyone
        keys = set()
        for _ in range(2):
            _visitor, form = self.visit_home()
            self.assertNotIn("xyShared7", form)
            key = IDEM.search(form)
            assert key is not None
            keys.add(key.group(1))
        self.assertEqual(len(keys), 2)

    def test_two_visitors_callback_requests_are_two_leads(self) -> None:
        self.visit_home()
        for phone in ("13800138001", "13800138002"):
            visitor, form = self.visit_home()
            fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
            response = visitor.post(
                reverse("leads:callback"),
                {**fields, "name": "王女士", "phone": phone, "consent": "on"},
                HTTP_USER_AGENT=BROWSER_UA,
            )
            self.assertEqual(response.status_code, 302)
        phones = sorted(Lead.objects.values_list("phone", flat=True))
        self.assertEqual(phones, ["+8613800138001", "+8613800138002"], "the second request was not lost")

    def test_a_page_with_a_one_time_value_is_not_revalidated(self) -> None:
        """A 304 would keep the form (and its key) the visitor already sent once."""
        visitor, _form = self.visit_home()
        again = visitor.get(reverse("web:home"))
        self.assertEqual(again.status_code, 200)
        self.assertFalse(again.has_header("ETag"))
