"""Operators' moderation queue: fraud signals, proofs of use, and decisions with reasons."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from xuanyong.accounts.access import operator_required

from .. import selectors, services
from ..forms import ModerateForm
from ..models import ProofOfUse, RejectReason, Review
from . import current_user


@require_GET
@operator_required
def queue(request: HttpRequest) -> HttpResponse:
    reviews = list(selectors.moderation_queue()[:100])
    context = {"reviews": reviews, "reasons": RejectReason.choices}
    return render(request, "reviews/moderation.html", context)


@require_POST
@operator_required
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_object_or_404(Review, pk=pk)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("无效的审核操作。"))
        return redirect("reviews:moderation")
    try:
        services.review_moderate(
            review=review, publish=form.cleaned_data["action"] == "publish",
            moderator=current_user(request), reason=form.cleaned_data["reason"],
        )  # fmt: skip
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
        return redirect("reviews:moderation")
    messages.success(
        request, _("评价 #%(pk)s 已%(status)s。") % {"pk": review.pk, "status": review.get_status_display()}
    )
    return redirect("reviews:moderation")


@require_GET
@operator_required
def proof_file(request: HttpRequest, pk: int) -> FileResponse:
    """Operators only: proofs are never reachable from a public URL."""
    proof = get_object_or_404(ProofOfUse, pk=pk)
    response = FileResponse(proof.file.open("rb"), as_attachment=True, filename=proof.original_name)
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@operator_required
def proof_decide(request: HttpRequest, pk: int) -> HttpResponse:
    proof = get_object_or_404(
        ProofOfUse.objects.select_related("review__offering__vendor", "review__user"), pk=pk
    )
    decision = request.POST.get("accept")
    if decision not in ("0", "1"):
        messages.error(request, _("请选择核实或退回。"))
        return redirect("reviews:moderation")
    accept = decision == "1"
    services.proof_decide(proof=proof, accept=accept, moderator=current_user(request))
    messages.success(request, _("凭证已核实。") if accept else _("凭证已退回。"))
    return redirect("reviews:moderation")
