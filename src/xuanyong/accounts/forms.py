from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm


class SignupForm(forms.Form):
    email = forms.EmailField(
        label="电子邮箱", max_length=254, error_messages={"invalid": "请输入有效的电子邮箱地址。"}
    )
    display_name = forms.CharField(label="昵称", max_length=40)
    mobile = forms.CharField(label="手机号（选填）", max_length=20, required=False)
    password1 = forms.CharField(label="密码", widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label="确认密码", widget=forms.PasswordInput, strip=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", "两次输入的密码不一致。")
        return data


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "邮箱或密码不正确，请重新输入。",
        "inactive": "该账号已停用。",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "电子邮箱"
