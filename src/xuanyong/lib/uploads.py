"""Uploaded files are checked by size, by extension and by what their first bytes say they are:
an ``.exe`` renamed ``合同.pdf`` or a page of script renamed ``截图.png`` is refused, whatever
Content-Type the browser claimed (the browser takes it from the extension)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Each kind: its name for people and a test of the file's first bytes.
KINDS: dict[str, tuple[str, Any]] = {
    "pdf": ("PDF", lambda h: b"%PDF-" in h[:1024]),  # readers accept leading junk up to 1 KB
    "png": ("PNG", lambda h: h.startswith(b"\x89PNG\r\n\x1a\n")),
    "jpg": ("JPG", lambda h: h.startswith(b"\xff\xd8\xff")),
    "jpeg": ("JPG", lambda h: h.startswith(b"\xff\xd8\xff")),
    "gif": ("GIF", lambda h: h.startswith((b"GIF87a", b"GIF89a"))),
    "webp": ("WebP", lambda h: h.startswith(b"RIFF") and h[8:12] == b"WEBP"),
    "zip": ("ZIP", lambda h: h.startswith(b"PK\x03\x04")),
    "docx": ("Word", lambda h: h.startswith(b"PK\x03\x04")),
    "doc": ("Word", lambda h: h.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")),
    "txt": ("TXT", lambda h: h.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in h),  # UTF-16 has NULs
}


def _names(kinds: Sequence[str]) -> str:
    names = list(dict.fromkeys(KINDS[k][0] for k in kinds))
    if len(names) == 1:
        return names[0]
    return _("%(names)s 或 %(last)s") % {"names": _("、").join(names[:-1]), "last": names[-1]}


def check_upload(upload: Any, *, kinds: Sequence[str], max_bytes: int, what: StrOrPromise = "") -> str:
    """The file's real kind among ``kinds`` (its extension when its bytes agree, else the kind its
    bytes are: a PNG saved as ``截图.jpg`` is a PNG), or a ValidationError in Chinese: too large,
    or not one of ``kinds`` by name and by content."""
    what = what or _("文件")
    size = getattr(upload, "size", None)
    if size is None or size > max_bytes:
        raise ValidationError(
            _("%(what)s不能超过 %(size)s MB。") % {"what": what, "size": f"{max_bytes / 1024 / 1024:g}"},
            code="too_large",
        )
    name = getattr(upload, "name", "") or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    refused = ValidationError(
        _("只支持 %(kinds)s 格式的%(what)s。") % {"kinds": _names(kinds), "what": what}, code="file_type"
    )
    if extension not in kinds:
        raise refused
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(position)
    if KINDS[extension][1](head):
        return extension
    # Named wrongly: the first allowed binary kind its bytes match (never "txt": anything passes).
    for kind in kinds:
        if kind not in ("txt", "jpeg", "docx") and KINDS[kind][1](head):
            return kind
    raise refused


@deconstructible
class UploadValidator:
    """A model field validator running ``check_upload`` on new uploads (stored files are not
    re-read on every save)."""

    def __init__(self, kinds: Sequence[str], max_mb: int, what: StrOrPromise = "") -> None:
        self.kinds, self.max_mb, self.what = tuple(kinds), max_mb, what

    def __call__(self, value: Any) -> None:
        if getattr(value, "_committed", True):
            return
        check_upload(value.file, kinds=self.kinds, max_bytes=self.max_mb * 1024 * 1024, what=self.what)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadValidator) and (self.kinds, self.max_mb, self.what) == (
            other.kinds, other.max_mb, other.what,
        )  # fmt: skip
