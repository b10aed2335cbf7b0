"""Comments: posting with spam rules and rate limits, and moderation that keeps counts exact.

Rules, each refusing a comment with a Chinese message and saving nothing:
empty or over 2,000 characters; links or web addresses; a word from the operators' banned list;
more than the ``comment`` throttle's comments per visitor or per IP. Guests must give a name and wait for
moderation; trusted users (staff, editors, or anyone with ``CONTENT_TRUSTED_COMMENTER_AFTER`` approved comments)
appear at once. ``Article.comment_count`` counts approved comments only and changes with ``F()``
in the same transaction as the status change.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

import nh3
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.accounts.models import User
from xuanyong.lib.pagecache import pages_invalidate
from xuanyong.security import throttle

from .models import COMMENT_MAX_CHARS, Article, BannedWord, Comment

# (window in seconds, most comments in it), applied to the visitor id and to the IP separately.
BANNED_CACHE_KEY = "content:banned-words:v1"
_LINK = re.compile(
    r"(https?:|ftp:|www\.|\b[a-z0-9-]+\.(com|cn|net|org|io|top|xyz|cc|info|vip|shop|club|site|me|co)\b)",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

MSG_EMPTY = gettext_lazy("评论内容不能为空。")
MSG_TOO_LONG = gettext_lazy("评论不能超过 2000 字（当前 {n} 字），请精简后再提交。")
MSG_NAME = gettext_lazy("请填写昵称后再评论，或登录后评论。")
MSG_LINK = gettext_lazy("评论中不能包含链接或网址，请删除后再提交。")
MSG_BANNED = gettext_lazy("评论含有不允许发布的词语，请修改后再提交。")
MSG_CLOSED = gettext_lazy("该文章暂不接受评论。")
MSG_PARENT = gettext_lazy("只能回复本文已通过审核的评论。")


def clean_comment_text(text: str) -> str:
    """Plain text only: tags (and the contents of script/style) removed, entities decoded once.

    Templates escape it again on output, so text such as ``a < b`` reads as typed.
    """
    stripped = nh3.clean(text or "", tags=set())
    return _CONTROL.sub("", html.unescape(stripped)).strip()


def banned_words() -> list[str]:
    words: list[str] | None = cache.get(BANNED_CACHE_KEY)
    if words is None:
        words = [_fold(w) for w in BannedWord.objects.values_list("word", flat=True)]
        cache.set(BANNED_CACHE_KEY, words, 600)
    return words


def banned_words_invalidate() -> None:
    cache.delete(BANNED_CACHE_KEY)


def banned_word_create(*, word: str) -> BannedWord:
    banned = BannedWord(word=word.strip())
    banned.full_clean()
    banned.save()
    transaction.on_commit(banned_words_invalidate)
    return banned


def is_trusted(user: User | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_staff or user.is_editor:
        return True
    needed = settings.CONTENT_TRUSTED_COMMENTER_AFTER
    approved = Comment.objects.filter(user=user, status=Comment.Status.APPROVED)
    return needed > 0 and approved[:needed].count() >= needed


def comment_create(
    *,
    article: Article,
    body: str,
    user: User | None = None,
    guest_name: str = "",
    parent: Comment | None = None,
    visitor_id: str = "",
    ip: str | None = None,
) -> Comment:
    """Post a comment; raises ValidationError (Chinese, keyed by field) when a rule refuses it."""
    user = user if user is not None and user.is_authenticated else None
    text = clean_comment_text(body)
    name = "" if user else clean_comment_text(guest_name)[:40]
    _check_text(text, name, user)
    if not Article.objects.published().filter(pk=article.pk).exists():
        raise ValidationError(MSG_CLOSED, code="closed")
    if parent is not None:
        parent = parent.parent or parent  # one level: a reply to a reply joins its thread
        if parent.article_id != article.pk or parent.status != Comment.Status.APPROVED:
            raise ValidationError(MSG_PARENT, code="parent")
    _check_rate(visitor_id, ip)
    status = Comment.Status.APPROVED if is_trusted(user) else Comment.Status.PENDING
    comment = Comment(
        article=article, parent=parent, user=user, guest_name=name, body=text, status=status,
        visitor_id=visitor_id[:40], ip=ip,
    )  # fmt: skip
    comment.full_clean()
    with transaction.atomic():
        comment.save()
        if status == Comment.Status.APPROVED:
            Article.objects.filter(pk=article.pk).update(comment_count=F("comment_count") + 1)
    return comment


def comments_moderate(*, comment_ids: Iterable[int], status: str, moderator: User | None) -> int:
    """Set the status of many comments; returns how many changed. Counts follow in the same transaction."""
    if status not in Comment.Status.values:
        raise ValidationError(_("无效的评论状态。"), code="status")
    with transaction.atomic():
        # Locked, so two editors moderating the same comments at once cannot count one twice.
        changing = list(
            Comment.objects.select_for_update()
            .filter(pk__in=list(comment_ids))
            .exclude(status=status)
            .values_list("pk", "article_id", "status")
        )
        if not changing:
            return 0
        Comment.objects.filter(pk__in=[pk for pk, _, _ in changing]).update(
            status=status, moderated_at=timezone.now(), moderated_by=moderator
        )
        deltas: Counter[int] = Counter()
        for _pk, article_id, old in changing:
            if status == Comment.Status.APPROVED:
                deltas[article_id] += 1
            elif old == Comment.Status.APPROVED:
                deltas[article_id] -= 1
        for article_id, delta in deltas.items():
            if delta:
                Article.objects.filter(pk=article_id).update(comment_count=F("comment_count") + delta)
        pages_invalidate()  # an update() sends no row signal
    return len(changing)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _check_text(text: str, name: str, user: User | None) -> None:
    errors: dict[str, str] = {}
    if not text:
        errors["body"] = str(MSG_EMPTY)
    elif len(text) > COMMENT_MAX_CHARS:
        errors["body"] = MSG_TOO_LONG.format(n=len(text))
    if user is None and not name:
        errors["guest_name"] = str(MSG_NAME)
    if errors:
        raise ValidationError(errors)
    folded = _fold(f"{name}\n{text}")
    if _LINK.search(folded):
        raise ValidationError({"body": MSG_LINK}, code="link")
    if any(word and word in folded for word in banned_words()):
        raise ValidationError({"body": MSG_BANNED}, code="banned")


def _check_rate(visitor_id: str, ip: str | None) -> None:
    throttle.hit("comment", visitor=visitor_id, ip=ip)
