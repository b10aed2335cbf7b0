"""Forms parse and render; the text rules and everything else are checked in services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .models import CompanySize, Industry, RejectReason, ReviewerRole, UsageDuration

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

RECOMMEND_CHOICES = [(str(i), str(i)) for i in range(11)]
SCALE_CHOICES = [(str(i), str(i)) for i in range(1, 6)]


def _scale(label: StrOrPromise) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label, choices=SCALE_CHOICES, coerce=int, widget=forms.RadioSelect,
        error_messages={
            "required": format_lazy(_("请为{label}打分（1–5）。"), label=label),
            "invalid_choice": format_lazy(_("{label}只能是 1–5 分。"), label=label),
        },
    )  # fmt: skip


def _choice(label: StrOrPromise, choices: Sequence[tuple[str, StrOrPromise]]) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=[("", _("请选择")), *choices],
        error_messages={
            "required": format_lazy(_("请选择{label}。"), label=label),
            "invalid_choice": format_lazy(_("请选择有效的{label}。"), label=label),
        },
    )  # fmt: skip


def _text(label: StrOrPromise, rows: int, help_text: StrOrPromise = "") -> forms.CharField:
    # Required-ness and limits are the service's (one set of messages for every entry point).
    return forms.CharField(
        label=label, required=False, strip=False, help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )  # fmt: skip


class ReviewForm(forms.Form):
    recommend = forms.TypedChoiceField(
        label=_("您有多大可能向同行推荐它？（0 = 完全不会，10 = 一定会）"), choices=RECOMMEND_CHOICES, coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("请选择推荐意愿（0–10）。"), "invalid_choice": _("推荐意愿只能是 0–10 分。")},
    )  # fmt: skip
    ease_of_use = _scale(_("易用性"))
    features = _scale(_("功能"))
    support = _scale(_("服务支持"))
    value = _scale(_("性价比"))
    pros = _text(_("优点"), 4, _("至少 10 个字，最多 2000 字"))
    cons = _text(_("不足"), 4, _("至少 10 个字，最多 2000 字"))
    use_case = _text(_("使用场景"), 2, _("用它解决什么问题，最多 500 字"))
    reviewer_role = _choice(_("您的角色"), ReviewerRole.choices)
    company_size = _choice(_("企业规模"), CompanySize.choices)
    industry = _choice(_("所属行业"), Industry.choices)
    usage_duration = _choice(_("使用时长"), UsageDuration.choices)


class EmailForm(forms.Form):
    email = forms.CharField(label=_("企业邮箱"), max_length=254)


class CodeForm(forms.Form):
    code = forms.CharField(label=_("验证码"), max_length=6)


class ProofForm(forms.Form):
    file = forms.FileField(
        label=_("使用凭证（合同、发票或后台截图，PDF/PNG/JPG）"),
        error_messages={"required": _("请选择文件。")},
    )


class ModerateForm(forms.Form):
    action = forms.ChoiceField(choices=[("publish", _("通过")), ("reject", _("不通过"))])
    reason = forms.ChoiceField(choices=[("", "—"), *RejectReason.choices], required=False)


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("回复"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class InviteForm(forms.Form):
    offering = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=_("备注（如客户名称）"), max_length=60, required=False)
