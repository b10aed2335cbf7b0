"""Credentials: a vendor states them with evidence (/vendor/credentials/); operators check them in
a queue (/ops/credentials/) against the evidence and the issuer's public register."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from xuanyong.accounts.access import operator_required
from xuanyong.catalog import credentials as services
from xuanyong.catalog.models import Credential
from xuanyong.leads.forms import add_service_errors

from ..access import vendor_of, vendor_required
from ..forms import CredentialDecisionForm, CredentialForm


def _page(request: HttpRequest, form: CredentialForm, status: int = 200) -> HttpResponse:
    rows = Credential.objects.filter(vendor=vendor_of(request)).select_related("offering")
    context = {"form": form, "credentials": rows, "today": timezone.localdate()}
    return render(request, "portal/credentials.html", context, status=status)


@vendor_required
def vendor_credentials(request: HttpRequest) -> HttpResponse:
    vendor = vendor_of(request)
    if request.method != "POST":
        return _page(request, CredentialForm(vendor=vendor))
    form = CredentialForm(request.POST, request.FILES, vendor=vendor)
    if form.is_valid():
        data = services.CredentialInput(
            kind=form.cleaned_data["kind"], offering=form.cleaned_data["offering"],
            number=form.cleaned_data["number"], name=form.cleaned_data["name"], level=form.cleaned_data["level"],
            platforms=tuple(form.cleaned_data["platforms"]), issued_on=form.cleaned_data["issued_on"],
            expires_on=form.cleaned_data["expires_on"], evidence=form.cleaned_data["evidence"],
        )  # fmt: skip
        try:
            services.credential_submit(vendor=vendor, user=request.user, data=data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("资质已提交，显示为“服务商自填”；运营核验后显示“已核验”。"))
            return redirect("portal:credentials")
    return _page(request, form, status=400)


@require_POST
@vendor_required
def vendor_credential_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    credential = get_object_or_404(Credential, pk=pk, vendor=vendor_of(request))  # another vendor's: 404
    services.credential_withdraw(credential=credential, vendor=vendor_of(request))
    messages.success(request, _("已撤回该资质。"))
    return redirect("portal:credentials")


@require_GET
@operator_required
def ops_queue(request: HttpRequest) -> HttpResponse:
    waiting = Credential.objects.filter(status=Credential.Status.SELF_REPORTED).select_related(
        "vendor", "offering"
    )
    recent = (
        Credential.objects.exclude(status=Credential.Status.SELF_REPORTED)
        .select_related("vendor", "offering", "verified_by")
        .order_by("-verified_at")[:30]
    )
    context = {"waiting": waiting.order_by("created_at"), "recent": recent, "form": CredentialDecisionForm()}
    return render(request, "ops/credentials.html", context)


@require_POST
@operator_required
def ops_decide(request: HttpRequest, pk: int) -> HttpResponse:
    credential = get_object_or_404(Credential.objects.select_related("vendor"), pk=pk)
    form = CredentialDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("请选择核验通过或不通过。"))
        return redirect("ops_credentials:queue")
    try:
        services.credential_decide(
            credential=credential, operator=request.user,
            verify=form.cleaned_data["decision"] == "verify", note=form.cleaned_data["note"],
        )  # fmt: skip
    except ValidationError as exc:
        messages.error(request, _("；").join(exc.messages))
    else:
        messages.success(
            request,
            _("%(name)s 的%(kind)s：%(status)s。")
            % {
                "name": credential.vendor.name,
                "kind": credential.get_kind_display(),
                "status": credential.get_status_display(),
            },
        )
    return redirect("ops_credentials:queue")


@require_GET
@operator_required
def ops_evidence(request: HttpRequest, pk: int) -> FileResponse | HttpResponse:
    credential = get_object_or_404(Credential, pk=pk)
    if not credential.evidence:
        raise Http404("no evidence")
    response = FileResponse(credential.evidence.open("rb"), filename=credential.evidence_name or "evidence")
    response["Cache-Control"] = "private, no-store"
    return response
