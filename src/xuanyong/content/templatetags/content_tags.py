from __future__ import annotations

import re

from django import template
from django.utils.html import strip_tags

from ..models import Article

register = template.Library()
_SPACE = re.compile(r"\s+")


@register.filter
def excerpt(article: Article, length: int = 80) -> str:
    """About ``length`` characters of the summary (or body), always ending in …, as the cards show."""
    text = article.summary or strip_tags(article.body_html or "")
    text = _SPACE.sub(" ", text).strip()
    return text[:length].rstrip("，。、；：,.;: ") + "…"
