"""The buyer's side: the request form, its status page, 我的需求 and withdrawing consent."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from xuanyong.catalog.compare import parse_slugs
from xuanyong.catalog.models import Category, Offering
from xuanyong.content.models import Article
from xuanyong.lib.visitor import client_ip, remember_visitor, visitor_id
from xuanyong.security import throttle

from .. import consent, routing, selectors, services
from ..forms import LeadForm, add_service_errors
from ..models import Kind, Lead, Source

MSG_SENT = gettext_lazy("提交成功！服务商通常会在 1 个工作日内与您联系，您可在本页查看进度。")
MSG_STALE = gettext_lazy("表单已失效或内容被改动，请返回原页面重新打开表单后提交。")


@require_http_methods(["GET", "POST"])
def lead_new(request: HttpRequest) -> HttpResponse:
    """GET ?kind=…&offering=<slug> (or category / article / compare / source=home|hotline): the form.

    POST: the form back, with the signed offer it was shown.
    """
    if request.method == "POST":
        offer = _posted_offer(request)
        if offer is None:
            return render(request, "leads/form_stale.html", {"message": MSG_STALE}, status=400)
    else:
        offer = _offer_from_query(request)
    return _form_page(request, offer)


@require_http_methods(["GET", "POST"])
def callback(request: HttpRequest) -> HttpResponse:
    """The hotline's callback form: pick a category to name its vendors, or let the platform match."""
    category: Category | None = None
    if request.method == "POST":
        offer = _posted_offer(request)
        if offer is None:
            return render(request, "leads/form_stale.html", {"message": MSG_STALE}, status=400)
        if offer.category_id is not None:
            category = Category.objects.filter(pk=offer.category_id).first()
    else:
        slug = request.GET.get("category", "")
        category = Category.objects.filter(slug=slug).first() if slug else None
        offer = (
            routing.offer_for_category(category, source=Source.HOTLINE)
            if category is not None
            else routing.offer_for_platform(Source.HOTLINE)
        )
    categories = Category.objects.only("id", "name", "slug", "parent_id")
    return _form_page(
        request, offer, kind=Kind.CALLBACK, extra={"categories": categories, "category": category}
    )


def _posted_offer(request: HttpRequest) -> routing.Offer | None:
    try:
        return routing.Offer.unsign(request.POST.get("offer", ""))
    except signing.BadSignature:
        return None


def _offer_from_query(request: HttpRequest) -> routing.Offer:
    params = request.GET
    if slug := params.get("offering"):
        offering = (
            Offering.objects.published().select_related("vendor").only("id", "name", "slug", "vendor__id", "vendor__name")
            .filter(slug=slug).first()
        )  # fmt: skip
        if offering is None:
            raise Http404("offering")
        return routing.offer_for_offering(offering)
    if slug := params.get("category"):
        return routing.offer_for_category(get_object_or_404(Category, slug=slug))
    if slug := params.get("article"):
        article = Article.objects.published().filter(slug=slug).first()
        if article is None:
            raise Http404("article")
        return routing.offer_for_article(article)
    if raw := params.get("compare"):
        slugs = parse_slugs(raw)[:4]
        by_slug = {
            o.slug: o for o in Offering.objects.published().filter(slug__in=slugs).select_related("vendor")
        }
        return routing.offer_for_compare([by_slug[s] for s in slugs if s in by_slug])
    source = params.get("source", Source.HOME)
    return routing.offer_for_platform(source if source in (Source.HOME, Source.HOTLINE) else Source.HOME)


def _form_page(
    request: HttpRequest,
    offer: routing.Offer,
    kind: str | None = None,
    extra: dict[str, object] | None = None,
) -> HttpResponse:
    candidates = routing.offer_vendors(offer)
    short = offer.source == Source.HOTLINE
    status = 200
    throttled = None
    if request.method == "POST":
        form = LeadForm(request.POST, candidates=candidates, short=short)
        if form.is_valid():
            try:
                return _submit(request, form, offer)
            except throttle.Throttled as exc:
                throttled = exc
                add_service_errors(form, exc)
            except ValidationError as exc:
                add_service_errors(form, exc)
        status = 400
    else:
        requested = kind or request.GET.get("kind", Kind.CONSULT)
        initial = {"kind": requested if requested in Kind.values else Kind.CONSULT, "offer": offer.sign()}
        if request.user.is_authenticated:
            initial["name"] = request.user.display_name
            initial["phone"] = request.user.mobile
        form = LeadForm(initial=initial, candidates=candidates, short=short)
    target = _target_label(offer)
    context = {
        "form": form,
        "offer": offer,
        "candidates": candidates,
        "target": target,
        "consent_text": consent.consent_text(
            vendor_names=[v.name for v in candidates], platform_match=offer.platform_match
        ),
        "consent_version": consent.VERSION,
        **(extra or {}),
    }
    response = render(request, "leads/form.html", context, status=status)
    return remember_visitor(request, throttle.too_many(response, throttled) if throttled else response)


def _submit(request: HttpRequest, form: LeadForm, offer: routing.Offer) -> HttpResponse:
    """Raises the service's ValidationError (a Throttled one when over the rate)."""
    data = form.cleaned_data
    result = services.lead_submit(
        offer=offer,
        data=services.LeadInput(
            kind=data["kind"],
            name=data["name"],
            phone=data["phone"],
            email=data.get("email", ""),
            company=data.get("company", ""),
            company_size=data.get("company_size", ""),
            budget=data.get("budget", ""),
            need=data.get("need", ""),
        ),
        consent_given=data["consent"],
        picks=data.get("picks") or [],
        idempotency_key=data["idem"],
        user=request.user if request.user.is_authenticated else None,
        visitor_id=visitor_id(request),
        ip=client_ip(request),
        request=request,
    )
    messages.success(request, services.MSG_MERGED if result.merged else MSG_SENT)
    return remember_visitor(request, redirect("leads:status", token=result.lead.token))


def _target_label(offer: routing.Offer) -> str:
    if offer.offering_id:
        return str(Offering.objects.filter(pk=offer.offering_id).values_list("name", flat=True).first() or "")
    if offer.article_id:
        return str(Article.objects.filter(pk=offer.article_id).values_list("title", flat=True).first() or "")
    if offer.category_id:
        return str(Category.objects.filter(pk=offer.category_id).values_list("name", flat=True).first() or "")
    return ""


def lead_status(request: HttpRequest, token: str) -> HttpResponse:
    """One request's progress, reached by the link only its buyer was given (and from 我的需求)."""
    lead = selectors.lead_for_token(token)
    if lead is None:
        raise Http404("lead")
    return render(request, "leads/status.html", {"lead": lead})


@require_POST
def lead_withdraw(request: HttpRequest, token: str) -> HttpResponse:
    lead = get_object_or_404(Lead, token=token)
    actor = request.user if request.user.is_authenticated else None
    services.lead_withdraw_consent(lead=lead, actor=actor)
    messages.success(request, _("已撤回授权：您的称呼、手机号等信息已从服务商处删除，服务商不会再看到。"))
    if request.POST.get("next") == "my":
        return redirect("leads:my_leads")
    return redirect("leads:status", token=token)


@login_required
def my_leads(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.buyer_leads(request.user), 20).get_page(request.GET.get("page"))  # type: ignore[arg-type]
    return render(request, "leads/my_leads.html", {"page": page})
