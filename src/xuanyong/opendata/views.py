"""The open-data page and its downloads: only files the latest export's manifest lists are served."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_GET, require_safe

from .services import LICENCE, MANIFEST, attribution, page_url, published_export


def _root() -> Path:
    return Path(settings.OPEN_DATA_DIR)


@require_GET
def page(request: HttpRequest) -> HttpResponse:
    export = published_export(_root())
    context = {
        "export": export,
        "manifest": export.manifest if export else None,
        "licence": LICENCE,
        "attribution": attribution(),
        "page_url": page_url(),
        "keep": settings.OPEN_DATA_KEEP,
    }
    return render(request, "opendata/page.html", context)


@require_safe
def download(request: HttpRequest, name: str) -> HttpResponseBase:
    export = published_export(_root())
    found = export.file(name) if export else None
    if export is None or found is None:
        raise Http404("没有这个开放数据文件。")
    path, media_type, sha256 = found
    etag = f'"{sha256 or export.directory.name}"'
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return not_modified
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise Http404("没有这个开放数据文件。") from exc
    # The manifest opens in the browser; the data files download under their own names.
    response = FileResponse(handle, as_attachment=name != MANIFEST, filename=name, content_type=media_type)
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=300)
    return response
