"""Template values computed on first use, so a page whose parts come from the cache skips them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any


def lazy_values(build: Callable[[], dict[str, Any]], names: Iterable[str]) -> dict[str, Callable[[], Any]]:
    """``build()``'s values under ``names``, as callables the template engine calls when it first
    needs one: ``build`` runs once then, and not at all when every use of them sits in a cached
    ``{% shared %}`` block (web/templatetags/shared.py)."""
    built = functools.cache(build)
    return {name: functools.partial(_item, built, name) for name in names}


def _item(built: Callable[[], dict[str, Any]], name: str) -> Any:
    return built()[name]
