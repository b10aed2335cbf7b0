"""The editors' workplace: articles (preview, schedule, import), comment moderation, takedowns.

Every change goes through the content services, so the admin behaves like every other entry point.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import selectors
from .comments import banned_words_invalidate, comments_moderate
from .forms import ArticleImportForm
from .importer import article_import
from .models import Article, ArticleOffering, BannedWord, Comment, Tag, TakedownEvent, TakedownRequest
from .services import (
    article_publish,
    article_reindex,
    article_rule_errors,
    article_save,
    article_submit_for_review,
)
from .takedowns import takedown_decide, takedown_hide_article, takedown_restore_article


class ArticleOfferingInline(admin.TabularInline):
    model = ArticleOffering
    autocomplete_fields = ["offering"]
    extra = 0


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        exclude: list[str] = []

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        errors = article_rule_errors(
            status=data.get("status", ""), publish_at=data.get("publish_at"),
            source_type=data.get("source_type", ""), source_name=data.get("source_name") or "",
        )  # fmt: skip
        for name, message in errors.items():
            self.add_error(name, message)
        return data


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = ["title", "kind", "status", "publish_time", "is_hidden", "read_count", "comment_count"]
    list_filter = ["status", "kind", "source_type", "is_hidden", "category"]
    search_fields = ["title", "summary"]
    date_hierarchy = "created_at"
    filter_horizontal = ["tags"]
    inlines = [ArticleOfferingInline]
    readonly_fields = ["read_count", "comment_count", "is_hidden", "published_at"]
    actions = ["submit_for_review", "publish_now"]
    change_list_template = "admin/content/article/change_list.html"
    change_form_template = "admin/content/article/change_form.html"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body", "cover", "kind", "category", "tags"]}),
        (gettext_lazy("作者与来源"), {"fields": ["author", "author_name", "source_type", "source_name", "source_url",
                               "source_published_at"]}),
        (gettext_lazy("发布"), {"fields": ["status", "publish_at", "published_at", "is_hidden"],
                "description": gettext_lazy("定时发布：状态选“定时发布”并填写定时发布时间，到点自动发布。")}),
        (gettext_lazy("统计"), {"fields": ["read_count", "comment_count"]}),
    ]  # fmt: skip

    @admin.display(description=gettext_lazy("发布时间"), ordering="published_at")
    def publish_time(self, obj: Article) -> str:
        if obj.status == Article.Status.SCHEDULED and obj.publish_at:
            return _("定时 %(localtime)s") % {
                "localtime": f"{timezone.localtime(obj.publish_at):%Y-%m-%d %H:%M}"
            }
        return f"{timezone.localtime(obj.published_at):%Y-%m-%d %H:%M}" if obj.published_at else "—"

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, change, **kwargs)
        form.base_fields["slug"].required = False
        form.base_fields["slug"].help_text = _("留空则按标题生成拼音标识")
        return form

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        if not change and obj.author_id is None and not obj.author_name:
            obj.author = request.user  # type: ignore[assignment]
        article_save(article=obj)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        article_reindex(article=form.instance)  # tags changed after the row: index them too

    @admin.action(description=gettext_lazy("提交审核"), permissions=["change"])
    def submit_for_review(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done = 0
        for article in queryset.filter(status=Article.Status.DRAFT):
            article_submit_for_review(article=article)
            done += 1
        self.message_user(request, _("已将 %(done)s 篇草稿提交审核。") % {"done": done})

    @admin.action(description=gettext_lazy("立即发布"), permissions=["change"])
    def publish_now(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done = 0
        with transaction.atomic():
            for article in queryset.exclude(status=Article.Status.PUBLISHED):
                article_publish(article=article)
                done += 1
        self.message_user(request, _("已发布 %(done)s 篇文章。") % {"done": done})

    def get_urls(self) -> list[URLPattern]:
        own = [
            path("import/", self.admin_site.admin_view(self.import_view), name="content_article_import"),
            path(
                "<int:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="content_article_preview",
            ),
        ]
        return [*own, *super().get_urls()]

    def preview_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        article = get_object_or_404(Article.objects.select_related("category", "author"), pk=object_id)
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        context = selectors.article_page_data(article)
        context.update(preview=True, jsonld="", comment_form=None)
        return render(request, "content/article.html", context)

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                article = article_import(
                    content=form.cleaned_data["file"].read(),
                    source_url=form.cleaned_data["source_url"] or "",
                    author=request.user,  # type: ignore[arg-type]
                )
            except ValidationError as error:
                form.add_error("file", error.messages)
            else:
                messages.success(
                    request, _("已导入草稿《%(title)s》，请核对正文与来源后发布。") % {"title": article.title}
                )
                return HttpResponseRedirect(reverse("admin:content_article_change", args=[article.pk]))
        context = {**self.admin_site.each_context(request), "form": form, "title": _("导入网页文章"),
                   "opts": self.model._meta}  # fmt: skip
        return render(request, "admin/content/article/import.html", context)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    list_display = ["name", "slug"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["short_body", "author", "article", "status", "created_at", "ip"]
    list_filter = ["status", "created_at"]
    search_fields = ["body", "guest_name", "user__display_name", "article__title"]
    list_select_related = ["article", "user"]
    readonly_fields = ["article", "parent", "user", "guest_name", "body", "status", "ip", "visitor_id",
                       "created_at", "moderated_at", "moderated_by"]  # fmt: skip
    actions = ["approve", "mark_spam", "remove"]

    @admin.display(description=gettext_lazy("内容"))
    def short_body(self, obj: Comment) -> str:
        return obj.body[:40] + ("…" if len(obj.body) > 40 else "")

    @admin.display(description=gettext_lazy("评论人"))
    def author(self, obj: Comment) -> str:
        return (
            obj.author_name
            if obj.user_id
            else _("%(author_name)s（访客）") % {"author_name": obj.author_name}
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # “删除”动作只改状态，评论数随之更新；真删除会让计数失准

    def _moderate(self, request: HttpRequest, queryset: QuerySet[Comment], status: str, label: str) -> None:
        changed = comments_moderate(
            comment_ids=queryset.values_list("pk", flat=True),
            status=status,
            moderator=request.user,  # type: ignore[arg-type]
        )
        self.message_user(
            request, _("已将 %(changed)s 条评论标记为%(label)s。") % {"changed": changed, "label": label}
        )

    @admin.action(description=gettext_lazy("通过所选评论"), permissions=["change"])
    def approve(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._moderate(request, queryset, Comment.Status.APPROVED, _("已通过"))

    @admin.action(description=gettext_lazy("标记为垃圾评论"), permissions=["change"])
    def mark_spam(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._moderate(request, queryset, Comment.Status.SPAM, _("垃圾评论"))

    @admin.action(description=gettext_lazy("删除所选评论（隐藏）"), permissions=["change"])
    def remove(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._moderate(request, queryset, Comment.Status.REMOVED, _("已删除"))


@admin.register(BannedWord)
class BannedWordAdmin(admin.ModelAdmin):
    list_display = ["word", "created_at"]
    search_fields = ["word"]

    def save_model(self, request: HttpRequest, obj: BannedWord, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        transaction.on_commit(banned_words_invalidate)

    def delete_model(self, request: HttpRequest, obj: BannedWord) -> None:
        super().delete_model(request, obj)
        transaction.on_commit(banned_words_invalidate)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[BannedWord]) -> None:
        super().delete_queryset(request, queryset)
        transaction.on_commit(banned_words_invalidate)


class TakedownEventInline(admin.TabularInline):
    model = TakedownEvent
    fields = ["created_at", "action", "actor", "note"]
    readonly_fields = ["created_at", "action", "actor", "note"]
    extra = 0
    max_num = 0
    can_delete = False


class TakedownOperationForm(forms.ModelForm):
    OPERATIONS = [
        ("", gettext_lazy("—— 仅查看 ——")), ("hide", gettext_lazy("隐藏文章（处理期间）")), ("restore", gettext_lazy("恢复文章")),
        ("uphold", gettext_lazy("认定投诉成立（文章保持下线）")), ("reject", gettext_lazy("认定投诉不成立（恢复文章）")),
    ]  # fmt: skip
    operation = forms.ChoiceField(label=gettext_lazy("处理操作"), choices=OPERATIONS, required=False)
    note = forms.CharField(
        label=gettext_lazy("理由 / 说明"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    class Meta:
        model = TakedownRequest
        fields: list[str] = []

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        operation = data.get("operation")
        pending = self.instance.status == TakedownRequest.Status.PENDING
        if operation in ("uphold", "reject") and not (data.get("note") or "").strip():
            self.add_error("note", _("作出处理决定时请填写理由。"))
        if operation in ("uphold", "reject", "hide") and not pending:
            self.add_error("operation", _("该投诉已处理，不能再执行此操作。"))
        return data


@admin.register(TakedownRequest)
class TakedownRequestAdmin(admin.ModelAdmin):
    form = TakedownOperationForm
    list_display = ["__str__", "article_link", "right", "status", "article_hidden", "created_at"]
    list_filter = ["status", "right"]
    search_fields = ["claimant", "contact", "article__title"]
    list_select_related = ["article"]
    readonly_fields = ["article", "claimant", "contact", "right", "evidence", "evidence_file", "good_faith",
                       "status", "decision_reason", "decided_by", "decided_at", "ip", "created_at"]  # fmt: skip
    fieldsets = [
        (gettext_lazy("投诉内容"), {"fields": ["article", "claimant", "contact", "right", "evidence", "evidence_file",
                              "good_faith", "ip", "created_at"]}),
        (gettext_lazy("处理结果"), {"fields": ["status", "decision_reason", "decided_by", "decided_at"]}),
        (gettext_lazy("处理"), {"fields": ["operation", "note"]}),
    ]  # fmt: skip
    inlines = [TakedownEventInline]
    actions = ["hide_articles", "restore_articles"]

    @admin.display(description=gettext_lazy("文章"))
    def article_link(self, obj: TakedownRequest) -> str:
        return format_html('<a href="{}">{}</a>', obj.article.get_absolute_url(), obj.article.title)

    @admin.display(description=gettext_lazy("文章已隐藏"), boolean=True)
    def article_hidden(self, obj: TakedownRequest) -> bool:
        return obj.article.is_hidden

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # claims come from the public form, with the claimant's statement

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # the audit trail is kept

    def save_model(self, request: HttpRequest, obj: TakedownRequest, form: Any, change: bool) -> None:
        operation, note = form.cleaned_data.get("operation"), form.cleaned_data.get("note", "")
        actor = request.user
        if operation == "hide":
            takedown_hide_article(request=obj, actor=actor, note=note)  # type: ignore[arg-type]
        elif operation == "restore":
            takedown_restore_article(request=obj, actor=actor, note=note)  # type: ignore[arg-type]
        elif operation in ("uphold", "reject"):
            takedown_decide(request=obj, upheld=operation == "uphold", reason=note, actor=actor)  # type: ignore[arg-type]

    @admin.action(description=gettext_lazy("隐藏所选投诉的文章（处理期间）"), permissions=["change"])
    def hide_articles(self, request: HttpRequest, queryset: QuerySet[TakedownRequest]) -> None:
        claims = list(queryset.filter(status=TakedownRequest.Status.PENDING).select_related("article"))
        for claim in claims:
            takedown_hide_article(request=claim, actor=request.user)  # type: ignore[arg-type]
        self.message_user(request, _("已隐藏 %(count)s 条待处理投诉涉及的文章。") % {"count": len(claims)})

    @admin.action(description=gettext_lazy("恢复所选投诉的文章"), permissions=["change"])
    def restore_articles(self, request: HttpRequest, queryset: QuerySet[TakedownRequest]) -> None:
        claims = list(queryset.select_related("article"))
        for claim in claims:
            takedown_restore_article(request=claim, actor=request.user)  # type: ignore[arg-type]
        self.message_user(request, _("已恢复 %(count)s 条投诉涉及的文章。") % {"count": len(claims)})
