from __future__ import annotations

from django.urls import path

from . import views

app_name = "catalog"

urlpatterns = [
    path("c/<slug:slug>/", views.category_detail, name="category"),
    path("p/<slug:slug>/", views.offering_detail, name="offering"),
    path("v/<slug:slug>/", views.vendor_detail, name="vendor"),
]
