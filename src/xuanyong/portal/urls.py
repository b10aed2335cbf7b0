from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .views import catalog_files, credentials, leads, vendor

app_name = "portal"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", vendor.home, name="home"),
    path("claim/", vendor.claim, name="claim"),
    path("credentials/", credentials.vendor_credentials, name="credentials"),
    path(
        "credentials/<int:pk>/withdraw/", credentials.vendor_credential_withdraw, name="credential_withdraw"
    ),
    path("offerings/", vendor.offerings, name="offerings"),
    path("offerings/<int:pk>/", vendor.offering_edit, name="offering_edit"),
    path("offerings/<int:pk>/history/", vendor.offering_history, name="offering_history"),
    path("catalog/", catalog_files.vendor_catalog, name="catalog"),
    path("catalog/<int:pk>/confirm/", catalog_files.vendor_catalog_confirm, name="catalog_confirm"),
    path("catalog/export.<str:fmt>", catalog_files.vendor_catalog_export, name="catalog_export"),
    path("offerings/<int:pk>/plans/new/", vendor.plan_edit, name="plan_new"),
    path("offerings/<int:pk>/plans/<int:plan_pk>/", vendor.plan_edit, name="plan_edit"),
    path("offerings/<int:pk>/plans/<int:plan_pk>/confirm/", vendor.plan_confirm, name="plan_confirm"),
    path("leads/", leads.inbox, name="leads"),
    path("leads/export.csv", leads.leads_export, name="leads_export"),
    path("leads/<int:pk>/", leads.lead_detail, name="lead"),
    path("leads/<int:pk>/status/", leads.lead_status, name="lead_status"),
    path("leads/<int:pk>/notes/", leads.lead_note, name="lead_note"),
    path("webhook/", vendor.webhook, name="webhook"),
    path("numbers/", vendor.numbers, name="numbers"),
]
