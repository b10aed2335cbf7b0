from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class ReviewsConfig(AppConfig):
    name = "xuanyong.reviews"
    verbose_name = pgettext_lazy("app", "评价")
