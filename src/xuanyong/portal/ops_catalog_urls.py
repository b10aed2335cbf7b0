from __future__ import annotations

from django.urls import URLPattern, path

from .views import catalog_files

app_name = "ops_catalog"

urlpatterns: list[URLPattern] = [
    path("", catalog_files.ops_catalog, name="import"),
    path("<int:pk>/confirm/", catalog_files.ops_catalog_confirm, name="confirm"),
    path("export.<str:fmt>", catalog_files.ops_catalog_export, name="export"),
]
