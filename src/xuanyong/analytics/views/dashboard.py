"""The operations dashboard ``/ops/`` and its CSV exports, for editors and admins."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from xuanyong.lib.spreadsheet import formula_safe

from .. import charts, rollups, tasks
from ..forms import DateRangeForm, default_range
from ..reports import REPORTS, Link, Table

View = Callable[..., HttpResponse]


def ops_required(view: View) -> View:
    """Editors and admins only: anonymous visitors sign in, everyone else gets 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (user.is_superuser or getattr(user, "is_editor", False)):
            raise PermissionDenied("仅运营编辑与管理员可查看运营数据")
        return view(request, *args, **kwargs)

    return wrapper


def _range(request: HttpRequest) -> tuple[DateRangeForm, date, date, bool]:
    form = DateRangeForm(request.GET)
    if form.is_valid():
        since, until = form.dates()
        return form, since, until, True
    since, until = default_range()
    return form, since, until, False


@require_GET
@ops_required
def overview(request: HttpRequest) -> HttpResponse:
    form, since, until, valid = _range(request)
    backlog = _catch_up(since, until)
    tables = {name: report(since, until) for name, report in REPORTS.items()}
    charts_data = charts.dashboard_charts(tables)
    context = {
        "form": form,
        "since": since,
        "until": until,
        "kpi": tables.pop("kpi"),
        "tables": list(tables.values()),
        "charts": charts_data,
        "query": f"start={since.isoformat()}&end={until.isoformat()}",
        "backlog": backlog,
    }
    return render(request, "ops/dashboard.html", context, status=200 if valid else 400)


# Days a page request rolls up itself; more (a first visit after a long outage) go to the worker.
CATCH_UP_IN_REQUEST = 3


def _catch_up(since: date, until: date) -> int:
    """Bring the range's rollups up to date; returns how many days are still being rolled up."""
    later = rollups.catch_up(since, until, limit=CATCH_UP_IN_REQUEST)
    if not later:
        return 0
    result = tasks.rollup_days.delay([day.isoformat() for day in later])
    return 0 if result.ready() else len(later)  # eager (no worker): already done


def csv_cell(value: Any) -> Any:
    return formula_safe(value.text if isinstance(value, Link) else value)


@require_GET
@ops_required
def export_csv(request: HttpRequest, table: str) -> HttpResponse:
    report = REPORTS.get(table)
    if report is None:
        raise Http404("no such table")
    form, since, until, valid = _range(request)
    if not valid:
        message = "；".join(str(e) for errors in form.errors.values() for e in errors)
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    _catch_up(since, until)
    return _csv_response(report(since, until), since, until)


def _csv_response(table: Table, since: date, until: date) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="xuanyong-{table.name}-{since}-{until}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 CSV with Chinese correctly only with a BOM
    writer = csv.writer(response)
    writer.writerow([csv_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return response
