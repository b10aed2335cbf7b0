from __future__ import annotations

from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("privacy/", views.policy, name="policy"),
    path("account/privacy/", views.mine, name="mine"),
    path("account/privacy/export/", views.export, name="export"),
    path("account/privacy/delete/", views.delete, name="delete"),
]
