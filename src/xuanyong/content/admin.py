from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from xuanyong.lib.markdown import render_markdown

from .models import Article, ArticleOffering, Tag


class ArticleOfferingInline(admin.TabularInline):
    model = ArticleOffering
    autocomplete_fields = ["offering"]
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "category", "source_type", "status", "published_at", "read_count"]
    list_filter = ["status", "kind", "source_type", "category"]
    search_fields = ["title", "summary"]
    date_hierarchy = "published_at"
    filter_horizontal = ["tags"]
    inlines = [ArticleOfferingInline]

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        obj.body_html = render_markdown(obj.body)
        super().save_model(request, obj, form, change)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    list_display = ["name", "slug"]
