from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .admin_forms import OfferingAdminForm, offering_admin_form_for
from .models import Attribute, Category, Credential, FeeItem, Offering, Plan, SlugRedirect, Vendor
from .selectors import catalog_version_bump, menu_invalidate
from .services import (
    category_memberships_rebuild,
    category_memberships_sync,
    offering_save,
    slug_redirect_record,
    vendor_search_refresh,
)


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
        old_slug = form.initial.get("slug") if change else None
        super().save_model(request, obj, form, change)
        if old_slug and old_slug != obj.slug:
            slug_redirect_record(target=SlugRedirect.Target.CATEGORY, old_slug=old_slug, target_id=obj.pk)
        if change and "parent" in form.changed_data:
            category_memberships_rebuild(category=obj)  # its offerings now list under other ancestors
        # On commit: the attribute inlines are saved after this, in the same transaction.
        transaction.on_commit(menu_invalidate)
        transaction.on_commit(catalog_version_bump)

    def delete_model(self, request: HttpRequest, obj: Category) -> None:
        super().delete_model(request, obj)
        transaction.on_commit(menu_invalidate)
        transaction.on_commit(catalog_version_bump)


@admin.register(Vendor)
class VendorAdmin(admin.ModelAdmin):
    list_display = ["name", "legal_name", "verified", "city", "hotline"]
    list_filter = ["verified", "city"]
    search_fields = ["name", "legal_name", "uscc"]

    def save_model(self, request: HttpRequest, obj: Vendor, form: Any, change: bool) -> None:
        old_slug = form.initial.get("slug") if change else None
        super().save_model(request, obj, form, change)
        if old_slug and old_slug != obj.slug:
            slug_redirect_record(target=SlugRedirect.Target.VENDOR, old_slug=old_slug, target_id=obj.pk)
        vendor_search_refresh(obj)
        transaction.on_commit(catalog_version_bump)


class PlanInline(admin.TabularInline):
    model = Plan
    extra = 0


class FeeItemInline(admin.TabularInline):
    model = FeeItem
    extra = 0


@admin.register(Offering)
class OfferingAdmin(admin.ModelAdmin):
    form = OfferingAdminForm
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
        # The same write path as every other entry point: validation, facet rows, slug history.
        offering_save(offering=obj, previous_slug=form.initial.get("slug") if change else None)

    def delete_model(self, request: HttpRequest, obj: Offering) -> None:
        super().delete_model(request, obj)
        transaction.on_commit(catalog_version_bump)  # cached pages may show it as an alternative

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        super().delete_queryset(request, queryset)
        transaction.on_commit(catalog_version_bump)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        # extra_categories is saved here, after save_model: list the offering where it now belongs.
        category_memberships_sync([form.instance.pk])

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        kwargs["form"] = offering_admin_form_for(obj)
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request: HttpRequest, obj: Offering | None = None) -> Any:
        form = offering_admin_form_for(obj)  # not get_form(): it asks get_fieldsets for its fields
        attribute_fields = [name for name in form.base_fields if name.startswith("attr__")]
        base = [name for name in form.base_fields if not name.startswith("attr__")]
        fieldsets: list[Any] = [(None, {"fields": base})]
        if obj is not None:
            fieldsets.append(
                (
                    _("分类参数"),
                    {"fields": attribute_fields, "description": _("按主分类的参数表填写；留空表示未知。")},
                )
            )
        return fieldsets


@admin.register(Credential)
class CredentialAdmin(admin.ModelAdmin):
    """Read and search only: submitting, deciding and withdrawing go through the portal and the
    queue (/ops/credentials/), whose services keep the filter tags and badges in step."""

    list_display = ["vendor", "offering", "kind", "number", "status", "expires_on", "verified_at"]
    list_filter = ["kind", "status"]
    search_fields = ["vendor__name", "offering__name", "number", "name"]
    exclude = ["evidence"]  # private: no URL; the link below goes through the operators' view
    readonly_fields = [
        *(f.name for f in Credential._meta.concrete_fields if f.name != "evidence"),
        "evidence_link",
    ]

    @admin.display(description=gettext_lazy("证明文件"))
    def evidence_link(self, credential: Credential) -> str:
        if not credential.evidence:
            return "—"
        url = reverse("ops_credentials:evidence", args=[credential.pk])
        return format_html('<a href="{}">{}</a>', url, credential.evidence_name or _("下载"))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
