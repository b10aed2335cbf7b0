"""Load the hand-written sample dataset (示例数据): categories through the catalog's services, the
catalog from its data file through the catalog importer, articles from Markdown files."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from xuanyong.catalog.bulk import catalog_import
from xuanyong.catalog.models import Category, FeeItem, Offering, Plan
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.catalog.services import attribute_create, category_create
from xuanyong.content.models import Article
from xuanyong.content.services import article_create
from xuanyong.lib.spreadsheet import read_csv
from xuanyong.lib.validators import USCC_ALPHABET, uscc_check_char
from xuanyong.search import index as search_index
from xuanyong.web.services import partner_brand_create, site_settings_update

from .analytics import load_analytics
from .credentials import load_credentials
from .data.categories import CATEGORIES
from .data.partners import PARTNERS
from .leads import load_leads
from .reviews import load_reviews

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
# Vendors, offerings, plans and fees, in the catalog importer's CSV layout (docs/import.md).
CATALOG_FILE = Path(__file__).resolve().parent / "data" / "catalog.csv"
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
    offerings = _load_catalog(stats, rng, categories)
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


def _load_catalog(
    stats: SampleStats, rng: random.Random, categories: dict[str, Category]
) -> dict[str, list[Offering]]:
    """Import the vendors, offerings, plans and fees from the data file through the catalog
    importer, then draw what the importer does not own (view counts, publish times, price
    check dates, the featured flag) from the seeded RNG; return offerings by category name."""
    report = catalog_import(data=CATALOG_FILE.read_bytes(), filename=CATALOG_FILE.name)
    if not report.applied:
        raise RuntimeError(f"{CATALOG_FILE.name}: " + "; ".join(str(e) for e in report.errors[:10]))
    counts = report.counts()
    stats.vendors = counts["vendor"]["create"]
    stats.offerings = counts["offering"]["create"]
    # The file's credit codes were the stream's first draws (fake_uscc, one per vendor): draw
    # past them, so every number after them is what the sample has always had.
    for _ in range(stats.vendors):
        fake_uscc(rng)
    now = timezone.now()
    offerings = list(Offering.objects.select_related("vendor", "primary_category").order_by("pk"))
    checked_on: dict[dt.date, list[int]] = {}
    for offering in offerings:
        offering.view_count = rng.randint(120, 9000)
        offering.published_at = now - dt.timedelta(days=rng.randint(1, 540), minutes=rng.randint(0, 1440))
        verified_on = timezone.localdate() - dt.timedelta(days=rng.randint(3, 120))
        checked_on.setdefault(verified_on, []).append(offering.pk)
    Offering.objects.bulk_update(offerings, ["view_count", "published_at"], batch_size=500)
    for day, ids in checked_on.items():
        Plan.objects.filter(offering_id__in=ids).update(last_verified_on=day)
        FeeItem.objects.filter(offering_id__in=ids).update(last_verified_on=day)
    search_index.index_offerings(offerings)  # popularity and publish time are part of the index
    by_category: dict[str, list[Offering]] = {}
    for offering in offerings:
        by_category.setdefault(offering.primary_category.name, []).append(offering)
    # The most viewed offering of each category is featured on the home page.
    for group in by_category.values():
        top = sorted(group, key=lambda o: -o.view_count)[:1]
        Offering.objects.filter(pk__in=[o.pk for o in top]).update(featured=True)
    transaction.on_commit(catalog_version_bump)
    return by_category


def sample_offering_texts() -> list[tuple[str, str, str]]:
    """(name, tagline, description) of every sample offering, for generated data."""
    book = read_csv(CATALOG_FILE.read_bytes())
    header = book.tables[0].header
    at = {name: header.index(name) for name in ("type", "name", "tagline", "description")}
    return [
        (str(cells[at["name"]]), str(cells[at["tagline"]]), str(cells[at["description"]]))
        for _, cells in book.tables[0].rows
        if cells[at["type"]] == "offering"
    ]


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
