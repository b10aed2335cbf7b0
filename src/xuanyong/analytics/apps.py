from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class AnalyticsConfig(AppConfig):
    name = "xuanyong.analytics"
    verbose_name = pgettext_lazy("app", "运营数据")

    def ready(self) -> None:
        from xuanyong.leads.signals import lead_status_changed, lead_submitted
        from xuanyong.reviews.signals import review_submitted

        from . import receivers

        lead_submitted.connect(receivers.on_lead_submitted, dispatch_uid="analytics.lead_submitted")
        lead_status_changed.connect(receivers.on_lead_status_changed, dispatch_uid="analytics.lead_status")
        review_submitted.connect(receivers.on_review_submitted, dispatch_uid="analytics.review_submitted")
