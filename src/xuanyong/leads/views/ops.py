"""Operators' view of every lead: filters, SLA breaches, and reassignment with an audit trail."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from xuanyong.accounts.access import operator_required
from xuanyong.catalog.models import Vendor
from xuanyong.security.inputs import object_ids

from .. import selectors, services
from ..models import Kind, Lead, Source, Status


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _filters(request: HttpRequest) -> selectors.OpsFilters:
    params = request.GET
    vendor = params.get("vendor", "")
    return selectors.OpsFilters(
        status=params.get("status", "") if params.get("status") in Status.values else "",
        kind=params.get("kind", "") if params.get("kind") in Kind.values else "",
        source=params.get("source", "") if params.get("source") in Source.values else "",
        vendor_id=int(vendor) if vendor.isdigit() else None,
        sla=params.get("sla") == "1",
        since=_date(params.get("since", "")),
        until=_date(params.get("until", "")),
    )


@operator_required
def ops_lead_list(request: HttpRequest) -> HttpResponse:
    filters = _filters(request)
    page = Paginator(selectors.ops_leads(filters), 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    selectors.mark_sla([route for lead in page for route in lead.active_routes])  # type: ignore[attr-defined]
    context = {
        "page": page,
        "filters": filters,
        "page_query": query.urlencode(),
        "statuses": Status.choices,
        "kinds": Kind.choices,
        "sources": Source.choices,
        "vendors": Vendor.objects.filter(lead_routes__isnull=False).distinct().only("id", "name"),
        "sla_hours": selectors.sla_deadline().total_seconds() / 3600,
    }
    return render(request, "leads/ops_list.html", context)


@operator_required
def ops_lead_detail(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_object_or_404(Lead.objects.select_related("offering", "category", "article", "user"), pk=pk)
    context = {
        "lead": lead,
        "routes": lead.routes.select_related("vendor").order_by("position"),
        "audit": lead.audit.select_related("actor"),
        "notifications": lead.notifications.select_related("vendor").order_by("id"),
        "choices": services.reassign_choices(lead).only("id", "name").order_by("name")[:200],
        "active_ids": set(lead.routes.filter(active=True).values_list("vendor_id", flat=True)),
    }
    return render(request, "leads/ops_detail.html", context)


@require_POST
@operator_required
def ops_lead_reassign(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_object_or_404(Lead, pk=pk)
    vendor_ids = object_ids(request.POST.getlist("vendors"))
    if vendor_ids is None:
        messages.error(request, _("所选服务商无效，请重新选择。"))
        return redirect("leads:ops_lead", pk=pk)
    try:
        services.lead_reassign(lead=lead, vendor_ids=vendor_ids, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as exc:
        messages.error(request, _("；").join(exc.messages))
    else:
        messages.success(request, _("已改派，新服务商会收到通知。"))
    return redirect("leads:ops_lead", pk=pk)
