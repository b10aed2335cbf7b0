from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from xuanyong.lib.markdown import render_markdown

from .models import Attribute, Category, FeeItem, Offering, Plan, Vendor
from .selectors import menu_invalidate


class AttributeInline(admin.TabularInline):
    model = Attribute
    extra = 0


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "slug", "position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug"]
    inlines = [AttributeInline]

    def save_model(self, request: HttpRequest, obj: Category, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        menu_invalidate()


@admin.register(Vendor)
class VendorAdmin(admin.ModelAdmin):
    list_display = ["name", "legal_name", "verified", "city", "hotline"]
    list_filter = ["verified", "city"]
    search_fields = ["name", "legal_name", "uscc"]


class PlanInline(admin.TabularInline):
    model = Plan
    extra = 0


class FeeItemInline(admin.TabularInline):
    model = FeeItem
    extra = 0


@admin.register(Offering)
class OfferingAdmin(admin.ModelAdmin):
    list_display = ["name", "vendor", "primary_category", "kind", "pricing_model", "status", "featured"]
    list_filter = [
        "status",
        "kind",
        "pricing_model",
        "deployment",
        "free_trial",
        "featured",
        "primary_category",
    ]
    search_fields = ["name", "slug", "vendor__name", "tagline"]
    autocomplete_fields = ["vendor"]
    filter_horizontal = ["extra_categories"]
    list_select_related = ["vendor", "primary_category"]
    inlines = [PlanInline, FeeItemInline]

    def save_model(self, request: HttpRequest, obj: Offering, form: Any, change: bool) -> None:
        obj.description_html = render_markdown(obj.description)
        super().save_model(request, obj, form, change)
