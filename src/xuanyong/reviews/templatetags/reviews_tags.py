from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from ..selectors import review_summary as summary_for

register = template.Library()


# Five stars filled to a share of their width: a half star needs no glyph that fonts may lack.
STARS_STYLE = (
    "background:linear-gradient(90deg,#f59e0b {pct}%,#d1d5db {pct}%);"
    "-webkit-background-clip:text;background-clip:text;color:transparent;letter-spacing:1px"
)


@register.filter
def stars(recommend: int | float | None) -> SafeString:
    """A 0–10 recommendation as five stars filled to the half star, labelled for screen readers."""
    if recommend is None:
        return format_html('<span class="muted">—</span>')
    value = round(float(recommend)) / 2
    style = STARS_STYLE.format(pct=int(value * 20))
    return format_html(
        '<span class="stars" role="img" aria-label="{} 星" style="{}">★★★★★</span>', value, style
    )


@register.inclusion_tag("reviews/_summary.html")
def review_summary(offering: Any) -> dict[str, Any]:
    """The offering page's summary; rendered inside the cached shared fragment, so once per version."""
    return {"offering": offering, "summary": summary_for(offering.pk)}
