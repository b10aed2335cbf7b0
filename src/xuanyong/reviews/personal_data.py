"""A reviewer's personal data: what we hold (export), and erasing it when the account goes.

Published reviews are kept as anonymous text when ``PRIVACY_REVIEWS`` is ``anonymize`` (the
ranking keeps its inputs; the author, address, visitor id and company domain go), or deleted with
everything else when it is ``delete``. Drafts, e-mail codes, proofs (their files too), the edit
history and the person's helpful votes always go.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F

from xuanyong.accounts.models import User

from .models import HelpfulVote, ProofOfUse, Review, ReviewDraft
from .services import EDITABLE_FIELDS, offerings_rating_refresh


def export(user: User) -> dict[str, Any]:
    reviews = (
        Review.objects.filter(user=user)
        .select_related("offering")
        .prefetch_related("revisions", "email_codes", "proofs")
        .order_by("created_at")
    )
    return {
        "reviews": [_review(r) for r in reviews],
        "review_drafts": [
            {"offering": d.offering.name, "data": d.data, "updated_at": d.updated_at}
            for d in ReviewDraft.objects.filter(user=user).select_related("offering")
        ],
        "helpful_votes": [
            {"review_id": v.review_id, "created_at": v.created_at}
            for v in HelpfulVote.objects.filter(user=user).order_by("created_at")
        ],
    }


def _review(review: Review) -> dict[str, Any]:
    return {
        "id": review.pk,
        "offering": review.offering.name,
        **{name: getattr(review, name) for name in EDITABLE_FIELDS},
        "status": review.get_status_display(),
        "verification": review.get_verification_display(),
        "verified_domain": review.verified_domain,
        "ip": review.ip,
        "visitor_id": review.visitor_id,
        "created_at": review.created_at,
        "updated_at": review.updated_at,
        "published_at": review.published_at,
        "history": [{"at": r.created_at, "before": r.snapshot} for r in review.revisions.all()],
        "email_codes": [
            {"email": c.email, "sent_at": c.created_at, "used_at": c.used_at}
            for c in review.email_codes.all()
        ],
        "proofs_of_use": [
            {"file_name": p.original_name, "status": p.get_status_display(), "uploaded_at": p.uploaded_at}
            for p in review.proofs.all()
        ],
    }


def visitor_ids(user: User) -> set[str]:
    ids = set(Review.objects.filter(user=user).values_list("visitor_id", flat=True))
    return ids | set(HelpfulVote.objects.filter(user=user).values_list("visitor_id", flat=True))


def _delete_files(files: list[Any]) -> None:
    for file in files:
        file.delete(save=False)


def erase(user: User) -> dict[str, int]:
    """Inside the caller's transaction; proof files are removed once it commits."""
    proofs = list(ProofOfUse.objects.filter(review__user=user))
    files = [p.file for p in proofs if p.file]
    transaction.on_commit(lambda: _delete_files(files))
    ProofOfUse.objects.filter(pk__in=[p.pk for p in proofs]).delete()
    ReviewDraft.objects.filter(user=user).delete()

    votes = list(HelpfulVote.objects.filter(user=user).values_list("pk", "review_id"))
    for _, review_id in votes:
        Review.objects.filter(pk=review_id, helpful_count__gt=0).update(helpful_count=F("helpful_count") - 1)
    HelpfulVote.objects.filter(pk__in=[pk for pk, _ in votes]).delete()

    mine = Review.objects.filter(user=user)
    published_offerings = list(mine.published().values_list("offering_id", flat=True))
    for review in mine:
        review.revisions.all().delete()
        review.email_codes.all().delete()
    if settings.PRIVACY_REVIEWS == "anonymize":
        kept = mine.published().update(user=None, ip=None, visitor_id="", verified_domain="")
        deleted, _ = mine.exclude(status=Review.Status.PUBLISHED).delete()
    else:
        kept = 0
        deleted, _ = mine.delete()
    if published_offerings and not kept:
        offerings_rating_refresh(published_offerings)
    return {"reviews_kept_anonymous": kept, "reviews_deleted": deleted, "helpful_votes_deleted": len(votes)}
