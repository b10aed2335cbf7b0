from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from . import dictionary
from .models import SynonymGroup, ZeroResultQuery
from .synonyms import synonyms_invalidate


@admin.register(SynonymGroup)
class SynonymGroupAdmin(admin.ModelAdmin):
    list_display = ["terms", "updated_at"]
    search_fields = ["terms"]

    def save_model(self, request: HttpRequest, obj: SynonymGroup, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        synonyms_invalidate()
        dictionary.bump()

    def delete_model(self, request: HttpRequest, obj: SynonymGroup) -> None:
        super().delete_model(request, obj)
        synonyms_invalidate()


@admin.register(ZeroResultQuery)
class ZeroResultQueryAdmin(admin.ModelAdmin):
    list_display = ["query", "count", "first_seen", "last_seen"]
    search_fields = ["query"]
    readonly_fields = ["query", "count", "first_seen", "last_seen"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
