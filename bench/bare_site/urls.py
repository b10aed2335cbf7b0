"""The bare page bench/pages.py measures the real pages against: one SQLite row in a small template.

Served by the same gunicorn, settings and middleware as the site: ``bare_site.settings`` (bench/
on PYTHONPATH) makes this module the root URLconf: ``/bench/bare/`` in front of the project's own
URL patterns.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import URLPattern, URLResolver, path

from xuanyong import urls
from xuanyong.catalog.models import Category
from xuanyong.urls import handler403, handler404, handler500

# Compiled once, as the cached template loader does for the site's templates.
TEMPLATE = engines["django"].from_string(
    """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ category.name }}</title></head>
<body><h1>{{ category.name }}</h1><p>{{ category.description|default:"" }}</p>
<p><a href="/c/{{ category.slug }}/">{{ category.slug }}</a></p></body></html>
"""
)


def bare(request: HttpRequest) -> HttpResponse:
    category = Category.objects.order_by("id").first()
    return HttpResponse(TEMPLATE.render({"category": category}, request))


# The project's own list, not include()d: its language-prefixed pages must stay at the root.
urlpatterns: list[URLPattern | URLResolver] = [path("bench/bare/", bare), *urls.urlpatterns]

__all__ = ["handler403", "handler404", "handler500", "urlpatterns"]
