from __future__ import annotations

from django.urls import path

from . import views

app_name = "security"

urlpatterns = [
    path("csp-report/", views.csp_report, name="csp_report"),
]
