"""Xuanyong (选用): an open-source enterprise digital selection platform."""

from __future__ import annotations

from .celery import app as celery_app

__all__ = ["celery_app"]
__version__ = "0.1.0"
