from __future__ import annotations

from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "xuanyong.reviews"
    verbose_name = "评价"
