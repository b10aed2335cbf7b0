"""Buyers' pages: an offering's reviews, writing and verifying a review, votes, invites, my reviews."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from xuanyong.catalog.models import Offering
from xuanyong.lib.visitor import client_ip, remember_visitor, visitor_id
from xuanyong.security import throttle

from .. import selectors, services
from ..forms import CodeForm, EmailForm, ProofForm, ReviewForm
from ..models import CompanySize, Industry, Review, ReviewDraft
from . import current_user

INVITE_SESSION_KEY = "reviews_invite"


def _offering(slug: str) -> Offering:
    return get_object_or_404(Offering.objects.published().select_related("vendor"), slug=slug)


def _add_errors(form: Form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            for message in errors:
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)


@require_GET
def offering_reviews(request: HttpRequest, slug: str) -> HttpResponse:
    """The filtered, sorted list; htmx loads it into the cached offering page, or it stands alone."""
    offering = _offering(slug)
    filters = selectors.ReviewFilters.from_query(request.GET)
    page = Paginator(selectors.offering_reviews(offering, filters), selectors.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    reviews = list(page.object_list)
    vid = visitor_id(request)
    context: dict[str, Any] = {
        "offering": offering,
        "reviews": reviews,
        "page": page,
        "filters": filters,
        "sorts": selectors.SORTS,
        "sizes": CompanySize.choices,
        "industries": Industry.choices,
        "levels": selectors.VERIFICATION_FILTERS,
        "voted": selectors.voted_review_ids([r.pk for r in reviews], vid),
        "invited": selectors.invited_reviews(offering) if not filters.verification else [],
        "stale_before": selectors.stale_before(),
    }
    if request.headers.get("HX-Request"):
        response = render(request, "reviews/_list.html", context)
    else:
        context["summary"] = selectors.review_summary(offering.pk)
        response = render(request, "reviews/offering_reviews.html", context)
    return remember_visitor(request, response)


def _initial(user: Any, offering: Offering, review: Review | None) -> dict[str, Any]:
    if review is not None:
        return {name: getattr(review, name) for name in services.EDITABLE_FIELDS}
    draft = ReviewDraft.objects.filter(user=user, offering=offering).first()
    return draft.data if draft else {}


@login_required
@require_http_methods(["GET", "POST"])
def review_write(request: HttpRequest, slug: str) -> HttpResponse:
    """Write a review, or edit one's own: one review per user per offering."""
    offering = _offering(slug)
    user = current_user(request)
    review = Review.objects.filter(user=user, offering=offering).first()
    invite = None
    if review is None and (token := request.session.get(INVITE_SESSION_KEY, {}).get(str(offering.pk))):
        invite = services.invite_for_token(token)
    status = 200
    if request.method == "POST":
        form = ReviewForm(request.POST)
        if form.is_valid():
            try:
                if review is None:
                    review = services.review_create(
                        user=user, offering=offering, data=form.cleaned_data, invite=invite,
                        visitor_id=visitor_id(request), ip=client_ip(request), request=request,
                    )  # fmt: skip
                    request.session.pop(INVITE_SESSION_KEY, None)
                    messages.success(request, _created_message(review))
                else:
                    services.review_update(
                        review=review, user=user, data=form.cleaned_data,
                        visitor_id=visitor_id(request), ip=client_ip(request),
                    )  # fmt: skip
                    messages.success(request, _("评价已更新。") + _status_note(review))
                return redirect("reviews:verify", pk=review.pk)
            except ValidationError as exc:
                _add_errors(form, exc)
        status = 400
    else:
        try:
            services.check_can_review(user, offering)
        except ValidationError as exc:
            return render(
                request,
                "reviews/refused.html",
                {"offering": offering, "message": exc.messages[0]},
                status=403,
            )
        form = ReviewForm(initial=_initial(user, offering, review))
    context = {"offering": offering, "form": form, "review": review, "invite": invite}
    return render(request, "reviews/write.html", context, status=status)


def _status_note(review: Review) -> str:
    if review.status == Review.Status.PUBLISHED:
        return _("已发布。")
    return _("正在审核，验证企业邮箱或上传使用凭证可以加快发布。")


def _created_message(review: Review) -> str:
    return _("感谢您的评价！") + _status_note(review)


@login_required
@require_POST
def review_draft(request: HttpRequest, slug: str) -> HttpResponse:
    """htmx autosave while the reviewer types; the draft is deleted when the review is submitted."""
    offering = _offering(slug)
    try:
        services.review_draft_save(user=current_user(request), offering=offering, data=request.POST.dict())
    except ValidationError as exc:
        return HttpResponse(
            _("草稿未保存：%(errors)s") % {"errors": _("；").join(exc.messages)},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(
        _("草稿已保存 %(time)s") % {"time": f"{timezone.localtime():%H:%M}"},
        content_type="text/plain; charset=utf-8",
    )


def _own_review(request: HttpRequest, pk: int) -> Review:
    review = get_object_or_404(Review.objects.select_related("offering__vendor"), pk=pk)
    if review.user_id != request.user.pk:
        raise Http404("not yours")
    return review


def _verify_page(request: HttpRequest, review: Review, status: int = 200, **forms: Form) -> HttpResponse:
    context = {
        "review": review,
        "email_form": forms.get("email_form") or EmailForm(),
        "code_form": forms.get("code_form") or CodeForm(),
        "proof_form": forms.get("proof_form") or ProofForm(),
        "code_sent": review.email_codes.filter(used_at__isnull=True, expires_at__gt=timezone.now()).exists(),
        "proofs": list(review.proofs.all()),
    }
    return render(request, "reviews/verify.html", context, status=status)


@login_required
@require_GET
def review_verify(request: HttpRequest, pk: int) -> HttpResponse:
    return _verify_page(request, _own_review(request, pk))


def _verify_step(
    request: HttpRequest,
    pk: int,
    form: Form,
    step: Callable[[HttpRequest, Review, dict[str, Any]], str],
    form_key: str,
) -> HttpResponse:
    """One verification form: run the step, then back to the page with its message, or the errors."""
    review = _own_review(request, pk)
    throttled = None
    if form.is_valid():
        try:
            messages.success(request, step(request, review, form.cleaned_data))
            return redirect("reviews:verify", pk=review.pk)
        except ValidationError as exc:
            throttled = exc if isinstance(exc, throttle.Throttled) else None
            _add_errors(form, exc)
    response = _verify_page(request, review, status=400, **{form_key: form})
    return throttle.too_many(response, throttled) if throttled else response


def _send_code(request: HttpRequest, review: Review, data: dict[str, Any]) -> str:
    services.review_email_start(review=review, email=data["email"], ip=client_ip(request))
    return _("验证码已发送，请查收邮件（30 分钟内有效）。")


def _confirm_code(request: HttpRequest, review: Review, data: dict[str, Any]) -> str:
    services.review_email_confirm(review=review, code=data["code"], ip=client_ip(request))
    return _("企业邮箱已验证。") + _status_note(review)


def _upload_proof(request: HttpRequest, review: Review, data: dict[str, Any]) -> str:
    services.proof_upload(review=review, upload=data["file"])
    return _("凭证已上传，运营人员核实后会更新验证等级。凭证不会公开。")


@login_required
@require_POST
def review_email_send(request: HttpRequest, pk: int) -> HttpResponse:
    return _verify_step(request, pk, EmailForm(request.POST), _send_code, "email_form")


@login_required
@require_POST
def review_email_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    return _verify_step(request, pk, CodeForm(request.POST), _confirm_code, "code_form")


@login_required
@require_POST
def review_proof(request: HttpRequest, pk: int) -> HttpResponse:
    return _verify_step(request, pk, ProofForm(request.POST, request.FILES), _upload_proof, "proof_form")


@require_POST
def review_helpful(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_object_or_404(Review.objects.select_related("offering"), pk=pk)
    try:
        counted = services.helpful_vote(
            review=review, visitor_id=visitor_id(request), user=current_user(request), ip=client_ip(request)
        )
    except ValidationError as exc:
        code = exc.code or "refused"
        status = 429 if code == "rate_limited" else 403
        if request.headers.get("HX-Request"):
            return HttpResponse(exc.messages[0], status=status)
        return JsonResponse({"error": {"code": code, "message": exc.messages[0]}}, status=status)
    review.refresh_from_db(fields=["helpful_count"])
    if request.headers.get("HX-Request"):
        response = render(
            request, "reviews/_helpful.html", {"review": review, "voted": True, "counted": counted}
        )
    else:
        messages.success(request, _("感谢反馈。") if counted else _("您已经投过票了。"))
        response = redirect("reviews:offering_reviews", slug=review.offering.slug)
    return remember_visitor(request, response)


@require_GET
def invite_landing(request: HttpRequest, token: str) -> HttpResponse:
    invite = services.invite_for_token(token)
    if invite is None:
        return render(request, "reviews/refused.html", {"message": services.MSG_INVITE}, status=404)
    request.session[INVITE_SESSION_KEY] = {str(invite.offering_id): invite.token}
    messages.info(
        request,
        _("您受 %(name)s 的服务商邀请评价。该评价会标注“受邀评价”，并单独展示。")
        % {"name": invite.offering.name},
    )
    return redirect("reviews:write", slug=invite.offering.slug)


@login_required
@require_GET
def my_reviews(request: HttpRequest) -> HttpResponse:
    reviews = list(selectors.user_reviews(current_user(request)))
    return render(
        request, "reviews/mine.html", {"reviews": reviews, "stale_before": selectors.stale_before()}
    )


@require_GET
def transparency(request: HttpRequest) -> HttpResponse:
    return render(request, "reviews/transparency.html", {"months": selectors.transparency_by_month()})
