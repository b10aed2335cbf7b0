"""Rows per second of the catalog importer and exporter (`xuanyong import-catalog` / `export-catalog`).

For each format (CSV, XLSX) a child process gets a temporary data directory (a fresh SQLite
database), migrates it, creates the sample's categories and attribute schemas, and generates a
catalog file of N rows (default 10⁴: 10 % vendors, 30 % offerings with attributes, 45 % plans,
15 % fee items, fixed seed). Then it times, in-process as the command runs them:

1. import: the whole file into the empty catalog (every row created, indexed for search);
2. re-import: the same file again (every row unchanged: validation and comparison only);
3. export: the whole catalog back to a file of the same format.

Prints a table. Migrating and generating the file are not timed.

    .venv/bin/python bench/catalog_import.py [--rows 10000] [--format csv|xlsx|both]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SEED = 20261205
TARGET_S = 10.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--format", choices=["csv", "xlsx", "both"], default="both")
    parser.add_argument("--child", choices=["csv", "xlsx"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.child, args.rows)), flush=True)
        return 0
    formats = ["csv", "xlsx"] if args.format == "both" else [args.format]
    results = [spawn(fmt, args.rows) for fmt in formats]
    print_table(results, args.rows)
    return 0


def spawn(fmt: str, rows: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="xy-catalog-import-") as data_dir:
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
        env.update(
            XUANYONG_DATA_DIR=data_dir, DJANGO_SETTINGS_MODULE="xuanyong.settings", LOG_LEVEL="WARNING"
        )
        command = [sys.executable, __file__, "--child", fmt, "--rows", str(rows)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{fmt} run failed:\n{done.stdout}\n{done.stderr}")
        line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
        return dict(json.loads(line[len("RESULT ") :]))


def child(fmt: str, rows: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    categories = make_categories()
    data = make_file(fmt, rows, categories)
    from xuanyong.catalog.bulk import catalog_export, catalog_import

    timings: dict[str, float] = {}
    started = time.perf_counter()
    report = catalog_import(data=data, filename=f"catalog.{fmt}")
    timings["import"] = time.perf_counter() - started
    if not report.applied:
        raise SystemExit("\n".join(str(e) for e in report.errors[:20]))
    started = time.perf_counter()
    again = catalog_import(data=data, filename=f"catalog.{fmt}")
    timings["re-import"] = time.perf_counter() - started
    assert again.total_changes == 0, again.changed_rows()[:3]
    started = time.perf_counter()
    out = io.BytesIO()
    stats = catalog_export(out, fmt=fmt)
    timings["export"] = time.perf_counter() - started
    counts = {kind: sum(c.values()) for kind, c in report.counts().items()}
    return {"format": fmt, "rows": sum(counts.values()), "counts": counts, "bytes": len(data),
            "export_rows": stats.total, "timings": timings}  # fmt: skip


def make_categories() -> list[Any]:
    """The sample's category tree and schemas, through the catalog's services."""
    from xuanyong.catalog.models import Category
    from xuanyong.demo.sample import SampleStats, _load_categories

    _load_categories(SampleStats())
    return [c for c in Category.objects.prefetch_related("attributes") if c.attributes.all()]


def make_file(fmt: str, rows: int, categories: list[Any]) -> bytes:
    from xuanyong.catalog.bulk.columns import ATTR_PREFIX, TYPES, union_columns
    from xuanyong.catalog.bulk.export import attribute_keys
    from xuanyong.catalog.models import Attribute
    from xuanyong.lib.spreadsheet import write_csv, write_xlsx
    from xuanyong.lib.validators import uscc_check_char

    rng = random.Random(SEED)
    n_vendors, n_offerings = rows // 10, rows * 3 // 10
    n_plans = rows * 45 // 100
    n_fees = rows - n_vendors - n_offerings - n_plans
    records: dict[str, list[dict[str, Any]]] = {name: [] for name in TYPES}
    for v in range(n_vendors):
        first17 = f"91330100{v:09d}"
        records["vendor"].append({
            "slug": f"fuwushang-{v}", "name": f"示例服务商{v}", "legal_name": f"杭州示例{v}科技有限公司",
            "uscc": first17 + uscc_check_char(first17), "verified": rng.choice(["是", "否"]),
            "hotline": f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", "city": rng.choice(["杭州", "深圳", "成都"]),
            "founded_year": rng.randint(1998, 2024), "description": "专注企业数字化的示例服务商，提供软件与实施服务。" * 3,
        })  # fmt: skip
    for o in range(n_offerings):
        category = categories[o % len(categories)]
        row = {
            "slug": f"chanpin-{o}", "vendor": f"fuwushang-{o % n_vendors}", "name": f"示例产品{o} 云收银",
            "category": category.slug, "tagline": "扫码点餐、会员营销与进销存一体", "platforms": "web|android",
            "description": "## 核心功能\n\n- 收银与会员\n- 库存与报表\n\n适合连锁门店使用。" * 4,
            "pricing_model": "subscription", "price_min": rng.randint(0, 999), "price_max": 1999,
            "price_unit": "元/门店/年", "free_trial": rng.choice(["是", "否"]), "status": "published",
        }  # fmt: skip
        for attribute in category.attributes.all():
            codes = [code for code, _ in attribute.choices]
            if attribute.kind == Attribute.Kind.BOOL:
                row[ATTR_PREFIX + attribute.key] = rng.choice(["是", "否"])
            elif attribute.kind == Attribute.Kind.CHOICE:
                row[ATTR_PREFIX + attribute.key] = rng.choice(codes)
            elif attribute.kind == Attribute.Kind.MULTI:
                row[ATTR_PREFIX + attribute.key] = "|".join(rng.sample(codes, rng.randint(1, len(codes))))
            elif attribute.kind == Attribute.Kind.NUMBER:
                row[ATTR_PREFIX + attribute.key] = rng.choice([10, 50, 200, 1000])
        records["offering"].append(row)
    for p in range(n_plans):
        records["plan"].append({
            "offering": f"chanpin-{p % n_offerings}", "name": f"套餐{p // n_offerings + 1}", "price": rng.randint(99, 9999),
            "unit": "元/门店/年", "billing_period": "year", "features": "收银|会员|报表",
        })  # fmt: skip
    for f in range(n_fees):
        low = rng.randint(0, 900)
        records["fee"].append({
            "offering": f"chanpin-{f % n_offerings}", "name": f"费用{f // n_offerings + 1}", "kind": "agency",
            "amount_min": low, "amount_max": low + 300, "per": "order", "region": "全国",
        })  # fmt: skip
    attr_columns = [ATTR_PREFIX + key for key in attribute_keys(categories)]
    out = io.BytesIO()
    if fmt == "csv":
        header = [*union_columns(), *attr_columns]
        write_csv(out, header, ([kind if h == "type" else r.get(h, "") for h in header]
                                for kind, rs in records.items() for r in rs))  # fmt: skip
    else:
        sheets = []
        for kind, record in TYPES.items():
            header = [c.key for c in record.columns] + (attr_columns if kind == "offering" else [])
            sheets.append((record.sheet, header, [[r.get(h, "") for h in header] for r in records[kind]]))
        write_xlsx(out, sheets)
    return out.getvalue()


def print_table(results: list[dict[str, Any]], rows: int) -> None:
    print(
        f"\nCatalog import/export, SQLite, {rows} rows ({os.cpu_count()} cores); target: import < {TARGET_S:.0f} s\n"
    )
    print(f"{'format':<7}{'step':<12}{'rows':>8}{'seconds':>10}{'rows/s':>10}  file")
    for result in results:
        for step, seconds in result["timings"].items():
            count = result["export_rows"] if step == "export" else result["rows"]
            size = f"{result['bytes'] / 1e6:.1f} MB" if step == "import" else ""
            print(
                f"{result['format']:<7}{step:<12}{count:>8}{seconds:>10.2f}{count / seconds:>10.0f}  {size}"
            )
    counts = results[0]["counts"]
    print("\nrows per type: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    sys.exit(main())
