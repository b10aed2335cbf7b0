"""Catalog files in the portal: a vendor imports and exports its own offerings and plans (vendor
edits, kept as revisions); operators import the whole catalog. An upload is stored, previewed
(validated, nothing written) and then confirmed: the stored bytes are validated again and written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from xuanyong.accounts.models import User
from xuanyong.catalog.bulk import (
    UNCHANGED,
    UPDATE,
    ImportReport,
    RowPlan,
    Scope,
    catalog_import,
    catalog_plan,
)
from xuanyong.catalog.bulk.columns import OFFERING, PLAN
from xuanyong.catalog.models import Vendor

from .models import CatalogUpload
from .services import (
    OFFERING_FIELDS,
    PLAN_FIELDS,
    _check_offering_text,
    offering_update,
    plan_add,
    plan_update,
)

UPLOAD_TTL = dt.timedelta(hours=24)


def catalog_upload_store(*, user: User, vendor: Vendor | None, filename: str, data: bytes) -> CatalogUpload:
    """Keep an uploaded file for its confirmation; uploads older than a day go."""
    CatalogUpload.objects.filter(created_at__lt=timezone.now() - UPLOAD_TTL).delete()
    return CatalogUpload.objects.create(
        user=user,
        vendor=vendor,
        filename=filename[:200],
        content=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def catalog_upload_get(*, user: User, vendor: Vendor | None, pk: int) -> CatalogUpload | None:
    """The user's own upload, for the same vendor (or the operators' import), still fresh."""
    return CatalogUpload.objects.filter(
        pk=pk, user=user, vendor=vendor, created_at__gte=timezone.now() - UPLOAD_TTL
    ).first()


def catalog_upload_import(*, upload: CatalogUpload, author: User) -> ImportReport:
    """Validate the stored file again and write it; the upload is spent either way."""
    data = bytes(upload.content)
    if upload.vendor is not None:
        report = vendor_catalog_import(
            vendor=upload.vendor, author=author, data=data, filename=upload.filename
        )
    else:
        report = catalog_import(data=data, filename=upload.filename)
    upload.delete()
    return report


# --- a vendor's own file ------------------------------------------------------------------------


def vendor_scope(vendor: Vendor) -> Scope:
    """What a vendor's file may do: change its offerings' fields that the portal lets vendors
    edit, change and add plans; everything else in it must match the catalog as it is."""
    return Scope(
        vendor=vendor,
        editable={OFFERING: frozenset(OFFERING_FIELDS), PLAN: frozenset(PLAN_FIELDS) - {"name"}},
        creatable=frozenset({PLAN}),
        # The portal sets a plan's 价格核实日期 itself (today, on a price change): a vendor's file
        # still carries the date it was exported with, so the column is not read.
        ignored={PLAN: frozenset({"last_verified_on"})},
        check=_vendor_row_check,
    )


def _vendor_row_check(row: RowPlan) -> dict[str, str]:
    if row.type != OFFERING or "description" not in row.changed:
        return {}
    try:
        _check_offering_text({"description": row.values["description"]})
    except ValidationError as exc:
        return {name: messages[0] for name, messages in exc.message_dict.items()}
    return {}


def vendor_catalog_import(
    *, vendor: Vendor, author: User | None, data: bytes, filename: str, dry_run: bool = False
) -> ImportReport:
    """Import a vendor's file through the portal's edit services, so every change of a published
    offering or plan is kept in its history (CatalogRevision) as an edit in the portal is."""
    with transaction.atomic():
        report = catalog_plan(data=data, filename=filename, scope=vendor_scope(vendor))
        report.dry_run = dry_run
        if report.ok and not dry_run:
            for row in report.rows:
                if row.action != UNCHANGED:
                    _apply_vendor_row(row, author)
            report.applied = True
    return report


def _apply_vendor_row(row: RowPlan, author: User | None) -> None:
    changes: dict[str, Any] = {name: row.values[name] for name in row.changed}
    if row.type == OFFERING:
        offering_update(offering=row.existing, author=author, changes=changes)
    elif row.type == PLAN and row.action == UPDATE:
        plan_update(plan=row.existing, author=author, changes=changes)
    elif row.type == PLAN:
        fields = {name: value for name, value in row.values.items() if name in PLAN_FIELDS}
        plan_add(offering=row.target.offering, author=author, changes={"name": row.target.name, **fields})
    else:  # vendor_scope lets nothing else change: a row here is a bug, not a file's fault
        raise AssertionError(f"a vendor file cannot change a {row.type} row")
