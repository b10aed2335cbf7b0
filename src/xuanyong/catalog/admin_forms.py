"""The offering admin form: one field per attribute of the offering's category schema."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Attribute, Offering
from .services import validate_attributes

PREFIX = "attr__"
BOOL_CHOICES = [("", gettext_lazy("未知")), ("1", gettext_lazy("支持")), ("0", gettext_lazy("不支持"))]


def attribute_field(attr: Attribute) -> forms.Field:
    common: dict[str, Any] = {"label": attr.label, "help_text": attr.help_text, "required": False}
    if attr.kind == Attribute.Kind.BOOL:
        return forms.TypedChoiceField(
            choices=BOOL_CHOICES, coerce=lambda v: v == "1", empty_value=None, **common
        )
    if attr.kind == Attribute.Kind.CHOICE:
        return forms.ChoiceField(
            choices=[("", _("未知")), *[(c, label) for c, label in attr.choices]], **common
        )
    if attr.kind == Attribute.Kind.MULTI:
        return forms.MultipleChoiceField(
            choices=list(map(tuple, attr.choices)), widget=forms.CheckboxSelectMultiple, **common
        )
    if attr.kind == Attribute.Kind.NUMBER:
        return forms.FloatField(
            **{
                **common,
                "label": _("%(label)s（%(unit)s）") % {"label": attr.label, "unit": attr.unit}
                if attr.unit
                else attr.label,
            }
        )
    return forms.CharField(max_length=200, **common)


class OfferingAdminForm(forms.ModelForm):
    schema: list[Attribute] = []

    class Meta:
        model = Offering
        exclude = ["attributes"]  # noqa: DJ006 - edited through the schema fields below

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for attr in self.schema:
            value = self.instance.attributes.get(attr.key)
            if attr.kind == Attribute.Kind.BOOL and value is not None:
                value = "1" if value else "0"
            self.fields[PREFIX + attr.key].initial = value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        values: dict[str, Any] = {}
        for attr in self.schema:
            value = data.get(PREFIX + attr.key)
            if value not in (None, "", []):
                values[attr.key] = value
        category = data.get("primary_category")
        if category is not None and category.pk != self.instance.primary_category_id:
            values = {}  # another category has another schema: fill its attributes after saving
        if category is not None:
            try:
                self.instance.attributes = validate_attributes(category, values)
            except ValidationError as exc:
                raise ValidationError(exc.message_dict.get("attributes", exc.messages)) from exc
        low, high = data.get("price_min"), data.get("price_max")
        if low is not None and high is not None and low > high:
            self.add_error("price_max", _("最高价不能低于最低价。"))
        return data


def offering_admin_form_for(offering: Offering | None) -> type[OfferingAdminForm]:
    """A form class whose declared fields follow this offering's category schema."""
    schema = (
        list(offering.primary_category.attributes.all()) if offering and offering.primary_category_id else []
    )
    fields: dict[str, Any] = {PREFIX + attr.key: attribute_field(attr) for attr in schema}
    return type("OfferingAttributesAdminForm", (OfferingAdminForm,), {**fields, "schema": schema})
