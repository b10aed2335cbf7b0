from __future__ import annotations

from django import template

from xuanyong.web import languages

register = template.Library()


@register.filter
def localized(path: str) -> str:
    """``{{ hit.url|localized }}``: a stored site path as the page in the active language."""
    return languages.localized(str(path or ""))
