from __future__ import annotations

from django.urls import URLPattern, path

from .views import credentials

app_name = "ops_credentials"

urlpatterns: list[URLPattern] = [
    path("", credentials.ops_queue, name="queue"),
    path("<int:pk>/", credentials.ops_decide, name="decide"),
    path("<int:pk>/evidence/", credentials.ops_evidence, name="evidence"),
]
