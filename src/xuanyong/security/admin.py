from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import throttle
from .models import ThrottleLock


class ActiveFilter(admin.SimpleListFilter):
    title = gettext_lazy("状态")
    parameter_name = "state"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("active", _("锁定中")), ("ended", _("已结束"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[ThrottleLock]) -> QuerySet[ThrottleLock]:
        active = ThrottleLock.objects.active()
        if self.value() == "active":
            return queryset.filter(pk__in=active.values("pk"))
        if self.value() == "ended":
            return queryset.exclude(pk__in=active.values("pk"))
        return queryset


@admin.register(ThrottleLock)
class ThrottleLockAdmin(admin.ModelAdmin):
    list_display = ["scope_label", "subject", "key", "count", "locked_at", "until", "active", "lifted_by"]
    list_filter = [ActiveFilter, "scope", "subject"]
    search_fields = ["key"]
    date_hierarchy = "locked_at"
    actions = ["lift"]
    readonly_fields = [f.name for f in ThrottleLock._meta.fields]

    @admin.display(description=gettext_lazy("限制项"))
    def scope_label(self, lock: ThrottleLock) -> str:
        return str(throttle.SCOPE_LABELS.get(lock.scope, lock.scope))

    @admin.display(description=gettext_lazy("锁定中"), boolean=True)
    def active(self, lock: ThrottleLock) -> bool:
        return lock.is_active

    @admin.action(description=gettext_lazy("解除所选锁定"), permissions=["change"])
    def lift(self, request: HttpRequest, queryset: QuerySet[ThrottleLock]) -> None:
        locks = list(queryset.filter(lifted_at__isnull=True, until__gt=timezone.now()))
        for lock in locks:
            throttle.lift(lock, by=request.user)
        self.message_user(
            request,
            _("已解除 %(count)s 项锁定，对方可以立即重试。") % {"count": len(locks)},
            messages.SUCCESS,
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ThrottleLock | None = None) -> bool:
        return False  # the record of who was locked, and who lifted it, stays
