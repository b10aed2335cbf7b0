"""E-mails in their recipient's language: a subject and a body template, rendered under the
language the caller activated (``translation.override(user.language)``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string


def mail_render(template: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) from ``<template>_subject.txt`` and ``<template>.txt`` in the active
    language; the subject on one line, the body ending with one newline."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split("\n")).strip()
    body = render_to_string(f"{template}.txt", context).strip() + "\n"
    return subject, body


def addresses_by_language(recipients: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """(address, language) pairs grouped as {language: [address, …]}, so each group gets one
    message in its own language. Languages the site does not offer fall back to its default."""
    offered = {code for code, _name in settings.LANGUAGES}
    groups: dict[str, list[str]] = {}
    for address, language in recipients:
        groups.setdefault(language if language in offered else settings.LANGUAGE_CODE, []).append(address)
    return groups
