"""The public 侵权投诉 form of an article."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from xuanyong.lib.visitor import client_ip

from ..forms import TakedownForm, add_service_errors
from ..models import Article, TakedownRequest
from ..takedowns import takedown_create

SESSION_KEY = "content:takedown-sent"


def _article(slug: str) -> Article:
    # Hidden articles still take claims: a second rights holder may write while one is pending.
    article = Article.objects.filter(
        status=Article.Status.PUBLISHED, published_at__lte=timezone.now(), slug=slug
    ).first()
    if article is None:
        raise Http404("no such article")
    return article


def takedown_form(request: HttpRequest, slug: str) -> HttpResponse:
    article = _article(slug)
    form = TakedownForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            claim = takedown_create(article=article, ip=client_ip(request), **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            request.session[SESSION_KEY] = claim.pk
            return redirect("content:takedown_sent", slug=article.slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "content/takedown_form.html", {"article": article, "form": form}, status=status)


def takedown_sent(request: HttpRequest, slug: str) -> HttpResponse:
    article = _article(slug)
    claim_id = request.session.get(SESSION_KEY)
    claim = TakedownRequest.objects.filter(pk=claim_id, article=article).first() if claim_id else None
    if claim is None:
        return redirect("content:takedown", slug=article.slug)
    return render(request, "content/takedown_sent.html", {"article": article, "claim": claim})
