from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .views import dashboard, public

app_name = "analytics"

urlpatterns: list[URLPattern | URLResolver] = [
    path("s/<str:code>", public.share_link, name="share"),
    path("t/cta/", public.cta_click, name="cta"),
    path("ops/", dashboard.overview, name="dashboard"),
    path("ops/export/<slug:table>.csv", dashboard.export_csv, name="export"),
]
