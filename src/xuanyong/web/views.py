from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from xuanyong.lib.lazy import lazy_values
from xuanyong.lib.pagecache import cache_page

from .models import PartnerBrand
from .selectors import HOME_SECTIONS, home_page_data


@cache_page
def home(request: HttpRequest) -> HttpResponse:
    # The sections are one shared fragment (web/home.html): read only when it is not cached.
    return render(request, "web/home.html", lazy_values(home_page_data, HOME_SECTIONS))


@cache_page
def partners(request: HttpRequest) -> HttpResponse:
    brands = PartnerBrand.objects.filter(is_active=True)
    return render(request, "web/partners.html", {"brands": brands})


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


def error_500(request: HttpRequest) -> HttpResponse:
    # No context processors: the database may be what failed.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)
