"""Cells for CSV exports that a spreadsheet never runs as a formula (CSV injection)."""

from __future__ import annotations

from typing import Any

# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    """Text that would start a formula gets a leading apostrophe; everything else is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
