"""HTML shared by every visitor, rendered once per catalog version, with holes filled per request.

The parts of a page that are the same for everyone (an offering's plans, parameters,
alternatives…) are rendered once and cached under the catalog version, which the services bump
on every write, so an edit shows at once. What differs per visitor is never cached: rendering
leaves a marker where the CSRF token and the current path go (the compare buttons' forms carry
both) and where absolute URLs need the site's origin (a site may answer on several hosts), and
``SPLIT`` where the page puts blocks it renders per request.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Letters and digits only, so HTML escaping leaves them as they are.
CSRF_MARK = "xyShared7csrf"
PATH_MARK = "xyShared7path"
ORIGIN_MARK = "xyShared7origin"  # scheme://host, the start of an absolute URL
SPLIT = "<!--xy:live-->"


class _MarkedRequest:
    """Stands in for the request while a shared fragment renders: its path is a marker."""

    def get_full_path(self) -> str:
        return PATH_MARK


def render_shared(template_name: str, context: dict[str, Any]) -> list[str]:
    """Render without the request: the parts between ``SPLIT`` markers, with per-visitor marks."""
    html = render_to_string(template_name, {**context, "csrf_token": CSRF_MARK, "request": _MarkedRequest()})
    return html.split(SPLIT)


def fill(parts: list[str], request: HttpRequest) -> list[SafeString]:
    """The shared parts with this visitor's CSRF token and path in place of the marks."""
    token = get_token(request) if any(CSRF_MARK in part for part in parts) else ""
    path = escape(request.get_full_path())
    origin = escape(f"{request.scheme}://{request.get_host()}")  # a host ALLOWED_HOSTS accepted
    # Rendered by the template engine, which escaped what it put in.
    return [
        mark_safe(part.replace(CSRF_MARK, token).replace(PATH_MARK, path).replace(ORIGIN_MARK, origin))
        for part in parts
    ]
