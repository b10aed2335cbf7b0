from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .models import ProofOfUse, RejectReason, Review, ReviewInvite, ReviewRevision, SponsoredPlacement
from .views import current_user


class RevisionInline(admin.TabularInline):
    model = ReviewRevision
    extra = 0
    can_delete = False
    readonly_fields = ("created_at", "snapshot")

    def has_add_permission(self, request: HttpRequest, obj: Review | None = None) -> bool:
        return False


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "offering",
        "user",
        "recommend",
        "status",
        "verification",
        "signal_codes",
        "created_at",
    )
    list_filter = ("status", "verification", "reject_reason")
    search_fields = ("offering__name", "user__email", "pros", "cons")
    raw_id_fields = ("offering", "user", "invite")
    readonly_fields = (
        "signals",
        "visitor_id",
        "ip",
        "helpful_count",
        "published_at",
        "moderated_at",
        "moderated_by",
    )
    inlines = [RevisionInline]
    actions = ["publish", "reject_fake"]

    @admin.display(description=gettext_lazy("风险信号"))
    def signal_codes(self, review: Review) -> str:
        return "、".join(s["label"] for s in review.signals) or "—"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # reviews come from buyers through the site, with their checks

    def has_change_permission(self, request: HttpRequest, obj: Review | None = None) -> bool:
        return False  # decisions go through the actions (or the queue), which keep counts exact

    @admin.action(description=gettext_lazy("通过并发布"))
    def publish(self, request: HttpRequest, queryset: QuerySet[Review]) -> None:
        for review in queryset:
            services.review_moderate(review=review, publish=True, moderator=current_user(request))
        self.message_user(request, _("已发布。"), messages.SUCCESS)

    @admin.action(description=gettext_lazy("不通过：疑似虚假或刷评"))
    def reject_fake(self, request: HttpRequest, queryset: QuerySet[Review]) -> None:
        for review in queryset:
            services.review_moderate(
                review=review,
                publish=False,
                moderator=current_user(request),
                reason=RejectReason.FAKE,
            )
        self.message_user(request, _("已标记为不通过。"), messages.SUCCESS)


@admin.register(ProofOfUse)
class ProofOfUseAdmin(admin.ModelAdmin):
    list_display = ("original_name", "review", "status", "uploaded_at")
    list_filter = ("status",)
    raw_id_fields = ("review",)
    exclude = ("file",)  # the file opens from the moderation queue, never from a public URL
    readonly_fields = ("original_name", "review", "status", "decided_at", "decided_by")


@admin.register(ReviewInvite)
class ReviewInviteAdmin(admin.ModelAdmin):
    list_display = ("vendor", "offering", "note", "created_at")
    raw_id_fields = ("vendor", "offering", "created_by")


@admin.register(SponsoredPlacement)
class SponsoredPlacementAdmin(admin.ModelAdmin):
    list_display = ("category", "offering", "starts_on", "ends_on")
    raw_id_fields = ("category", "offering")
