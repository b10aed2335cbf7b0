"""/metrics: Prometheus text for this machine or a bearer token; latency, statuses, queries and
cache hits by route, backlogs read live. Request ids in responses and JSON log lines."""

from __future__ import annotations

import json
import logging
import re

from django.test import TestCase, override_settings

from tests.base import PersonasTestCase
from tests.factories import OfferingFactory
from tests.leads.helpers import catalog_for, lead_data, quote_url
from tests.leads.test_notifications import closed_port
from xuanyong.leads.models import Notification, WebhookEndpoint
from xuanyong.runtime.logs import JsonFormatter, RequestIdFilter


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in the exposition text (0 when absent)."""
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line.split("}")[0])) if "{" in line else {}
        if all(found.get(k) == v for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


class MetricsTests(TestCase):
    databases = "__all__"  # a scrape reads the replicas' lag too (CI's PostgreSQL run has one)

    def scrape(self, **headers: str) -> str:
        response = self.client.get("/metrics", **headers)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/plain"))
        return response.content.decode()

    def test_requests_are_counted_and_timed_by_route(self) -> None:
        offering = OfferingFactory()
        before = self.scrape()
        self.client.get(offering.get_absolute_url())
        self.client.get("/p/no-such-offering/")
        after = self.scrape()
        route = {"route": "catalog:offering", "method": "GET"}
        for status in ("200", "404"):
            self.assertEqual(
                sample(after, "xuanyong_http_responses_total", status=status, **route)
                - sample(before, "xuanyong_http_responses_total", status=status, **route),
                1,
            )
        self.assertEqual(
            sample(after, "xuanyong_http_request_duration_seconds_count", **route)
            - sample(before, "xuanyong_http_request_duration_seconds_count", **route),
            2,
        )
        queries = sample(after, "xuanyong_db_queries_per_request_sum", route="catalog:offering") - sample(
            before, "xuanyong_db_queries_per_request_sum", route="catalog:offering"
        )
        self.assertGreater(queries, 0)

    def test_cache_lookups_and_event_backlog_are_exposed(self) -> None:
        offering = OfferingFactory()
        self.client.get(offering.get_absolute_url())
        self.client.get(offering.get_absolute_url())  # the second view reads fragments from the cache
        text = self.scrape()
        self.assertGreater(sample(text, "xuanyong_cache_requests_total", result="hit"), 0)
        self.assertGreater(sample(text, "xuanyong_cache_requests_total", result="miss"), 0)
        self.assertIn('xuanyong_events_backlog{stage="process"}', text)

    def test_only_this_machine_or_a_token_may_read(self) -> None:
        self.assertEqual(self.client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code, 403)
        # Through a proxy on this machine (the load balancer adds its header): refused too.
        proxied = self.client.get("/metrics", HTTP_X_FORWARDED_FOR="203.0.113.9")
        self.assertEqual(proxied.status_code, 403)
        self.assertIn("令牌", proxied.content.decode())
        # A proxy on this machine that adds no header: listed as a proxy, it is not a local client.
        with override_settings(TRUSTED_PROXIES=["127.0.0.1"]):
            self.assertEqual(self.client.get("/metrics").status_code, 403)
        with override_settings(METRICS_TOKEN="s3cret-token"):
            ok = self.client.get(
                "/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer s3cret-token"
            )
            wrong = self.client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer nope")
        self.assertEqual((ok.status_code, wrong.status_code), (200, 403))


class FailedNotificationTests(PersonasTestCase):
    databases = "__all__"

    @override_settings(LEADS_NOTIFY_MAX_ATTEMPTS=1, LEADS_WEBHOOK_ALLOW_PRIVATE=True)
    def test_a_webhook_given_up_shows_as_a_failed_notification(self) -> None:
        _, offering, _ = catalog_for(self.vendor_a, self.vendor_b)
        WebhookEndpoint.objects.create(vendor=self.vendor_a, url=f"http://127.0.0.1:{closed_port()}/hook")
        before = sample(
            self.client.get("/metrics").content.decode(), "xuanyong_lead_notifications", state="failed"
        )
        url = quote_url(offering)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, lead_data(self.client, url))
        self.assertEqual(Notification.objects.get(channel="webhook").state, "failed")
        text = self.client.get("/metrics").content.decode()
        self.assertEqual(sample(text, "xuanyong_lead_notifications", state="failed") - before, 1)


class RequestIdTests(TestCase):
    def test_every_response_carries_a_request_id_and_a_sane_incoming_one_is_kept(self) -> None:
        made_up = self.client.get("/healthz")["X-Request-ID"]
        self.assertRegex(made_up, r"^[0-9a-f]{32}$")
        self.assertEqual(
            self.client.get("/healthz", HTTP_X_REQUEST_ID="lb-1234abcd")["X-Request-ID"], "lb-1234abcd"
        )
        forged = self.client.get("/healthz", HTTP_X_REQUEST_ID="<script>x</script>")["X-Request-ID"]
        self.assertRegex(forged, r"^[0-9a-f]{32}$")

    @override_settings(LOG_FORMAT="json")
    def test_json_log_lines_carry_the_request_id(self) -> None:
        lines: list[dict[str, object]] = []

        class Capture(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                lines.append(json.loads(self.format(record)))

        handler = Capture()
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(JsonFormatter())
        logger = logging.getLogger("xuanyong.access")
        logger.addHandler(handler)
        try:
            self.client.get("/healthz", HTTP_X_REQUEST_ID="trace-0001")
        finally:
            logger.removeHandler(handler)
        [line] = lines
        self.assertEqual(line["request_id"], "trace-0001")
        self.assertEqual((line["method"], line["path"], line["status"]), ("GET", "/healthz", 200))
        self.assertEqual((line["route"], line["level"]), ("runtime:healthz", "INFO"))
        self.assertIn("duration_ms", line)
