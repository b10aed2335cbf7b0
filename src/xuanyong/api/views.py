"""The vendor portal's 接口令牌 page: members create tokens (shown once) and revoke them."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from xuanyong.leads.forms import add_service_errors
from xuanyong.portal.access import vendor_of, vendor_required

from .models import ApiToken, Scope
from .tokens import token_create, token_revoke

SHOWN_ONCE = "api_token_secret"  # session key: the new token, popped by the next page view


class TokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("名称"), max_length=60, help_text=gettext_lazy("用途，如“CRM 同步”")
    )
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("权限"),
        choices=Scope.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=[Scope.LEADS_READ],
    )


@vendor_required
def token_list(request: HttpRequest) -> HttpResponse:
    vendor = vendor_of(request)
    status = 200
    form = TokenForm()
    if request.method == "POST":
        form = TokenForm(request.POST)
        if form.is_valid():
            try:
                issued = token_create(
                    vendor=vendor, name=form.cleaned_data["name"], scopes=form.cleaned_data["scopes"],
                    created_by=request.user,  # type: ignore[arg-type]
                )  # fmt: skip
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                request.session[SHOWN_ONCE] = issued.secret
                messages.success(request, _("令牌已创建。请立即复制保存：离开本页后将无法再次查看。"))
                return redirect("api_tokens:list")
        status = 400
    context = {
        "form": form,
        "tokens": ApiToken.objects.filter(vendor=vendor).select_related("created_by"),
        "new_secret": request.session.pop(SHOWN_ONCE, None),
    }
    return render(request, "api/tokens.html", context, status=status)


@require_POST
@vendor_required
def token_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, vendor=vendor_of(request))
    token_revoke(token=token)
    messages.success(request, _("令牌“%(name)s”已吊销，使用它的请求将立即被拒绝。") % {"name": token.name})
    return redirect("api_tokens:list")
