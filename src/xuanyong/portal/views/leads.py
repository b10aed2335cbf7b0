"""The vendor's leads: inbox, one lead with its pipeline and notes, CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from xuanyong.leads import selectors as lead_selectors
from xuanyong.leads import services as lead_services
from xuanyong.leads.forms import NoteForm, StatusForm
from xuanyong.leads.models import LeadRoute, Status
from xuanyong.lib.spreadsheet import formula_safe

from .. import selectors
from ..access import vendor_required

PAGE_SIZE = 30


@vendor_required
def inbox(request: HttpRequest) -> HttpResponse:
    vendor = request.vendor  # type: ignore[attr-defined]
    # Unread (never opened) first, then newest first (docs/leads.md).
    unread = ExpressionWrapper(Q(seen_at__isnull=True), output_field=BooleanField())
    routes = lead_selectors.inbox_routes(vendor).order_by(unread.desc(), "-created_at", "-id")
    status = request.GET.get("status", "")
    if status in Status.values:
        routes = routes.filter(status=status)
    elif status == "unread":
        routes = routes.filter(seen_at__isnull=True)
    else:
        status = ""
    page = Paginator(routes, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = selectors.inbox_counts(vendor)
    tabs = [(value, label, counts[value]) for value, label in Status.choices]
    context = {"page": page, "status": status, "counts": counts, "tabs": tabs}
    return render(request, "portal/leads.html", context)


@vendor_required
def lead_detail(request: HttpRequest, pk: int) -> HttpResponse:
    route = get_object_or_404(lead_selectors.inbox_routes(request.vendor), pk=pk)  # type: ignore[attr-defined]
    lead_services.route_mark_seen(route)
    context = {
        "route": route,
        "lead": route.lead,
        "notes": route.notes.select_related("author"),
        "status_form": StatusForm(initial={"status": route.status, "lost_reason": route.lost_reason}),
        "note_form": NoteForm(),
    }
    return render(request, "portal/lead.html", context)


@require_POST
@vendor_required
def lead_status(request: HttpRequest, pk: int) -> HttpResponse:
    route = get_object_or_404(lead_selectors.inbox_routes(request.vendor), pk=pk)  # type: ignore[attr-defined]
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            lead_services.route_status_change(
                route=route, status=form.cleaned_data["status"], actor=request.user,  # type: ignore[arg-type]
                lost_reason=form.cleaned_data["lost_reason"],
            )  # fmt: skip
        except ValidationError as exc:
            messages.error(request, _("；").join(exc.messages))
        else:
            messages.success(request, _("状态已更新。"))
    else:
        messages.error(request, _("请选择有效的状态。"))
    return redirect("portal:lead", pk=pk)


@require_POST
@vendor_required
def lead_note(request: HttpRequest, pk: int) -> HttpResponse:
    route = get_object_or_404(lead_selectors.inbox_routes(request.vendor), pk=pk)  # type: ignore[attr-defined]
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            lead_services.route_note_add(route=route, author=request.user, body=form.cleaned_data["body"])  # type: ignore[arg-type]
        except ValidationError as exc:
            messages.error(request, _("；").join(exc.messages))
        else:
            messages.success(request, _("备注已添加。"))
    else:
        messages.error(request, _("；").join(str(e) for errors in form.errors.values() for e in errors))
    return redirect("portal:lead", pk=pk)


CSV_HEADER = [
    gettext_lazy("线索编号"), gettext_lazy("提交时间"), gettext_lazy("类型"), gettext_lazy("来源"), gettext_lazy("产品/分类/文章"), gettext_lazy("称呼"), gettext_lazy("手机号"), gettext_lazy("邮箱"), gettext_lazy("公司"), gettext_lazy("公司规模"), gettext_lazy("预算"),
    gettext_lazy("需求描述"), gettext_lazy("状态"), gettext_lazy("未成交原因"), gettext_lazy("首次响应时间"),
]  # fmt: skip


def _cell(value: object) -> str:
    """Text as a spreadsheet shows it, never as a formula (CSV injection)."""
    return str(formula_safe("" if value is None else str(value)))


def _rows(routes: Iterable[LeadRoute]) -> Iterator[list[str]]:
    yield [str(title) for title in CSV_HEADER]
    for route in routes:
        lead = route.lead
        erased = lead.erased
        personal = [_("（已撤回授权）"), "", "", "", "", "", ""] if erased else [
            lead.name, lead.phone_display, lead.email, lead.company, lead.get_company_size_display(),
            lead.get_budget_display(), lead.need,
        ]  # fmt: skip
        answered = route.first_response_at
        yield [_cell(v) for v in [
            lead.pk, timezone.localtime(lead.created_at).strftime("%Y-%m-%d %H:%M"), lead.get_kind_display(),
            lead.get_source_display(), lead.target_name, *personal, route.get_status_display(), route.lost_reason,
            timezone.localtime(answered).strftime("%Y-%m-%d %H:%M") if answered else "",
        ]]  # fmt: skip


class _Echo:
    def write(self, value: str) -> str:
        return value


@vendor_required
def leads_export(request: HttpRequest) -> StreamingHttpResponse:
    routes = lead_selectors.inbox_routes(request.vendor).order_by("-created_at", "-id")  # type: ignore[attr-defined]
    writer = csv.writer(_Echo())
    # A BOM first, so Excel opens the UTF-8 file with its Chinese intact.
    stream = (writer.writerow(row) for row in _rows(routes.iterator(chunk_size=500)))
    response = StreamingHttpResponse(_with_bom(stream), content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="leads-{stamp}.csv"'
    return response


def _with_bom(lines: Iterator[str]) -> Iterator[str]:
    yield "\ufeff"
    yield from lines
