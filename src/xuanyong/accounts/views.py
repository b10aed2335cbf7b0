from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from xuanyong.lib.visitor import client_ip
from xuanyong.security import throttle

from .forms import LanguageForm, LoginForm, SignupForm, ThrottledPasswordResetForm
from .services import user_language_set, user_signup


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
                language=get_language(),  # /en/accounts/signup/ makes an English account
            )
        except ValidationError as exc:
            _attach_errors(form, exc)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("欢迎加入选用，%(name)s！") % {"name": user.display_name})
            return redirect("web:home")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/signup.html", {"form": form}, status=status)


@login_required
@require_POST
def language(request: HttpRequest) -> HttpResponse:
    """The language of the account's e-mails (the form is on the privacy page)."""
    form = LanguageForm(request.POST)
    if not form.is_valid():
        return render(request, "400.html", status=400)
    user_language_set(user=request.user, language=form.cleaned_data["language"])  # type: ignore[arg-type]
    return redirect("privacy:mine")


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

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        # Django's LoginView adds django.contrib.sites' `site` and `site_name`, which would hide
        # the site settings the page header reads (hotline, slogan) and put the host in <title>.
        context = super().get_context_data(**kwargs)
        context.pop("site", None)
        context.pop("site_name", None)
        return context

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
