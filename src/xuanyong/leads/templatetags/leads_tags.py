"""Calls to action that start a lead, for any page: ``{% lead_cta "category" category=category %}``.

They render links to the request form (no JavaScript needed) carrying ``data-cta`` and
``data-cta-source`` for the analytics click tracking. Rendering them reads nothing from the
database, except the offering's response time, which is cached (leads.selectors).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from xuanyong.lib.pagecache import unique_value_or_mark

from .. import consent, routing, selectors
from ..forms import LeadForm
from ..models import Kind, Source

register = template.Library()

BUTTONS = [
    (Kind.CONSULT, _("免费咨询")), (Kind.QUOTE, _("获取报价")), (Kind.DEMO, _("预约演示")), (Kind.CALLBACK, _("预约回拨")),
]  # fmt: skip


@register.inclusion_tag("leads/_cta.html", takes_context=True)
def lead_cta(
    context: template.Context, source: str, offering: Any = None, category: Any = None, article: Any = None,
    compare: Any = None,
) -> dict[str, Any]:  # fmt: skip
    params: dict[str, str] = {}
    if offering is not None:
        params["offering"] = offering.slug
    elif category is not None:
        params["category"] = category.slug
    elif article is not None:
        params["article"] = article.slug
    elif compare:
        params["compare"] = ",".join(o.slug for o in compare)
    else:
        params["source"] = source
    base = reverse("leads:new")
    buttons = [
        {"kind": kind, "label": label, "url": f"{base}?{urlencode({'kind': kind, **params})}"}
        for kind, label in BUTTONS
    ]
    response = selectors.offering_response_time(offering.pk) if offering is not None else None
    return {
        "source": source, "buttons": buttons, "response": response, "offering": offering, "site": context.get("site"),
    }  # fmt: skip


@register.inclusion_tag("leads/_callback_form.html", takes_context=True)
def callback_form(context: template.Context) -> dict[str, Any]:
    """The hotline callback form (no vendor named: the platform matches), with its consent text."""
    offer = routing.offer_for_platform(Source.HOTLINE)
    # A cached page carries a mark for the idempotency key: each visitor must send their own.
    idem = unique_value_or_mark(context.get("csrf_token"))
    initial = {"kind": Kind.CALLBACK, "offer": offer.sign(), "idem": idem}
    form = LeadForm(initial=initial, candidates=[], short=True)
    return {
        "form": form,
        "consent_text": consent.consent_text(vendor_names=[], platform_match=True),
        "csrf_token": context.get("csrf_token"),
        "site": context.get("site"),
    }
