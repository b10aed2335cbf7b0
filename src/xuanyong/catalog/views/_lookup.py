"""Find an object by slug, or answer a 301 when the slug is an old one."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect

from ..models import SlugRedirect

M = TypeVar("M", bound=Model)


class MovedPermanently(Exception):
    def __init__(self, response: HttpResponsePermanentRedirect) -> None:
        self.response = response


def get_by_slug(queryset: QuerySet[M], slug: str, target: str) -> M:
    """The object with this slug; raises MovedPermanently for a renamed one, Http404 otherwise."""
    obj = queryset.filter(slug=slug).first()
    if obj is not None:
        return obj
    redirect = SlugRedirect.objects.filter(target=target, old_slug=slug).first()
    if redirect is not None and (current := queryset.filter(pk=redirect.target_id).first()) is not None:
        raise MovedPermanently(HttpResponsePermanentRedirect(current.get_absolute_url()))  # type: ignore[attr-defined]
    raise Http404("not found")


def follows_renames(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Turn MovedPermanently raised by get_by_slug into its 301 response."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(*args, **kwargs)
        except MovedPermanently as moved:
            return moved.response

    return wrapper
