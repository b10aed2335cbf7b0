from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from xuanyong.lib.visitor import client_ip
from xuanyong.security import throttle

from .forms import LoginForm, SignupForm, ThrottledPasswordResetForm
from .services import user_signup


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        try:
            throttle.hit("signup", ip=client_ip(request))
        except throttle.Throttled as exc:
            form.is_valid()
            form.add_error(None, exc)
            return throttle.too_many(render(request, "accounts/signup.html", {"form": form}), exc)
    if request.method == "POST" and form.is_valid():
        try:
            user = user_signup(
                email=form.cleaned_data["email"],
                display_name=form.cleaned_data["display_name"],
                password=form.cleaned_data["password1"],
                mobile=form.cleaned_data["mobile"],
            )
        except ValidationError as exc:
            _attach_errors(form, exc)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f"欢迎加入选用，{user.display_name}！")
            return redirect("web:home")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/signup.html", {"form": form}, status=status)


def _attach_errors(form: SignupForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            target = {"mobile": "mobile", "email": "email", "display_name": "display_name"}.get(field)
            for message in errors:
                form.add_error(target, message)
    else:  # password validators raise a plain list
        for message in exc.messages:
            form.add_error("password1", message)


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm

    def form_invalid(self, form: Any) -> HttpResponse:
        response = super().form_invalid(form)
        return throttle.too_many(response, form.throttled) if form.throttled else response


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ThrottledPasswordResetForm

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "request": self.request}

    def form_invalid(self, form: Any) -> HttpResponse:
        response = super().form_invalid(form)
        return throttle.too_many(response, form.throttled) if form.throttled else response
