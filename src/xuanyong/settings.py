"""Xuanyong settings: every value comes from the environment.

The defaults make the embedded setup work with nothing installed: SQLite (WAL) under
``XUANYONG_DATA_DIR``, local-memory cache, database sessions and in-process tasks.
``DATABASE_URL`` switches to PostgreSQL and ``REDIS_URL`` to Redis for cache, sessions and
the Celery broker. The README's configuration table lists every variable read here.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
from celery.schedules import crontab
from csp import constants as csp


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env_str("XUANYONG_DATA_DIR", "var")).resolve()


def _demo_secret_key() -> str:
    """A key generated once per data directory, so demo sessions survive restarts."""
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


SECRET_KEY_FROM_ENV = bool(env_str("SECRET_KEY"))
SECRET_KEY = env_str("SECRET_KEY") or _demo_secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("XUANYONG_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "whitenoise.runserver_nostatic",
    "xuanyong.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    "xuanyong.security",
    "xuanyong.runtime",
    "xuanyong.accounts",
    "xuanyong.catalog",
    "xuanyong.content",
    "xuanyong.search",
    "xuanyong.reviews",
    "xuanyong.leads",
    "xuanyong.portal",
    "xuanyong.analytics",
    "xuanyong.privacy",
    "xuanyong.opendata",
    "xuanyong.web",
    "xuanyong.api",
    "xuanyong.demo",
    "ninja",  # its Swagger UI from our static files: the API docs work offline
]

MIDDLEWARE = [
    "xuanyong.runtime.middleware.RequestIdMiddleware",
    "xuanyong.runtime.middleware.MetricsMiddleware",
    "xuanyong.runtime.middleware.ReadRoutingMiddleware",
    "xuanyong.api.middleware.ApiBoundaryMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "xuanyong.security.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The URL decides the language: /en/… is English, every other path Chinese (xuanyong/urls.py).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "xuanyong.security.middleware.InputGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "xuanyong.analytics.middleware.AnalyticsMiddleware",
]

ROOT_URLCONF = "xuanyong.urls"
WSGI_APPLICATION = "xuanyong.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "xuanyong.web.context_processors.site",
                "xuanyong.web.context_processors.languages",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL")
DATABASES: dict[str, Any]


def _database(url: str) -> dj_database_url.DBConfig:
    return dj_database_url.parse(
        url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60), conn_health_checks=True
    )


if DATABASE_URL:
    DATABASES = {"default": _database(DATABASE_URL)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "xuanyong.sqlite3"),
            "OPTIONS": {
                # WAL lets readers run while one writer writes; IMMEDIATE takes the write lock
                # up front so concurrent writers wait (busy_timeout) instead of failing mid-way.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # Opening a SQLite connection (and running its pragmas) costs ~1 ms per request.
            "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Read replicas (runtime/router.py): anonymous reads go to one of them, writes, transactions and a
# visitor's reads right after their own write go to the primary. Tests read the primary's test
# database through them (MIRROR), so the whole suite runs through the router.
DATABASE_REPLICAS: list[str] = []
for _number, _url in enumerate(env_list("DATABASE_REPLICA_URLS") if DATABASE_URL else [], start=1):
    _alias = f"replica{_number}"
    DATABASES[_alias] = _database(_url)
    # A replica that is down must be skipped quickly, not waited for.
    DATABASES[_alias].setdefault("OPTIONS", {}).setdefault("connect_timeout", 1)
    DATABASES[_alias]["TEST"] = {"MIRROR": "default"}
    DATABASE_REPLICAS.append(_alias)
DATABASE_ROUTERS = ["xuanyong.runtime.router.PrimaryReplicaRouter"]
# A replica further behind than this is skipped until it catches up.
DATABASE_REPLICA_MAX_LAG_SECONDS = env_int("XUANYONG_REPLICA_MAX_LAG_SECONDS", 2)
# How often each process re-checks a replica's health and lag (one query).
DATABASE_REPLICA_CHECK_SECONDS = env_int("XUANYONG_REPLICA_CHECK_SECONDS", 2)
# After a visitor's own write (POST, PUT, PATCH, DELETE) their reads go to the primary this long,
# across nodes (a cookie). Keep it above the lag limit plus the check interval: a replica used
# after that window has replayed the write.
DATABASE_READ_YOUR_WRITES_SECONDS = env_int("XUANYONG_READ_YOUR_WRITES_SECONDS", 5)

# --- Cache, sessions, tasks -------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
_xdist_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _xdist_worker:
    # Parallel test workers share one Redis server: give each its own database number so a
    # worker's cache.clear() never touches another's keys.
    _parts = urlsplit(REDIS_URL)
    _base_db = int(_parts.path.strip("/") or 0)
    _worker_db = (_base_db + 1 + int(_xdist_worker.removeprefix("gw") or 0)) % 16
    REDIS_URL = urlunsplit(_parts._replace(path=f"/{_worker_db}"))

CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    CACHES = {
        "default": {
            # Counts hits for /metrics and serves as misses while Redis restarts (runtime/cache.py).
            "BACKEND": "xuanyong.runtime.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            # Deployments (or test runs) sharing one Redis server keep apart by prefix.
            "KEY_PREFIX": env_str("XUANYONG_CACHE_KEY_PREFIX", "xy"),
        }
    }
    # Sessions in the database with Redis in front: read from Redis, and from the database when
    # Redis restarts or evicts them, so nobody is signed out by a cache outage.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
elif env_str("XUANYONG_CACHE") == "file":
    # Several gunicorn workers without Redis: a cache they all see, so invalidation reaches each.
    CACHES = {
        "default": {
            "BACKEND": "xuanyong.runtime.cache.FileCountingCache",
            "LOCATION": str(DATA_DIR / "cache"),
            # One entry per cached page fragment; Django's default of 300 would thrash.
            "OPTIONS": {"MAX_ENTRIES": env_int("XUANYONG_FILE_CACHE_ENTRIES", 20000)},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
else:
    CACHES = {"default": {"BACKEND": "xuanyong.runtime.cache.LocMemCountingCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
# Without a broker, tasks run in-process right away so the embedded default needs no worker.
CELERY_TASK_ALWAYS_EAGER = env_bool("XUANYONG_EAGER_TASKS", not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
# Early acks. With late acks, a task finishing while the broker restarts crashes the worker
# ("Unrecoverable error" in kombu's Redis transport, seen on deploy/local/cluster), and a killed
# worker's task would come back only after the visibility timeout (an hour) anyway. What a task
# lost with its worker was doing is redone by a periodic one: lead notifications by the sweep
# (past their lease, within a minute), rollups every 10 minutes, 推荐阅读 by the nightly rebuild.
CELERY_TASK_ACKS_LATE = False
CELERY_TIMEZONE = "Asia/Shanghai"
CELERY_BEAT_SCHEDULE = {
    "content-publish-scheduled": {"task": "content.publish_scheduled", "schedule": 60.0},
    "content-read-marks-prune": {"task": "content.read_marks_prune", "schedule": 600.0},
    "content-recommendations-rebuild": {"task": "content.recommendations_rebuild", "schedule": 24 * 3600.0},
    # Rolls up today and yesterday (late events), then prunes raw events past retention.
    "analytics-rollup": {"task": "analytics.rollup_recent", "schedule": 600.0},
    # Writes the event stream to the database when no `xuanyong events-consume` runs (or lags).
    "analytics-events-drain": {"task": "analytics.events_drain", "schedule": 10.0},
    "security-prune-lock-records": {"task": "security.prune_lock_records", "schedule": 24 * 3600.0},
}

# --- Auth -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling: this many failures per account (the e-mail typed, known or not) or per client
# address within 15 minutes lock it for SECURITY_LOGIN_LOCK_MINUTES (security/throttle.py).
SECURITY_LOGIN_FAILURES = env_int("XUANYONG_LOGIN_FAILURES", 5)
SECURITY_LOGIN_IP_FAILURES = env_int("XUANYONG_LOGIN_IP_FAILURES", 20)
SECURITY_LOGIN_LOCK_MINUTES = env_int("XUANYONG_LOGIN_LOCK_MINUTES", 15)
# Records of throttle locks (they name the e-mail or address that was locked) are kept this long.
# Largest request body (uploads included) a view ever sees; the web server may cap it lower.
SECURITY_MAX_REQUEST_MB = env_int("XUANYONG_MAX_REQUEST_MB", 12)
SECURITY_LOCK_RECORD_DAYS = env_int("XUANYONG_LOCK_RECORD_DAYS", 90)
# How long operators keep backups (docs/operations.md): the privacy page promises that erased
# data leaves the backups within this many days.
BACKUP_RETENTION_DAYS = env_int("XUANYONG_BACKUP_RETENTION_DAYS", 30)
# Open data (/open-data/, docs/open-data.md): where the nightly export writes and the page reads,
# and how many exports it keeps there.
OPEN_DATA_DIR = Path(env_str("XUANYONG_OPEN_DATA_DIR", str(DATA_DIR / "open-data")))
OPEN_DATA_KEEP = env_int("XUANYONG_OPEN_DATA_KEEP", 3)
CELERY_BEAT_SCHEDULE["opendata-export"] = {"task": "opendata.export", "schedule": crontab(hour=3, minute=30)}

# --- I18n -------------------------------------------------------------------------------
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
# Templates' catalog, then the Python modules that belong to no app (lib/, admin_site.py); each
# app's own strings are in its locale/ directory.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "lib" / "locale"]

# --- Static and uploaded files ----------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
# `xuanyong serve` collects static files and turns this on for hashed, far-future-cached names;
# the demo serves them straight from the app folders.
STATIC_MANIFEST = env_bool("XUANYONG_STATIC_MANIFEST", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
# Only `serve` collects static files; the demo and tests serve them from the app folders.
STATIC_ROOT = DATA_DIR / "static" if STATIC_MANIFEST else None
SERVE_MEDIA = env_bool("XUANYONG_SERVE_MEDIA", True)

# --- E-mail -----------------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "选用 <noreply@xuanyong.local>")

# --- Security ---------------------------------------------------------------------------
HTTPS = env_bool("XUANYONG_HTTPS", False)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and env_bool("XUANYONG_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("XUANYONG_HSTS_SECONDS", 0 if not HTTPS else 31536000)
# Domain-wide promises an operator makes on purpose: every subdomain speaks HTTPS, and the
# domain may enter browsers' preload list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("XUANYONG_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("XUANYONG_HSTS_PRELOAD", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# No inline script or style and nothing from other hosts: every script is a file of ours, JSON for
# charts rides in json_script data blocks, behaviours are data-* attributes (site.js). No nonce:
# it would add nothing without inline scripts, and it would make every page differ per response,
# which the page cache (lib/pagecache.py) and browsers' revalidation cannot live with.
CONTENT_SECURITY_POLICY: dict[str, Any] = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
        "base-uri": [csp.SELF],
        "object-src": [csp.NONE],
        "report-uri": "/csp-report/",
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    }
}
SESSION_COOKIE_HTTPONLY = True

# --- Xuanyong ---------------------------------------------------------------------------
# Whole pages for visitors with nothing personal (lib/pagecache.py), invalidated by every write
# to what they show; kept at most this long (read counts on them may lag by as much).
XUANYONG_PAGE_CACHE = env_bool("XUANYONG_PAGE_CACHE", True)
XUANYONG_PAGE_CACHE_SECONDS = env_int("XUANYONG_PAGE_CACHE_SECONDS", 300)
XUANYONG_SITE_NAME = env_str("XUANYONG_SITE_NAME", "选用")
# The hotline and slogan shown in the header until an operator edits them in the admin.
XUANYONG_HOTLINE = env_str("XUANYONG_HOTLINE", "400-0033-166")
# Comments of a signed-in user appear without moderation once this many were approved (0: never).
CONTENT_TRUSTED_COMMENTER_AFTER = env_int("XUANYONG_TRUSTED_COMMENTER_AFTER", 3)
# From this many live articles, 推荐阅读 refreshes one article through a stored inverted index
# instead of re-weighing the whole corpus, whose cost grows with it (24 s at 6,000, 141 s at 10⁵).
CONTENT_RECOMMENDATIONS_INDEX_FROM = env_int("XUANYONG_RECOMMENDATIONS_INDEX_FROM", 1000)
# Past this many matches, search ranks only the newest this many (a common term stays fast).
SEARCH_CANDIDATES = env_int("XUANYONG_SEARCH_CANDIDATES", 700)
SHARED_DATA_DIR = Path(env_str("XUANYONG_SHARED_DATA", str(BASE_DIR.parents[2] / "shared" / "data")))

# `json`: one JSON object a line with the request id (runtime/logs.py), and an access log line
# per request from the app; anything else: plain text.
LOG_FORMAT = env_str("LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "xuanyong.runtime.logs.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "xuanyong.runtime.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
# /metrics answers loopback clients that came straight (no proxy header), or this bearer token.
METRICS_TOKEN = env_str("XUANYONG_METRICS_TOKEN")
# Proxies (addresses or networks) whose X-Forwarded-For names the client: rate limits and
# /metrics then see the visitor's address, not the load balancer's.
TRUSTED_PROXIES = env_list("XUANYONG_TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ValueError(f"XUANYONG_TRUSTED_PROXIES: {_proxy!r} is not an address or network") from None
CSRF_FAILURE_VIEW = "xuanyong.web.views.csrf_failure"

# --- analytics ---
# A request's events are made durable before its response (analytics/buffer.py): appended to a
# Redis stream with REDIS_URL, else written to the database. While both are unreachable they
# wait in memory, up to this many (the oldest beyond are dropped).
ANALYTICS_BUFFER_MAX = env_int("XUANYONG_ANALYTICS_BUFFER_MAX", 100_000)
# Stream entries a consumer took but did not acknowledge (it died) are taken over after this long.
ANALYTICS_STREAM_RECLAIM_SECONDS = env_int("XUANYONG_ANALYTICS_STREAM_RECLAIM_SECONDS", 30)
# Raw events older than this are deleted once their day is rolled up.
ANALYTICS_RETENTION_DAYS = env_int("XUANYONG_ANALYTICS_RETENTION_DAYS", 90)
# A share link's first and last touch stay on the visitor's events this long.
ANALYTICS_ATTRIBUTION_DAYS = env_int("XUANYONG_ANALYTICS_ATTRIBUTION_DAYS", 30)
# The widest date range the /ops/ dashboard and its CSV exports accept.
ANALYTICS_MAX_RANGE_DAYS = env_int("XUANYONG_ANALYTICS_MAX_RANGE_DAYS", 366)
# The dashboard re-rolls today's numbers when they are older than this (seconds).
ANALYTICS_LIVE_SECONDS = env_int("XUANYONG_ANALYTICS_LIVE_SECONDS", 600)

# --- leads ------------------------------------------------------------------------------
# Accepted lead submissions per visitor an hour (five times as many per IP); 0 turns the limit off.
LEADS_RATE_PER_HOUR = env_int("XUANYONG_LEADS_RATE_PER_HOUR", 10)

# Open API (/api/v1/): requests a minute per vendor token; largest request body accepted.
XUANYONG_API_TOKEN_RATE_PER_MINUTE = env_int("XUANYONG_API_TOKEN_RATE_PER_MINUTE", 120)
XUANYONG_API_MAX_BODY_KB = env_int("XUANYONG_API_MAX_BODY_KB", 256)
# A routed lead with no first response after this many hours is an SLA breach on /ops/leads/.
LEADS_SLA_HOURS = env_int("XUANYONG_LEADS_SLA_HOURS", 24)
# Notification retries: the n-th failure waits RETRY_SECONDS × 2^(n-1); gives up after MAX_ATTEMPTS.
LEADS_NOTIFY_RETRY_SECONDS = env_int("XUANYONG_LEADS_NOTIFY_RETRY_SECONDS", 60)
LEADS_NOTIFY_MAX_ATTEMPTS = env_int("XUANYONG_LEADS_NOTIFY_MAX_ATTEMPTS", 8)
LEADS_WEBHOOK_TIMEOUT = env_int("XUANYONG_LEADS_WEBHOOK_TIMEOUT", 5)
# A worker holds a notification this long while sending it; if it dies, another sends it after.
LEADS_NOTIFY_LEASE_SECONDS = max(
    env_int("XUANYONG_LEADS_NOTIFY_LEASE_SECONDS", 300), 2 * LEADS_WEBHOOK_TIMEOUT
)
# Webhooks to private or loopback addresses are refused (SSRF) unless this is on.
LEADS_WEBHOOK_ALLOW_PRIVATE = env_bool("XUANYONG_LEADS_WEBHOOK_ALLOW_PRIVATE", False)
# A lead's personal data (name, phone, e-mail, company, need) is erased this many days after it
# was submitted, whatever its status; the anonymous lead stays in the counts. 0: kept until the
# buyer withdraws consent or deletes the account.
LEADS_RETENTION_DAYS = env_int("XUANYONG_LEADS_RETENTION_DAYS", 730)
CELERY_BEAT_SCHEDULE["catalog-credentials-expiry"] = {
    "task": "catalog.credentials_expiry",
    "schedule": 24 * 3600.0,
}
CELERY_BEAT_SCHEDULE["leads-retention-erase"] = {"task": "leads.retention_erase", "schedule": 24 * 3600.0}
CELERY_BEAT_SCHEDULE["leads-notifications-retry"] = {
    "task": "leads.notifications_retry_due",
    "schedule": float(env_int("XUANYONG_LEADS_NOTIFY_SWEEP_SECONDS", 60)),
}

# --- reviews ----------------------------------------------------------------------------
# Proof-of-use uploads: kept apart from MEDIA_ROOT, which the embedded setup serves publicly.
# Vendors' credential evidence (certificates, licences): private like the proofs.
CREDENTIALS_EVIDENCE_ROOT = Path(
    env_str("XUANYONG_CREDENTIALS_DIR", str(DATA_DIR / "private" / "credentials"))
)
CREDENTIALS_REMIND_DAYS = env_int("XUANYONG_CREDENTIALS_REMIND_DAYS", 30)
REVIEWS_PROOF_ROOT = Path(env_str("XUANYONG_REVIEWS_PROOF_DIR", str(DATA_DIR / "private" / "review-proofs")))
REVIEWS_PROOF_MAX_MB = env_int("XUANYONG_REVIEWS_PROOF_MAX_MB", 5)
# The published ranking formula's thresholds (docs/reviews.md, /rank/method/).
REVIEWS_RANK_MIN_REVIEWS = env_int("XUANYONG_RANK_MIN_REVIEWS", 3)
REVIEWS_RANK_PRIOR_WEIGHT = env_int("XUANYONG_RANK_PRIOR_WEIGHT", 5)
REVIEWS_RANK_HALF_LIFE_DAYS = env_int("XUANYONG_RANK_HALF_LIFE_DAYS", 365)
# Reviewers are invited to update a review this long after they last rated.
REVIEWS_UPDATE_REMINDER_DAYS = env_int("XUANYONG_REVIEWS_UPDATE_REMINDER_DAYS", 180)
# When an author deletes their account: "anonymize" keeps published reviews as anonymous text
# (the rankings keep their inputs), "delete" removes them too.
PRIVACY_REVIEWS = env_str("XUANYONG_PRIVACY_REVIEWS", "anonymize")
if PRIVACY_REVIEWS not in ("anonymize", "delete"):
    raise ValueError("XUANYONG_PRIVACY_REVIEWS must be 'anonymize' or 'delete'")
CELERY_BEAT_SCHEDULE["reviews-update-reminders"] = {
    "task": "reviews.send_update_reminders",
    "schedule": 24 * 3600.0,
}
