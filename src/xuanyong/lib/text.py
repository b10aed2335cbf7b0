"""Plain text typed by people: markup is refused with a message, not stripped, so nothing changes
silently; templates escape the text on output, so ``价格 < 100`` reads as typed."""

from __future__ import annotations

import re
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]|&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
MSG_MARKUP = _("{label}不能包含 HTML 标签或代码，请只填写文字。")


def has_markup(text: str) -> bool:
    return bool(MARKUP.search(text or ""))


def refuse_markup(fields: Mapping[str, tuple[str, object]]) -> None:
    """``{field: (label, value)}``: raise one ValidationError naming every field with markup."""
    errors = {
        name: ValidationError(MSG_MARKUP.format(label=label), code="html")
        for name, (label, value) in fields.items()
        if isinstance(value, str) and has_markup(value)
    }
    if errors:
        raise ValidationError(errors)
