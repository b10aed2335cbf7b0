from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import DataRequest
from .services import email_digest


@admin.register(DataRequest)
class DataRequestAdmin(admin.ModelAdmin):
    list_display = ["kind", "status", "account_id", "requested_at", "completed_at"]
    list_filter = ["kind", "status"]
    search_fields = ["=account_id"]
    search_help_text = _("输入账号编号，或完整邮箱（按摘要查找，系统不保存邮箱本身）")
    readonly_fields = [f.name for f in DataRequest._meta.fields]

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[DataRequest], search_term: str
    ) -> tuple[QuerySet[DataRequest], bool]:
        """An e-mail typed in the search box is looked up by its digest: the address is not kept."""
        if "@" in search_term:
            return queryset.filter(email_digest=email_digest(search_term)), False
        return super().get_search_results(request, queryset, search_term)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: DataRequest | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: DataRequest | None = None) -> bool:
        return False  # the audit of requests stays
