"""Bulk catalog import and export (import-catalog / export-catalog and the importer behind them)."""

from __future__ import annotations

import contextlib
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.bulk import catalog_import
from xuanyong.catalog.models import (
    CategoryMembership,
    FeeItem,
    Offering,
    OfferingAttributeValue,
    Plan,
    Vendor,
)
from xuanyong.cli import main
from xuanyong.search.models import SearchDocument

from .catalog_files import (
    build_catalog,
    csv_file,
    csv_rows,
    exported,
    snapshot,
    write_csv_rows,
    xlsx_file,
)
from .factories import valid_uscc

OFFERING_HEADER = [
    "type",
    "slug",
    "vendor",
    "name",
    "category",
    "price_min",
    "price_max",
    "attr.offline_mode",
]


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


class RoundTripTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_catalog(cls)

    def test_export_then_import_changes_nothing(self) -> None:
        for fmt in ("csv", "xlsx"):
            with self.subTest(fmt=fmt):
                data = exported(fmt)
                before = snapshot()
                with self.captureOnCommitCallbacks(execute=True):
                    report = catalog_import(data=data, filename=f"catalog.{fmt}")
                self.assertEqual(report.errors, [])
                self.assertEqual(report.total_changes, 0)
                counts = report.counts()
                self.assertEqual(
                    {kind: counts[kind]["unchanged"] for kind in counts},
                    {"vendor": 2, "offering": 3, "plan": 2, "fee": 2},
                )
                self.assertEqual(snapshot(), before)

    def test_exported_csv_is_utf8_with_bom_and_never_a_formula(self) -> None:
        data = exported("csv")
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"))
        rows = {row["slug"] or row["name"]: row for row in csv_rows(data)}
        offering = rows[self.pos_offering.slug]
        self.assertEqual(offering["tagline"], "'=扫码点餐，不是公式")
        self.assertEqual(offering["attr.note"], "'@总部")
        self.assertTrue(offering["description"].startswith("'- 桌台管理"))
        self.assertEqual(offering["attr.payment"], "wechat|alipay")
        self.assertEqual(offering["attr.offline_mode"], "是")
        self.assertEqual(rows["旗舰版"]["features"], "'+专属顾问")
        self.assertEqual(rows["加急代理费"]["conditions"], "urgency=urgent")
        self.assertEqual(rows[self.luran_offering.slug]["price_min"], "0.5")
        self.assertEqual(rows[self.luran_offering.slug]["extra_categories"], "shangbiaozhuce")

    def test_exported_xlsx_has_a_sheet_per_type_and_stores_text_as_text(self) -> None:
        book = openpyxl.load_workbook(io.BytesIO(exported("xlsx")))
        self.assertEqual(book.sheetnames, ["服务商", "产品", "套餐", "费用"])
        sheet = book["产品"]
        header = [c.value for c in sheet[1]]
        row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == self.pos_offering.slug)
        tagline = row[header.index("tagline")]
        self.assertEqual((tagline.value, tagline.data_type), ("=扫码点餐，不是公式", "s"))
        self.assertTrue(tagline.quotePrefix)
        self.assertEqual(row[header.index("price_min")].value, 980)  # numbers stay numbers

    def test_a_vendors_export_holds_only_its_own_rows(self) -> None:
        rows = csv_rows(exported("csv", vendor=self.qimu))
        self.assertEqual({r["slug"] for r in rows if r["type"] == "vendor"}, {"qimu"})
        self.assertEqual({r["slug"] for r in rows if r["type"] == "offering"}, {self.pos_offering.slug})
        self.assertEqual({r["offering"] for r in rows if r["type"] == "plan"}, {self.pos_offering.slug})
        self.assertFalse([r for r in rows if r["type"] == "fee"])


class ImportTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_catalog(cls)

    def new_catalog_file(self, **overrides: str) -> bytes:
        row = {
            "type": "offering", "slug": "xingzao-kuaican", "vendor": "xingzao", "name": "星灶快餐收银",
            "category": "收银系统", "price_min": "499", "price_max": "1999", "attr.offline_mode": "是",
        }  # fmt: skip
        row.update(overrides)
        vendor = ["vendor", "xingzao", "", "星灶", "", "", "", ""]
        plan = {"type": "plan", "offering": "xingzao-kuaican", "name": "基础版", "price": "499"}
        header = [*OFFERING_HEADER, "offering", "price"]
        return csv_file(
            header,
            [*vendor, "", ""],
            [*(row.get(name, "") for name in OFFERING_HEADER), "", ""],
            [*(plan.get(name, "") for name in header)],
        )

    def test_dry_run_writes_nothing_and_tells_what_would_change(self) -> None:
        before = snapshot()
        report = catalog_import(data=self.new_catalog_file(), filename="new.csv", dry_run=True)
        self.assertTrue(report.ok, report.errors)
        self.assertFalse(report.applied)
        counts = report.counts()
        self.assertEqual(counts["vendor"]["create"], 1)
        self.assertEqual(counts["offering"]["create"], 1)
        self.assertEqual(counts["plan"]["create"], 1)
        self.assertEqual(snapshot(), before)

    def test_import_creates_through_the_services_and_reimport_updates(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            report = catalog_import(data=self.new_catalog_file(), filename="new.csv")
        self.assertTrue(report.applied, report.errors)
        offering = Offering.objects.get(slug="xingzao-kuaican")
        self.assertEqual((offering.vendor.name, offering.status), ("星灶", Offering.Status.PUBLISHED))
        self.assertEqual(offering.attributes, {"offline_mode": True})
        self.assertTrue(
            OfferingAttributeValue.objects.filter(offering=offering, key="offline_mode", value="1")
        )
        self.assertTrue(CategoryMembership.objects.filter(offering=offering, category=self.pos.parent))
        self.assertTrue(SearchDocument.objects.filter(kind="offering", object_id=offering.pk).exists())
        self.assertEqual(offering.plans.get().price, Decimal("499"))
        self.assertContains(
            self.client.get(reverse("search:search"), {"q": "星灶快餐"}), offering.get_absolute_url()
        )

        counts = (Vendor.objects.count(), Offering.objects.count(), Plan.objects.count())
        with self.captureOnCommitCallbacks(execute=True):
            again = catalog_import(
                data=self.new_catalog_file(
                    name="星灶快餐云收银", price_min="599", **{"attr.offline_mode": ""}
                ),
                filename="new.csv",
            )
        self.assertTrue(again.applied, again.errors)
        self.assertEqual(again.counts()["offering"], {"create": 0, "update": 1, "unchanged": 0})
        self.assertEqual(again.counts()["vendor"]["unchanged"], 1)
        self.assertEqual((Vendor.objects.count(), Offering.objects.count(), Plan.objects.count()), counts)
        offering.refresh_from_db()
        self.assertEqual(
            (offering.name, offering.price_min, offering.attributes), ("星灶快餐云收银", 599, {})
        )
        self.assertFalse(OfferingAttributeValue.objects.filter(offering=offering).exists())
        self.assertEqual(
            SearchDocument.objects.get(kind="offering", object_id=offering.pk).title, "星灶快餐云收银"
        )

    def test_a_partial_file_changes_only_its_columns(self) -> None:
        data = csv_file(["type", "slug", "price_max"], ["offering", self.pos_offering.slug, "3980"])
        with self.captureOnCommitCallbacks(execute=True):
            report = catalog_import(data=data, filename="prices.csv")
        self.assertEqual([r.changed for r in report.changed_rows()], [{"price_max": ("2980", "3980")}])
        self.pos_offering.refresh_from_db()
        self.assertEqual((self.pos_offering.price_min, self.pos_offering.price_max), (980, 3980))
        self.assertEqual(self.pos_offering.attributes["payment"], ["wechat", "alipay"])

    def test_gbk_and_utf8_bom_csv_are_read(self) -> None:
        for encoding, label in (("gbk", "GBK"), ("utf-8-sig", "UTF-8 带 BOM"), ("utf-8", "UTF-8")):
            with self.subTest(encoding=encoding):
                data = csv_file(
                    ["type", "slug", "tagline"],
                    ["offering", self.pos_offering.slug, "中文介绍"],
                    encoding=encoding,
                )
                report = catalog_import(data=data, filename="excel.csv", dry_run=True)
                self.assertEqual(report.encoding, label)
                self.assertEqual(report.changed_rows()[0].changed["tagline"][1], "中文介绍")

    def test_xlsx_sheets_by_type(self) -> None:
        data = xlsx_file({
            "服务商": [["slug", "name", "uscc"], ["xingzao", "星灶", valid_uscc(99)]],
            "产品": [["slug", "vendor", "name", "category", "price_min", "attr.max_stores", "attr.payment"],
                   ["xingzao-kuaican", "xingzao", "星灶快餐收银", "shouyinxitong", 499, 50, "微信支付|alipay"]],
            "套餐": [["offering", "name", "price", "last_verified_on"], ["xingzao-kuaican", "基础版", 499.5, "2026/3/5"]],
            "Sheet1": [],
        })  # fmt: skip
        self.pos.slug = "shouyinxitong"
        self.pos.save()
        with self.captureOnCommitCallbacks(execute=True):
            report = catalog_import(data=data, filename="catalog.xlsx")
        self.assertTrue(report.applied, [str(e) for e in report.errors])
        offering = Offering.objects.get(slug="xingzao-kuaican")
        self.assertEqual(offering.attributes, {"max_stores": 50, "payment": ["wechat", "alipay"]})
        plan = offering.plans.get()
        self.assertEqual((plan.price, str(plan.last_verified_on)), (Decimal("499.50"), "2026-03-05"))
        self.assertEqual(Vendor.objects.get(slug="xingzao").uscc, valid_uscc(99))


class RowErrorTests(TestCase):
    """Each kind of bad row is reported in Chinese, with its row and column; nothing is written."""

    @classmethod
    def setUpTestData(cls) -> None:
        build_catalog(cls)

    def assert_refused(self, data: bytes, expected: str, filename: str = "bad.csv") -> None:
        before = snapshot()
        report = catalog_import(data=data, filename=filename)
        self.assertFalse(report.applied)
        messages = [str(e) for e in report.errors]
        self.assertTrue(any(expected in m for m in messages), messages)
        self.assertEqual(snapshot(), before)

    def offering_row(self, **cells: str) -> bytes:
        row = {
            "type": "offering",
            "slug": "new-one",
            "vendor": "qimu",
            "name": "新产品",
            "category": "收银系统",
        }
        row.update(cells)
        header = list(row)
        # The good row comes first: a bad row anywhere stops the whole file.
        good = ["offering", self.pos_offering.slug, "qimu", "改了名字", "收银系统", *[""] * (len(header) - 5)]
        return csv_file(header, good, list(row.values()))

    def test_unknown_category(self) -> None:
        self.assert_refused(
            self.offering_row(category="火星软件"), "第 3 行 E 列（category）：未知的分类“火星软件”"
        )

    def test_invalid_credit_code(self) -> None:
        data = csv_file(["type", "slug", "name", "uscc"], ["vendor", "xin", "新服务商", "91350100M000100Y44"])
        self.assert_refused(data, "第 2 行 D 列（uscc）：统一社会信用代码校验位不正确")

    def test_price_not_a_number(self) -> None:
        self.assert_refused(self.offering_row(price_min="¥980"), "第 3 行 F 列（price_min）：“¥980”不是数字")

    def test_price_range_backwards(self) -> None:
        self.assert_refused(
            self.offering_row(price_min="500", price_max="100"),
            "第 3 行 G 列（price_max）：最高价不能低于最低价",
        )

    def test_duplicate_slug_within_the_file(self) -> None:
        self.assert_refused(
            self.offering_row(slug=self.pos_offering.slug), "第 3 行 B 列（slug）：与第 2 行重复"
        )

    def test_formula_cells_in_csv(self) -> None:
        for value in ('=HYPERLINK("http://evil.example","点我")', "+1+2", "-A1", "@SUM(A1:A2)"):
            with self.subTest(value=value):
                self.assert_refused(
                    self.offering_row(tagline=value), "第 3 行 F 列（tagline）：单元格以 = + - @ 开头"
                )

    def test_formula_cells_in_xlsx(self) -> None:
        data = xlsx_file({"产品": [["slug", "tagline"], [self.pos_offering.slug, "=1+1"]]})
        self.assert_refused(
            data, "工作表“产品”第 2 行 B 列（tagline）：单元格是公式（=1+1）", filename="bad.xlsx"
        )

    def test_unknown_attribute_value(self) -> None:
        self.assert_refused(
            self.offering_row(**{"attr.payment": "微信支付|比特币"}),
            "第 3 行 F 列（attr.payment）：“支付方式”没有取值“比特币”",
        )
        self.assert_refused(self.offering_row(**{"attr.offline_mode": "也许"}), "“也许”不是“是”或“否”")
        self.assert_refused(self.offering_row(**{"attr.colour": "红"}), "分类“收银系统”没有属性“colour”")

    def test_html_in_text(self) -> None:
        self.assert_refused(
            self.offering_row(tagline="<script>alert(1)</script>"),
            "第 3 行 F 列（tagline）：不能包含 HTML 标签或代码",
        )

    def test_unknown_vendor_and_missing_required_cell(self) -> None:
        self.assert_refused(
            self.offering_row(vendor="nobody"), "第 3 行 C 列（vendor）：未知的服务商“nobody”"
        )
        self.assert_refused(self.offering_row(name=""), "第 3 行 D 列（name）：不能为空")

    def test_unknown_column_and_type(self) -> None:
        self.assert_refused(
            csv_file(["type", "slug", "pricee"], ["offering", "x", "1"]), "第 1 行 C 列（pricee）：未知的列"
        )
        self.assert_refused(
            csv_file(["type", "slug"], ["product", "x"]), "第 2 行 A 列（type）：未知的 type“product”"
        )

    def test_taken_vendor_name(self) -> None:
        data = csv_file(["type", "slug", "name"], ["vendor", "qimu-2", "栖木"])
        self.assert_refused(data, "第 2 行 C 列（name）：品牌名“栖木”已被另一家服务商（标识 qimu）使用")

    def test_not_a_readable_file(self) -> None:
        self.assert_refused(b"\x81\xff\xfe\x00garbage", "无法识别文件编码")
        self.assert_refused(b"not a zip", "不是有效的 XLSX 文件", filename="bad.xlsx")


class CommandLineTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_catalog(cls)

    def test_export_import_and_dry_run(self) -> None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "catalog.xlsx"
            status, out, _ = run_cli("export-catalog", str(path))
            self.assertEqual(status, 0)
            self.assertIn("服务商 2、产品 3、套餐 2、费用 2", out)

            rows = csv_rows(exported("csv"))
            for row in rows:
                if row["slug"] == self.pos_offering.slug:
                    row["price_min"] = "1080"
            edited = Path(tmp) / "edited.csv"
            edited.write_bytes(write_csv_rows(rows))
            before = snapshot()
            status, out, _ = run_cli("import-catalog", str(edited), "--dry-run")
            self.assertEqual(status, 0)
            self.assertIn("试运行，未写入", out)
            self.assertRegex(out, r"产品\s+0\s+1\s+2")
            self.assertIn(f"更新 产品 {self.pos_offering.slug}：price_min", out)
            self.assertEqual(snapshot(), before)

            with self.captureOnCommitCallbacks(execute=True):
                status, out, _ = run_cli("import-catalog", str(edited))
            self.assertEqual(status, 0, out)
            self.pos_offering.refresh_from_db()
            self.assertEqual(self.pos_offering.price_min, 1080)

    def test_a_bad_row_anywhere_writes_nothing_and_exits_non_zero(self) -> None:
        import tempfile

        rows = csv_rows(exported("csv"))
        rows[0]["name"] = "栖木新名字"  # a good change in the first row …
        rows[-1]["amount_min"] = "一千"  # … and a bad cell in the last
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bad.csv"
            path.write_bytes(write_csv_rows(rows))
            before = snapshot()
            status, _, err = run_cli("import-catalog", str(path))
        self.assertEqual(status, 1)
        self.assertIn("有 1 处错误，未写入任何数据", err)
        self.assertIn(f"第 {len(rows) + 1} 行", err)
        self.assertIn("（amount_min）：“一千”不是数字", err)
        self.assertEqual(snapshot(), before)
        self.assertEqual(FeeItem.objects.count(), 2)

    def test_unreadable_path_and_format(self) -> None:
        status, _, err = run_cli("import-catalog", "/nonexistent/catalog.csv")
        self.assertEqual(status, 1)
        self.assertIn("无法读取文件", err)
        status, _, err = run_cli("export-catalog", "/tmp/catalog.json")
        self.assertEqual(status, 1)
        self.assertIn("只支持导出为 .csv 或 .xlsx", err)
