"""Django's admin app with our site class (admin_site.py); a module apart, loaded before any model."""

from __future__ import annotations

from django.contrib.admin.apps import AdminConfig as BaseAdminConfig


class AdminConfig(BaseAdminConfig):
    default_site = "xuanyong.admin_site.XuanyongAdminSite"
