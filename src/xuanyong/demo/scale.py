"""Grow the catalog and the articles to N rows each, for benchmarks.

Texts come from the real public data in ``../shared/data`` when it is there (app descriptions
from iflytek, product names and taglines from cn-indie-products); otherwise the hand-written
sample texts are recombined. Random but seeded, so two runs build the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from xuanyong.catalog.models import (
    Attribute,
    Category,
    CategoryMembership,
    Offering,
    OfferingAttributeValue,
    Vendor,
)
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.catalog.services import attribute_value_rows, category_lineage, category_parents
from xuanyong.content.models import Article
from xuanyong.lib.chinese import pinyin_slug
from xuanyong.lib.markdown import render_markdown
from xuanyong.search import index as search_index

from .sample import SEED, fake_uscc, sample_offering_texts

BATCH = 2000
_INDIE_LINE = re.compile(r"^\s*[*-] .*?\[([^\]]+)\]\([^)]*\)\s*[:：]\s*(.+)$")
_EDITIONS = ["", " 标准版", " 专业版", " 企业版", " 云", " Pro", " 旗舰版", " 连锁版"]


@dataclass
class TextSource:
    names: list[tuple[str, str]]  # (product name, one-line description)
    paragraphs: list[str]
    real: bool


def load_texts(data_dir: Path | None = None) -> TextSource:
    data_dir = data_dir or settings.SHARED_DATA_DIR
    names: list[tuple[str, str]] = []
    paragraphs: list[str] = []
    indie = data_dir / "cn-indie-products" / "README.md"
    apps = data_dir / "iflytek" / "apps.jsonl"
    if indie.exists():
        for line in indie.read_text(encoding="utf-8").splitlines():
            if match := _INDIE_LINE.match(line):
                tagline = re.sub(r"\s*-\s*\[.*$", "", match.group(2)).strip()
                names.append((match.group(1).strip()[:40], tagline[:60]))
    if apps.exists():
        with apps.open(encoding="utf-8") as fh:
            paragraphs = [s for row in fh if len(s := json.loads(row)["sentence"].strip()) >= 40]
    real = bool(names and paragraphs)
    if not names:
        names = [(name, tagline) for name, tagline, _ in sample_offering_texts()]
    if not paragraphs:
        paragraphs = [
            p.strip() for _, _, description in sample_offering_texts()
            for p in description.split("\n") if len(p.strip()) >= 20
        ]  # fmt: skip
    return TextSource(names=names, paragraphs=paragraphs, real=real)


def random_attributes(rng: random.Random, attributes: list[Attribute]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for attr in attributes:
        if rng.random() < 0.1:
            continue  # realistic gaps: some values unknown
        codes = [code for code, _ in attr.choices]
        if attr.kind == Attribute.Kind.BOOL:
            values[attr.key] = rng.random() < 0.6
        elif attr.kind == Attribute.Kind.CHOICE and codes:
            values[attr.key] = rng.choice(codes)
        elif attr.kind == Attribute.Kind.MULTI and codes:
            values[attr.key] = sorted(rng.sample(codes, rng.randint(1, len(codes))))
        elif attr.kind == Attribute.Kind.NUMBER:
            values[attr.key] = rng.choice([5, 10, 20, 50, 100, 200, 500, 1000, 5000])
    return values


def _with_relations(
    batch: list[Offering], vendors: dict[int, Vendor], leaves: list[Category]
) -> list[Offering]:
    """Attach vendor and category objects already in memory, so indexing runs no query per row."""
    categories = {c.pk: c for c in leaves}
    for offering in batch:
        offering.vendor = vendors[offering.vendor_id]
        offering.primary_category = categories[offering.primary_category_id]
    return batch


def _batched(make: Callable[[int], Any], start: int, stop: int) -> Iterator[list[Any]]:
    for first in range(start, stop, BATCH):
        yield [make(i) for i in range(first, min(first + BATCH, stop))]


def scale_to(n: int, *, progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Add generated offerings and articles until each table holds at least ``n`` rows."""
    rng = random.Random(SEED + n)
    texts = load_texts()
    leaves = list(
        Category.objects.filter(parent__isnull=False).select_related("parent").prefetch_related("attributes")
    )
    if not leaves:
        raise RuntimeError("先加载示例数据（load-sample），再扩展数据规模。")
    schemas = {c.pk: list(c.attributes.all()) for c in leaves}
    now = timezone.now()
    added = {"vendors": 0, "offerings": 0, "articles": 0}

    have = Offering.objects.count()
    if have < n:
        vendor_target = max(Vendor.objects.count(), n // 20)
        new_vendors = [
            Vendor(
                name=f"{texts.names[i % len(texts.names)][0]}科技{i}",
                slug=f"v{i}-{pinyin_slug(texts.names[i % len(texts.names)][0], 40)}",
                legal_name=f"示例{i}号科技有限公司",
                uscc=fake_uscc(rng),
                verified=rng.random() < 0.5,
                description=rng.choice(texts.paragraphs)[:200],
            )
            for i in range(Vendor.objects.count(), vendor_target)
        ]
        with transaction.atomic():
            Vendor.objects.bulk_create(new_vendors, batch_size=BATCH)
        added["vendors"] = len(new_vendors)
        vendors_by_id = Vendor.objects.in_bulk()
        vendor_ids = list(vendors_by_id)

        def make_offering(i: int) -> Offering:
            name, tagline = texts.names[i % len(texts.names)]
            name = f"{name}{_EDITIONS[(i // len(texts.names)) % len(_EDITIONS)]}"
            category = leaves[rng.randrange(len(leaves))]
            low = rng.choice([0, 9, 19, 49, 99, 199, 499, 999, 2999, 9999])
            body = "\n\n".join(rng.sample(texts.paragraphs, 2))
            return Offering(
                kind=Offering.Kind.SERVICE
                if category.parent and "工商" in category.parent.name
                else Offering.Kind.SOFTWARE,
                vendor_id=rng.choice(vendor_ids),
                primary_category=category,
                name=name,
                slug=f"{pinyin_slug(name, 60)}-g{i}",
                tagline=tagline[:60],
                description=body,
                description_html=render_markdown(body),
                deployment=rng.choice(Offering.Deployment.values),
                platforms=rng.sample(list(Offering.PLATFORM_LABELS), rng.randint(1, 4)),
                pricing_model=rng.choice(Offering.PricingModel.values),
                price_min=Decimal(low),
                price_max=Decimal(low * rng.choice([1, 2, 3, 5])),
                price_unit=rng.choice(["元/用户/月", "元/门店/年", "元/套", "元/件"]),
                free_trial=rng.random() < 0.4,
                attributes=random_attributes(rng, schemas[category.pk]),
                view_count=rng.randint(0, 20000),
                status=Offering.Status.PUBLISHED,
                published_at=now - dt.timedelta(minutes=rng.randint(60, 60 * 24 * 900)),
            )

        parents = category_parents()
        for batch in _batched(make_offering, have, n):
            with transaction.atomic():
                Offering.objects.bulk_create(batch)
                OfferingAttributeValue.objects.bulk_create(
                    [row for offering in batch for row in attribute_value_rows(offering)], batch_size=BATCH
                )
                CategoryMembership.objects.bulk_create(
                    [
                        CategoryMembership(offering_id=offering.pk, category_id=category_id)
                        for offering in batch
                        for category_id in category_lineage(offering.primary_category_id, parents)
                    ],
                    batch_size=BATCH,
                )
                search_index.index_offerings(_with_relations(batch, vendors_by_id, leaves))
            added["offerings"] += len(batch)
            if progress:
                progress("offerings", have + added["offerings"], n)

    have = Article.objects.count()
    if have < n:
        kinds = Article.Kind.values

        def make_article(i: int) -> Article:
            name, tagline = texts.names[rng.randrange(len(texts.names))]
            title = f"{name}：{tagline}"[:110] if tagline else name
            body = "\n\n".join(rng.sample(texts.paragraphs, rng.randint(3, 8)))
            return Article(
                title=title,
                slug=f"g{i}-{pinyin_slug(name, 50)}",
                summary=body[:120],
                body=body,
                body_html=render_markdown(body),
                kind=rng.choice(kinds),
                category=leaves[rng.randrange(len(leaves))],
                source_type=Article.Source.WEB if texts.real else Article.Source.ORIGINAL,
                status=Article.Status.PUBLISHED,
                published_at=now - dt.timedelta(minutes=rng.randint(60, 60 * 24 * 900)),
                read_count=rng.randint(0, 50000),
                author_name="选用编辑部",
            )

        for batch in _batched(make_article, have, n):
            with transaction.atomic():
                Article.objects.bulk_create(batch)
                search_index.index_articles(batch)
            added["articles"] += len(batch)
            if progress:
                progress("articles", have + added["articles"], n)
    catalog_version_bump()
    search_index.analyze_tables()
    analyze_catalog()
    return added


def analyze_catalog() -> None:
    """Fresh planner statistics after a bulk load.

    Without them SQLite guesses: ``slug IN (…)`` scanned every offering through a (status, …)
    index instead of the unique slug index, and articles were read by date instead of by
    category. A plain ANALYZE is what SQLite needs after a bulk load (``PRAGMA optimize`` only
    analyzes tables its connection has queried); on PostgreSQL, the tables the catalog pages read.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            tables = [
                Offering._meta.db_table, CategoryMembership._meta.db_table,
                OfferingAttributeValue._meta.db_table, Vendor._meta.db_table, Article._meta.db_table,
            ]  # fmt: skip
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables))
        else:
            cursor.execute("ANALYZE")
