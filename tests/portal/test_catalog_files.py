"""Catalog files in the browser: operators import the whole catalog (/ops/catalog/), a vendor its
own offerings and plans (/vendor/catalog/). Upload → preview (nothing written) → confirm."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import Client
from django.urls import reverse
from django.utils import timezone

from xuanyong.catalog.models import Offering, Plan, Vendor
from xuanyong.portal.models import CatalogRevision, CatalogUpload

from ..base import PASSWORD, PersonasTestCase
from ..catalog_files import build_catalog, csv_file, csv_rows, exported, snapshot, write_csv_rows
from ..factories import VendorFactory
from ..security.test_headers_and_csp import INLINE_HANDLER, INLINE_SCRIPT, INLINE_STYLE


def assert_no_inline_code(html: str) -> None:
    for pattern in (INLINE_SCRIPT, INLINE_STYLE, INLINE_HANDLER):
        assert pattern.search(html) is None, pattern.pattern


def upload(client: Client, url: str, data: bytes, name: str = "catalog.csv") -> object:
    return client.post(url, {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


class OpsCatalogImportTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        build_catalog(cls)

    def setUp(self) -> None:
        self.client.login(email=self.editor.email, password=PASSWORD)
        self.url = reverse("ops_catalog:import")

    def new_vendor_file(self, name: str = "星灶") -> bytes:
        return csv_file(["type", "slug", "name", "city"], ["vendor", "xingzao", name, "广州"])

    def test_upload_preview_confirm(self) -> None:
        page = self.client.get(self.url)
        self.assertContains(page, "上传并预览")
        self.assertContains(page, reverse("ops_catalog:export", args=["xlsx"]))
        before = snapshot()
        preview = upload(self.client, self.url, self.new_vendor_file())
        self.assertContains(preview, "预览：尚未写入")
        self.assertContains(preview, "xingzao")
        self.assertContains(preview, "确认导入")
        self.assertEqual(snapshot(), before)  # the preview wrote nothing to the catalog
        upload_row = CatalogUpload.objects.get()
        self.assertIsNone(upload_row.vendor)

        with self.captureOnCommitCallbacks(execute=True):
            done = self.client.post(reverse("ops_catalog:confirm", args=[upload_row.pk]), follow=True)
        self.assertRedirects(done, self.url)
        self.assertContains(done, "已导入 catalog.csv：新建 1 行，更新 0 行。")
        self.assertEqual(Vendor.objects.get(slug="xingzao").city, "广州")
        self.assertFalse(CatalogUpload.objects.exists())
        again = self.client.post(reverse("ops_catalog:confirm", args=[upload_row.pk]), follow=True)
        self.assertContains(again, "没有找到待确认的文件")

    def test_confirm_validates_the_stored_file_again(self) -> None:
        upload(self.client, self.url, self.new_vendor_file(name="后来者"))
        pending = CatalogUpload.objects.get()
        VendorFactory(name="后来者")  # someone takes the name between the preview and the confirmation
        before = snapshot()
        response = self.client.post(reverse("ops_catalog:confirm", args=[pending.pk]))
        self.assertContains(response, "文件有错误，未写入任何数据", status_code=400)
        self.assertContains(response, "品牌名“后来者”已被另一家服务商", status_code=400)
        self.assertEqual(snapshot(), before)

    def test_bad_file_shows_the_errors_and_keeps_nothing(self) -> None:
        data = csv_file(["type", "slug", "price_min"], ["offering", self.pos_offering.slug, "九百八"])
        response = upload(self.client, self.url, data)
        self.assertContains(response, "第 2 行 C 列（price_min）：“九百八”不是数字", status_code=400)
        self.assertNotContains(response, "确认导入", status_code=400)
        self.assertFalse(CatalogUpload.objects.exists())

    def test_a_file_that_changes_nothing_needs_no_confirmation(self) -> None:
        response = upload(self.client, self.url, exported("xlsx"), name="catalog.xlsx")
        self.assertContains(response, "文件与现有数据一致，无需导入")
        self.assertFalse(CatalogUpload.objects.exists())

    def test_pages_obey_the_content_security_policy(self) -> None:
        assert_no_inline_code(self.client.get(self.url).content.decode())
        assert_no_inline_code(upload(self.client, self.url, self.new_vendor_file()).content.decode())

    def test_wrong_file_types_are_refused(self) -> None:
        response = upload(self.client, self.url, b"%PDF-1.4", name="catalog.pdf")
        self.assertContains(response, "只支持 .csv 或 .xlsx 文件", status_code=400)

    def test_export_downloads(self) -> None:
        for fmt, kind in (("csv", "text/csv"), ("xlsx", "spreadsheetml")):
            response = self.client.get(reverse("ops_catalog:export", args=[fmt]))
            self.assertEqual(response.status_code, 200)
            self.assertIn(kind, response["Content-Type"])
            self.assertIn("attachment", response["Content-Disposition"])
        self.assertEqual(self.client.get(reverse("ops_catalog:export", args=["json"])).status_code, 404)

    def test_only_operators(self) -> None:
        pending = CatalogUpload.objects.create(user=self.editor, filename="x.csv", content=b"", sha256="")
        urls = [self.url, reverse("ops_catalog:export", args=["csv"])]
        anonymous = Client()
        for url in urls:
            self.assertRedirects(
                anonymous.get(url), f"{reverse('accounts:login')}?next={url}", fetch_redirect_response=False
            )
        confirm = reverse("ops_catalog:confirm", args=[pending.pk])
        self.assertEqual(anonymous.post(confirm).status_code, 302)
        for persona in (self.buyer, self.vendor_a_member):
            client = Client()
            client.login(email=persona.email, password=PASSWORD)
            for url in urls:
                self.assertEqual(client.get(url).status_code, 403, (persona, url))
            self.assertEqual(client.post(self.url, {}).status_code, 403)
            self.assertEqual(client.post(confirm).status_code, 403)
        admin = Client()
        admin.login(email=self.admin.email, password=PASSWORD)  # another operator's upload is not theirs
        self.assertContains(admin.post(confirm, follow=True), "没有找到待确认的文件")
        self.assertTrue(CatalogUpload.objects.filter(pk=pending.pk).exists())


class VendorCatalogImportTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        build_catalog(cls, vendors=[cls.vendor_a, cls.vendor_b])

    def setUp(self) -> None:
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        self.url = reverse("portal:catalog")

    def own_file_with(self, **changes: dict[str, str]) -> bytes:
        rows = csv_rows(exported("csv", vendor=self.vendor_a))
        for row in rows:
            key = row["slug"] or f"{row['offering']} · {row['name']}"
            row.update(changes.get(key, {}))
        return write_csv_rows(rows)

    def test_export_holds_only_the_vendors_rows(self) -> None:
        response = self.client.get(reverse("portal:catalog_export", args=["csv"]))
        rows = csv_rows(response.content)
        self.assertEqual({r["slug"] for r in rows if r["type"] == "offering"}, {self.pos_offering.slug})
        self.assertNotIn(self.luran_offering.slug, response.content.decode("utf-8-sig"))

    def test_edit_own_offering_and_plans_through_the_portal_services(self) -> None:
        Plan.objects.filter(pk=self.standard.pk).update(last_verified_on=dt.date(2025, 1, 1))
        slug = self.pos_offering.slug
        data = self.own_file_with(**{
            slug: {"price_min": "1080", "tagline": "餐饮门店的云收银"},
            f"{slug} · 标准版": {"price": "1080"},
        })  # fmt: skip
        extra = csv_file(
            ["type", "offering", "name", "price", "unit"], ["plan", slug, "连锁版", "5980", "元/年"]
        )
        preview = upload(self.client, self.url, data)
        self.assertContains(preview, "预览：尚未写入")
        self.assertContains(preview, "1080")
        pending = CatalogUpload.objects.get()
        self.assertEqual(pending.vendor, self.vendor_a)
        with self.captureOnCommitCallbacks(execute=True):
            done = self.client.post(reverse("portal:catalog_confirm", args=[pending.pk]), follow=True)
        self.assertContains(done, "新建 0 行，更新 2 行")
        self.pos_offering.refresh_from_db()
        self.assertEqual((self.pos_offering.price_min, self.pos_offering.tagline), (1080, "餐饮门店的云收银"))
        self.standard.refresh_from_db()
        self.assertEqual(self.standard.price, 1080)
        revisions = CatalogRevision.objects.filter(offering=self.pos_offering)
        self.assertEqual(revisions.get(plan=None).author, self.vendor_a_member)
        self.assertEqual(revisions.get(plan=self.standard).changes["price"], ["980", "1080"])
        self.assertEqual(self.standard.last_verified_on, timezone.localdate())
        # The same file again (its 核实日期 now older than the plan's): nothing left to change.
        self.assertContains(upload(self.client, self.url, data), "文件与现有数据一致，无需导入")

        upload(self.client, self.url, extra)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(reverse("portal:catalog_confirm", args=[CatalogUpload.objects.get().pk]))
        added = Plan.objects.get(offering=self.pos_offering, name="连锁版")
        self.assertEqual((added.price, added.position), (5980, 2))
        self.assertTrue(CatalogRevision.objects.filter(plan=added).exists())

    def test_rows_of_another_vendor_are_row_errors_and_nothing_is_written(self) -> None:
        slug = self.pos_offering.slug
        own = self.own_file_with(**{slug: {"price_min": "1"}})
        other = csv_rows(exported("csv", vendor=self.vendor_b))
        for row in other:
            if row["type"] == "offering":
                row["price_min"] = "1"
        rows = [*csv_rows(own), *other]
        before = snapshot()
        response = upload(self.client, self.url, write_csv_rows(rows))
        self.assertContains(response, "文件有错误，未写入任何数据", status_code=400)
        self.assertContains(response, f"只能导入本服务商（{self.vendor_a.name}）的数据", status_code=400)
        self.assertContains(
            response, f"本服务商没有标识为“{self.luran_offering.slug}”的产品", status_code=400
        )
        self.assertFalse(CatalogUpload.objects.exists())
        self.assertEqual(snapshot(), before)

        plan_of_other = csv_file(
            ["type", "offering", "name", "price"], ["plan", self.luran_offering.slug, "偷偷加", "1"]
        )
        response = upload(self.client, self.url, plan_of_other)
        self.assertContains(
            response, f"本服务商没有标识为“{self.luran_offering.slug}”的产品", status_code=400
        )
        self.assertEqual(snapshot(), before)

    def test_fields_vendors_do_not_edit_are_refused(self) -> None:
        slug = self.pos_offering.slug
        data = self.own_file_with(**{
            slug: {"name": "改名", "status": "archived", "attr.max_stores": "500"},
            self.vendor_a.slug: {"verified": "否"},
        })  # fmt: skip
        new_offering = csv_file(["type", "slug", "vendor", "name", "category"],
                                ["offering", "brand-new", self.vendor_a.slug, "新品", "收银系统"])  # fmt: skip
        response = upload(self.client, self.url, data)
        for column in ("name", "status", "attr.max_stores", "verified"):
            self.assertContains(response, f"（{column}）：服务商后台不能修改此项", status_code=400)
        response = upload(self.client, self.url, new_offering)
        self.assertContains(response, "本服务商没有标识为“brand-new”的产品", status_code=400)
        self.assertFalse(Offering.objects.filter(slug="brand-new").exists())

    def test_another_vendor_cannot_confirm_the_upload(self) -> None:
        upload(self.client, self.url, self.own_file_with(**{self.pos_offering.slug: {"price_min": "1"}}))
        pending = CatalogUpload.objects.get()
        other = Client()
        other.login(email=self.vendor_b_member.email, password=PASSWORD)
        response = other.post(reverse("portal:catalog_confirm", args=[pending.pk]), follow=True)
        self.assertContains(response, "没有找到待确认的文件")
        self.pos_offering.refresh_from_db()
        self.assertEqual(self.pos_offering.price_min, 980)

    def test_pages_obey_the_content_security_policy(self) -> None:
        assert_no_inline_code(self.client.get(self.url).content.decode())
        data = self.own_file_with(**{self.pos_offering.slug: {"price_min": "1"}})
        assert_no_inline_code(upload(self.client, self.url, data).content.decode())

    def test_only_vendor_members(self) -> None:
        anonymous = Client()
        self.assertEqual(anonymous.get(self.url).status_code, 302)
        self.assertIn(reverse("accounts:login"), anonymous.get(self.url)["Location"])
        buyer = Client()
        buyer.login(email=self.buyer.email, password=PASSWORD)
        for url in (self.url, reverse("portal:catalog_export", args=["csv"])):
            self.assertRedirects(buyer.get(url), reverse("portal:claim"), fetch_redirect_response=False)
        self.assertContains(self.client.get(self.url), "批量导入")
