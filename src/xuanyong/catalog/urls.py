from __future__ import annotations

from django.urls import path

from .views import browse, compare, rank

app_name = "catalog"

urlpatterns = [
    path("c/<slug:slug>/", browse.category_detail, name="category"),
    path("p/<slug:slug>/", browse.offering_detail, name="offering"),
    path("p/<slug:slug>/alternatives/", browse.offering_alternatives, name="alternatives"),
    path("p/<slug:slug>/estimate/", browse.fee_estimate, name="estimate"),
    path("v/<slug:slug>/", browse.vendor_detail, name="vendor"),
    path("compare/", compare.compare, name="compare"),
    path("compare/tray/", compare.tray_update, name="tray"),
    path("rank/method/", rank.ranking_method, name="ranking_method"),
    path("rank/<slug:slug>/", rank.category_ranking, name="ranking"),
]
