"""A commenter's personal data: their comments (export), and what erasing the account leaves.

Approved comments stay as anonymous text: other readers' replies hang on them. The rest
(pending, spam, removed) are deleted. Counts do not change: only approved comments count.
"""

from __future__ import annotations

from typing import Any

from xuanyong.accounts.models import User

from .models import Comment, ReadMark

ERASED_NAME = "已注销用户"


def export(user: User) -> dict[str, Any]:
    comments = Comment.objects.filter(user=user).select_related("article").order_by("created_at")
    return {
        "comments": [
            {
                "article": c.article.title,
                "body": c.body,
                "status": c.get_status_display(),
                "reply_to": c.parent_id,
                "ip": c.ip,
                "visitor_id": c.visitor_id,
                "created_at": c.created_at,
            }
            for c in comments
        ]
    }


def visitor_ids(user: User) -> set[str]:
    return set(Comment.objects.filter(user=user).values_list("visitor_id", flat=True))


def erase(user: User) -> dict[str, int]:
    mine = Comment.objects.filter(user=user)
    kept = mine.filter(status=Comment.Status.APPROVED).update(
        user=None, guest_name=ERASED_NAME, ip=None, visitor_id=""
    )
    # A reply to a deleted comment would go with it (CASCADE): lift such replies to the top level.
    doomed = mine.exclude(status=Comment.Status.APPROVED)
    Comment.objects.filter(parent__in=doomed).update(parent=None)
    deleted, _ = doomed.delete()
    return {"comments_kept_anonymous": kept, "comments_deleted": deleted}


def erase_visitors(visitor_ids: set[str]) -> dict[str, int]:
    """Which articles these visitors read in the last half hour (kept only to count reads once)."""
    deleted, _ = ReadMark.objects.filter(visitor_id__in=visitor_ids).delete()
    return {"read_marks_deleted": deleted}
