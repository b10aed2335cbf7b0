"""The project's settings with bare_site/urls.py as the root URLconf (bench/pages.py)."""

from __future__ import annotations

from xuanyong.settings import *  # noqa: F403

ROOT_URLCONF = "bare_site.urls"
