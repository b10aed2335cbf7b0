"""HTML shared by every visitor, rendered once per catalog version, with holes filled per request.

The parts of a page that are the same for everyone (an offering's plans, parameters,
alternatives…) are rendered once and cached under the catalog version, which the services bump
on every write, so an edit shows at once. What differs per visitor is never cached: rendering
leaves a marker where the CSRF token and the current path go (the compare buttons' forms carry
both) and where absolute URLs need the site's origin (a site may answer on several hosts), and
``SPLIT`` where the page puts blocks it renders per request.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from xuanyong.lib.pagecache import CSRF_MARK, UNIQUE_MARK, csrf_token_or_mark, rendering_shared

# Letters and digits only, so HTML escaping leaves them as they are.
PATH_MARK = "xyShared7path"
ORIGIN_MARK = "xyShared7origin"  # scheme://host, the start of an absolute URL
SPLIT = "<!--xy:live-->"
_UNIQUE = re.compile(UNIQUE_MARK)


class _MarkedRequest:
    """Stands in for the request while a shared fragment renders: its path is a marker, and
    anything else of it is an error (the template engine would quietly render it empty)."""

    def get_full_path(self) -> str:
        return PATH_MARK

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"a fragment rendered for everyone read request.{name}, which differs per visitor")


def shared_context() -> dict[str, Any]:
    """What a template rendering for everyone sees in place of the visitor's token and request."""
    return {"csrf_token": CSRF_MARK, "request": _MarkedRequest()}


def render_shared(template_name: str, context: dict[str, Any]) -> list[str]:
    """Render without the request: the parts between ``SPLIT`` markers, with per-visitor marks."""
    html = render_to_string(template_name, {**context, **shared_context()})
    return html.split(SPLIT)


def fill(parts: list[str], request: HttpRequest) -> list[SafeString]:
    """The shared parts with this visitor's CSRF token, path and one-time values (a form's
    idempotency key) in place of the marks."""
    token = csrf_token_or_mark(request) if any(CSRF_MARK in part for part in parts) else ""
    path = escape(request.get_full_path())
    origin = escape(f"{request.scheme}://{request.get_host()}")  # a host ALLOWED_HOSTS accepted
    filled = [
        part.replace(CSRF_MARK, token).replace(PATH_MARK, path).replace(ORIGIN_MARK, origin) for part in parts
    ]
    if not rendering_shared(request):  # else the page cache gives each of its answers their own
        filled = [_one_time_values(part) for part in filled]
    # Rendered by the template engine, which escaped what it put in.
    return [mark_safe(part) for part in filled]


def _one_time_values(html: str) -> str:
    return _UNIQUE.sub(lambda _match: uuid.uuid4().hex, html) if UNIQUE_MARK in html else html
