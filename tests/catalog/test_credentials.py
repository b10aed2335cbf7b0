"""Credentials as buyers use them: vendors state them, operators check them, filters and pages show
them with their state, and expired or rejected ones stop counting."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from xuanyong.accounts.models import Role
from xuanyong.accounts.services import user_grant_role
from xuanyong.catalog import credentials
from xuanyong.catalog.models import Credential, Offering, OfferingCredentialTag
from xuanyong.catalog.services import category_memberships_sync, offering_save

from ..base import PersonasTestCase
from ..reviews.helpers import published_review
from .helpers import make_offering, pos_category

PDF = b"%PDF-1.4\n%sample certificate\n%%EOF"
TODAY = timezone.localdate


def state(
    vendor: Any, offering: Offering | None = None, *, verified_by: Any = None, **fields: Any
) -> Credential:
    """A credential through the service, verified when an operator is given."""
    credential = credentials.credential_submit(
        vendor=vendor, user=None, data=credentials.CredentialInput(offering=offering, **fields)
    )
    if verified_by is not None:
        credentials.credential_decide(credential=credential, operator=verified_by, verify=True)
    return credential


class CredentialsTestCase(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.pos = pos_category()
        cls.a1 = make_offering(cls.pos, "甲收银", vendor=cls.vendor_a)
        cls.a2 = make_offering(cls.pos, "甲零售云", vendor=cls.vendor_a)
        cls.b1 = make_offering(cls.pos, "乙收银", vendor=cls.vendor_b)
        category_memberships_sync([cls.a1.pk, cls.a2.pk, cls.b1.pk])
        cls.url = reverse("catalog:category", args=[cls.pos.slug])

    def listed(self, params: dict[str, Any]) -> list[str]:
        page = self.client.get(self.url, params).content.decode()
        return re.findall(r'<h3><a href="/p/[^"]+/">([^<]+)</a></h3>', page)

    def facet_count(self, params: dict[str, Any], label: str) -> int | None:
        page = self.client.get(self.url, params).content.decode()
        match = re.search(rf"</span>{re.escape(label)} <span class=\"muted\">\((\d+)\)</span>", page)
        return int(match.group(1)) if match else None


class FilterTests(CredentialsTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        state(cls.vendor_a, cls.a1, kind="xinchuang", platforms=("kunpeng", "kylin"), number="XC-2025-00001",
              verified_by=cls.editor)  # fmt: skip
        state(cls.vendor_a, cls.a2, kind="xinchuang", platforms=("kunpeng", "uos"), number="XC-2025-00002")
        state(cls.vendor_b, cls.b1, kind="xinchuang", platforms=("phytium", "kylin"), number="XC-2025-00003")
        soon = TODAY() + dt.timedelta(days=200)
        state(cls.vendor_a, cls.a1, kind="dengbao", level=3, number="11010813001-20001", expires_on=soon)
        state(cls.vendor_b, cls.b1, kind="dengbao", level=2, number="11010813001-20002", expires_on=soon)
        state(cls.vendor_a, kind="vat_invoice", verified_by=cls.editor)  # the vendor's: both its offerings

    def test_xinchuang_platforms_are_all_required(self) -> None:
        self.assertEqual(self.listed({"xinchuang": "kunpeng"}), ["甲收银", "甲零售云"])
        self.assertEqual(self.listed({"xinchuang": ["kunpeng", "kylin"]}), ["甲收银"])
        self.assertEqual(self.listed({"xinchuang": "kylin"}), ["甲收银", "乙收银"])
        # Counts are among what every filter keeps: ticking 鲲鹏 leaves one product with 麒麟.
        self.assertEqual(self.facet_count({}, "麒麟"), 2)
        self.assertEqual(self.facet_count({"xinchuang": "kunpeng"}, "麒麟"), 1)
        self.assertEqual(self.facet_count({"xinchuang": "kunpeng"}, "统信 UOS"), 1)

    def test_dengbao_asks_for_a_minimum_level(self) -> None:
        self.assertEqual(self.listed({"dengbao": "2"}), ["甲收银", "乙收银"])
        self.assertEqual(self.listed({"dengbao": "3"}), ["甲收银"])
        self.assertEqual(self.listed({"dengbao": "4"}), [])
        self.assertEqual(self.facet_count({}, "三级及以上"), 1)
        self.assertEqual(self.facet_count({}, "二级及以上"), 2)
        self.assertEqual(self.listed({"xinchuang": ["kunpeng", "kylin"], "dengbao": "3"}), ["甲收银"])

    def test_a_vendors_own_credential_counts_for_each_of_its_offerings(self) -> None:
        self.assertEqual(self.listed({"cred": "vat_invoice"}), ["甲收银", "甲零售云"])
        self.assertEqual(self.facet_count({}, "可开专票"), 2)
        # Also for an offering the vendor adds later, and after an edit saved from a stale copy.
        stale = Offering.objects.get(pk=self.a2.pk)
        with self.captureOnCommitCallbacks(execute=True):
            later = make_offering(self.pos, "甲会员营销", vendor=self.vendor_a)
            category_memberships_sync([later.pk])
        self.assertEqual(self.listed({"cred": "vat_invoice"}), ["甲收银", "甲零售云", "甲会员营销"])
        vat = Credential.objects.get(kind="vat_invoice")
        with self.captureOnCommitCallbacks(execute=True):
            credentials.credential_withdraw(credential=vat, vendor=self.vendor_a)
            stale.tagline = "改了一句介绍"
            offering_save(offering=stale)
        stale.refresh_from_db()
        self.assertNotIn("可开专票", [b["label"] for b in stale.credential_badges])
        self.assertEqual(self.listed({"cred": "vat_invoice"}), [])

    def test_the_dengbao_level_is_one_choice_counted_as_if_unticked(self) -> None:
        page = self.client.get(self.url, {"dengbao": "3"}).content.decode()
        self.assertEqual(self.facet_count({"dengbao": "3"}, "二级及以上"), 2)  # what picking it would give
        self.assertIn('href="?dengbao=2"', page)  # picking another level replaces this one

    def test_every_other_credential_filters_and_counts(self) -> None:
        expires = TODAY() + dt.timedelta(days=400)
        cases = [
            ("icp", {"number": "京ICP备12345678号"}), ("edi", {"number": "沪B2-20190123"}),
            ("iso27001", {"number": "BSI-27001-000123", "expires_on": expires}),
            ("iso9001", {"number": "CQC-9001-000456", "expires_on": expires}),
            ("cmmi", {"number": "CMMI-30021", "level": 3, "expires_on": expires}),
        ]  # fmt: skip
        for kind, fields in cases:
            state(self.vendor_b, kind=kind, **fields)
        state(self.vendor_b, self.b1, kind="ruanzhu", number="2023SR0123456", name="乙收银软件 V3.0")
        labels = dict(credentials.TAG_LABELS)
        for code in ("icp", "edi", "iso27001", "iso9001", "cmmi", "ruanzhu"):
            with self.subTest(code=code):
                self.assertEqual(self.listed({"cred": code}), ["乙收银"])
                self.assertEqual(self.facet_count({}, labels[code]), 1)
        self.assertEqual(self.listed({"cred": ["icp", "vat_invoice"]}), [])  # all of them, not any

    def test_unknown_values_are_dropped_and_said(self) -> None:
        page = self.client.get(self.url, {"xinchuang": "x86", "dengbao": "9"})
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, "信创适配")
        self.assertEqual(self.listed({"xinchuang": "x86"}), ["甲收银", "甲零售云", "乙收银"])

    def test_cards_say_what_was_checked(self) -> None:
        page = self.client.get(self.url).content.decode()
        card = page[page.index(">甲收银<") : page.index(">甲零售云<")]
        self.assertIn('<span class="badge badge-green" title="已核验">信创 ✓</span>', card)
        self.assertIn('<span class="badge badge-muted" title="服务商自填">等保三级</span>', card)

    def test_offering_page_and_compare_show_the_state_and_date(self) -> None:
        offering_page = self.client.get(self.a1.get_absolute_url()).content.decode()
        today = f"{TODAY():%Y-%m-%d}"
        self.assertIn(f"已核验（{today}）", offering_page)
        self.assertIn("服务商自填", offering_page)
        compare = self.client.get(reverse("catalog:compare"), {"o": f"{self.a1.slug},{self.b1.slug}"})
        self.assertContains(compare, f"鲲鹏、麒麟（已核验 {today}）")
        self.assertContains(compare, "飞腾、麒麟（服务商自填）")
        self.assertContains(compare, "等保测评 2 级（服务商自填）")

    def test_search_filters_and_counts_them(self) -> None:
        from xuanyong.search.index import reindex_all

        reindex_all()
        page = self.client.get(reverse("search:search"), {"q": "收银", "xinchuang": "kylin"}).content.decode()
        self.assertIn("共 2 条结果", page)
        self.assertNotIn(">甲零售云<", page)
        narrowed = self.client.get(
            reverse("search:search"), {"q": "收银", "xinchuang": "kylin", "dengbao": "3"}
        )
        self.assertContains(narrowed, "共 1 条结果")

    def test_rankings_filter_without_touching_the_score(self) -> None:
        for offering in (self.a1, self.a2, self.b1):
            published_review(offering, self.buyer, 8)
        page = self.client.get(reverse("catalog:ranking", args=[self.pos.slug]), {"cred": "vat_invoice"})
        self.assertContains(page, "名次与得分不变")
        self.assertContains(page, "可开专票 (2)")
        self.assertNotContains(page, ">乙收银<")


class VerificationTests(CredentialsTestCase):
    def submit(self, client: Client | None = None, **fields: Any) -> Any:
        client = client or self.vendor_client()
        data = {"kind": "dengbao", "offering": str(self.a1.pk), "level": "3", "number": "11010813001-20001",
                "issued_on": "2026-06-01", "expires_on": "2027-06-01",
                "evidence": SimpleUploadedFile("等保备案证明.pdf", PDF), **fields}  # fmt: skip
        return client.post(reverse("portal:credentials"), {k: v for k, v in data.items() if v is not None})

    def vendor_client(self) -> Client:
        client = Client()
        client.force_login(self.vendor_a_member)
        return client

    def test_a_vendor_states_and_an_operator_verifies(self) -> None:
        self.assertRedirects(self.submit(), reverse("portal:credentials"))
        credential = Credential.objects.get()
        self.assertEqual((credential.status, credential.evidence_name), ("self", "等保备案证明.pdf"))
        self.assertNotIn("等保", credential.evidence.name)  # the stored name reveals nothing
        self.assertContains(self.client.get(self.a1.get_absolute_url()), "服务商自填")

        ops = Client()
        ops.force_login(self.editor)
        queue = ops.get(reverse("ops_credentials:queue"))
        self.assertContains(queue, "11010813001-20001")
        self.assertEqual(ops.get(reverse("ops_credentials:evidence", args=[credential.pk])).status_code, 200)
        refused = ops.post(
            reverse("ops_credentials:decide", args=[credential.pk]), {"decision": "reject"}, follow=True
        )
        self.assertContains(refused, "请填写未通过的原因")
        with self.captureOnCommitCallbacks(execute=True):  # the decision shows on the next view
            ops.post(reverse("ops_credentials:decide", args=[credential.pk]), {"decision": "verify"})
        credential.refresh_from_db()
        self.assertEqual((credential.status, credential.verified_by), ("verified", self.editor))
        self.assertContains(self.client.get(self.a1.get_absolute_url()), f"已核验（{TODAY():%Y-%m-%d}）")

    def test_the_admin_shows_a_credential_read_only_with_its_evidence_link(self) -> None:
        self.submit()
        credential = Credential.objects.get()
        admin = Client()
        admin.force_login(self.admin)
        page = admin.get(reverse("admin:catalog_credential_change", args=[credential.pk]))
        self.assertContains(page, reverse("ops_credentials:evidence", args=[credential.pk]))
        self.assertNotContains(page, 'name="number"')  # nothing to edit around the services
        self.assertEqual(
            admin.get(reverse("admin:catalog_credential_delete", args=[credential.pk])).status_code, 403
        )

    def test_a_rejected_credential_stops_counting(self) -> None:
        self.submit()
        credential = Credential.objects.get()
        credentials.credential_decide(
            credential=credential, operator=self.editor, verify=False, note="备案编号查无此记录"
        )
        self.assertFalse(OfferingCredentialTag.objects.exists())
        self.assertEqual(self.listed({"dengbao": "3"}), [])
        self.assertContains(self.vendor_client().get(reverse("portal:credentials")), "备案编号查无此记录")

    def test_nobody_checks_their_own_and_vendors_cannot_check(self) -> None:
        self.submit()
        credential = Credential.objects.get()
        vendor = self.vendor_client()
        self.assertEqual(
            vendor.post(
                reverse("ops_credentials:decide", args=[credential.pk]), {"decision": "verify"}
            ).status_code,
            403,
        )
        self.assertEqual(
            vendor.get(reverse("ops_credentials:evidence", args=[credential.pk])).status_code, 403
        )
        with self.assertRaisesMessage(Exception, "只有运营人员可以核验资质"):
            credentials.credential_decide(credential=credential, operator=self.vendor_a_member, verify=True)
        user_grant_role(user=self.vendor_a_member, role=Role.EDITOR)  # an operator who works for the vendor
        with self.assertRaisesMessage(Exception, "不能核验自己服务商的资质"):
            credentials.credential_decide(credential=credential, operator=self.vendor_a_member, verify=True)
        self.assertEqual(Credential.objects.get().status, "self")

    def test_another_vendors_offering_and_credential_are_out_of_reach(self) -> None:
        response = self.submit(offering=str(self.b1.pk))
        self.assertContains(response, "选择一个有效的选项", status_code=400)
        self.assertFalse(Credential.objects.exists())
        theirs = state(self.vendor_b, self.b1, kind="ruanzhu", number="2023SR0123456", name="乙收银软件 V3.0")
        withdraw = self.vendor_client().post(reverse("portal:credential_withdraw", args=[theirs.pk]))
        self.assertEqual(withdraw.status_code, 404)
        self.assertTrue(Credential.objects.filter(pk=theirs.pk).exists())

    def test_malformed_numbers_get_the_format_in_chinese_and_store_nothing(self) -> None:
        cases = [
            ({"kind": "dengbao", "number": "123"}, "等保备案编号应形如 11010813001-20001"),
            (
                {"kind": "icp", "offering": "", "number": "ICP12345"},
                "ICP 编号应为备案号（如 京ICP备12345678号）",
            ),
            ({"kind": "edi", "offering": "", "number": "沪B1-2019"}, "EDI 许可证号应形如 沪B2-20190123"),
            (
                {"kind": "ruanzhu", "number": "SR2023", "name": "甲收银软件"},
                "软件著作权登记号应形如 2023SR0123456",
            ),
            (
                {"kind": "xinchuang", "number": "XC-1", "level": None},
                "请至少选择一个已适配的 CPU、操作系统或数据库",
            ),
            ({"kind": "dengbao", "level": "5"}, "请选择级别（2、3、4 级）"),
            (
                {"kind": "iso27001", "offering": "", "number": "BSI-27001-1", "expires_on": None},
                "请填写有效期",
            ),
            ({"expires_on": "2025-01-01"}, "有效期不能早于发证日期"),
            (
                {"evidence": SimpleUploadedFile("证明.pdf", b"MZ\x90\x00 not a pdf")},
                "只支持 PDF、PNG 或 JPG 格式的证明文件",
            ),
        ]
        for fields, message in cases:
            with self.subTest(fields=fields):
                self.assertContains(self.submit(**fields), message, status_code=400)
        self.assertFalse(Credential.objects.exists())
        self.assertEqual(credentials.counting().count(), 0)

    def test_good_numbers_of_each_format_are_taken(self) -> None:
        for kind, number in (
            ("icp", "京ICP备12345678号-2"),
            ("icp", "粤B2-20090059"),
            ("edi", "沪B2-20190123"),
        ):
            with self.subTest(number=number):
                Credential.objects.all().delete()
                self.assertEqual(
                    self.submit(kind=kind, offering="", number=number, level=None).status_code, 302
                )


class ExpiryTests(CredentialsTestCase):
    def test_expired_credentials_leave_filters_and_the_vendor_is_reminded_once(self) -> None:
        today = TODAY()
        lapsing = state(self.vendor_a, self.a1, kind="dengbao", level=3, number="11010813001-20001",
                        issued_on=today - dt.timedelta(days=340), expires_on=today + dt.timedelta(days=25))  # fmt: skip
        self.assertEqual(self.listed({"dengbao": "3"}), ["甲收银"])
        self.assertEqual(credentials.credentials_expire_and_remind(today=today), (0, 1))
        self.assertEqual(mail.outbox[0].to, [self.vendor_a_member.email])
        self.assertIn("将于", mail.outbox[0].body)
        self.assertEqual(credentials.credentials_expire_and_remind(today=today), (0, 0))  # once
        # The day after it lapses, the daily run drops it from tags, badges and compare.
        later = lapsing.expires_on + dt.timedelta(days=1)
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(credentials.credentials_expire_and_remind(today=later)[0], 1)
        self.assertFalse(OfferingCredentialTag.objects.filter(code="dengbao:3").exists())
        self.a1.refresh_from_db()
        self.assertEqual(self.a1.credential_badges, [])

    def test_expiries_missed_while_the_scheduler_was_down_are_still_handled_once(self) -> None:
        today = TODAY()
        state(self.vendor_a, self.a1, kind="dengbao", level=3, number="11010813001-20001",
              issued_on=today - dt.timedelta(days=380), expires_on=today + dt.timedelta(days=1))  # fmt: skip
        a_month_later = today + dt.timedelta(days=31)
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(credentials.credentials_expire_and_remind(today=a_month_later), (1, 0))
        self.assertFalse(OfferingCredentialTag.objects.filter(code="dengbao:3").exists())
        self.assertEqual(credentials.credentials_expire_and_remind(today=a_month_later), (0, 0))

    @override_settings(CREDENTIALS_REMIND_DAYS=10)
    def test_the_reminder_window_is_a_setting(self) -> None:
        today = TODAY()
        state(
            self.vendor_a,
            kind="iso27001",
            number="BSI-27001-000123",
            expires_on=today + dt.timedelta(days=25),
        )
        self.assertEqual(credentials.credentials_expire_and_remind(today=today), (0, 0))
