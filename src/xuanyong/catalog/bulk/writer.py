"""Apply a validated plan to the whole catalog through the catalog's bulk services."""

from __future__ import annotations

from django.db import transaction

from .. import services
from ..models import Category, FeeItem, Offering, Plan, Vendor
from .columns import FEE, OFFERING, PLAN, VENDOR
from .report import CREATE, UPDATE, Progress, RowPlan


def apply_plan(rows: list[RowPlan], progress: Progress | None = None) -> None:
    """Write every created and updated row in one transaction (rows are in type order)."""

    def of(kind: str, action: str) -> list[RowPlan]:
        return [r for r in rows if r.type == kind and r.action == action]

    steps = 6
    with transaction.atomic():
        new_vendors: list[Vendor] = [r.target for r in of(VENDOR, CREATE)]
        services.vendors_bulk_create(vendors=new_vendors)
        _step(progress, 1, steps)
        edited = of(VENDOR, UPDATE)
        services.vendors_bulk_update(
            vendors=[r.target for r in edited], renamed=[r.target.pk for r in edited if "name" in r.changed]
        )
        _step(progress, 2, steps)
        new_offerings: list[tuple[Offering, list[Category]]] = [
            (r.target, r.extra_categories or []) for r in of(OFFERING, CREATE)
        ]
        services.offerings_bulk_create(offerings=new_offerings)
        _step(progress, 3, steps)
        changed = of(OFFERING, UPDATE)
        services.offerings_bulk_update(
            offerings=[
                (r.target, r.extra_categories if "extra_categories" in r.changed else None) for r in changed
            ],
            previous_vendor_ids=[r.existing.vendor_id for r in changed if "vendor" in r.changed],
        )
        _step(progress, 4, steps)
        new_plans: list[Plan] = [r.target for r in of(PLAN, CREATE)]
        services.plans_bulk_save(created=new_plans, updated=[r.target for r in of(PLAN, UPDATE)])
        _step(progress, 5, steps)
        new_fees: list[FeeItem] = [r.target for r in of(FEE, CREATE)]
        services.fee_items_bulk_save(created=new_fees, updated=[r.target for r in of(FEE, UPDATE)])
        _step(progress, 6, steps)


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress("写入", done, total)
