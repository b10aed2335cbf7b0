"""Who may receive a lead (the offer the buyer consents to) and who does (the route).

Rules (docs/leads.md):
- From an offering: its vendor, alone.
- From a category: the category ranking's first ``CANDIDATES`` distinct verified vendors.
- From a comparison: the compared offerings' verified vendors, in the order compared.
- From an article: the verified vendors of the offerings it features, in the article's order;
  with none, its category's candidates.
- From the home page, or a hotline callback without a category: no vendor is named; the buyer lets
  the platform match at most ``MAX_VENDORS`` verified vendors (an operator assigns them).
A lead then goes to the buyer's picks among the candidates first, then to the other candidates in
ranking order, up to ``MAX_VENDORS``. Nobody outside the named candidates receives it.

The offer is signed into the form, so what is routed is exactly what the buyer was shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from django.core import signing

from xuanyong.catalog.facets import category_offerings
from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.content.models import Article

from .models import RouteReason, Source

CANDIDATES = 5
MAX_VENDORS = 3
OFFER_SALT = "xuanyong.leads.offer"
OFFER_MAX_AGE = 2 * 24 * 3600  # a form left open for two days is shown again


@dataclass
class Offer:
    source: str
    offering_id: int | None = None
    category_id: int | None = None
    article_id: int | None = None
    vendor_ids: list[int] = field(default_factory=list)
    platform_match: bool = False

    def sign(self) -> str:
        return signing.dumps(asdict(self), salt=OFFER_SALT, compress=True)

    @classmethod
    def unsign(cls, token: str) -> Offer:
        """Raise ``signing.BadSignature`` (or ``SignatureExpired``) on a forged or stale token."""
        data = signing.loads(token, salt=OFFER_SALT, max_age=OFFER_MAX_AGE)
        if not isinstance(data, dict):
            raise signing.BadSignature("offer is not an object")
        try:
            return cls(**data)
        except TypeError as exc:
            raise signing.BadSignature("offer has unknown fields") from exc


def offer_for_offering(offering: Offering) -> Offer:
    return Offer(source=Source.OFFERING, offering_id=offering.pk, vendor_ids=[offering.vendor_id])


def offer_for_category(category: Category, source: str = Source.CATEGORY) -> Offer:
    return Offer(source=source, category_id=category.pk, vendor_ids=category_candidates(category))


def offer_for_compare(offerings: list[Offering]) -> Offer:
    return Offer(source=Source.COMPARE, vendor_ids=_verified_vendors_of(offerings))


def offer_for_article(article: Article) -> Offer:
    featured = list(
        Offering.objects.published()
        .filter(pk__in=article.article_offerings.values("offering_id"))
        .select_related("vendor")
        .only("id", "vendor__id", "vendor__verified")
    )
    order = dict(article.article_offerings.values_list("offering_id", "position"))
    featured.sort(key=lambda o: (order.get(o.pk, 0), o.pk))
    vendor_ids = _verified_vendors_of(featured)
    if not vendor_ids and article.category_id:
        vendor_ids = category_candidates(article.category)  # type: ignore[arg-type]
    return Offer(
        source=Source.ARTICLE,
        article_id=article.pk,
        category_id=article.category_id,
        vendor_ids=vendor_ids,
        platform_match=not vendor_ids,
    )


def offer_for_platform(source: str) -> Offer:
    return Offer(source=source, platform_match=True)


def category_candidates(category: Category) -> list[int]:
    """The first CANDIDATES distinct verified vendors: the category ranking's (reviews' published
    formula) ranked entries, then its entries with too few reviews, then the most viewed offerings."""
    from xuanyong.reviews.ranking import category_ranking

    ranking = category_ranking(category)
    vendor_ids: list[int] = []
    for entry in [*ranking.ranked, *ranking.unranked]:
        vendor = entry.offering.vendor
        if vendor.verified and vendor.pk not in vendor_ids:
            vendor_ids.append(vendor.pk)
    if len(vendor_ids) < CANDIDATES:
        popular = (
            category_offerings(category)
            .filter(vendor__verified=True)
            .order_by("-view_count", "id")
            .values_list("vendor_id", flat=True)[:50]
        )
        vendor_ids.extend(pk for pk in dict.fromkeys(popular) if pk not in vendor_ids)
    return vendor_ids[:CANDIDATES]


def _verified_vendors_of(offerings: list[Offering]) -> list[int]:
    vendor_ids: list[int] = []
    for offering in offerings:
        if offering.vendor.verified and offering.vendor_id not in vendor_ids:
            vendor_ids.append(offering.vendor_id)
    return vendor_ids[:CANDIDATES]


def offer_vendors(offer: Offer) -> list[Vendor]:
    """The offer's candidates, in its order, that still exist (and, beyond one offering, are verified)."""
    vendors = Vendor.objects.in_bulk(offer.vendor_ids)
    alive = [vendors[pk] for pk in offer.vendor_ids if pk in vendors]
    if offer.source != Source.OFFERING:
        alive = [v for v in alive if v.verified]
    return alive


def route_plan(offer: Offer, candidates: list[Vendor], picks: list[int]) -> list[tuple[Vendor, str]]:
    """The vendors a new lead goes to, with why: picks first, then the ranking, up to MAX_VENDORS."""
    if offer.source == Source.OFFERING:
        return [(vendor, RouteReason.OFFERING) for vendor in candidates[:1]]
    picked = [v for v in candidates if v.pk in picks]
    rest = [v for v in candidates if v.pk not in picks]
    plan = [(v, RouteReason.PICKED) for v in picked] + [(v, RouteReason.RANKING) for v in rest]
    return [(vendor, str(reason)) for vendor, reason in plan[:MAX_VENDORS]]
