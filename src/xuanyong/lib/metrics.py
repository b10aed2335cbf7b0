"""The metrics code records into (Prometheus client objects); ``runtime/metrics.py`` serves them.

Under gunicorn, ``PROMETHEUS_MULTIPROC_DIR`` (set by ``xuanyong serve`` before the workers
start) makes every sample land in a per-process file that a scrape of any worker adds up.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

REQUEST_SECONDS = Histogram(
    "xuanyong_http_request_duration_seconds",
    "Time from the request entering Django to its response, by route",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
RESPONSES = Counter("xuanyong_http_responses", "Responses by route and status", ["route", "method", "status"])
DB_QUERIES = Histogram(
    "xuanyong_db_queries_per_request",
    "Database queries one request ran (every alias), by route",
    ["route"],
    buckets=(0, 1, 2, 4, 8, 16, 32, 64, 128),
)
DB_READS = Counter("xuanyong_db_reads", "Reads the router sent to each database alias", ["alias"])
CACHE_REQUESTS = Counter("xuanyong_cache_requests", "Cache lookups by result", ["result"])
# Bound once: a page looks up dozens of keys, and ``labels()`` is a locked dict lookup each time.
CACHE_HITS, CACHE_MISSES = CACHE_REQUESTS.labels("hit"), CACHE_REQUESTS.labels("miss")
CACHE_ERRORS = Counter("xuanyong_cache_errors", "Cache operations that failed (server unreachable)")
EVENTS_FALLBACK = Counter(
    "xuanyong_events_fallback", "Events written straight to the database because the stream was unreachable"
)
