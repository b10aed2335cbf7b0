"""Chinese text helpers: pinyin slugs and pinyin keys for names."""

from __future__ import annotations

import re
import unicodedata

from django.utils.text import slugify
from pypinyin import Style, lazy_pinyin

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def normalize(text: str) -> str:
    """NFKC folds full-width letters, digits and punctuation to their half-width forms."""
    return unicodedata.normalize("NFKC", text).strip()


def pinyin_slug(text: str, max_length: int = 80) -> str:
    """客如云 → keruyun; 云掌柜 POS 版 → yunzhanggui-pos-ban; CRM客户管理 → crm-kehuguanli."""
    # Syllables of one Chinese run join without dashes, as pinyin brand slugs usually do;
    # any non-Chinese run (Latin words, digits, spaces) is fenced off with dashes.
    syllables = lazy_pinyin(normalize(text), errors=lambda chars: f"-{chars}-")
    slug = _NON_SLUG.sub("-", slugify("".join(syllables))).strip("-")
    return slug[:max_length].rstrip("-") or "item"


def pinyin_initials(text: str) -> str:
    """客如云 → kry: the first letter of each syllable, Latin words kept whole."""
    letters = lazy_pinyin(normalize(text), style=Style.FIRST_LETTER, errors=lambda chars: chars)
    return _NON_SLUG.sub("", "".join(letters).lower())
