from __future__ import annotations

from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("open-data/", views.page, name="page"),
]

# The files themselves, for programs: outside the language prefix, namespace "opendata_files"
# (xuanyong/urls.py).
file_urlpatterns = [
    path("open-data/<str:name>", views.download, name="download"),
]
