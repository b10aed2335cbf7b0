"""The compare page and the compare tray."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from .. import tray
from ..compare import MAX_COMPARE, MIN_COMPARE, build_table, parse_slugs
from ..models import Attribute, Offering


@require_GET
def compare(request: HttpRequest) -> HttpResponse:
    requested = parse_slugs(request.GET.get("o", ""))
    if not requested and (picks := tray.tray_slugs(request)):
        return redirect(f"{request.path}?o={','.join(picks)}")
    notices = []
    if len(requested) > MAX_COMPARE:
        notices.append(f"一次最多对比 {MAX_COMPARE} 款产品，已保留前 {MAX_COMPARE} 款。")
        requested = requested[:MAX_COMPARE]
    found = {
        o.slug: o
        for o in Offering.objects.published()
        .filter(slug__in=requested)
        .select_related("vendor", "primary_category")
    }
    offerings = [found[s] for s in requested if s in found]
    if missing := len(requested) - len(offerings):
        notices.append(f"有 {missing} 款产品不存在或已下架，已从对比中移除。")
    context: dict[str, object] = {"offerings": offerings, "notices": notices}
    if len(offerings) >= MIN_COMPARE:
        category_ids = {o.primary_category_id for o in offerings}
        attributes: dict[int, list[Attribute]] = {cid: [] for cid in category_ids}
        for attr in Attribute.objects.filter(category_id__in=category_ids):
            attributes[attr.category_id].append(attr)
        context["table"] = build_table(offerings, attributes)
        context["share_url"] = request.build_absolute_uri(
            f"{request.path}?o={','.join(o.slug for o in offerings)}"
        )
    status = 200 if offerings or not requested else 404
    return render(request, "catalog/compare.html", context, status=status)


@require_POST
def tray_update(request: HttpRequest) -> HttpResponse:
    action = request.POST.get("action", "add")
    slug = request.POST.get("slug", "")[:100]
    message = ""
    if action == "clear":
        tray.tray_clear(request)
    elif action == "remove":
        tray.tray_remove(request, slug)
    else:
        offering = Offering.objects.published().filter(slug=slug).only("id", "name", "slug").first()
        message = tray.tray_add(request, offering) if offering else "该产品不存在或已下架。"
    if request.headers.get("HX-Request"):
        return render(request, "catalog/_compare_tray.html", {"tray_message": message})
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "/"
    return redirect(back)
