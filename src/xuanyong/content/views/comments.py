"""Posting a comment from the article page."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from xuanyong.lib.visitor import client_ip, remember_visitor, visitor_id
from xuanyong.security import throttle
from xuanyong.security.inputs import object_id

from .. import selectors
from ..comments import MSG_PARENT, comment_create
from ..forms import CommentForm, add_service_errors
from ..models import Comment
from .articles import render_article


@require_POST
def comment_post(request: HttpRequest, slug: str) -> HttpResponse:
    article = selectors.article_by_slug(slug)
    if article is None or article.is_hidden:
        raise Http404("no such article")
    form = CommentForm(request.POST)
    throttled = None
    if form.is_valid():
        data = form.cleaned_data
        parent = None
        if data["parent"] is not None:
            parent_id = object_id(data["parent"])
            parent = Comment.objects.filter(pk=parent_id, article=article).first() if parent_id else None
        try:
            if data["parent"] is not None and parent is None:
                raise ValidationError(MSG_PARENT, code="parent")
            comment = comment_create(
                article=article, body=data["body"], guest_name=data["guest_name"], parent=parent,
                user=request.user if request.user.is_authenticated else None,
                visitor_id=visitor_id(request), ip=client_ip(request),
            )  # fmt: skip
        except throttle.Throttled as error:
            throttled = error
            add_service_errors(form, error)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if comment.status == Comment.Status.APPROVED:
                messages.success(request, _("评论已发布。"))
            else:
                messages.info(request, _("评论已提交，审核通过后将显示。"))
            return remember_visitor(request, redirect(f"{article.get_absolute_url()}#comments"))
    page = render_article(request, article, comment_form=form, status=400)
    return remember_visitor(request, throttle.too_many(page, throttled) if throttled else page)
