"""Operators manage share links and KPI targets here; events and rollups are read-only data."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Channel, KpiTarget
from .services import channel_code_new, share_link_target


@admin.register(Channel)
class ChannelAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "share_url", "target_path", "is_active", "created_at"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "code", "utm_campaign", "note"]
    readonly_fields = ["share_url", "landing_url", "created_by", "created_at"]
    fieldsets = [
        (None, {"fields": ["name", "kind", "code", "target_path", "is_active", "note"]}),
        (
            gettext_lazy("UTM 参数（可选）"),
            {"fields": ["utm_source", "utm_medium", "utm_campaign", "utm_content"]},
        ),
        (gettext_lazy("链接"), {"fields": ["share_url", "landing_url", "created_by", "created_at"]}),
    ]

    @admin.display(description=gettext_lazy("分享链接"))
    def share_url(self, obj: Channel) -> str:
        if not obj.code:
            return _("保存后生成")
        url = f"{settings.SITE_URL}{obj.get_absolute_url()}"
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)

    @admin.display(description=gettext_lazy("落地地址"))
    def landing_url(self, obj: Channel) -> str:
        return share_link_target(obj) if obj.pk else "–"

    def save_model(self, request: HttpRequest, obj: Channel, form: Any, change: bool) -> None:
        if not obj.code:
            obj.code = channel_code_new()
        if not change:
            obj.created_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)


@admin.register(KpiTarget)
class KpiTargetAdmin(admin.ModelAdmin):
    list_display = ["metric", "start", "end", "target", "note"]
    list_filter = ["metric"]
    date_hierarchy = "start"
