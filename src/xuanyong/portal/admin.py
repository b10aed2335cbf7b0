from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .models import CatalogRevision, VendorClaim


@admin.register(VendorClaim)
class VendorClaimAdmin(admin.ModelAdmin):
    list_display = [
        "vendor",
        "legal_name",
        "uscc",
        "user",
        "contact_name",
        "contact_phone",
        "status",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["vendor__name", "legal_name", "uscc", "user__email"]
    readonly_fields = [
        "user",
        "vendor",
        "legal_name",
        "uscc",
        "contact_name",
        "contact_phone",
        "status",
        "decided_by",
        "decided_at",
        "created_at",
    ]
    fields = [*readonly_fields, "decision_note"]
    actions = ["approve", "reject"]

    @admin.action(description=gettext_lazy("通过所选认领申请（申请人成为服务商管理员，服务商标记为已认证）"))
    def approve(self, request: HttpRequest, queryset: QuerySet[VendorClaim]) -> None:
        self._decide(request, queryset, approve=True)

    @admin.action(description=gettext_lazy("驳回所选认领申请"))
    def reject(self, request: HttpRequest, queryset: QuerySet[VendorClaim]) -> None:
        self._decide(request, queryset, approve=False)

    def _decide(self, request: HttpRequest, queryset: QuerySet[VendorClaim], *, approve: bool) -> None:
        done, claims = 0, list(queryset.select_related("vendor", "user"))
        if not claims:
            self.message_user(request, _("所选申请不存在或已被删除，未做任何处理。"), messages.WARNING)
        for claim in claims:
            try:
                if approve:
                    services.claim_approve(claim=claim, operator=request.user)  # type: ignore[arg-type]
                else:
                    services.claim_reject(claim=claim, operator=request.user, note=claim.decision_note)  # type: ignore[arg-type]
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"{claim}：{'；'.join(exc.messages)}", messages.ERROR)
        if done:
            self.message_user(request, _("已处理 %(done)s 条申请。") % {"done": done}, messages.SUCCESS)


@admin.register(CatalogRevision)
class CatalogRevisionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "vendor", "offering", "plan_name", "author"]
    readonly_fields = ["vendor", "offering", "plan", "plan_name", "author", "changes", "created_at"]
