"""``{% shared "name" value… %}…{% endshared %}``: a part of a page that is the same for everyone.

The block is rendered once per pages version (which every write to what public pages show bumps,
lib/pagecache.py), language, name and the values after the name, kept for
XUANYONG_PAGE_CACHE_SECONDS, and read from the cache by every other request, whether the page
cache is on or not. It renders as nobody in particular: an anonymous user, no messages, and marks
for the CSRF token, the request's path and one-time values, which each request fills in with its
own (catalog/fragments.py). So it may hold forms, but nothing else of the visitor: what it shows
must follow from the published rows and the values named, never from ``request`` otherwise (an
error), nor from HTML already filled in for this visitor (a CSRF token in it is an error).
"""

from __future__ import annotations

import hashlib
import re
import threading
import time

from django import template
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpRequest
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from xuanyong.catalog import fragments
from xuanyong.lib.pagecache import CSRF_MARK, VERSION_KEY
from xuanyong.lib.versions import cache_fill, version_get

register = template.Library()
# A CSRF token that is not the mark: HTML filled in for this visitor (catalog.fragments.fill) put
# inside the block, which would hand their token to everyone.
_VISITORS_TOKEN = re.compile(rf'name="csrfmiddlewaretoken" value="(?!{CSRF_MARK}")')


@register.tag("shared")
def do_shared(parser: Parser, token: Token) -> SharedNode:
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError('{% shared %} takes a name: {% shared "menu" [value…] %}')
    nodelist = parser.parse(("endshared",))
    parser.delete_first_token()
    return SharedNode(nodelist, [parser.compile_filter(bit) for bit in bits])


class SharedNode(template.Node):
    def __init__(self, nodelist: NodeList, keys: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.keys = keys

    def render(self, context: template.Context) -> SafeString:
        values = "\x1f".join(str(key.resolve(context)) for key in self.keys)
        digest = hashlib.sha256(values.encode()).hexdigest()[:32]
        request = context.get("request")
        cache_key = f"shared:{_pages_version(request)}:{get_language()}:{digest}"
        html = _cached(cache_key)
        if html is None:
            with context.push(**fragments.shared_context(), user=AnonymousUser(), messages=()):
                html = str(self.nodelist.render(context))
            if _VISITORS_TOKEN.search(html):
                raise RuntimeError("a fragment rendered for everyone holds a visitor's CSRF token")
            timeout = settings.XUANYONG_PAGE_CACHE_SECONDS
            cache_fill(cache_key, (time.time() + timeout, html), timeout)
        if not isinstance(request, HttpRequest):  # inside another shared render: its marks stay
            return mark_safe(html)
        return fragments.fill([html], request)[0]


# This process's copies of the blocks it used last. A block's key names the pages version, which
# a write moves on (and which never comes back, lib/versions.py), so a copy is as fresh as the
# shared cache's, and it is dropped when that one expires: what no write bumps (view counts) is
# not kept any longer. It spares a cache read per block and request.
LOCAL_BLOCKS = 256
_local: dict[str, tuple[float, str]] = {}
_local_lock = threading.Lock()


def _cached(cache_key: str) -> str | None:
    found = _local.get(cache_key)
    if found is None:
        found = cache.get(cache_key)
        if found is None:
            return None
        with _local_lock:
            if len(_local) >= LOCAL_BLOCKS:
                _local.pop(next(iter(_local)))  # the oldest copy
            _local[cache_key] = found
    expires, html = found
    if expires <= time.time():
        with _local_lock:
            _local.pop(cache_key, None)
        return None
    return html


def _pages_version(request: object) -> int:
    """The pages version, read once per GET for all the page's blocks (a GET writes nothing a
    page shows; a POST may, and then reads it afresh)."""
    if not isinstance(request, HttpRequest) or request.method not in ("GET", "HEAD"):
        return version_get(VERSION_KEY)
    version: int | None = request.__dict__.get("_xy_pages_version")
    if version is None:
        version = request._xy_pages_version = version_get(VERSION_KEY)  # type: ignore[attr-defined]
    return version
