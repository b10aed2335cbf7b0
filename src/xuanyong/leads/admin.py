from __future__ import annotations

from django.contrib import admin

from .models import Lead, LeadAudit, LeadRoute, Notification, WebhookDelivery, WebhookEndpoint


class LeadRouteInline(admin.TabularInline):
    model = LeadRoute
    extra = 0
    can_delete = False
    fields = readonly_fields = ("vendor", "reason", "status", "lost_reason", "first_response_at", "active")


class LeadAuditInline(admin.TabularInline):
    model = LeadAudit
    extra = 0
    can_delete = False
    fields = readonly_fields = ("created_at", "actor", "action", "detail")


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    """Read-only: leads change through the vendor portal and /ops/leads/ (services keep the audit)."""

    list_display = ["id", "kind", "source", "name", "status", "channel", "created_at"]
    list_filter = ["status", "kind", "source"]
    search_fields = ["name", "phone", "company"]
    inlines = [LeadRouteInline, LeadAuditInline]
    readonly_fields = [f.name for f in Lead._meta.fields]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["id", "lead", "vendor", "channel", "state", "attempts", "next_attempt_at", "last_error"]
    list_filter = ["state", "channel"]
    readonly_fields = [f.name for f in Notification._meta.fields]


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    list_display = ["vendor", "url", "active", "updated_at"]
    exclude = ["secret"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "vendor", "url", "attempt", "status_code", "ok", "error"]
    list_filter = ["ok"]
