"""The event buffer: bulk writes when full or old, nothing from rolled-back work, no lost rows."""

from __future__ import annotations

from django.db import transaction
from django.test import Client, TestCase, TransactionTestCase, override_settings
from django.utils import timezone

from xuanyong.analytics import buffer, tasks
from xuanyong.analytics.models import Event, RollupRun
from xuanyong.analytics.services import event_record

from .helpers import BROWSER_UA


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
        self.assertEqual(buffer.flush(), 1)
        self.assertEqual(list(Event.objects.values_list("visitor_id", flat=True)), ["v2"])

    @override_settings(ANALYTICS_BUFFER_SIZE=1)
    def test_no_flush_inside_a_transaction(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            event_record(kind=Event.Kind.VIEW, visitor_id="v1")
        self.assertEqual(buffer.maybe_flush(), 0, "a TestCase is one transaction: it must wait")
        self.assertEqual(buffer.pending(), 1)

    @override_settings(ANALYTICS_BUFFER_MAX=3)
    def test_memory_stays_bounded_when_writes_fail(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            for i in range(5):
                event_record(kind=Event.Kind.VIEW, visitor_id=f"v{i}")
        self.assertEqual(buffer.pending(), 3)
        buffer.flush()
        self.assertEqual(sorted(Event.objects.values_list("visitor_id", flat=True)), ["v2", "v3", "v4"])

    def test_the_periodic_task_flushes_and_rolls_up_today(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            event_record(kind=Event.Kind.VIEW, visitor_id="v1", object_type="home")
        self.assertEqual(tasks.rollup_recent.delay().get(), 1)
        self.assertTrue(RollupRun.objects.filter(date=timezone.localdate(), events=1).exists())


@override_settings(ANALYTICS_BUFFER_SIZE=3)
class AutoFlushTests(TransactionTestCase):
    def setUp(self) -> None:
        buffer.discard()

    def test_the_middleware_writes_a_full_buffer_after_the_response(self) -> None:
        client = Client(HTTP_USER_AGENT=BROWSER_UA)
        client.get("/")
        client.get("/a/")
        self.assertEqual(Event.objects.count(), 0, "two events wait in the buffer")
        client.get("/search/?q=收银")
        self.assertEqual(Event.objects.count(), 4, "the third page view filled it: one write of all")
        self.assertEqual(buffer.pending(), 0)
