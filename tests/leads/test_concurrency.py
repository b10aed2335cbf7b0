"""200 buyers submit at once against a live server on PostgreSQL: 200 leads, each routed and notified once."""

from __future__ import annotations

import re
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.core import mail

from xuanyong.accounts.services import user_signup, vendor_membership_create
from xuanyong.leads.models import Lead, LeadRoute, LeadSubmission, Notification

from ..base import concurrent_requests, needs_postgres
from ..factories import CategoryFactory, OfferingFactory, VendorFactory
from .helpers import BROWSER_UA


@pytest.mark.postgres
@needs_postgres
def test_200_concurrent_leads_are_saved_routed_and_notified_exactly_once(
    transactional_db: Any, live_server: Any, settings: Any
) -> None:
    settings.LEADS_RATE_PER_HOUR = 0  # one test client is one visitor and one IP
    vendor = VendorFactory(name="并发服务商")
    member = user_signup(
        email="member@bingfa.example.com", display_name="并发成员", password="correct-horse-42"
    )
    vendor_membership_create(user=member, vendor=vendor)
    offering = OfferingFactory(vendor=vendor, primary_category=CategoryFactory(), slug="bingfa")
    url = f"{live_server.url}/leads/new/?kind=quote&offering={offering.slug}"
    with urllib.request.urlopen(
        urllib.request.Request(url, headers={"User-Agent": BROWSER_UA}), timeout=30
    ) as r:
        html = r.read().decode()
        cookie = "; ".join(r.headers.get_all("Set-Cookie") or [])
    csrf_cookie = re.search(r"csrftoken=([^;]+)", cookie).group(1)  # type: ignore[union-attr]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    offer = re.search(r'name="offer" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    buyers = 200

    def submit(i: int) -> int:
        data = urllib.parse.urlencode({
            "csrfmiddlewaretoken": token, "offer": offer, "idem": f"concurrent-key-{i:05d}", "kind": "quote",
            "name": f"买家{i}", "phone": f"1380000{i:04d}", "consent": "on",
        }).encode()  # fmt: skip
        request = urllib.request.Request(
            url, data=data, method="POST",
            headers={"User-Agent": BROWSER_UA, "Cookie": f"csrftoken={csrf_cookie}; xy_vid=concurrent-visitor-{i:05d}"},
        )  # fmt: skip
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=60) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:  # the 302 to the status page
            return int(exc.code)

    # Every buyer posts once, and one in four double-clicks: 250 POSTs, 200 keys.
    with ThreadPoolExecutor(max_workers=concurrent_requests(40)) as pool:
        statuses = list(pool.map(submit, [*range(buyers), *range(0, buyers, 4)]))
    assert statuses.count(302) == len(statuses), sorted(set(statuses))
    assert Lead.objects.count() == buyers
    assert LeadSubmission.objects.count() == buyers
    assert LeadRoute.objects.count() == buyers
    assert set(LeadRoute.objects.values_list("vendor_id", flat=True)) == {vendor.pk}
    assert Notification.objects.filter(channel="email").count() == buyers
    assert Notification.objects.filter(state="sent").count() == buyers
    assert len(mail.outbox) == buyers
    assert len({m.body for m in mail.outbox}) == buyers


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None
