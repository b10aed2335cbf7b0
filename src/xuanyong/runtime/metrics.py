"""Serving /metrics: every worker's samples, plus gauges read live at scrape time.

Under gunicorn every worker writes its samples to files in ``PROMETHEUS_MULTIPROC_DIR`` (set by
``xuanyong serve``), and a scrape of any worker adds them all up; without it (the demo, tests)
the process's own registry is served.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from . import backlog

MULTIPROC_DIR = "PROMETHEUS_MULTIPROC_DIR"


class BacklogCollector(Collector):
    """Gauges read live at scrape time: queues, backlogs and failures that live in shared stores."""

    def describe(self) -> Iterator[GaugeMetricFamily]:
        # Registering asks for the names: given here, so it does not run the queries of collect().
        for name, help_text, labels in backlog.DESCRIPTIONS:
            yield GaugeMetricFamily(name, help_text, labels=labels)

    def collect(self) -> Iterator[GaugeMetricFamily]:
        for name, help_text, labels, samples in backlog.gauges():
            family = GaugeMetricFamily(name, help_text, labels=labels)
            for label_values, value in samples:
                family.add_metric(label_values, value)
            yield family


_backlog = BacklogCollector()
if MULTIPROC_DIR not in os.environ:
    REGISTRY.register(_backlog)


def exposition() -> bytes:
    """The text format of every metric (all workers' when running under gunicorn)."""
    if MULTIPROC_DIR in os.environ:
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        registry.register(_backlog)
        return generate_latest(registry)
    return generate_latest(REGISTRY)
