"""Who may use the portal: members of a vendor, each seeing only that vendor's rows.

Views take the vendor from the membership (never from the URL) and look every object up through
it, so another vendor's object answers 404.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import redirect

from xuanyong.accounts.models import VendorMembership
from xuanyong.catalog.models import Vendor


class VendorRequest(HttpRequest):
    vendor: Vendor
    membership: VendorMembership


def vendor_required(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        membership = VendorMembership.objects.select_related("vendor").filter(user=request.user).first()
        if membership is None or not request.user.is_active:
            return redirect("portal:claim")
        request.user.vendor_membership = membership  # the header's 服务商后台 link reads it again
        request.vendor = membership.vendor  # type: ignore[attr-defined]
        request.membership = membership  # type: ignore[attr-defined]
        return view(request, *args, **kwargs)

    return wrapper


def vendor_of(request: HttpRequest) -> Vendor:
    """The vendor a ``vendor_required`` view acts for."""
    return request.vendor  # type: ignore[attr-defined]
