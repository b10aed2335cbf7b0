"""Telling vendors about a lead: e-mail to its members and an optional signed webhook.

One ``Notification`` row per (lead, vendor, channel), created in the lead's transaction, so a
lead is never saved without its notifications nor notified twice by a retry. Delivery happens
after commit (a Celery task, in-process without a broker) and never raises: a failure is
recorded on the row and retried with exponential backoff by ``notifications_retry_due``
(beat, every minute). A worker claims a row by moving its ``next_attempt_at`` forward (a lease,
``LEADS_NOTIFY_LEASE_SECONDS``) in one conditional UPDATE, so two workers never send the same row
at once, and no lock is held while talking to the mail server or the webhook. A crash between
sending and recording means the row is sent again after the lease: delivery is at least once, and
every attempt carries the same ``X-Xuanyong-Delivery`` id for the receiver to drop a repeat.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from xuanyong.accounts.models import VendorMembership
from xuanyong.catalog.models import Vendor
from xuanyong.lib.mail import addresses_by_language, mail_render

from .models import Channel, Lead, LeadRoute, Notification, WebhookDelivery, WebhookEndpoint
from .signals import notifications_queued

logger = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Xuanyong-Signature"
TIMESTAMP_HEADER = "X-Xuanyong-Timestamp"


class DeliveryError(Exception):
    pass


class _Moot(DeliveryError):
    """The message must not go out any more (consent withdrawn, lead reassigned): no retry."""


def notifications_queue(lead: Lead, vendors: Iterable[Vendor]) -> None:
    """Create the lead's notification rows (inside its write) and send them after commit."""
    vendor_ids = [v.pk for v in vendors]
    with_members = set(
        VendorMembership.objects.filter(vendor_id__in=vendor_ids).values_list("vendor_id", flat=True)
    )
    with_webhook = set(
        WebhookEndpoint.objects.filter(vendor_id__in=vendor_ids, active=True).values_list(
            "vendor_id", flat=True
        )
    )
    now = timezone.now()
    rows = [
        Notification(lead=lead, vendor_id=pk, channel=Channel.EMAIL, next_attempt_at=now)
        for pk in vendor_ids
        if pk in with_members
    ]
    rows += [
        Notification(lead=lead, vendor_id=pk, channel=Channel.WEBHOOK, next_attempt_at=now)
        for pk in vendor_ids
        if pk in with_webhook
    ]
    if rows:
        Notification.objects.bulk_create(rows, ignore_conflicts=True)
        lead_id = lead.pk
        transaction.on_commit(lambda: _enqueue(lead_id))


def _enqueue(lead_id: int) -> None:
    notifications_queued.send(sender=Notification, lead_id=lead_id)


def deliver_due(*, lead_id: int | None = None, limit: int = 200) -> int:
    """Send pending notifications that are due; return how many were sent."""
    due = Notification.objects.filter(state=Notification.State.PENDING, next_attempt_at__lte=timezone.now())
    if lead_id is not None:
        due = due.filter(lead_id=lead_id)
    sent = 0
    for pk in due.order_by("next_attempt_at").values_list("pk", flat=True)[:limit]:
        sent += notification_deliver(pk)
    return sent


def notification_deliver(notification_id: int) -> bool:
    """Claim, send and record one notification. Never raises; True when it went out."""
    now = timezone.now()
    claimed = Notification.objects.filter(
        Q(next_attempt_at__lte=now) | Q(next_attempt_at__isnull=True),
        pk=notification_id,
        state=Notification.State.PENDING,
    ).update(next_attempt_at=now + dt.timedelta(seconds=settings.LEADS_NOTIFY_LEASE_SECONDS))
    if not claimed:
        return False
    notification = Notification.objects.select_related("lead", "vendor").get(pk=notification_id)
    attempt = notification.attempts + 1
    try:
        if notification.lead.erased:
            raise _Moot("采购者已撤回授权")
        # A retry after an operator dropped this vendor must not hand it the buyer's data.
        if not LeadRoute.objects.filter(
            lead_id=notification.lead_id, vendor_id=notification.vendor_id, active=True
        ).exists():
            raise _Moot("线索已改派给其他服务商")
        if notification.channel == Channel.EMAIL:
            _send_email(notification)
        else:
            _send_webhook(notification, attempt)
    except Exception as exc:  # any failure is recorded and retried; the lead itself is safe
        _record_failure(notification, attempt, exc)
        return False
    Notification.objects.filter(pk=notification_id).update(
        state=Notification.State.SENT,
        attempts=attempt,
        sent_at=timezone.now(),
        last_error="",
        next_attempt_at=None,
    )
    return True


def _record_failure(notification: Notification, attempt: int, exc: Exception) -> None:
    error = f"{type(exc).__name__}: {exc}"[:300]
    gave_up = attempt >= settings.LEADS_NOTIFY_MAX_ATTEMPTS or isinstance(exc, _Moot)
    delay = settings.LEADS_NOTIFY_RETRY_SECONDS * 2 ** (attempt - 1)
    Notification.objects.filter(pk=notification.pk).update(
        attempts=attempt,
        last_error=error,
        state=Notification.State.FAILED if gave_up else Notification.State.PENDING,
        next_attempt_at=None if gave_up else timezone.now() + dt.timedelta(seconds=delay),
    )
    logger.warning("lead notification %s failed (attempt %s): %s", notification.pk, attempt, error)


def _portal_url(notification: Notification) -> str:
    return settings.SITE_URL + reverse("portal:leads")


def _send_email(notification: Notification) -> None:
    members = list(
        VendorMembership.objects.filter(vendor_id=notification.vendor_id, user__is_active=True).values_list(
            "user__email", "user__language"
        )
    )
    if not members:
        raise DeliveryError("服务商暂无可接收邮件的成员")
    lead = notification.lead
    # One message per language the members chose (a failed send retries them all, as before).
    for language, recipients in addresses_by_language(members).items():
        with translation.override(language):
            context = {
                "lead": lead, "vendor": notification.vendor, "portal_url": _portal_url(notification),
                "site_name": _(settings.XUANYONG_SITE_NAME),
            }  # fmt: skip
            subject, body = mail_render("leads/email_new_lead", context)
        EmailMessage(subject=subject, body=body, to=recipients).send(fail_silently=False)


def webhook_payload(lead: Lead, vendor: Vendor, portal_url: str) -> dict[str, object]:
    return {
        "event": "lead.created",
        "lead": {
            "id": lead.pk,
            "kind": lead.kind,
            "kind_label": lead.get_kind_display(),
            "source": lead.source,
            "offering": {"id": lead.offering_id, "name": str(lead.offering)} if lead.offering_id else None,
            "category": {"id": lead.category_id, "name": str(lead.category)} if lead.category_id else None,
            "name": lead.name,
            "phone": lead.phone,
            "email": lead.email,
            "company": lead.company,
            "company_size": lead.company_size,
            "budget": lead.budget,
            "need": lead.need,
            "created_at": lead.created_at.isoformat(),
        },
        "vendor": {"id": vendor.pk, "name": vendor.name},
        "portal_url": portal_url,
    }


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over ``timestamp + "." + body``, hex, prefixed ``sha256=``."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def _send_webhook(notification: Notification, attempt: int) -> None:
    endpoint = WebhookEndpoint.objects.filter(vendor_id=notification.vendor_id, active=True).first()
    if endpoint is None:
        raise DeliveryError("Webhook 已停用")
    # Machine-facing: the same labels and URL whichever page's submission sent it.
    with translation.override(settings.LANGUAGE_CODE):
        payload = webhook_payload(notification.lead, notification.vendor, _portal_url(notification))
    body = json.dumps(payload, ensure_ascii=False).encode()
    timestamp = str(int(time.time()))
    request = urllib.request.Request(
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "Xuanyong-Webhook/1",
            "X-Xuanyong-Event": "lead.created",
            "X-Xuanyong-Delivery": str(notification.pk),
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: sign(endpoint.secret, timestamp, body),
        },
    )
    started = time.monotonic()
    status: int | None = None
    error = ""
    try:
        check_webhook_host(endpoint.url)
        with _webhook_opener().open(request, timeout=settings.LEADS_WEBHOOK_TIMEOUT) as response:
            status = int(response.status)
    except urllib.error.HTTPError as exc:
        status, error = exc.code, f"HTTP {exc.code}"
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"[:300]
    ok = status is not None and 200 <= status < 300
    WebhookDelivery.objects.create(
        notification=notification, vendor_id=notification.vendor_id, url=endpoint.url[:300], attempt=attempt,
        status_code=status, ok=ok, error=error, duration_ms=int((time.monotonic() - started) * 1000),
    )  # fmt: skip
    if not ok:
        raise DeliveryError(error or f"HTTP {status}")


def _check_address(host: str) -> None:
    if not ipaddress.ip_address(host).is_global:
        raise DeliveryError(_("Webhook 地址不能指向内网或本机"))


def _guarded_connection(
    address: tuple[str, int], timeout: float | None = None, source_address: object = None
) -> socket.socket:
    """Connect, then check the address actually connected to: a DNS answer that changed since
    ``check_webhook_host`` (rebinding) cannot reach our network."""
    sock = socket.create_connection(address, timeout, source_address)  # type: ignore[arg-type]
    try:
        _check_address(sock.getpeername()[0])
    except DeliveryError:
        sock.close()
        raise
    return sock


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_connection


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_connection


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_GuardedHTTPConnection, req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_GuardedHTTPSConnection, req, context=self._context)  # type: ignore[attr-defined]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A 3xx is an answer, not an instruction: following it would send a request to wherever the
    endpoint points, inside our network included (urllib turns a redirected POST into a GET)."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _webhook_opener() -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
    # Behind an egress proxy (HTTP(S)_PROXY) the socket goes to the proxy, often a private address,
    # and the proxy resolves the name: only the check before sending applies then.
    if not settings.LEADS_WEBHOOK_ALLOW_PRIVATE and not urllib.request.getproxies():
        handlers += [_GuardedHTTPHandler(), _GuardedHTTPSHandler()]
    return urllib.request.build_opener(*handlers)


def check_webhook_host(url: str) -> None:
    """Refuse addresses inside our network (SSRF) unless LEADS_WEBHOOK_ALLOW_PRIVATE is on."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryError(_("Webhook 地址须以 http:// 或 https:// 开头"))
    if settings.LEADS_WEBHOOK_ALLOW_PRIVATE:
        return
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP):
        _check_address(str(info[4][0]))
