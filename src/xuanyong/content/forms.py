"""Forms parse and render; the rules (and their Chinese messages) live in the services."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_CHARS, TakedownRequest


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("评论"),
        required=False,
        widget=forms.Textarea(
            attrs={"rows": 4, "maxlength": COMMENT_MAX_CHARS, "placeholder": _("说说你的看法")}
        ),
    )
    guest_name = forms.CharField(label=_("昵称"), required=False, max_length=40)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class TakedownForm(forms.Form):
    claimant = forms.CharField(label=_("投诉人（权利人或代理人）"), max_length=60)
    contact = forms.CharField(
        label=_("联系方式"), max_length=100, help_text=_("电话或电子邮箱，仅用于处理本投诉")
    )
    right = forms.ChoiceField(label=_("主张的权利"), choices=TakedownRequest.Right.choices)
    evidence = forms.CharField(
        label=_("证据说明"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("请说明权利归属、被侵权的具体内容及位置"),
    )  # fmt: skip
    evidence_file = forms.FileField(
        label=_("证据文件（选填）"), required=False, help_text=_("PDF、图片、Word、TXT 或 ZIP，不超过 10 MB")
    )
    good_faith = forms.BooleanField(
        label=_("我善意地相信上述内容属实，且被投诉内容未经权利人授权使用；如有不实，愿承担相应法律责任。"),
        error_messages={"required": _("请确认善意声明后再提交。")},
    )


class ArticleImportForm(forms.Form):
    file = forms.FileField(label=_("保存的网页（.html）"))
    source_url = forms.URLField(label=_("原文链接（选填）"), required=False, assume_scheme="https")


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Attach a service's ValidationError to the form: per field where the form has one."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)
