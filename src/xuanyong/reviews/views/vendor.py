"""Vendor members, inside the portal: their offerings' reviews, public replies, and invite links.

Objects are looked up through the member's vendor (portal.access), so another vendor's review
answers 404, as everywhere in the portal.
"""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from xuanyong.catalog.models import Offering
from xuanyong.portal.access import VendorRequest, vendor_required

from .. import selectors, services
from ..forms import InviteForm, ReplyForm
from ..models import Review, ReviewInvite
from . import current_user


@require_GET
@vendor_required
def vendor_reviews(request: HttpRequest) -> HttpResponse:
    vendor = cast(VendorRequest, request).vendor
    context = {
        "reviews": list(selectors.vendor_reviews(vendor.pk)[:200]),
        "offerings": list(Offering.objects.filter(vendor=vendor).published().only("id", "name")),
        "invites": list(ReviewInvite.objects.filter(vendor=vendor).select_related("offering", "review")[:50]),
    }
    return render(request, "reviews/vendor_reviews.html", context)


@require_POST
@vendor_required
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    vendor = cast(VendorRequest, request).vendor
    review = get_object_or_404(Review.objects.select_related("offering"), pk=pk, offering__vendor=vendor)
    form = ReplyForm(request.POST)
    form.is_valid()
    try:
        services.vendor_reply_save(
            review=review, user=current_user(request), body=form.cleaned_data.get("body", "")
        )
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
        return redirect("reviews:vendor_reviews")
    messages.success(request, _("回复已发布。"))
    return redirect("reviews:vendor_reviews")


@require_POST
@vendor_required
def invite_create(request: HttpRequest) -> HttpResponse:
    vendor = cast(VendorRequest, request).vendor
    form = InviteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("请选择要邀请评价的产品。"))
        return redirect("reviews:vendor_reviews")
    offering = Offering.objects.filter(pk=form.cleaned_data["offering"], vendor=vendor).first()
    if offering is None:
        raise Http404("not this vendor's offering")
    try:
        invite = services.review_invite_create(
            user=current_user(request), offering=offering, note=form.cleaned_data["note"]
        )
    except ValidationError as exc:
        if getattr(exc, "code", None) == "not_vendor":
            raise PermissionDenied(exc.messages[0]) from exc
        messages.error(request, _("；").join(exc.messages))
        return redirect("reviews:vendor_reviews")
    link = request.build_absolute_uri(reverse("reviews:invite", args=[invite.token]))
    messages.success(request, _("邀请链接已生成，请发给您的客户：%(link)s") % {"link": link})
    return redirect("reviews:vendor_reviews")
