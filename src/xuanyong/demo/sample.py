"""Load the hand-written sample dataset (示例数据) through the apps' own services."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.catalog.services import (
    attribute_create,
    category_create,
    fee_item_create,
    offering_create,
    plan_create,
    vendor_create,
)
from xuanyong.content.models import Article
from xuanyong.content.services import article_create
from xuanyong.lib.validators import USCC_ALPHABET, uscc_check_char
from xuanyong.web.services import partner_brand_create, site_settings_update

from .analytics import load_analytics
from .credentials import load_credentials
from .data import catalog_a, catalog_b
from .data.categories import CATEGORIES
from .data.partners import PARTNERS
from .leads import load_leads
from .reviews import load_reviews

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
SEED = 20201202  # the reference page's publish date: runs repeat exactly


@dataclass
class SampleStats:
    categories: int = 0
    vendors: int = 0
    offerings: int = 0
    articles: int = 0
    partners: int = 0


def sample_loaded() -> bool:
    return Category.objects.exists()


def fake_uscc(rng: random.Random) -> str:
    """A well-formed 统一社会信用代码 (valid check character) that belongs to nobody."""
    region = "".join(rng.choice("0123456789") for _ in range(6))
    org = "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    first17 = f"91{region}{org}"
    return first17 + uscc_check_char(first17)


@transaction.atomic
def load_sample() -> SampleStats:
    rng = random.Random(SEED)
    stats = SampleStats()
    categories = _load_categories(stats)
    vendors = _load_vendors(stats, rng)
    offerings = _load_offerings(stats, rng, categories, vendors)
    _load_articles(stats, categories, offerings)
    for position, brand in enumerate(PARTNERS):
        partner_brand_create(position=position, **brand)
        stats.partners += 1
    site_settings_update(sample_data=True)
    load_credentials()
    load_leads()
    load_analytics()
    load_reviews()
    return stats


def _load_categories(stats: SampleStats) -> dict[str, Category]:
    by_name: dict[str, Category] = {}
    for position, spec in enumerate(CATEGORIES):
        category = category_create(
            name=spec["name"],
            parent=by_name.get(spec["parent"]) if spec["parent"] else None,
            description=spec.get("description", ""),
            aliases=spec.get("aliases", []),
            position=position,
        )
        for attr_position, attr in enumerate(spec.get("attributes", [])):
            attribute_create(
                category=category,
                key=attr["key"],
                label=attr["label"],
                kind=attr["kind"],
                choices=[list(choice) for choice in attr.get("choices", [])],
                unit=attr.get("unit", ""),
                help_text=attr.get("help", ""),
                group=attr.get("group", "基本"),
                position=attr_position,
            )
        by_name[category.name] = category
        stats.categories += 1
    return by_name


def _load_vendors(stats: SampleStats, rng: random.Random) -> dict[str, Vendor]:
    vendors: dict[str, Vendor] = {}
    for spec in [*catalog_a.VENDORS, *catalog_b.VENDORS]:
        vendors[spec["key"]] = vendor_create(
            name=spec["name"],
            legal_name=spec["legal_name"],
            uscc=fake_uscc(rng),
            verified=spec.get("verified", False),
            hotline=spec.get("hotline", ""),
            website=spec.get("website", ""),
            city=spec.get("city", ""),
            founded_year=spec.get("founded"),
            description=spec.get("description", ""),
        )
        stats.vendors += 1
    return vendors


def _load_offerings(
    stats: SampleStats, rng: random.Random, categories: dict[str, Category], vendors: dict[str, Vendor]
) -> dict[str, list[Offering]]:
    """Create every offering; return them grouped by primary category name."""
    by_category: dict[str, list[Offering]] = {}
    now = timezone.now()
    for spec in [*catalog_a.OFFERINGS, *catalog_b.OFFERINGS]:
        category = categories[spec["category"]]
        offering = offering_create(
            vendor=vendors[spec["vendor"]],
            primary_category=category,
            extra_categories=[categories[name] for name in spec.get("extra_categories", [])],
            name=spec["name"],
            kind=spec.get("kind", "software"),
            aliases=spec.get("aliases", []),
            tagline=spec.get("tagline", "")[:60],
            description=spec.get("description", ""),
            deployment=spec.get("deployment", "saas"),
            platforms=spec.get("platforms", []),
            pricing_model=spec.get("pricing_model", "subscription"),
            price_min=_decimal(spec.get("price_min")),
            price_max=_decimal(spec.get("price_max")),
            price_unit=spec.get("price_unit", ""),
            free_trial=spec.get("free_trial", False),
            attributes=spec.get("attributes", {}),
            view_count=rng.randint(120, 9000),
            published_at=now - dt.timedelta(days=rng.randint(1, 540), minutes=rng.randint(0, 1440)),
        )
        verified_on = timezone.localdate() - dt.timedelta(days=rng.randint(3, 120))
        for position, plan in enumerate(spec.get("plans", [])):
            plan_create(
                offering=offering,
                name=plan["name"],
                price=_decimal(plan.get("price")),
                unit=plan.get("unit", ""),
                billing_period=plan.get("billing_period", ""),
                features=plan.get("features", []),
                position=position,
                last_verified_on=verified_on,
            )
        for position, fee in enumerate(spec.get("fees", [])):
            fee_item_create(
                offering=offering,
                kind=fee["kind"],
                name=fee["name"],
                amount_min=_decimal(fee["amount_min"]),
                amount_max=_decimal(fee["amount_max"]),
                per=fee.get("per", "order"),
                conditions=fee.get("when", {}),
                region=fee.get("region", "全国"),
                source_url=fee.get("source_url", ""),
                position=position,
                last_verified_on=verified_on,
            )
        by_category.setdefault(category.name, []).append(offering)
        stats.offerings += 1
    # The most viewed offering of each category is featured on the home page.
    for offerings in by_category.values():
        top = sorted(offerings, key=lambda o: -o.view_count)[:1]
        Offering.objects.filter(pk__in=[o.pk for o in top]).update(featured=True)
    return by_category


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---``-fenced ``key: value`` lines from the Markdown body."""
    if not text.startswith("---"):
        raise ValueError("article file must start with a --- front-matter block")
    _, header, body = text.split("---", 2)
    meta: dict[str, str] = {}
    for line in header.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body.strip()


def _load_articles(
    stats: SampleStats, categories: dict[str, Category], offerings: dict[str, list[Offering]]
) -> None:
    tz = timezone.get_current_timezone()
    for path in sorted(ARTICLES_DIR.glob("*.md")):
        meta, body = parse_front_matter(path.read_text(encoding="utf-8"))
        category = categories.get(meta.get("category", ""))
        related = offerings.get(category.name, []) if category else []
        related = sorted(related, key=lambda o: -o.view_count)
        count = int(meta.get("count") or (0 if meta.get("kind") != "listicle" else 8))
        published = dt.datetime.strptime(meta["published"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        article_create(
            title=meta["title"],
            body=body,
            summary=meta.get("summary", "")[:300],
            kind=meta.get("kind", "guide"),
            category=category,
            tags=[t.strip() for t in meta.get("tags", "").split(",") if t.strip()],
            offerings=related[:count] if count else related[:3],
            source_type=meta.get("source", Article.Source.ORIGINAL),
            source_name=meta.get("source_name", ""),
            source_url=meta.get("source_url", ""),
            author_name=meta.get("author", "选用编辑部"),
            status=Article.Status.PUBLISHED,
            publish_at=min(published, timezone.now()),
            read_count=_stable_reads(path.stem),
        )
        stats.articles += 1


def _stable_reads(stem: str) -> int:
    return random.Random(f"{SEED}-{stem}").randint(60, 4800)
