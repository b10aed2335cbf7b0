"""Catalog import and export pages: operators for the whole catalog (/ops/catalog/), a vendor for
its own offerings and plans (/vendor/catalog/). Upload → preview (nothing written) → confirm."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import cast

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from xuanyong.accounts.access import operator_required
from xuanyong.accounts.models import User
from xuanyong.catalog.bulk import ImportReport, catalog_export, catalog_plan
from xuanyong.catalog.models import Vendor

from .. import catalog_files as services
from ..access import vendor_of, vendor_required
from ..forms import CatalogFileForm

MAX_SHOWN_ROWS = 200
MAX_SHOWN_ERRORS = 300
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _context(report: ImportReport | None, upload_pk: int | None = None) -> dict[str, object]:
    changed = report.changed_rows() if report else []
    return {
        "report": report,
        "upload_pk": upload_pk,
        "changed": changed[:MAX_SHOWN_ROWS],
        "more_changed": max(0, len(changed) - MAX_SHOWN_ROWS),
        "errors": report.errors[:MAX_SHOWN_ERRORS] if report else [],
        "more_errors": max(0, len(report.errors) - MAX_SHOWN_ERRORS) if report else 0,
    }


def _upload_page(
    request: HttpRequest, template: str, vendor: Vendor | None, preview: Callable[[bytes, str], ImportReport]
) -> HttpResponse:
    """GET: the form. POST: store the file, validate it and show what it would do."""
    form = CatalogFileForm(request.POST or None, request.FILES or None)
    if request.method != "POST":
        return render(request, template, {"form": form, **_context(None)})
    if not form.is_valid():
        return render(request, template, {"form": form, **_context(None)}, status=400)
    upload_file = form.cleaned_data["file"]
    data = upload_file.read()
    report = preview(data, upload_file.name)
    upload_pk = None
    if report.ok and report.total_changes:
        user = cast(User, request.user)
        upload = services.catalog_upload_store(user=user, vendor=vendor, filename=upload_file.name, data=data)
        upload_pk = upload.pk
    status = 200 if report.ok else 400
    return render(
        request, template, {"form": CatalogFileForm(), **_context(report, upload_pk)}, status=status
    )


def _confirm(request: HttpRequest, template: str, vendor: Vendor | None, pk: int, done: str) -> HttpResponse:
    user = cast(User, request.user)
    upload = services.catalog_upload_get(user=user, vendor=vendor, pk=pk)
    if upload is None:
        messages.error(request, _("没有找到待确认的文件（可能已导入或已过期），请重新上传。"))
        return redirect(done)
    report = services.catalog_upload_import(upload=upload, author=user)
    if not report.applied:
        # The catalog changed since the preview and the file no longer fits: nothing was written.
        return render(request, template, {"form": CatalogFileForm(), **_context(report)}, status=400)
    created, updated = (sum(c[action] for c in report.counts().values()) for action in ("create", "update"))
    messages.success(
        request,
        _("已导入 %(filename)s：新建 %(created)s 行，更新 %(updated)s 行。")
        % {"filename": report.filename, "created": created, "updated": updated},
    )
    return redirect(done)


def _export(fmt: str, vendor: Vendor | None, name: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404("unknown format")
    buffer = io.BytesIO()
    catalog_export(buffer, fmt=fmt, vendor=vendor)
    response = HttpResponse(buffer.getvalue(), content_type=CONTENT_TYPES[fmt])
    filename = f"{name}-{timezone.localdate():%Y%m%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


# --- operators: the whole catalog ----------------------------------------------------------------


@operator_required
def ops_catalog(request: HttpRequest) -> HttpResponse:
    return _upload_page(
        request, "ops/catalog_import.html", None, lambda data, name: catalog_plan(data=data, filename=name)
    )


@require_POST
@operator_required
def ops_catalog_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    return _confirm(request, "ops/catalog_import.html", None, pk, "ops_catalog:import")


@require_GET
@operator_required
def ops_catalog_export(request: HttpRequest, fmt: str) -> HttpResponse:
    return _export(fmt, None, "catalog")


# --- a vendor: its own offerings and plans -------------------------------------------------------


@vendor_required
def vendor_catalog(request: HttpRequest) -> HttpResponse:
    vendor = vendor_of(request)
    return _upload_page(
        request, "portal/catalog_import.html", vendor,
        lambda data, name: services.vendor_catalog_import(
            vendor=vendor, author=cast(User, request.user), data=data, filename=name, dry_run=True
        ),
    )  # fmt: skip


@require_POST
@vendor_required
def vendor_catalog_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    return _confirm(request, "portal/catalog_import.html", vendor_of(request), pk, "portal:catalog")


@require_GET
@vendor_required
def vendor_catalog_export(request: HttpRequest, fmt: str) -> HttpResponse:
    vendor = vendor_of(request)
    return _export(fmt, vendor, vendor.slug)
