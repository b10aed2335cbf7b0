"""The segmenter's user dictionary: catalog names, aliases, category names and synonyms.

Each process loads it on first use and again whenever the shared version in the cache moves
(services bump it when a name changes), so every worker segments new names the same way.
"""

from __future__ import annotations

import threading

from django.db import transaction

from xuanyong.lib.versions import version_bump, version_get

from .analyzer import add_words

VERSION_KEY = "search:dictionary:version"
_state: dict[str, int | None] = {"version": None}
_lock = threading.Lock()


def current_version() -> int:
    return version_get(VERSION_KEY)


def bump() -> int:
    return version_bump(VERSION_KEY)


def learn(words: list[str]) -> None:
    """Add names to this process's segmenter now; after commit, tell the other processes."""
    if add_words(words):
        transaction.on_commit(_announce)


def _announce() -> None:
    known = _state["version"]
    new = bump()
    # If nobody else moved the version in between, this process already has every word.
    if known is not None and new == known + 1:
        _state["version"] = new


def ensure(force: bool = False) -> None:
    version = current_version()
    if not force and _state["version"] == version:
        return
    with _lock:
        add_words(dictionary_words())
        _state["version"] = version


def dictionary_words() -> list[str]:
    from xuanyong.catalog.models import Category, Offering, Vendor

    from .models import SynonymGroup

    words: list[str] = []
    words += Category.objects.values_list("name", flat=True)
    for aliases in Category.objects.values_list("aliases", flat=True):
        words += aliases
    words += Vendor.objects.values_list("name", flat=True)
    for name, aliases in (
        Offering.objects.published().values_list("name", "aliases").iterator(chunk_size=5000)
    ):
        words.append(name)
        words += aliases
    for group in SynonymGroup.objects.all():
        words += group.term_list
    return words
