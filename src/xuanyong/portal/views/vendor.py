"""The vendor's home, claim, listings (offerings, plans, history), webhook and numbers."""

from __future__ import annotations

import copy
import datetime as dt
from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from xuanyong.accounts.models import User, VendorMembership
from xuanyong.catalog.models import Offering, Vendor
from xuanyong.leads import selectors as lead_selectors
from xuanyong.leads.forms import add_service_errors
from xuanyong.leads.models import WebhookEndpoint
from xuanyong.leads.notifications import SIGNATURE_HEADER, TIMESTAMP_HEADER

from .. import selectors, services
from ..access import vendor_required
from ..forms import ClaimForm, OfferingEditForm, PlanForm, WebhookForm
from ..models import VendorClaim

NUMBERS_DAYS = (7, 30, 90)


@vendor_required
def home(request: HttpRequest) -> HttpResponse:
    vendor = request.vendor  # type: ignore[attr-defined]
    context = {
        "counts": selectors.inbox_counts(vendor),
        "response": lead_selectors.response_stats(vendor.pk),
        "offering_count": Offering.objects.filter(vendor=vendor).count(),
    }
    return render(request, "portal/home.html", context)


@login_required
def claim(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    if VendorMembership.objects.filter(user=user).exists():
        return redirect("portal:home")
    pending = VendorClaim.objects.filter(user=user).select_related("vendor").first()
    status = 200
    if request.method == "POST":
        form = ClaimForm(request.POST)
        if form.is_valid():
            vendor = Vendor.objects.filter(name=form.cleaned_data["vendor_name"].strip()).first()
            if vendor is None:
                form.add_error(
                    "vendor_name", _("平台上没有这个服务商，请按服务商页面上的名称填写，或联系运营新建。")
                )
            else:
                data = {k: v for k, v in form.cleaned_data.items() if k != "vendor_name"}
                try:
                    services.claim_submit(user=user, vendor=vendor, **data)
                except ValidationError as exc:
                    add_service_errors(form, exc)
                else:
                    messages.success(request, _("认领申请已提交，运营审核通过后即可管理该服务商。"))
                    return redirect("portal:claim")
        status = 400
    else:
        form = ClaimForm(initial={"vendor_name": request.GET.get("vendor", "")})
    return render(request, "portal/claim.html", {"form": form, "pending": pending}, status=status)


@vendor_required
def offerings(request: HttpRequest) -> HttpResponse:
    rows = selectors.vendor_offerings(request.vendor)  # type: ignore[attr-defined]
    return render(request, "portal/offerings.html", {"offerings": rows})


def _own_offering(request: HttpRequest, pk: int) -> Offering:
    return get_object_or_404(
        Offering.objects.select_related("primary_category"),
        pk=pk,
        vendor=request.vendor,  # type: ignore[attr-defined]
    )


@vendor_required
def offering_edit(request: HttpRequest, pk: int) -> HttpResponse:
    offering = _own_offering(request, pk)
    status = 200
    if request.method == "POST":
        # The form validates a copy: the service compares the edit with the offering as stored.
        form = OfferingEditForm(request.POST, instance=copy.copy(offering))
        if form.is_valid():
            changes = {name: form.cleaned_data[name] for name in services.OFFERING_FIELDS}
            try:
                services.offering_update(offering=offering, author=request.user, changes=changes)  # type: ignore[arg-type]
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, _("已保存，页面与搜索结果已更新。"))
                return redirect("portal:offering_edit", pk=pk)
        status = 400
    else:
        form = OfferingEditForm(instance=offering)
    context = {"offering": offering, "form": form, "plans": offering.plans.all()}
    return render(request, "portal/offering_edit.html", context, status=status)


@vendor_required
def plan_edit(request: HttpRequest, pk: int, plan_pk: int | None = None) -> HttpResponse:
    offering = _own_offering(request, pk)
    plan = get_object_or_404(offering.plans, pk=plan_pk) if plan_pk is not None else None
    status = 200
    if request.method == "POST":
        form = PlanForm(request.POST, instance=copy.copy(plan) if plan else None)
        if form.is_valid():
            try:
                if plan is None:
                    services.plan_add(offering=offering, author=request.user, changes=form.changes())  # type: ignore[arg-type]
                else:
                    services.plan_update(plan=plan, author=request.user, changes=form.changes())  # type: ignore[arg-type]
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, _("套餐已保存，价格核实日期已更新。"))
                return redirect("portal:offering_edit", pk=pk)
        status = 400
    else:
        form = PlanForm(instance=plan)
    return render(
        request, "portal/plan_edit.html", {"offering": offering, "plan": plan, "form": form}, status=status
    )


@require_POST
@vendor_required
def plan_confirm(request: HttpRequest, pk: int, plan_pk: int) -> HttpResponse:
    offering = _own_offering(request, pk)
    plan = get_object_or_404(offering.plans, pk=plan_pk)
    services.prices_confirm(plan=plan, author=request.user)  # type: ignore[arg-type]
    messages.success(request, _("已确认“%(name)s”的价格仍然有效。") % {"name": plan.name})
    return redirect("portal:offering_edit", pk=pk)


@vendor_required
def offering_history(request: HttpRequest, pk: int) -> HttpResponse:
    offering = _own_offering(request, pk)
    revisions = selectors.offering_revisions(offering)[:100]
    return render(request, "portal/history.html", {"offering": offering, "revisions": revisions})


@vendor_required
def webhook(request: HttpRequest) -> HttpResponse:
    vendor = request.vendor  # type: ignore[attr-defined]
    endpoint = WebhookEndpoint.objects.filter(vendor=vendor).first()
    status = 200
    if request.method == "POST":
        form = WebhookForm(request.POST, instance=copy.copy(endpoint) if endpoint else None)
        if form.is_valid():
            try:
                services.webhook_save(
                    vendor=vendor, url=form.cleaned_data["url"], active=form.cleaned_data["active"],
                    rotate_secret=form.cleaned_data["rotate_secret"],
                )  # fmt: skip
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, _("Webhook 设置已保存。"))
                return redirect("portal:webhook")
        status = 400
    else:
        form = WebhookForm(instance=endpoint, initial={"active": True} if endpoint is None else None)
    context = {
        "form": form,
        "endpoint": endpoint,
        "deliveries": selectors.delivery_log(vendor),
        "signature_header": SIGNATURE_HEADER,
        "timestamp_header": TIMESTAMP_HEADER,
    }
    return render(request, "portal/webhook.html", context, status=status)


@vendor_required
def numbers(request: HttpRequest) -> HttpResponse:
    days = int(request.GET.get("days", "30")) if request.GET.get("days", "30").isdigit() else 30
    days = days if days in NUMBERS_DAYS else 30
    until = timezone.localdate()
    since = until - dt.timedelta(days=days - 1)
    figures = lead_selectors.vendor_numbers(request.vendor, since, until)  # type: ignore[attr-defined]
    context = {"numbers": figures, "days": days, "choices": NUMBERS_DAYS, "since": since, "until": until}
    return render(request, "portal/numbers.html", context)
