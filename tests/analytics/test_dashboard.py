"""/ops/: who may open it, the date range, every table's CSV, formula-safe cells, query counts."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from django.test import TestCase
from django.utils import timezone

from tests.base import PersonasTestCase
from tests.factories import ArticleFactory
from xuanyong.analytics.models import DailyFunnel, DailyObjectStat, Event, KpiTarget
from xuanyong.analytics.reports import REPORTS
from xuanyong.analytics.rollups import rollup_day
from xuanyong.analytics.services import channel_create
from xuanyong.analytics.views.dashboard import csv_cell

from .test_rollups import at, event


class DashboardAccessTests(PersonasTestCase):
    def test_editors_and_admins_open_it(self) -> None:
        for user in (self.editor, self.admin):
            self.client.force_login(user)
            response = self.client.get("/ops/")
            self.assertContains(response, "运营数据看板")
            self.assertContains(response, "echarts.min.js")

    def test_buyers_and_vendor_members_are_refused(self) -> None:
        for user in (self.buyer, self.vendor_a_member, self.vendor_b_member):
            self.client.force_login(user)
            self.assertEqual(self.client.get("/ops/").status_code, 403, user)
            self.assertEqual(self.client.get("/ops/export/traffic.csv").status_code, 403, user)

    def test_anonymous_visitors_are_sent_to_sign_in(self) -> None:
        response = self.client.get("/ops/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response["Location"])


class DateRangeTests(PersonasTestCase):
    def setUp(self) -> None:
        self.client.force_login(self.editor)

    def test_reversed_range_gets_a_clear_message(self) -> None:
        response = self.client.get("/ops/?start=2026-11-20&end=2026-11-01")
        self.assertContains(response, "开始日期不能晚于结束日期", status_code=400)
        response = self.client.get("/ops/export/traffic.csv?start=2026-11-20&end=2026-11-01")
        self.assertEqual(response.status_code, 400)
        self.assertIn("开始日期不能晚于结束日期", response.content.decode())

    def test_too_wide_or_malformed_range_gets_a_clear_message(self) -> None:
        self.assertContains(
            self.client.get("/ops/?start=2020-01-01&end=2026-11-01"), "日期范围最长 366 天", status_code=400
        )
        self.assertContains(
            self.client.get("/ops/?start=2026-13-45"), "开始日期格式应为 YYYY-MM-DD", status_code=400
        )

    def test_the_picker_shows_the_chosen_range(self) -> None:
        response = self.client.get("/ops/?start=2026-11-01&end=2026-11-07")
        self.assertContains(response, 'name="start" value="2026-11-01"')
        self.assertContains(response, 'name="end" value="2026-11-07"')
        self.assertContains(response, "2026年11月1日 – 2026年11月7日")

    def test_a_valid_range_shows_one_row_per_day(self) -> None:
        response = self.client.get("/ops/export/traffic.csv?start=2026-11-01&end=2026-11-07")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        self.assertEqual(rows[0][:3], ["日期", "访客", "浏览量"])
        self.assertEqual([r[0] for r in rows[1:]], [f"2026-11-0{d}" for d in range(1, 8)])


class CsvExportTests(PersonasTestCase):
    def setUp(self) -> None:
        self.client.force_login(self.admin)

    def test_every_table_exports(self) -> None:
        for name in REPORTS:
            response = self.client.get(f"/ops/export/{name}.csv")
            self.assertEqual(response.status_code, 200, name)
            self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
            self.assertIn(f"xuanyong-{name}-", response["Content-Disposition"])
        self.assertEqual(self.client.get("/ops/export/nope.csv").status_code, 404)

    def test_cells_that_look_like_formulas_are_escaped(self) -> None:
        today = timezone.localdate()
        for term in ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "正常词"):
            event(Event.Kind.SEARCH_NO_RESULT, at(today, 0), term=term)
        response = self.client.get("/ops/export/search-missing.csv")
        terms = [r[0] for r in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))][1:]
        self.assertEqual(
            sorted(terms), sorted(['\'=HYPERLINK("http://x")', "'+1+1", "'-2+3", "'@SUM(A1)", "正常词"])
        )
        self.assertEqual(csv_cell(-5), -5, "numbers stay numbers")


class DashboardContentTests(PersonasTestCase):
    def test_tables_show_the_rolled_up_numbers(self) -> None:
        today = timezone.localdate()
        article = ArticleFactory(title="收银系统选型指南")
        channel = channel_create(name="杭州餐饮老板群", code="hz-canyin")
        event(
            Event.Kind.VIEW, at(today, 0), object_type="article", article_id=article.pk, channel_id=channel.pk
        )
        event(Event.Kind.READ, at(today, 0), article_id=article.pk, channel_id=channel.pk)
        event(Event.Kind.SEARCH_NO_RESULT, at(today, 0), term="量子收银机")
        KpiTarget.objects.create(
            metric="reads", start=today.replace(day=1), end=today + timedelta(days=5), target=4
        )
        self.client.force_login(self.editor)
        response = self.client.get("/ops/")
        self.assertContains(response, "收银系统选型指南")
        self.assertContains(response, "杭州餐饮老板群（hz-canyin）")
        self.assertContains(response, "量子收银机")
        self.assertContains(response, "<td>25%</td>", html=False)  # 1 read of a target of 4

    def test_query_count_does_not_grow_with_data(self) -> None:
        self.client.force_login(self.editor)
        day = timezone.localdate() - timedelta(days=3)

        def add_rows(n: int) -> None:
            for _i in range(n):
                article = ArticleFactory()
                DailyObjectStat.objects.create(
                    date=day, object_type="article", object_id=article.pk, reads=1, leads=1
                )
                channel = channel_create(name=f"群{article.pk}")
                DailyFunnel.objects.create(
                    date=day, step="visit", channel_id=channel.pk, category_id=-1, visitors=1
                )

        add_rows(1)
        self.client.get("/ops/")  # rolls up the empty days once
        expected = _count(self.client)
        add_rows(15)
        with self.assertNumQueries(expected):
            self.client.get("/ops/")


def _count(client) -> int:  # type: ignore[no-untyped-def]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        client.get("/ops/")
    return len(ctx.captured_queries)


class RollupFromDashboardTests(TestCase):
    def test_dashboard_reads_are_what_the_rollup_wrote(self) -> None:
        today = timezone.localdate()
        event(Event.Kind.VIEW, at(today, 0), object_type="home")
        rollup_day(today)
        table = REPORTS["traffic"](today, today)
        self.assertEqual(table.rows, [[today.isoformat(), 1, 1, 0, 0, 0, 0, 0]])


class KpiAdminTests(PersonasTestCase):
    def test_an_editor_sets_a_target_and_a_reversed_period_is_refused(self) -> None:
        self.client.force_login(self.editor)
        data = {
            "metric": "leads",
            "start": "2026-11-01",
            "end": "2026-11-30",
            "target": "90",
            "note": "11 月",
        }
        self.assertEqual(self.client.post("/admin/analytics/kpitarget/add/", data).status_code, 302)
        response = self.client.post("/admin/analytics/kpitarget/add/", {**data, "start": "2026-12-31"})
        self.assertContains(response, "结束日期不能早于开始日期")
        response = self.client.post("/admin/analytics/kpitarget/add/", data)
        self.assertContains(response, "该指标在这个周期已有目标")
        self.assertEqual(KpiTarget.objects.count(), 1)
