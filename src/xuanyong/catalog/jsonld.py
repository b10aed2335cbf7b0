"""schema.org descriptions of offerings: SoftwareApplication or Service, with their offers."""

from __future__ import annotations

from typing import Any

from django.utils.safestring import SafeString

from xuanyong.lib.jsonld import jsonld_script

from .models import Offering, Plan


def offering_jsonld(origin: str, offering: Offering, plans: list[Plan]) -> SafeString:
    """``origin`` (scheme and host, e.g. https://xuanyong.example.com) makes the URLs absolute."""
    url = origin + offering.get_absolute_url()
    provider = {
        "@type": "Organization",
        "name": offering.vendor.name,
        "url": origin + offering.vendor.get_absolute_url(),
    }
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "name": offering.name,
        "description": offering.tagline,
        "url": url,
    }
    if offering.kind == Offering.Kind.SOFTWARE:
        data.update({
            "@type": "SoftwareApplication",
            "applicationCategory": "BusinessApplication",
            "operatingSystem": "、".join(offering.platform_labels) or "Web",
            "author": provider,
        })  # fmt: skip
    else:
        data.update({"@type": "Service", "serviceType": offering.primary_category.name, "provider": provider})
    priced = [p for p in plans if p.price is not None]
    if offering.pricing_model == Offering.PricingModel.FREE:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "CNY", "url": url}
    elif priced:
        data["offers"] = [
            {"@type": "Offer", "name": p.name, "price": f"{p.price:.2f}", "priceCurrency": "CNY", "url": url}
            for p in priced
        ]
    elif offering.price_min is not None:
        data["offers"] = {
            "@type": "AggregateOffer",
            "lowPrice": f"{offering.price_min:.2f}",
            "highPrice": f"{(offering.price_max or offering.price_min):.2f}",
            "priceCurrency": "CNY",
            "url": url,
        }
    if offering.rating_avg is not None and offering.review_count:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": f"{offering.rating_avg:.1f}",
            "reviewCount": offering.review_count,
            "bestRating": "5",
        }
    return jsonld_script(data)
