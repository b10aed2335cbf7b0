"""Vendor operations with a token: issue and revoke, scopes, rate limit, incremental leads, edits
through the portal's services, and no reach into another vendor's data."""

from __future__ import annotations

import contextlib
import datetime as dt
import io

from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from xuanyong.api.models import ApiToken
from xuanyong.api.tokens import digest, token_create
from xuanyong.catalog.models import Offering, Plan
from xuanyong.cli import main as cli
from xuanyong.leads.models import Lead, LeadAudit, LeadRoute
from xuanyong.portal.models import CatalogRevision

from ..base import PASSWORD, create_personas
from ..leads.helpers import lead_data, quote_url
from .helpers import assert_error, build_catalog, get, send, walk

ALL_SCOPES = ["leads:read", "leads:write", "listings:write"]


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


class VendorApiTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        create_personas(cls)
        cls.category, cls.offerings = build_catalog(cls.vendor_a, cls.vendor_b, count=4)
        cls.offering_a, cls.offering_b = cls.offerings[0], cls.offerings[1]  # vendor A's, vendor B's

    def setUp(self) -> None:
        self.token_a = token_create(
            vendor=self.vendor_a, name="CRM", scopes=ALL_SCOPES, created_by=self.vendor_a_member
        ).secret
        self.token_b = token_create(
            vendor=self.vendor_b, name="CRM", scopes=ALL_SCOPES, created_by=self.vendor_b_member
        ).secret

    def submit_lead(self, offering: Offering, phone: str = "13800138000") -> Lead:
        buyer = Client()
        url = quote_url(offering)
        response = buyer.post(url, lead_data(buyer, url, phone=phone), REMOTE_ADDR="10.2.2.2")
        self.assertIn(response.status_code, (200, 302), response.content[:300])
        return Lead.objects.filter(offering=offering).latest("id")

    def test_a_member_creates_a_token_in_the_portal_that_is_shown_once_and_stored_hashed(self) -> None:
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        response = self.client.post(
            reverse("api_tokens:list"), {"name": "CRM 同步", "scopes": ["leads:read"]}, follow=True
        )
        shown = response.content.decode()
        secret = next(word for word in shown.split(">") if word.startswith("xy_")).split("<")[0]
        token = ApiToken.objects.get(name="CRM 同步")
        self.assertEqual(token.digest, digest(secret))
        self.assertFalse(ApiToken.objects.filter(digest=secret).exists())
        self.assertNotIn(secret, self.client.get(reverse("api_tokens:list")).content.decode(), "shown once")
        self.assertEqual(
            get(self.client, "/vendor/me", **bearer(secret)).json()["vendor"], self.vendor_a.slug
        )
        token.refresh_from_db()
        self.assertIsNotNone(token.last_used_at)

    def test_revoking_in_the_portal_refuses_the_token_at_once(self) -> None:
        token = ApiToken.objects.get(digest=digest(self.token_a))
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        self.client.post(reverse("api_tokens:revoke", args=[token.pk]))
        assert_error(get(self.client, "/vendor/me", **bearer(self.token_a)), 401, "unauthorized")
        # Another vendor's member cannot revoke it: 404.
        other = ApiToken.objects.get(digest=digest(self.token_b))
        response = self.client.post(reverse("api_tokens:revoke", args=[other.pk]))
        self.assertEqual(response.status_code, 404)
        other.refresh_from_db()
        self.assertIsNone(other.revoked_at)

    def test_operator_command_prints_the_token_alone_on_its_last_line_and_revokes_it(self) -> None:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli(
                [
                    "api-token",
                    "create",
                    "--vendor",
                    self.vendor_b.slug,
                    "--scopes",
                    "leads:read,listings:write",
                ]
            )
        self.assertEqual(code, 0)
        secret = out.getvalue().strip().splitlines()[-1]
        me = get(self.client, "/vendor/me", **bearer(secret)).json()
        self.assertEqual(me["scopes"], ["leads:read", "listings:write"])
        token = ApiToken.objects.get(digest=digest(secret))
        with contextlib.redirect_stdout(io.StringIO()):
            self.assertEqual(cli(["api-token", "revoke", str(token.pk)]), 0)
        assert_error(get(self.client, "/vendor/me", **bearer(secret)), 401)
        with contextlib.redirect_stderr(io.StringIO()):
            self.assertEqual(cli(["api-token", "create", "--vendor", "nope", "--scopes", "leads:read"]), 1)
            self.assertEqual(
                cli(["api-token", "create", "--vendor", self.vendor_b.slug, "--scopes", "root"]), 1
            )

    def test_wrong_or_malformed_tokens_get_401(self) -> None:
        for header in ("Bearer xy_wrong", "Bearer ", "Basic abc", "Bearer " + "x" * 500):
            with self.subTest(header):
                assert_error(self.client.get("/api/v1/vendor/leads", headers={"Authorization": header}), 401)

    def test_scopes_limit_what_a_token_does(self) -> None:
        reader = token_create(
            vendor=self.vendor_a, name="只读", scopes=["leads:read"], created_by=None
        ).secret
        lead = self.submit_lead(self.offering_a)
        self.assertEqual(len(walk(self.client, "/vendor/leads", token=reader)), 1)
        assert_error(
            send(
                self.client, "post", f"/vendor/leads/{lead.pk}/status", {"status": "contacted"}, token=reader
            ),
            403,
            "insufficient_scope",
        )
        assert_error(get(self.client, "/vendor/offerings", **bearer(reader)), 403, "insufficient_scope")
        plan = self.offering_a.plans.get()
        assert_error(
            send(self.client, "patch", f"/vendor/plans/{plan.pk}", {"price": "1"}, token=reader), 403
        )
        self.assertEqual(LeadRoute.objects.get(lead=lead).status, "new")
        plan.refresh_from_db()
        self.assertNotEqual(str(plan.price), "1.00")

    @override_settings(XUANYONG_API_TOKEN_RATE_PER_MINUTE=3)
    def test_each_token_is_rate_limited_with_retry_after(self) -> None:
        for _ in range(3):
            self.assertEqual(get(self.client, "/vendor/me", **bearer(self.token_a)).status_code, 200)
        refused = get(self.client, "/vendor/me", **bearer(self.token_a))
        assert_error(refused, 429, "rate_limited")
        self.assertGreater(int(refused["Retry-After"]), 0)
        self.assertEqual(get(self.client, "/vendor/me", **bearer(self.token_b)).status_code, 200, "per token")

    def test_leads_list_incrementally_and_status_changes_keep_the_audit_trail(self) -> None:
        first = self.submit_lead(self.offering_a, phone="13800138001")
        second = self.submit_lead(self.offering_a, phone="13800138002")
        self.submit_lead(self.offering_b, phone="13800138003")  # vendor B's
        leads = walk(self.client, "/vendor/leads", token=self.token_a, limit=1)
        self.assertEqual([item["id"] for item in leads], [first.pk, second.pk])
        self.assertEqual(leads[0]["phone"], "+8613800138001")
        since = max(item["updated_at"] for item in leads)
        response = send(
            self.client,
            "post",
            f"/vendor/leads/{first.pk}/status",
            {"status": "lost", "lost_reason": "预算不足"},
            token=self.token_a,
        )
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["status"], "lost")
        changed = walk(
            self.client, f"/vendor/leads?updated_since={since.replace('+', '%2B')}", token=self.token_a
        )
        self.assertIn(first.pk, [item["id"] for item in changed])
        audit = LeadAudit.objects.get(lead=first, action=LeadAudit.Action.STATUS)
        self.assertEqual(audit.detail["to"], "lost")
        self.assertEqual(audit.actor, self.vendor_a_member)
        later = (timezone.now() + dt.timedelta(hours=1)).isoformat().replace("+", "%2B")
        self.assertEqual(walk(self.client, f"/vendor/leads?updated_since={later}", token=self.token_a), [])
        # The service's rule holds: lost needs a reason.
        assert_error(
            send(
                self.client,
                "post",
                f"/vendor/leads/{second.pk}/status",
                {"status": "lost"},
                token=self.token_a,
            ),
            400,
            "lost_reason_invalid",
        )

    def test_listing_edits_go_through_the_portal_services(self) -> None:
        response = send(
            self.client,
            "patch",
            f"/vendor/offerings/{self.offering_a.slug}",
            {"tagline": "更快的收银", "price_min": "90"},
            token=self.token_a,
        )
        self.assertEqual(response.status_code, 200, response.content)
        revision = CatalogRevision.objects.get(offering=self.offering_a)
        self.assertEqual(revision.changes["tagline"][1], "更快的收银")
        plan = self.offering_a.plans.get()
        Plan.objects.filter(pk=plan.pk).update(last_verified_on=dt.date(2025, 1, 1))
        response = send(
            self.client, "patch", f"/vendor/plans/{plan.pk}", {"price": "120.50"}, token=self.token_a
        )
        self.assertEqual(response.json()["last_verified_on"], timezone.localdate().isoformat())
        self.assertEqual(response.json()["price"], "120.50")
        created = send(
            self.client,
            "post",
            f"/vendor/offerings/{self.offering_a.slug}/plans",
            {"name": "旗舰版", "price": "999", "billing_period": "year"},
            token=self.token_a,
        )
        self.assertEqual(created.status_code, 201, created.content)
        Plan.objects.filter(pk=plan.pk).update(last_verified_on=dt.date(2025, 1, 1))
        confirmed = send(self.client, "post", f"/vendor/plans/{plan.pk}/confirm-price", token=self.token_a)
        self.assertEqual(confirmed.json()["last_verified_on"], timezone.localdate().isoformat())
        # HTML is refused as on the portal; nothing changes.
        assert_error(
            send(
                self.client,
                "patch",
                f"/vendor/offerings/{self.offering_a.slug}",
                {"tagline": "<script>x</script>"},
                token=self.token_a,
            ),
            400,
        )
        self.offering_a.refresh_from_db()
        self.assertEqual(self.offering_a.tagline, "更快的收银")

    def test_a_token_never_reaches_another_vendors_data(self) -> None:
        lead_b = self.submit_lead(self.offering_b, phone="13800138009")
        plan_b = self.offering_b.plans.get()
        attempts = [
            ("get", f"/vendor/leads/{lead_b.pk}", None),
            ("post", f"/vendor/leads/{lead_b.pk}/status", {"status": "contacted"}),
            ("get", f"/vendor/offerings/{self.offering_b.slug}", None),
            ("patch", f"/vendor/offerings/{self.offering_b.slug}", {"tagline": "被改了"}),
            ("post", f"/vendor/offerings/{self.offering_b.slug}/plans", {"name": "偷加的"}),
            ("patch", f"/vendor/plans/{plan_b.pk}", {"price": "1"}),
            ("post", f"/vendor/plans/{plan_b.pk}/confirm-price", None),
        ]
        for method, path, body in attempts:
            with self.subTest(f"{method} {path}"):
                response = (
                    get(self.client, path, **bearer(self.token_a))
                    if method == "get"
                    else send(self.client, method, path, body, token=self.token_a)
                )
                assert_error(response, 404, "not_found")
        self.assertNotIn(
            lead_b.pk, [item["id"] for item in walk(self.client, "/vendor/leads", token=self.token_a)]
        )
        self.assertNotIn(
            self.offering_b.slug,
            [o["slug"] for o in walk(self.client, "/vendor/offerings", token=self.token_a)],
        )
        self.assertEqual(LeadRoute.objects.get(lead=lead_b).status, "new")
        self.offering_b.refresh_from_db()
        self.assertNotEqual(self.offering_b.tagline, "被改了")
        self.assertEqual(self.offering_b.plans.count(), 1)

    def test_bad_bodies_get_the_error_shape_and_change_nothing(self) -> None:
        path = f"/vendor/offerings/{self.offering_a.slug}"
        cases = [
            (send(self.client, "patch", path, raw="{not json", token=self.token_a), 400),
            (send(self.client, "patch", path, raw="[1, 2]", token=self.token_a), 400),
            (send(self.client, "patch", path, {"tagline": 5}, token=self.token_a), 400),
            (send(self.client, "patch", path, {"name": "改名"}, token=self.token_a), 400),  # not editable
            (send(self.client, "patch", path, {"price_min": "-1"}, token=self.token_a), 400),
            (send(self.client, "patch", path, {"price_min": "abc"}, token=self.token_a), 400),
            (send(self.client, "patch", path, {"deployment": "mainframe"}, token=self.token_a), 400),
            (send(self.client, "patch", path, {"tagline": "正常\u202eexe.pdf"}, token=self.token_a), 400),
            (send(self.client, "patch", path, {"tagline": "x" * (1024 * 1024)}, token=self.token_a), 413),
            (
                send(self.client, "post", "/vendor/leads/abc/status", {"status": "won"}, token=self.token_a),
                400,
            ),
            (
                send(
                    self.client,
                    "post",
                    "/vendor/leads/1/status",
                    {"status": "teleported"},
                    token=self.token_a,
                ),
                400,
            ),
        ]
        for response, status in cases:
            assert_error(response, status)
        before = Offering.objects.get(pk=self.offering_a.pk)
        self.assertEqual(before.tagline, "门店收银")
        self.assertFalse(CatalogRevision.objects.exists())

    def test_the_leads_list_costs_the_same_whatever_its_length(self) -> None:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        for i in range(6):
            self.submit_lead(self.offering_a, phone=f"1390013900{i}")
        get(self.client, "/vendor/me", **bearer(self.token_a))  # notes the token's last use, once a minute
        counts = []
        for limit in (2, 6):
            with CaptureQueriesContext(connection) as captured:
                self.assertEqual(
                    get(self.client, f"/vendor/leads?limit={limit}", **bearer(self.token_a)).status_code, 200
                )
            counts.append(len(captured))
        self.assertEqual(counts[0], counts[1])
