"""Public endpoints: share links and the CTA click beacon."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .. import services, tracking


@require_GET
def share_link(request: HttpRequest, code: str) -> HttpResponse:
    """``/s/<code>``: remember the channel and land on its page; unknown codes go home quietly."""
    channel = services.share_link_channel(code)
    if channel is None:
        return HttpResponseRedirect("/")
    response = HttpResponseRedirect(services.share_link_target(channel))
    if tracking.is_trackable(request):
        tracking.touch_channel(request, response, channel.pk)
    return response


@require_POST
def cta_click(request: HttpRequest) -> HttpResponse:
    """The beacon ``analytics.js`` sends when a ``data-cta`` element is clicked (CSRF-checked)."""
    try:
        services.cta_record(
            request=request,
            cta=request.POST.get("cta", ""),
            source=request.POST.get("source", ""),
            path=request.POST.get("path", ""),
        )
    except ValidationError as exc:
        return JsonResponse(
            {"error": {"code": exc.code or "invalid", "message": exc.messages[0]}}, status=400
        )
    return HttpResponse(status=204)
