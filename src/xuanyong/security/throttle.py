"""Throttles on the cache: per account, client address or visitor, with a lockout and the wait.

Counters are fixed windows in the cache, so with Redis every node and process shares them. A rule
that trips locks its key: every further attempt is refused with the time left, even one with the
right password. Each lock leaves a ``ThrottleLock`` row, which operators see and lift in the admin.

Callers name the keys they know: ``hit("lead", visitor=vid, ip=ip)`` before an attempt, or
``fail("login", account=email, ip=ip)`` after a failed one. A key that is empty or
None is skipped (a request without an address, an anonymous visitor without a cookie yet).
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import ThrottleLock

ACCOUNT = ThrottleLock.Subject.ACCOUNT.value
IP = ThrottleLock.Subject.IP.value
VISITOR = ThrottleLock.Subject.VISITOR.value
TOKEN = ThrottleLock.Subject.TOKEN.value

MESSAGES = {
    "login": gettext_lazy(
        "登录失败次数过多，为保护账号安全已暂时锁定，请 {wait}后再试。忘记密码可以通过邮件重设。"
    ),
    "signup": gettext_lazy("注册尝试过于频繁，请 {wait}后再试。"),
    "password_reset": gettext_lazy("重设密码邮件发送过于频繁，请 {wait}后再试。"),
    "review_code_send": gettext_lazy("验证码发送太频繁，请 {wait}后再试。"),
    "review_code_check": gettext_lazy("验证码尝试次数过多，请 {wait}后再试。"),
    "lead": gettext_lazy("提交太频繁了，请 {wait}后再试，或拨打服务热线。"),
    "comment": gettext_lazy("评论太频繁了，请 {wait}后再试。"),
    "csp_report": gettext_lazy("报告太多了，请 {wait}后再试。"),
    "helpful": gettext_lazy("来自同一网络的投票太多了，请登录后再投票，或 {wait}后再试。"),
    "api_token": gettext_lazy("该令牌的请求过于频繁，请 {wait}后再试。"),
}
SCOPE_LABELS = {
    "login": gettext_lazy("登录"),
    "signup": gettext_lazy("注册"),
    "password_reset": gettext_lazy("重设密码"),
    "review_code_send": gettext_lazy("评价邮箱验证码发送"),
    "review_code_check": gettext_lazy("评价邮箱验证码校验"),
    "lead": gettext_lazy("需求提交"),
    "comment": gettext_lazy("文章评论"),
    "helpful": gettext_lazy("评价“有用”投票"),
    "csp_report": gettext_lazy("内容安全策略报告"),
    "api_token": gettext_lazy("接口令牌请求"),
}


@dataclass(frozen=True)
class Rule:
    subject: str
    limit: int
    window: int  # seconds
    lockout: int = 0  # seconds from the trip; 0: until the window ends


def rules(scope: str) -> list[Rule]:
    """The limits of one scope, read from settings at each call (operators tune them by env)."""
    login_lock = settings.SECURITY_LOGIN_LOCK_MINUTES * 60
    leads = settings.LEADS_RATE_PER_HOUR
    table: dict[str, list[Rule]] = {
        # Failures only: a correct login clears the account's count.
        "login": [
            Rule(ACCOUNT, settings.SECURITY_LOGIN_FAILURES, 900, login_lock),
            Rule(IP, settings.SECURITY_LOGIN_IP_FAILURES, 900, login_lock),
        ],
        # Every post counts: an unlimited sign-up form would tell which e-mails have accounts.
        "signup": [Rule(IP, 20, 3600)],
        # Per target address too, so nobody can fill a stranger's mailbox.
        "password_reset": [Rule(ACCOUNT, 3, 3600), Rule(IP, 10, 3600)],
        "review_code_send": [Rule(ACCOUNT, 5, 3600), Rule(IP, 20, 3600)],
        "review_code_check": [Rule(ACCOUNT, 10, 900), Rule(IP, 30, 900)],
        # Accepted lead posts; an office shares one address, so the IP gets five times as many.
        "lead": [Rule(VISITOR, leads, 3600), Rule(IP, leads * 5, 3600)] if leads > 0 else [],
        "comment": [Rule(VISITOR, 3, 60), Rule(VISITOR, 20, 3600), Rule(IP, 3, 60), Rule(IP, 20, 3600)],
        # Anonymous votes on one review from one address (the key names both).
        "helpful": [Rule(IP, 10, 86400)],
        "csp_report": [Rule(IP, 200, 3600)],
        # Per token: a CRM sync loop that runs away slows down without locking the vendor out.
        "api_token": [Rule(TOKEN, settings.XUANYONG_API_TOKEN_RATE_PER_MINUTE, 60)],
    }
    return table[scope]


class Throttled(ValidationError):
    """A refused attempt: the message names the wait; ``code`` is ``rate_limited`` everywhere."""

    def __init__(self, scope: str, wait_seconds: float) -> None:
        self.scope = scope
        self.wait_seconds = max(1, math.ceil(wait_seconds))
        super().__init__(MESSAGES[scope].format(wait=wait_text(self.wait_seconds)), code="rate_limited")


def wait_text(seconds: float) -> str:
    """45 秒, 15 分钟, 1 小时 5 分钟: rounded up, so the wait never reads shorter than it is."""
    whole = max(1, math.ceil(seconds))
    if whole < 60:
        return _("%(seconds)s 秒") % {"seconds": whole}
    minutes = math.ceil(whole / 60)
    if minutes < 60:
        return _("%(minutes)s 分钟") % {"minutes": minutes}
    hours, minutes = divmod(minutes, 60)
    return _("%(hours)s 小时") % {"hours": hours} + (
        _(" %(minutes)s 分钟") % {"minutes": minutes} if minutes else ""
    )


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _lock_key(scope: str, subject: str, key: str) -> str:
    return f"throttle:lock:{scope}:{subject}:{_digest(key)}"


def _counter_key(scope: str, rule: Rule, key: str, now: float) -> str:
    return f"throttle:n:{scope}:{rule.subject}:{rule.window}:{_digest(key)}:{int(now) // rule.window}"


def _keys(keys: dict[str, str | None]) -> list[tuple[str, str]]:
    return [(subject, str(key)[:254]) for subject, key in keys.items() if key]


def check(scope: str, **keys: str | None) -> None:
    """Raise ``Throttled`` when any of the keys is locked; counts nothing."""
    now = time.time()
    for subject, key in _keys(keys):
        until = cache.get(_lock_key(scope, subject, key))
        if until is not None and until > now:
            raise Throttled(scope, until - now)


def hit(scope: str, **keys: str | None) -> None:
    """Count one attempt about to be made; raise ``Throttled`` when locked or past a rule's limit."""
    _count(scope, keys, allowed=lambda count, limit: count <= limit)


def fail(scope: str, **keys: str | None) -> None:
    """Count one failure already made (a wrong password): the limit-th failure locks the keys, and
    ``Throttled`` tells this attempt so."""
    _count(scope, keys, allowed=lambda count, limit: count < limit)


def _count(scope: str, keys: dict[str, str | None], allowed: Callable[[int, int], bool]) -> None:
    check(scope, **keys)
    now = time.time()
    present = dict(_keys(keys))
    for rule in rules(scope):
        key = present.get(rule.subject)
        if not key:
            continue
        count = _incr(_counter_key(scope, rule, key, now), rule.window)
        if not allowed(count, rule.limit):
            window_end = (int(now) // rule.window + 1) * rule.window
            until = now + rule.lockout if rule.lockout else window_end
            _lock(scope, rule, key, count, until)
            raise Throttled(scope, until - now)


def clear(scope: str, **keys: str | None) -> None:
    """Forget the current counts of these keys (a successful login clears its failures)."""
    now = time.time()
    present = dict(_keys(keys))
    cache.delete_many(
        [_counter_key(scope, r, present[r.subject], now) for r in rules(scope) if r.subject in present]
    )


def lift(lock: ThrottleLock, *, by: object | None = None) -> None:
    """An operator ends a lock early: the key may try again at once, with fresh counts."""
    cache.delete(_lock_key(lock.scope, lock.subject, lock.key))
    clear(lock.scope, **{lock.subject: lock.key})
    ThrottleLock.objects.active().filter(scope=lock.scope, subject=lock.subject, key=lock.key).update(
        lifted_at=timezone.now(), lifted_by=by
    )


def _incr(key: str, window: int) -> int:
    cache.add(key, 0, window)
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr: the first attempt of a new window
        cache.add(key, 1, window)
        return 1


def _lock(scope: str, rule: Rule, key: str, count: int, until: float) -> None:
    # add, not set: of several requests tripping at once, one records the lock.
    if not cache.add(_lock_key(scope, rule.subject, key), until, math.ceil(until - time.time())):
        return

    # Callers throttle before they open a transaction, so a refused post's rollback keeps this row.
    ThrottleLock.objects.create(
        scope=scope, subject=rule.subject, key=key, count=count, window_seconds=rule.window,
        until=datetime.fromtimestamp(until, tz=UTC),
    )  # fmt: skip


def too_many(response: HttpResponse, exc: Throttled) -> HttpResponse:
    """The refused form's page as 429 Too Many Requests, with the wait in ``Retry-After``."""
    response.status_code = 429
    response["Retry-After"] = str(exc.wait_seconds)
    return response
