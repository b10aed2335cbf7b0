"""Events are durable before the response: nothing from rolled-back work, nothing twice, nothing
lost when Redis is away (written straight to the database instead)."""

from __future__ import annotations

import uuid

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client, TestCase, TransactionTestCase, override_settings
from django.utils import timezone

from xuanyong.analytics import buffer, stream, tasks
from xuanyong.analytics.models import Event, RollupRun
from xuanyong.analytics.services import event_record
from xuanyong.analytics.store import events_insert

from .helpers import BROWSER_UA

needs_redis = pytest.mark.skipif(
    not settings.REDIS_URL, reason="the event stream needs REDIS_URL (CI sets it)"
)


class BufferTests(TestCase):
    def test_events_of_a_rolled_back_transaction_are_dropped(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            try:
                with transaction.atomic():
                    event_record(kind=Event.Kind.VIEW, visitor_id="v1", object_type="home")
                    raise RuntimeError("the view failed")
            except RuntimeError:
                pass
            event_record(kind=Event.Kind.VIEW, visitor_id="v2", object_type="home")
        self.assertEqual(buffer.pending(), 1)
        buffer.sync()
        self.assertEqual(list(Event.objects.values_list("visitor_id", flat=True)), ["v2"])

    def test_no_flush_inside_a_transaction(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            event_record(kind=Event.Kind.VIEW, visitor_id="v1")
        self.assertEqual(buffer.maybe_flush(), 0, "a TestCase is one transaction: it must wait")
        self.assertEqual(buffer.pending(), 1)

    @override_settings(ANALYTICS_BUFFER_MAX=3)
    def test_events_waiting_in_memory_are_bounded_oldest_dropped_first(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            for i in range(5):
                event_record(kind=Event.Kind.VIEW, visitor_id=f"v{i}")
        self.assertEqual(buffer.pending(), 3)
        buffer.sync()
        self.assertEqual(sorted(Event.objects.values_list("visitor_id", flat=True)), ["v2", "v3", "v4"])

    def test_the_periodic_task_writes_and_rolls_up_today(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            event_record(kind=Event.Kind.VIEW, visitor_id="v1", object_type="home")
        self.assertEqual(tasks.rollup_recent.delay().get(), 1)
        self.assertTrue(RollupRun.objects.filter(date=timezone.localdate(), events=1).exists())

    def test_a_batch_written_twice_is_stored_once(self) -> None:
        rows = [
            {
                "uid": uuid.uuid4(),
                "kind": Event.Kind.VIEW,
                "visitor_id": f"v{i}",
                "created_at": timezone.now(),
            }
            for i in range(3)
        ]
        events_insert(rows)
        events_insert(rows)  # a consumer that died before acknowledging: the batch comes again
        self.assertEqual(Event.objects.count(), 3)

    @override_settings(REDIS_URL="redis://127.0.0.1:1/0")
    def test_events_go_straight_to_the_database_while_redis_is_unreachable(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            event_record(kind=Event.Kind.VIEW, visitor_id="during-outage", object_type="home")
        self.assertEqual(buffer.flush(), 1)
        self.assertEqual(buffer.pending(), 0)
        self.assertEqual(list(Event.objects.values_list("visitor_id", flat=True)), ["during-outage"])


class DurableBeforeTheResponseTests(TransactionTestCase):
    def test_each_page_view_is_durable_when_its_response_is_sent(self) -> None:
        client = Client(HTTP_USER_AGENT=BROWSER_UA)
        client.get("/")
        client.get("/a/")
        self.assertEqual(buffer.pending(), 0, "nothing waits in the process")
        if stream.enabled():
            self.assertEqual(stream.backlog()["stream"], 2, "both views wait in the stream")
            self.assertEqual(stream.drain(), 2)
        self.assertEqual(
            sorted(Event.objects.values_list("object_type", flat=True)), ["article_list", "home"]
        )


@needs_redis
class StreamTests(TestCase):
    def publish(self, *visitors: str) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            for visitor in visitors:
                event_record(kind=Event.Kind.VIEW, visitor_id=visitor, object_type="home")
        buffer.flush()

    def test_the_consumer_writes_and_removes_what_it_took(self) -> None:
        self.publish("a", "b", "c")
        self.assertEqual(Event.objects.count(), 0, "the request only appended to the stream")
        self.assertEqual(stream.drain(), 3)
        self.assertEqual(Event.objects.count(), 3)
        self.assertEqual(stream.backlog(), {"stream": 0, "unacked": 0})

    @override_settings(ANALYTICS_STREAM_RECLAIM_SECONDS=0)
    def test_a_consumer_that_died_after_writing_is_taken_over_without_duplicates(self) -> None:
        self.publish("a", "b", "c")
        client, key = stream._client(), stream._key()
        stream._ensure_group(client)
        # Another consumer takes the entries, writes them and dies before acknowledging.
        [[_, entries]] = client.xreadgroup(stream.GROUP, "dead-consumer", {key: ">"}, count=10)
        events_insert([stream._decode(fields[b"e"]) for _, fields in entries])
        self.assertEqual(stream.backlog()["unacked"], 3)
        self.assertEqual(stream.drain(), 3, "the entries are claimed from the dead consumer")
        self.assertEqual(Event.objects.count(), 3, "written once, though written twice")
        self.assertEqual(stream.backlog(), {"stream": 0, "unacked": 0})

    def test_a_stream_lost_with_its_group_is_recreated(self) -> None:
        stream._client().delete(stream._key())
        self.publish("after-restart")
        self.assertEqual(stream.drain(), 1)
        self.assertEqual(Event.objects.get().visitor_id, "after-restart")
