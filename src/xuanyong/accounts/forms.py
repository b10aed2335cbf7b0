from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.lib.visitor import client_ip
from xuanyong.security import throttle

from .models import User


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("电子邮箱"),
        max_length=254,
        error_messages={"invalid": gettext_lazy("请输入有效的电子邮箱地址。")},
    )
    display_name = forms.CharField(label=gettext_lazy("昵称"), max_length=40)
    mobile = forms.CharField(label=gettext_lazy("手机号（选填）"), max_length=20, required=False)
    password1 = forms.CharField(label=gettext_lazy("密码"), widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label=gettext_lazy("确认密码"), widget=forms.PasswordInput, strip=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("两次输入的密码不一致。"))
        return data


def typed_email(value: object) -> str:
    """The account a login or reset names, as typed: known or not, it is throttled the same."""
    return str(value or "").strip().lower()[:254]


class ThrottledLoginMixin:
    """Failed logins count per account and per client address; a locked one is refused before the
    password is checked, so even the right password waits. Unknown e-mails count like known ones:
    the answer never tells which accounts exist."""

    request: HttpRequest | None
    data: Any
    throttled: throttle.Throttled | None = None

    def clean(self) -> dict[str, Any]:
        account = typed_email(self.data.get("username"))
        ip = client_ip(self.request) if self.request is not None else None
        try:
            throttle.check("login", account=account, ip=ip)
            try:
                cleaned: dict[str, Any] = super().clean()  # type: ignore[misc]
            except ValidationError as exc:
                if exc.code == "invalid_login":
                    throttle.fail("login", account=account, ip=ip)
                raise
        except throttle.Throttled as exc:
            self.throttled = exc
            raise
        throttle.clear("login", account=account)
        return cleaned


class LoginForm(ThrottledLoginMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": gettext_lazy("邮箱或密码不正确，请重新输入。"),
        "inactive": gettext_lazy("该账号已停用。"),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("电子邮箱")


class AdminLoginForm(ThrottledLoginMixin, AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": gettext_lazy("邮箱或密码不正确，或该账号不是运营后台账号。"),
    }


class ThrottledPasswordResetForm(PasswordResetForm):
    """Reset mails count per typed address and per client address, whether the account exists."""

    throttled: throttle.Throttled | None = None

    def __init__(self, *args: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        ip = client_ip(self.request) if self.request is not None else None
        try:
            throttle.hit("password_reset", account=typed_email(cleaned.get("email")), ip=ip)
        except throttle.Throttled as exc:
            self.throttled = exc
            raise
        return cleaned

    def send_mail(self, *args: Any, **kwargs: Any) -> None:
        # In the account's language, not the language of the page that asked for it.
        context = kwargs["context"] if "context" in kwargs else args[2]
        with translation.override(context["user"].language):
            super().send_mail(*args, **kwargs)


class LanguageForm(forms.ModelForm):
    """The language of the e-mails an account receives."""

    class Meta:
        model = User
        fields = ["language"]
