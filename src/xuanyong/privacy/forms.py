from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("当前登录密码"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("请输入当前登录密码。")},
    )  # fmt: skip
    understood = forms.BooleanField(
        label=_("我已了解：账号注销后无法恢复，我的需求中的联系方式将被删除。"),
        error_messages={"required": _("请勾选确认后再注销账号。")},
    )
