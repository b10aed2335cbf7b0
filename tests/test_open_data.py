"""Open data: `xuanyong export-open-data DIR`, the nightly task, and /open-data/ with its downloads.

The export runs once over the sample data, topped up with the personal data the sample lacks (a
reviewer's mobile number, a published review's IP address and visitor id, a lead's e-mail, contact
details typed into a review and a vendor's reply, a claim's contact person), so the privacy checks
have something to find if anything leaked. Every check reads the files as a downloader would.
"""

from __future__ import annotations

import csv
import hashlib
import io
import ipaddress
import json
import os
import re
import shutil
import tempfile
from contextlib import redirect_stderr, redirect_stdout, suppress
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from xuanyong import cli
from xuanyong.accounts.models import User
from xuanyong.accounts.services import vendor_membership_create
from xuanyong.catalog.models import Category, Offering, Plan, Vendor
from xuanyong.catalog.services import offering_unpublish
from xuanyong.demo.sample import load_sample
from xuanyong.leads import routing
from xuanyong.leads.models import Lead, WebhookEndpoint
from xuanyong.leads.services import LeadInput, lead_submit
from xuanyong.opendata.selectors import DATASETS as DATASET_DEFINITIONS
from xuanyong.opendata.services import open_data_export
from xuanyong.opendata.tasks import export_nightly
from xuanyong.portal.models import CatalogRevision, VendorClaim
from xuanyong.portal.services import plan_update
from xuanyong.reviews.models import Review
from xuanyong.reviews.ranking import category_ranking
from xuanyong.reviews.services import review_create, review_moderate, vendor_reply_save

from .base import PASSWORD, make_user
from .factories import OfferingFactory, PlanFactory

DATASETS = [
    "categories", "vendors", "offerings", "plans", "price_observations", "reviews", "rankings", "ranking_inputs",
]  # fmt: skip
SITE_URL = "https://xuanyong.example"  # a production site is served under a domain name

# Deliberately independent of the exporter's own patterns.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Bounded by anything but a letter or digit: a number run into Chinese text counts, a run of
# digits inside a checksum does not.
MOBILE = re.compile(r"(?<![0-9A-Za-z])(\+?86[ -]?)?1[3-9]\d([ -]?\d{4}){2}(?![0-9A-Za-z])")
PHONE = re.compile(r"(?<![0-9A-Za-z])(0\d{2,3}[ -]?\d{7,8}|[48]00[ -]?\d{3}[ -]?\d{4})(?![0-9A-Za-z])")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])")
IPV6_CANDIDATE = re.compile(r"[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}")
REVIEWER_ID = 987654321
PII_TEXT = (
    "联系我：手机 139 1234 5678，邮箱 zhang.wei@corp-mail.cn，公司出口 IP 203.0.113.45 或 2001:db8::17。"
)
PENDING_TEXT = "这条评价还在审核队列里，开放数据中不应出现。"


def _ips(text: str) -> list[str]:
    found = []
    for match in IPV4.finditer(text):
        with suppress(ValueError):
            found.append(str(ipaddress.IPv4Address(match.group(0))))
    for match in IPV6_CANDIDATE.finditer(text):
        with suppress(ValueError):
            found.append(str(ipaddress.IPv6Address(match.group(0))))
    return found


def _as_csv(value: Any) -> str:
    """How a JSON value reads in the CSV: lists and objects as JSON text, null as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _review_data(**extra: Any) -> dict[str, Any]:
    return {
        "recommend": 8, "ease_of_use": 4, "features": 4, "support": 4, "value": 4,
        "pros": "上手很快，门店员工半天就学会了。", "cons": "高级报表需要另外付费购买。", "use_case": "三家门店日常收银",
        "reviewer_role": "owner", "company_size": "1-20", "industry": "retail", "usage_duration": "1y-3y",
        **extra,
    }  # fmt: skip


class OpenDataExportTests(TestCase):
    root: ClassVar[Path]
    export: ClassVar[Path]
    manifest: ClassVar[dict[str, Any]]
    texts: ClassVar[dict[str, str]]
    pii_review: ClassVar[Review]
    pending_review: ClassVar[Review]
    unpublished: ClassVar[Offering]
    draft: ClassVar[Offering]
    price_plan: ClassVar[Plan]
    old_price: ClassVar[Decimal | None]
    old_unit: ClassVar[str]
    old_period: ClassVar[str]
    new_period: ClassVar[str]

    @classmethod
    def setUpClass(cls) -> None:
        cls.root = Path(tempfile.mkdtemp(prefix="xy-open-data-test-"))
        cls.addClassCleanup(shutil.rmtree, cls.root, ignore_errors=True)
        overrides = override_settings(OPEN_DATA_DIR=cls.root / "published", SITE_URL=SITE_URL)
        overrides.enable()
        cls.addClassCleanup(overrides.disable)
        super().setUpClass()

    @classmethod
    def setUpTestData(cls) -> None:
        load_sample()
        # Writes commit as on the site: their on_commit hooks (cache version bumps) run.
        with cls.captureOnCommitCallbacks(execute=True):
            cls.add_personal_data_and_unpublished_rows()
        done = open_data_export(root=cls.root / "cli")
        cls.export = done.path
        cls.manifest = json.loads((done.path / "manifest.json").read_text(encoding="utf-8"))
        cls.texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(done.path.iterdir())}

    @classmethod
    def add_personal_data_and_unpublished_rows(cls) -> None:
        editor = make_user("editor@example.com", "编辑小李")
        offering = Offering.objects.published().filter(review_count__gte=3, plans__isnull=False).first()
        assert offering is not None
        vendor = offering.vendor
        member = make_user("owner@qimu-member.example.com", "服务商成员")
        vendor_membership_create(user=member, vendor=vendor)
        # A reviewer with a mobile number, whose published review carries an IP, a visitor id and
        # contact details typed into its text; the vendor's public reply gives a phone number too.
        # An account id no other number in the export comes near, so a leaked one would show.
        reviewer = User.objects.create_user(
            "li.reviewer@reviewer-corp.example",
            PASSWORD,
            id=REVIEWER_ID,
            display_name="李工",
            mobile="13712345678",
        )
        review = review_create(
            user=reviewer, offering=offering, data=_review_data(pros=PII_TEXT), ip="198.51.100.23",
            visitor_id="visitor-open-data-0001",
        )  # fmt: skip
        cls.pii_review = review_moderate(review=review, publish=True, moderator=editor)
        vendor_reply_save(
            review=review,
            user=member,
            body="感谢评价！有问题请拨打 0571-88886666 或写信到 help@qimu-support.cn。",
        )
        pending_user = make_user("pending.reviewer@example.org", "待审用户")
        cls.pending_review = review_create(
            user=pending_user, offering=offering, data=_review_data(pros=PENDING_TEXT), ip="198.51.100.24"
        )
        # A lead with an e-mail address, and a listing claim with its contact person.
        lead_submit(
            offer=routing.offer_for_offering(offering),
            data=LeadInput(kind="quote", name="周女士", phone="13698765432", email="zhou.buyer@lead-mail.cn"),
            consent_given=True, idempotency_key="open-data-lead", visitor_id="visitor-open-data-lead",
        )  # fmt: skip
        claimant = make_user("claimant@example.net", "认领人")
        VendorClaim.objects.create(
            user=claimant, vendor=vendor, legal_name=vendor.legal_name or "杭州某公司", uscc=vendor.uscc,
            contact_name="认领联系人赵六", contact_phone="13566667777",
        )  # fmt: skip
        WebhookEndpoint.objects.create(vendor=vendor, url="https://hooks.qimu.example/leads")
        # Price changes a vendor made: one on this published offering, one on an offering that is
        # then taken down (with its plans, reviews and revision: none of it may be exported).
        plan = offering.plans.order_by("position").first()
        assert plan is not None
        cls.price_plan, cls.old_price, cls.old_unit = plan, plan.price, plan.unit
        cls.old_period, cls.new_period = (
            plan.billing_period,
            "year" if plan.billing_period == "month" else "month",
        )
        plan_update(plan=plan, author=member, changes={"price": (plan.price or Decimal(0)) + 100})
        plan.refresh_from_db()
        plan_update(
            plan=plan, author=member, changes={"unit": "元/门店/季", "billing_period": cls.new_period}
        )
        unpublished = Offering.objects.published().filter(review_count__gte=3, plans__isnull=False)
        cls.unpublished = unpublished.exclude(pk=offering.pk).exclude(vendor=vendor).first()  # type: ignore[assignment]
        assert cls.unpublished is not None
        other_member = make_user("member@other-vendor.example.com", "另一服务商成员")
        vendor_membership_create(user=other_member, vendor=cls.unpublished.vendor)
        other_plan = cls.unpublished.plans.first()
        assert other_plan is not None
        plan_update(plan=other_plan, author=other_member, changes={"price": Decimal("4321.00")})
        offering_unpublish(offering=cls.unpublished)
        cls.draft = OfferingFactory(
            vendor=vendor, primary_category=offering.primary_category, status=Offering.Status.DRAFT,
            name="尚未发布的草稿产品", slug="weifabu-caogao-chanpin",
        )  # fmt: skip
        PlanFactory(offering=cls.draft, name="草稿套餐")

    # --- helpers ----------------------------------------------------------------------------

    def rows(self, dataset: str) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.texts[f"{dataset}.jsonl"].splitlines()]

    def csv_rows(self, dataset: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(self.texts[f"{dataset}.csv"], newline="")))

    def file_entry(self, name: str) -> dict[str, Any]:
        return next(f for f in self.manifest["files"] if f["name"] == name)

    # --- the files --------------------------------------------------------------------------

    def test_every_dataset_is_written_as_jsonl_and_csv_with_the_fields_the_manifest_describes(self) -> None:
        self.assertEqual(self.export.parent / os.readlink(self.export.parent / "latest"), self.export)
        self.assertEqual([p.name for p in self.export.parent.iterdir() if p.name.startswith(".")], [])
        names = sorted(f"{d}.{fmt}" for d in DATASETS for fmt in ("jsonl", "csv"))
        self.assertEqual(sorted(f["name"] for f in self.manifest["files"]), names)
        self.assertEqual(sorted(self.texts), sorted([*names, "manifest.json"]))
        for dataset in DATASETS:
            jsonl, csv_entry = self.file_entry(f"{dataset}.jsonl"), self.file_entry(f"{dataset}.csv")
            fields = [f["name"] for f in jsonl["fields"]]
            self.assertEqual(fields, [f["name"] for f in csv_entry["fields"]])
            self.assertTrue(all(re.search(r"[\u4e00-\u9fff]", f["description"]) for f in jsonl["fields"]))
            rows, table = self.rows(dataset), self.csv_rows(dataset)
            self.assertGreater(len(rows), 0, dataset)
            self.assertEqual(len(rows), jsonl["rows"])
            self.assertEqual(len(table), csv_entry["rows"])
            self.assertTrue(all(list(row) == fields for row in rows), dataset)
            self.assertEqual(list(table[0]), fields)
            # Both formats hold the same rows, in the same order.
            self.assertEqual([{k: _as_csv(v) for k, v in row.items()} for row in rows], table, dataset)

    def test_manifest_names_the_licence_and_describes_itself(self) -> None:
        self.assertEqual(self.manifest["schema_version"], 1)
        self.assertEqual(self.manifest["licence"]["name"], "CC BY 4.0")
        self.assertEqual(self.manifest["licence"]["url"], "https://creativecommons.org/licenses/by/4.0/")
        self.assertIn(f"{SITE_URL}/open-data/", self.manifest["licence"]["attribution"])
        self.assertRegex(self.manifest["generated_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
        for entry in self.manifest["files"]:
            self.assertIn(entry["format"], ("jsonl", "csv"))

    def test_row_counts_are_the_published_objects_in_the_database(self) -> None:
        published = Offering.objects.filter(status="published")
        price_changes = CatalogRevision.objects.filter(offering__in=published).exclude(plan=None)
        rankings = [category_ranking(c) for c in Category.objects.all()]
        expected = {
            "categories": Category.objects.count(),
            "vendors": Vendor.objects.filter(offerings__in=published).distinct().count(),
            "offerings": published.count(),
            "plans": Plan.objects.filter(offering__in=published).count(),
            "price_observations": Plan.objects.filter(offering__in=published).count() + price_changes.count(),
            "reviews": Review.objects.filter(status="published", offering__in=published).count(),
            "rankings": sum(len(r.ranked) + len(r.unranked) for r in rankings),
            "ranking_inputs": sum(e.count for r in rankings for e in r.ranked + r.unranked),
        }
        counts = {d["name"]: d["rows"] for d in self.manifest["datasets"]}
        self.assertEqual(counts, expected)
        self.assertEqual(price_changes.count(), 2)

    def test_checksums_and_sizes_in_the_manifest_match_the_files(self) -> None:
        for entry in self.manifest["files"]:
            data = (self.export / entry["name"]).read_bytes()
            self.assertEqual(entry["sha256"], hashlib.sha256(data).hexdigest(), entry["name"])
            self.assertEqual(entry["bytes"], len(data))

    def test_price_history_shows_the_vendors_price_change_with_its_date(self) -> None:
        plan = Plan.objects.get(pk=self.price_plan.pk)
        observations = [r for r in self.rows("price_observations") if r["plan_id"] == plan.pk]
        current = next(r for r in observations if r["source"] == "plan")
        self.assertEqual((current["price"], current["unit"]), (float(plan.price or 0), "元/门店/季"))
        # A vendor's price change counts as a check of the price: 价格核实日期 is today.
        self.assertEqual(current["observed_on"], timezone.localdate().isoformat())
        changes = [r for r in observations if r["source"] == "revision"]
        self.assertEqual([r["changed_fields"] for r in changes], [["price"], ["unit", "billing_period"]])
        old = float(self.old_price or 0)
        self.assertEqual((changes[0]["previous_price"], changes[0]["price"]), (old, old + 100))
        self.assertEqual((changes[1]["previous_unit"], changes[1]["unit"]), (self.old_unit, "元/门店/季"))
        self.assertEqual(
            (changes[1]["previous_billing_period"], changes[1]["billing_period"]),
            (self.old_period, self.new_period),
        )
        self.assertTrue(all(r["observed_at"].startswith(r["observed_on"]) for r in changes))

    def test_rankings_carry_the_formula_inputs_and_agree_with_the_ranking_page(self) -> None:
        category = Category.objects.get(pk=self.pii_review.offering.primary_category_id)
        ranking = category_ranking(category)
        rows = [r for r in self.rows("rankings") if r["category_id"] == category.pk and r["rank"]]
        self.assertEqual(
            [(r["offering_id"], r["score"]) for r in sorted(rows, key=lambda r: r["rank"])],
            [(e.offering.pk, e.score) for e in ranking.ranked],
        )
        inputs = [r for r in self.rows("ranking_inputs") if r["category_id"] == category.pk]
        for row in rows:
            mine = [i for i in inputs if i["offering_id"] == row["offering_id"]]
            self.assertEqual(len(mine), row["n"])
            self.assertAlmostEqual(sum(i["weight"] for i in mine), row["W"], places=4)
            recomputed = (row["prior_weight_C"] * row["prior_mean_m"] + row["S"]) / (
                row["prior_weight_C"] + row["W"]
            )
            self.assertAlmostEqual(recomputed, row["score"], places=3)
        review_ids = {r["id"] for r in self.rows("reviews")}
        self.assertTrue({i["review_id"] for i in inputs} <= review_ids)

    # --- privacy ----------------------------------------------------------------------------

    def test_the_database_holds_the_personal_data_the_export_must_leave_out(self) -> None:
        published = Review.objects.filter(status="published", offering__status="published")
        self.assertTrue(published.filter(user__email__contains="@").exists())
        self.assertTrue(published.exclude(user__mobile="").exists())
        self.assertTrue(published.exclude(ip=None).exclude(visitor_id="").exists())
        self.assertTrue(published.exclude(verified_domain="").exists())
        self.assertTrue(Lead.objects.exclude(email="").exists())
        self.assertTrue(Lead.objects.exclude(phone="").count() >= 10)
        self.assertTrue(Vendor.objects.exclude(hotline="").exists())

    def test_no_email_phone_number_or_ip_address_appears_in_any_file(self) -> None:
        for name, text in self.texts.items():
            self.assertIsNone(EMAIL.search(text), name)
            self.assertIsNone(MOBILE.search(text), name)
            self.assertIsNone(PHONE.search(text), name)
            self.assertEqual(_ips(text), [], name)

    def test_none_of_the_actual_personal_data_in_the_database_appears(self) -> None:
        secrets: set[str] = set()
        for email, mobile in User.objects.values_list("email", "mobile"):
            secrets |= {email, mobile}
        for phone, email in Lead.objects.values_list("phone", "email"):
            secrets |= {phone, phone.removeprefix("+86"), email}
        for ip, visitor, domain in Review.objects.values_list("ip", "visitor_id", "verified_domain"):
            secrets |= {ip or "", visitor, domain}
        for hotline, uscc in Vendor.objects.values_list("hotline", "uscc"):
            secrets |= {hotline, hotline.replace("-", ""), uscc}
        secrets |= set(VendorClaim.objects.values_list("contact_name", flat=True))
        secrets |= set(VendorClaim.objects.values_list("contact_phone", flat=True))
        secrets |= set(WebhookEndpoint.objects.values_list("secret", flat=True))
        secrets |= {self.pii_review.user.display_name, str(REVIEWER_ID)}  # type: ignore[union-attr]
        secrets.discard("")
        self.assertGreater(len(secrets), 150)
        everything = "\n".join(self.texts.values())
        self.assertEqual(sorted(s for s in secrets if s in everything), [])

    def test_no_dataset_has_a_field_for_a_person_or_an_account(self) -> None:
        personal = re.compile(
            r"user|author|account|email|mail|phone|mobile|ip$|^ip|visitor|domain|proof|contact|secret|hotline|uscc|moderat"
        )
        for entry in self.manifest["files"]:
            names = [f["name"] for f in entry["fields"]]
            # The rankings count reviews per verification level (reviews_proof, reviews_email): numbers.
            suspects = [n for n in names if personal.search(n) and not n.startswith("reviews_")]
            self.assertEqual(suspects, [], entry["name"])

    def test_a_review_with_contact_details_in_its_text_is_kept_with_them_hidden(self) -> None:
        review = next(r for r in self.rows("reviews") if r["id"] == self.pii_review.pk)
        self.assertIn("〔已隐去〕", review["pros"])
        self.assertTrue(review["pros"].startswith("联系我：手机 "))
        self.assertIn("感谢评价", review["vendor_reply"])
        self.assertEqual(
            (review["recommend"], review["reviewer_role"], review["verification"]), (8, "owner", "none")
        )

    # --- only what is published ---------------------------------------------------------------

    def test_unpublished_offerings_and_reviews_are_absent(self) -> None:
        hidden_offerings = {self.unpublished.pk, self.draft.pk}
        for dataset in ("offerings", "plans", "price_observations", "reviews", "rankings", "ranking_inputs"):
            rows = self.rows(dataset)
            key = "id" if dataset == "offerings" else "offering_id"
            self.assertEqual({r[key] for r in rows} & hidden_offerings, set(), dataset)
        everything = "\n".join(self.texts.values())
        for text in (self.unpublished.slug, self.draft.slug, self.draft.name, PENDING_TEXT):
            self.assertFalse(text in everything, text)
        review_ids = {r["id"] for r in self.rows("reviews")}
        hidden_reviews = set(Review.objects.exclude(status="published").values_list("pk", flat=True))
        hidden_reviews |= set(Review.objects.filter(offering=self.unpublished).values_list("pk", flat=True))
        self.assertGreaterEqual(len(hidden_reviews), 12)
        self.assertEqual(review_ids & hidden_reviews, set())
        self.assertIn(self.pii_review.pk, review_ids)

    def test_the_export_reads_in_chunks_not_one_query_per_row(self) -> None:
        def queries() -> int:
            cache.clear()  # rankings are cached: compute them each time
            with CaptureQueriesContext(connection) as captured:
                open_data_export(root=self.root / "queries")
            return len(captured)

        before = queries()
        category = Category.objects.get(pk=self.pii_review.offering.primary_category_id)
        for offering in OfferingFactory.create_batch(25, primary_category=category, vendor=self.draft.vendor):
            PlanFactory.create_batch(2, offering=offering)
        self.assertEqual(queries(), before)

    # --- the page and the downloads -----------------------------------------------------------

    def publish(self) -> Path:
        """Run the nightly task, which writes where the page reads."""
        export_nightly.delay()
        return (self.root / "published" / "latest").resolve()

    def test_the_page_lists_each_file_with_its_size_rows_and_checksum_and_the_fields(self) -> None:
        published = self.publish()
        manifest = json.loads((published / "manifest.json").read_text(encoding="utf-8"))
        response = self.client.get("/open-data/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "CC BY 4.0")
        self.assertContains(response, 'href="https://creativecommons.org/licenses/by/4.0/"')
        self.assertContains(response, f"数据来源：选用开放数据（{SITE_URL}/open-data/）")
        for entry in manifest["files"]:
            self.assertContains(response, f'href="/open-data/{entry["name"]}"')
            self.assertContains(response, entry["sha256"])
            self.assertContains(response, f"<td>{entry['rows']}</td>")
        self.assertContains(response, "price_observations")
        self.assertContains(response, "价格核实日期")
        self.assertContains(response, "推荐意愿（0–10）")

    def test_every_listed_file_downloads_as_written(self) -> None:
        published = self.publish()
        manifest = json.loads((published / "manifest.json").read_text(encoding="utf-8"))
        for entry in manifest["files"]:
            response = self.client.get(f"/open-data/{entry['name']}")
            self.assertEqual(response.status_code, 200, entry["name"])
            body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
            self.assertEqual(hashlib.sha256(body).hexdigest(), entry["sha256"])
            expected_type = "text/csv" if entry["format"] == "csv" else "application/x-ndjson"
            self.assertEqual(response["Content-Type"], f"{expected_type}; charset=utf-8")
            self.assertEqual(response["Content-Disposition"], f'attachment; filename="{entry["name"]}"')
        response = self.client.get("/open-data/manifest.json")
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        self.assertEqual(json.loads(b"".join(response.streaming_content)), manifest)  # type: ignore[attr-defined]
        etag = self.client.get("/open-data/reviews.csv")["ETag"]
        self.assertEqual(
            self.client.get("/open-data/reviews.csv", headers={"if-none-match": etag}).status_code, 304
        )

    def test_a_file_the_manifest_does_not_list_is_not_found(self) -> None:
        published = self.publish()
        (published / "notes.txt").write_text("not listed", encoding="utf-8")
        (published.parent / "secret.txt").write_text("outside", encoding="utf-8")
        for path in (
            "/open-data/notes.txt", "/open-data/latest", "/open-data/secret.txt", "/open-data/..%2Fsecret.txt",
            "/open-data/%2e%2e", "/open-data/reviews.xlsx", "/open-data/../settings.py", "/open-data/reviews.csv/",
        ):  # fmt: skip
            self.assertEqual(self.client.get(path).status_code, 404, path)

    def test_without_an_export_the_page_says_so(self) -> None:
        with override_settings(OPEN_DATA_DIR=self.root / "nothing-yet"):
            response = self.client.get("/open-data/")
            self.assertContains(response, "开放数据尚未生成")
            self.assertEqual(self.client.get("/open-data/reviews.csv").status_code, 404)

    def test_the_footer_links_the_page(self) -> None:
        self.assertContains(self.client.get("/privacy/"), 'href="/open-data/">开放数据</a>')

    # --- the command and the nightly task ----------------------------------------------------

    def test_the_command_exits_0_and_says_where_it_wrote(self) -> None:
        out = self.root / "command"
        stdout = io.StringIO()
        with redirect_stdout(stdout):
            code = cli.main(["export-open-data", str(out)])
        self.assertEqual(code, 0)
        latest = (out / "latest").resolve()
        self.assertIn(f"已导出开放数据到 {latest}", stdout.getvalue())
        self.assertIn("评价 ", stdout.getvalue())
        self.assertTrue((latest / "manifest.json").is_file())

    def test_the_command_reports_a_directory_it_cannot_write(self) -> None:
        blocker = self.root / "a-file"
        blocker.write_text("x", encoding="utf-8")
        stderr = io.StringIO()
        with redirect_stderr(stderr):
            code = cli.main(["export-open-data", str(blocker / "sub")])
        self.assertEqual(code, 1)
        self.assertIn("导出失败", stderr.getvalue())

    def test_the_nightly_task_keeps_only_the_newest_exports(self) -> None:
        root = self.root / "nightly"
        with override_settings(OPEN_DATA_DIR=root, OPEN_DATA_KEEP=2):
            for _ in range(3):
                export_nightly.delay()
        exports = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.is_symlink())
        self.assertEqual(len(exports), 2)
        self.assertEqual(os.readlink(root / "latest"), exports[-1])


def test_the_documentation_describes_every_field() -> None:
    """docs/open-data.md lists each dataset's fields as the manifest and the page describe them."""
    docs = (Path(__file__).resolve().parents[1] / "docs" / "open-data.md").read_text(encoding="utf-8")
    for dataset in DATASET_DEFINITIONS:
        assert f"### `{dataset.name}`" in docs
        section = docs.split(f"### `{dataset.name}`", 1)[1].split("\n### ", 1)[0]
        for field in dataset.fields:
            description = field.description.replace("|", "\\|")  # escaped in a Markdown table
            assert f"| `{field.name}` | {description} |" in section, field.name
