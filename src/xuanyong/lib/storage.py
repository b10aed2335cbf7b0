"""Private uploads: files kept outside MEDIA_ROOT (which the embedded setup serves publicly), in a
folder named by a setting that is read on each use, so tests and operators can move it."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    def __init__(self, setting: str) -> None:
        super().__init__()
        self.setting = setting

    @property
    def base_location(self) -> str:
        return str(getattr(settings, self.setting))

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise ValueError("private files have no public URL")
