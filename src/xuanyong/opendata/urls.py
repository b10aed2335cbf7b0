from __future__ import annotations

from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("open-data/", views.page, name="page"),
    path("open-data/<str:name>", views.download, name="download"),
]
