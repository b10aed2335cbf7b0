"""Notifications: e-mail and signed webhooks, retried with backoff; a failure never loses the lead."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar
from unittest import mock

from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from xuanyong.leads.models import Lead, Notification, WebhookDelivery, WebhookEndpoint
from xuanyong.leads.services import lead_reassign
from xuanyong.leads.tasks import notifications_retry_due

from ..base import PASSWORD, PersonasTestCase
from .helpers import catalog_for, category_url, lead_data, quote_url


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Receiver(BaseHTTPRequestHandler):
    """A vendor's endpoint: answers with the next queued status, records what it got."""

    statuses: ClassVar[list[int]] = []
    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.received.append((dict(self.headers), body))
        self.send_response(Receiver.statuses.pop(0) if Receiver.statuses else 200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


class NotificationTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, _ = catalog_for(cls.vendor_a, cls.vendor_b)

    def submit(self, phone: str = "13800138000") -> Lead:
        url = quote_url(self.offering)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, lead_data(self.client, url, phone=phone))
        self.assertEqual(response.status_code, 302)
        return Lead.objects.latest("id")

    def due_now(self) -> None:
        """Let the backoff run out without waiting for it."""
        Notification.objects.filter(state="pending").update(
            next_attempt_at=timezone.now() - dt.timedelta(seconds=1)
        )

    def test_failing_mail_server_keeps_the_lead_and_retries_later_once(self) -> None:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=closed_port(), EMAIL_TIMEOUT=2,
        ):  # fmt: skip
            lead = self.submit()
            notification = Notification.objects.get(lead=lead)
            self.assertEqual((notification.state, notification.attempts), ("pending", 1))
            self.assertIn("ConnectionRefusedError", notification.last_error)
            self.assertGreater(notification.next_attempt_at, timezone.now() + dt.timedelta(seconds=50))
            self.assertEqual(notifications_retry_due(), 0)  # not due yet: nothing is tried
            self.due_now()
            notifications_retry_due()
            notification.refresh_from_db()
            self.assertEqual(notification.attempts, 2)
            # The second failure waits twice as long.
            wait = notification.next_attempt_at - timezone.now()
            self.assertGreater(wait, dt.timedelta(seconds=110))
        self.assertEqual(Lead.objects.count(), 1)
        self.due_now()
        self.assertEqual(notifications_retry_due(), 1)
        self.assertEqual(notifications_retry_due(), 0)
        self.assertEqual(len(mail.outbox), 1)
        notification.refresh_from_db()
        self.assertEqual((notification.state, notification.attempts), ("sent", 3))

    @override_settings(LEADS_NOTIFY_MAX_ATTEMPTS=2, EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                       EMAIL_HOST="127.0.0.1", EMAIL_TIMEOUT=2)  # fmt: skip
    def test_gives_up_after_the_last_attempt(self) -> None:
        with self.settings(EMAIL_PORT=closed_port()):
            lead = self.submit()
            self.due_now()
            notifications_retry_due()
        notification = Notification.objects.get(lead=lead)
        self.assertEqual(
            (notification.state, notification.attempts, notification.next_attempt_at), ("failed", 2, None)
        )

    def test_a_vendor_dropped_by_reassignment_is_not_sent_the_lead_on_retry(self) -> None:
        url = category_url(self.category)
        failing_smtp = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=closed_port(), EMAIL_TIMEOUT=2,
        )  # fmt: skip
        with failing_smtp, self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, lead_data(self.client, url))
        lead = Lead.objects.get()
        self.assertEqual(Notification.objects.filter(lead=lead, state="pending").count(), 2)
        lead_reassign(lead=lead, vendor_ids=[self.vendor_b.pk], actor=self.editor)
        self.due_now()
        notifications_retry_due()
        self.assertEqual([m.to for m in mail.outbox], [[self.vendor_b_member.email]])
        dropped = Notification.objects.get(lead=lead, vendor=self.vendor_a)
        self.assertEqual((dropped.state, dropped.next_attempt_at), ("failed", None))
        self.assertIn("改派", dropped.last_error)


@override_settings(LEADS_WEBHOOK_ALLOW_PRIVATE=True)
class WebhookTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, _ = catalog_for(cls.vendor_a, cls.vendor_b)

    def setUp(self) -> None:
        Receiver.statuses = []
        Receiver.received = []
        self.server = HTTPServer(("127.0.0.1", 0), Receiver)
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/xuanyong"

    def set_up_webhook(self) -> WebhookEndpoint:
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        response = self.client.post(reverse("portal:webhook"), {"url": self.url, "active": "on"})
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        return WebhookEndpoint.objects.get(vendor=self.vendor_a)

    def test_signed_json_reaches_the_vendor_and_failures_are_retried_and_logged(self) -> None:
        endpoint = self.set_up_webhook()
        Receiver.statuses = [500]
        url = quote_url(self.offering)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, lead_data(self.client, url))
        lead = Lead.objects.get()
        hook = Notification.objects.get(lead=lead, channel="webhook")
        self.assertEqual((hook.state, hook.attempts), ("pending", 1))
        Notification.objects.filter(pk=hook.pk).update(next_attempt_at=timezone.now())
        notifications_retry_due()
        hook.refresh_from_db()
        self.assertEqual(hook.state, "sent")
        self.assertEqual(len(Receiver.received), 2)
        headers, body = Receiver.received[-1]
        payload = json.loads(body)
        self.assertEqual(payload["event"], "lead.created")
        self.assertEqual(payload["lead"]["phone"], "+8613800138000")
        self.assertEqual(payload["lead"]["offering"]["name"], "甲收银")
        timestamp = headers["X-Xuanyong-Timestamp"]
        expected = hmac.new(
            endpoint.secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256
        ).hexdigest()
        self.assertEqual(headers["X-Xuanyong-Signature"], f"sha256={expected}")
        self.assertEqual(list(WebhookDelivery.objects.order_by("id").values_list("attempt", "status_code", "ok")),
                         [(1, 500, False), (2, 200, True)])  # fmt: skip
        # The vendor sees the delivery log; the other vendor sees none of it.
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        log = self.client.get(reverse("portal:webhook"))
        self.assertContains(log, "失败（500）")
        self.assertContains(log, "成功（200）")
        self.client.login(email=self.vendor_b_member.email, password=PASSWORD)
        self.assertNotContains(self.client.get(reverse("portal:webhook")), "hooks/xuanyong")

    @override_settings(LEADS_WEBHOOK_ALLOW_PRIVATE=False)
    def test_private_addresses_are_refused(self) -> None:
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        response = self.client.post(reverse("portal:webhook"), {"url": self.url, "active": "on"})
        self.assertContains(response, "Webhook 地址不能指向内网或本机", status_code=400)
        self.assertFalse(WebhookEndpoint.objects.exists())


class Redirector(BaseHTTPRequestHandler):
    """An endpoint that answers a POST with a redirect into "our network" (here: its own /internal)."""

    gets: ClassVar[list[str]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(302)
        self.send_header("Location", "/internal/metadata")
        self.end_headers()

    def do_GET(self) -> None:
        Redirector.gets.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@override_settings(LEADS_WEBHOOK_ALLOW_PRIVATE=True)
class WebhookSsrfTests(PersonasTestCase):
    """The webhook reaches only the address checked: no redirects, no DNS answer changed since."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, _ = catalog_for(cls.vendor_a, cls.vendor_b)

    def serve(self, handler: type[BaseHTTPRequestHandler]) -> str:
        server = HTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        return f"http://127.0.0.1:{server.server_port}/hook"

    def submit_lead(self, url: str) -> Notification:
        WebhookEndpoint.objects.create(vendor=self.vendor_a, url=url)
        form_url = quote_url(self.offering)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(form_url, lead_data(self.client, form_url))
        return Notification.objects.get(channel="webhook")

    def test_a_redirect_is_not_followed(self) -> None:
        Redirector.gets = []
        hook = self.submit_lead(self.serve(Redirector))
        self.assertEqual(Redirector.gets, [])
        hook.refresh_from_db()
        self.assertEqual((hook.state, hook.attempts), ("pending", 1))
        delivery = WebhookDelivery.objects.get()
        self.assertEqual((delivery.status_code, delivery.ok), (302, False))

    def test_an_address_that_turned_private_after_the_check_is_refused(self) -> None:
        Receiver.received, Receiver.statuses = [], []
        url = self.serve(Receiver)
        # DNS rebinding: the name checked as public now resolves to 127.0.0.1.
        with (
            override_settings(LEADS_WEBHOOK_ALLOW_PRIVATE=False),
            mock.patch("xuanyong.leads.notifications.check_webhook_host"),
            mock.patch("urllib.request.getproxies", return_value={}),
        ):
            hook = self.submit_lead(url)
        self.assertEqual(Receiver.received, [])
        hook.refresh_from_db()
        self.assertEqual(hook.state, "pending")
        self.assertIn("内网", WebhookDelivery.objects.get().error)
