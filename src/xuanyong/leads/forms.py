from __future__ import annotations

import re
import uuid
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from xuanyong.catalog.models import Vendor

from .models import Budget, CompanySize, Kind, Status

_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def add_service_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: by field where the form has one, else on top."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)


class LeadForm(forms.Form):
    kind = forms.ChoiceField(label=_("我想要"), choices=Kind.choices, widget=forms.RadioSelect)
    name = forms.CharField(
        label=_("称呼"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "name", "placeholder": _("如 王女士")}),
    )
    phone = forms.CharField(
        label=_("手机号"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "placeholder": _("中国大陆手机号")}
        ),
    )
    company = forms.CharField(label=_("公司名称"), max_length=80, required=False)
    company_size = forms.ChoiceField(
        label=_("公司规模"), choices=[("", _("请选择")), *CompanySize.choices], required=False
    )
    budget = forms.ChoiceField(label=_("预算"), choices=[("", _("请选择")), *Budget.choices], required=False)
    email = forms.CharField(
        label=_("电子邮箱（选填）"),
        max_length=120,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    need = forms.CharField(
        label=_("需求描述"), max_length=1000, required=False,
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": _("门店数量、想解决的问题、期望上线时间等")}),
    )  # fmt: skip
    picks = forms.TypedMultipleChoiceField(
        label=_("优先联系（可多选）"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    # The consent text is shown next to the box; the service refuses a lead without it.
    consent = forms.BooleanField(label=_("我已阅读并同意"), required=False)
    offer = forms.CharField(widget=forms.HiddenInput)
    idem = forms.CharField(widget=forms.HiddenInput, max_length=64, required=False)

    def __init__(self, *args: Any, candidates: list[Vendor], short: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["picks"]).choices = [(v.pk, v.name) for v in candidates]
        if len(candidates) < 2:
            del self.fields["picks"]
        if short:  # the callback form: who and which number is enough
            for name in ("company", "company_size", "budget", "email"):
                del self.fields[name]
        self.initial.setdefault("idem", uuid.uuid4().hex)

    def clean_idem(self) -> str:
        key = self.cleaned_data.get("idem") or ""
        return key if _KEY.match(key) else uuid.uuid4().hex


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("状态"), choices=Status.choices)
    lost_reason = forms.CharField(label=_("未成交原因"), max_length=200, required=False)


class NoteForm(forms.Form):
    body = forms.CharField(label=_("跟进备注"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
