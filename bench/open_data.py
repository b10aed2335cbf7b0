"""How long the open-data export takes at 10⁵ offerings, and how many rows each dataset holds.

Builds a temporary SQLite site: the sample data grown to N offerings (`xuanyong load-sample
--scale N`). The generated offerings have no plans or reviews, so this script adds, seeded:
PLANS plans to every generated offering, a price-change revision to one plan in ten, and 1–5
published reviews (from a pool of reviewers) to one offering in three, so every dataset and every
ranking has volume. Then it exports twice: `xuanyong export-open-data DIR` as an operator runs it
(its own process, Python and Django start-up included), and the export service in this process,
which times each dataset. Prints a table.

    .venv/bin/python bench/open_data.py [--scale 100000] [--data-dir DIR] [--build-only]

--data-dir DIR reuses DIR when it already holds a site built by this script (no loading), and
otherwise builds into it and keeps it; without it a temporary directory is used and removed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
XUANYONG = REPO / ".venv" / "bin" / "xuanyong"
BUILT_MARKER = "open-data-bench-built"
SEED = 20261214
PLANS = 2
REVIEWERS = 5000
BATCH = 5000


def build(data_dir: Path, scale: int) -> None:
    """Load and grow the sample in DATA_DIR, then add plans, revisions and reviews in bulk."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(XUANYONG_DATA_DIR=str(data_dir), XUANYONG_EAGER_TASKS="1")
    started = time.monotonic()
    subprocess.run([str(XUANYONG), "load-sample", "--scale", str(scale)], env=env, check=True)
    print(f"loaded --scale {scale} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    started = time.monotonic()
    _enrich()
    (data_dir / BUILT_MARKER).write_text(str(scale))
    print(f"added plans, revisions and reviews in {time.monotonic() - started:.0f} s", file=sys.stderr)


def _enrich() -> None:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from xuanyong.accounts.models import User
    from xuanyong.catalog.models import Offering, Plan
    from xuanyong.catalog.selectors import catalog_version_bump
    from xuanyong.portal.models import CatalogRevision
    from xuanyong.reviews.models import (
        CompanySize,
        Industry,
        Review,
        ReviewerRole,
        UsageDuration,
        Verification,
    )

    rng = random.Random(SEED)
    now = timezone.now()
    password = make_password(None)
    reviewers = User.objects.bulk_create(
        [
            User(email=f"bench-kehu{i}@bench-kehu.example", display_name=f"评测用户{i}", password=password)
            for i in range(REVIEWERS)
        ],
        batch_size=BATCH,
    )
    reviewer_ids = [u.pk for u in reviewers]
    generated = list(
        Offering.objects.published()
        .filter(plans__isnull=True)
        .order_by("pk")
        .values_list("pk", "vendor_id", "price_min")
    )
    levels = [Verification.EMAIL, Verification.PROOF, Verification.INVITED, Verification.NONE]
    for first in range(0, len(generated), BATCH):
        chunk = generated[first : first + BATCH]
        with transaction.atomic():
            plans = Plan.objects.bulk_create(
                [
                    Plan(
                        offering_id=pk, name=name, position=position, unit="元/用户/月", billing_period="month",
                        price=(price or Decimal(0)) * (position + 1), features=["基础功能", "数据导出"],
                        last_verified_on=(now - dt.timedelta(days=rng.randint(0, 400))).date(),
                    )
                    for pk, _, price in chunk
                    for position, name in enumerate(["基础版", "专业版"][:PLANS])
                ]
            )  # fmt: skip
            vendors = {pk: vendor_id for pk, vendor_id, _ in chunk}
            CatalogRevision.objects.bulk_create(
                [
                    CatalogRevision(
                        vendor_id=vendors[plan.offering_id], offering_id=plan.offering_id, plan_id=plan.pk,
                        plan_name=plan.name, changes={"price": [str(plan.price + 10), str(plan.price)]},
                    )
                    for plan in plans
                    if rng.random() < 0.1
                ]
            )  # fmt: skip
            reviews = []
            for pk, _, _ in chunk:
                if rng.random() >= 1 / 3:
                    continue
                base = rng.uniform(5, 9.5)
                for user_id in rng.sample(reviewer_ids, rng.randint(1, 5)):
                    rated_at = now - dt.timedelta(days=rng.randint(1, 700))
                    recommend = max(0, min(10, round(rng.gauss(base, 1.5))))
                    reviews.append(
                        Review(
                            offering_id=pk, user_id=user_id, recommend=recommend,
                            ease_of_use=rng.randint(1, 5), features=rng.randint(1, 5), support=rng.randint(1, 5),
                            value=rng.randint(1, 5), pros="上手快，报表清晰。", cons="高级功能要另付费。",
                            use_case="门店日常经营", reviewer_role=rng.choice(ReviewerRole.values),
                            company_size=rng.choice(CompanySize.values), industry=rng.choice(Industry.values),
                            usage_duration=rng.choice(UsageDuration.values), verification=rng.choice(levels),
                            status=Review.Status.PUBLISHED, rated_at=rated_at, published_at=rated_at,
                            ip="198.51.100.7", visitor_id=f"bench-{pk}-{user_id}",
                        )
                    )  # fmt: skip
            Review.objects.bulk_create(reviews)
    catalog_version_bump()


def measure(data_dir: Path) -> None:
    from xuanyong.opendata.services import open_data_export

    out = Path(tempfile.mkdtemp(prefix="xy-open-data-out-"))
    try:
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
        env["XUANYONG_DATA_DIR"] = str(data_dir)
        started = time.monotonic()
        subprocess.run([str(XUANYONG), "export-open-data", str(out / "cli")], env=env, check=True)
        command_s = time.monotonic() - started
        done = open_data_export(root=out / "service")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    rows = {d["name"]: d["rows"] for d in done.manifest["datasets"]}
    sizes = {f["name"]: f["bytes"] for f in done.manifest["files"]}
    print(f"\nopen-data export, SQLite, {rows['offerings']:,} published offerings")
    print(f"{'dataset':<34}{'rows':>10}{'JSONL MB':>10}{'CSV MB':>9}{'seconds':>9}")
    for names, seconds in done.timings:
        for i, name in enumerate(names):
            jsonl, csv_mb = sizes[f"{name}.jsonl"] / 1e6, sizes[f"{name}.csv"] / 1e6
            timing = f"{seconds:>9.2f}" if i == len(names) - 1 else f"{'┐':>9}"
            print(f"{name:<34}{rows[name]:>10,}{jsonl:>10.1f}{csv_mb:>9.1f}{timing}")
    print(f"{'export (service, in this process)':<34}{sum(rows.values()):>10,}{'':>19}{done.seconds:>9.2f}")
    print(f"{'xuanyong export-open-data':<34}{'':>29}{command_s:>9.2f}")
    print("(seconds per dataset: read + JSONL + CSV; the two ranking datasets come from one pass;")
    print(" the command's time includes Python and Django start-up)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100000, help="grow offerings to N rows")
    parser.add_argument("--data-dir", help="build into DIR and keep it; reuse it when already built")
    parser.add_argument("--build-only", action="store_true", help="build the site, do not export")
    args = parser.parse_args()
    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="xy-open-data-bench-")).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ["XUANYONG_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "xuanyong.settings"
    import django

    django.setup()
    try:
        if not (data_dir / BUILT_MARKER).exists():
            build(data_dir, args.scale)
        if not args.build_only:
            measure(data_dir)
    finally:
        if not args.data_dir:
            shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
