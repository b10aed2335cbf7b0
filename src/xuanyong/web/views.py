from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import PartnerBrand
from .selectors import home_page_data


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", home_page_data())


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
