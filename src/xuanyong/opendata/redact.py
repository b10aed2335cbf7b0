"""Contact details out of free text: what reviewers and vendors type may hold an address or a number.

The open data carries no e-mail address, phone number or IP address, whatever a text field says:
``redact`` replaces each with a marker. Dates, prices and ids never look like one (no 11-digit
runs, no dotted quads), and the patterns are anchored on digit boundaries so an 18-character
统一社会信用代码 or a long order number is not cut into a "phone number".
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

MARK = "〔已隐去〕"

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Mainland mobiles (+86 139 0000 1234, 139-0000-1234), landlines (010-12345678, 0571 8888 6666)
# and 400/800 numbers (400-003-3166).
PHONE = re.compile(
    r"(?<![\d-])(?:"
    r"(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}"
    r"|0\d{2,3}[ -]?\d{7,8}"
    r"|[48]00[ -]?\d{3}[ -]?\d{4}"
    r")(?![\d-])"
)
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
# Candidates only: a run of hex digits and colons is an IPv6 address when ipaddress says so,
# so a time of day (02:00:00) stays as it is.
IPV6_CANDIDATE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z:])")


def _ipv4(match: re.Match[str]) -> str:
    try:
        ipaddress.IPv4Address(match.group(0))
    except ValueError:
        return match.group(0)
    return MARK


def _ipv6(match: re.Match[str]) -> str:
    try:
        ipaddress.IPv6Address(match.group(0))
    except ValueError:
        return match.group(0)
    return MARK


# Something that could be one of the above: most cells (names, codes, slugs) hold none of it, and one
# search in C is all they cost.
_SUSPECT = re.compile(r"@|\d[\d -]{5,}\d|\d\.\d+\.\d|:[0-9A-Fa-f]*:")


def redact_text(text: str) -> str:
    if not _SUSPECT.search(text):
        return text
    if "@" in text:
        text = EMAIL.sub(MARK, text)
    text = PHONE.sub(MARK, text)
    if "." in text:
        text = IPV4.sub(_ipv4, text)
    if text.count(":") >= 2:
        text = IPV6_CANDIDATE.sub(_ipv6, text)
    return text


def redact(value: Any) -> Any:
    """``value`` with every string in it (inside lists and dicts too) passed through ``redact_text``."""
    kind = type(value)
    if kind is str:
        return redact_text(value)
    # Only strings and containers need a look; numbers, dates, booleans and None pass untouched.
    if kind is dict:
        return {key: _one(item) for key, item in value.items()}
    if kind is list:
        return [_one(item) for item in value]
    return value


def _one(item: Any) -> Any:
    kind = type(item)
    if kind is str:
        return redact_text(item) if _SUSPECT.search(item) else item
    return redact(item) if kind is list or kind is dict else item
