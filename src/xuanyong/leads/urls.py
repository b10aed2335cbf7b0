from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .views import ops, public

app_name = "leads"

urlpatterns: list[URLPattern | URLResolver] = [
    path("leads/new/", public.lead_new, name="new"),
    path("callback/", public.callback, name="callback"),
    path("leads/r/<str:token>/", public.lead_status, name="status"),
    path("leads/r/<str:token>/withdraw/", public.lead_withdraw, name="withdraw"),
    path("my/leads/", public.my_leads, name="my_leads"),
    path("ops/leads/", ops.ops_lead_list, name="ops_leads"),
    path("ops/leads/<int:pk>/", ops.ops_lead_detail, name="ops_lead"),
    path("ops/leads/<int:pk>/reassign/", ops.ops_lead_reassign, name="ops_lead_reassign"),
]
