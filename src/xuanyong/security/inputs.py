"""Input no form of ours accepts: invisible control and text-direction characters, ids out of range.

NUL and the other C0/C1 control characters (tab and line breaks aside) have no place in text a
person types; they corrupt exports and logs, and PostgreSQL cannot store NUL at all. The bidi
embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069) make text display in
an order other than it is stored, the trick behind "发票\u202efdp.exe" showing as "发票exe.pdf".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# VT, FF and NEL pass: PowerPoint's soft line break, page breaks in text copied from PDFs.
FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
MAX_ID = 2**63 - 1  # the largest primary key the databases hold (BIGINT)


def forbidden_character(text: str) -> str | None:
    """The first forbidden character of ``text`` as ``U+XXXX``, or None."""
    match = FORBIDDEN.search(text)
    return f"U+{ord(match.group()):04X}" if match else None


def object_id(value: object) -> int | None:
    """A positive primary key from form input, or None for anything else."""
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 19:
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def object_ids(values: Iterable[object]) -> list[int] | None:
    """All of ``values`` as primary keys, or None if any is not one."""
    ids = [object_id(v) for v in values]
    return None if any(i is None for i in ids) else [i for i in ids if i is not None]
