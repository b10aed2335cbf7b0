from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from ..selectors import review_summary as summary_for

register = template.Library()


# Five stars filled to a share of their width: a half star needs no glyph that fonts may lack.


@register.filter
def stars(recommend: int | float | None) -> SafeString:
    """A 0–10 recommendation as five stars filled to the half star, labelled for screen readers."""
    if recommend is None:
        return format_html('<span class="muted">—</span>')
    value = round(float(recommend)) / 2
    # One class per half star (site.css): the CSP allows no inline style.
    label = _("%(stars)s 星") % {"stars": value}
    return format_html(
        '<span class="stars stars-{}" role="img" aria-label="{}">★★★★★</span>', int(value * 20), label
    )


@register.inclusion_tag("reviews/_summary.html")
def review_summary(offering: Any) -> dict[str, Any]:
    """The offering page's summary; rendered inside the cached shared fragment, so once per version."""
    return {"offering": offering, "summary": summary_for(offering.pk)}
