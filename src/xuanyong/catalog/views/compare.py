"""The compare page and the compare tray."""

from __future__ import annotations

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from xuanyong.lib.pagecache import cache_page
from xuanyong.lib.versions import cache_fill
from xuanyong.web.selectors import site_settings

from .. import fragments, tray
from ..compare import MAX_COMPARE, MIN_COMPARE, build_table, parse_slugs
from ..credentials import offering_credentials
from ..models import Attribute, Offering
from ..selectors import catalog_version

CACHE_SECONDS = 600


@cache_page
@require_GET
def compare(request: HttpRequest) -> HttpResponse:
    requested = parse_slugs(request.GET.get("o", ""))
    if not requested and (picks := tray.tray_slugs(request)):
        return redirect(f"{request.path}?o={','.join(picks)}")
    notices = []
    if len(requested) > MAX_COMPARE:
        notices.append(
            _("一次最多对比 %(max_compare)s 款产品，已保留前 %(max_compare)s 款。")
            % {"max_compare": MAX_COMPARE}
        )
        requested = requested[:MAX_COMPARE]
    found = {
        o.slug: o
        for o in Offering.objects.published()
        .filter(slug__in=requested)
        .select_related("primary_category")
        .only(
            "id", "slug", "name", "primary_category__id", "primary_category__slug", "primary_category__name"
        )
        .order_by()
    }
    offerings = [found[s] for s in requested if s in found]
    if missing := len(requested) - len(offerings):
        notices.append(_("有 %(missing)s 款产品不存在或已下架，已从对比中移除。") % {"missing": missing})
    context: dict[str, object] = {"offerings": offerings, "notices": notices, "site": site_settings()}
    if len(offerings) >= MIN_COMPARE:
        context["table"] = fragments.fill(_table([o.pk for o in offerings]), request)
        context["share_url"] = request.build_absolute_uri(
            f"{request.path}?o={','.join(o.slug for o in offerings)}"
        )
    status = 200 if offerings or not requested else 404
    return render(request, "catalog/compare.html", context, status=status)


def _table(offering_ids: list[int]) -> list[str]:
    """The comparison of these offerings, in this order, rendered once per catalog version."""
    key = f"catalog:compare:{catalog_version()}:{get_language()}:{'-'.join(map(str, offering_ids))}"
    parts: list[str] | None = cache.get(key)
    if parts is None:
        by_id = Offering.objects.select_related("vendor", "primary_category").in_bulk(offering_ids)
        offerings = [by_id[pk] for pk in offering_ids if pk in by_id]
        category_ids = {o.primary_category_id for o in offerings}
        attributes: dict[int, list[Attribute]] = {cid: [] for cid in category_ids}
        for attr in Attribute.objects.filter(category_id__in=category_ids):
            attributes[attr.category_id].append(attr)
        table = build_table(offerings, attributes, offering_credentials(offerings))
        parts = fragments.render_shared("catalog/_compare_table.html", {"table": table})
        cache_fill(key, parts, CACHE_SECONDS)
    return parts


@require_POST
def tray_update(request: HttpRequest) -> HttpResponse:
    action = request.POST.get("action", "add")
    slug = request.POST.get("slug", "")[:100]
    message = ""
    if action not in ("add", "remove", "clear"):
        return HttpResponseBadRequest(_("无效的对比操作。"), content_type="text/plain; charset=utf-8")
    if action == "clear":
        tray.tray_clear(request)
    elif action == "remove":
        tray.tray_remove(request, slug)
    else:
        offering = Offering.objects.published().filter(slug=slug).only("id", "name", "slug").first()
        message = tray.tray_add(request, offering) if offering else _("该产品不存在或已下架。")
    if request.headers.get("HX-Request"):
        return render(request, "catalog/_compare_tray.html", {"tray_message": message})
    if message:
        messages.info(request, message)
    back = request.POST.get("next", "")
    if not back.startswith("/") or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}
    ):
        back = "/"
    return HttpResponseRedirect(back)
