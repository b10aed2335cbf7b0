from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .views import moderation, public, vendor

app_name = "reviews"

urlpatterns: list[URLPattern | URLResolver] = [
    path("p/<slug:slug>/reviews/", public.offering_reviews, name="offering_reviews"),
    path("p/<slug:slug>/reviews/write/", public.review_write, name="write"),
    path("p/<slug:slug>/reviews/draft/", public.review_draft, name="draft"),
    path("reviews/<int:pk>/verify/", public.review_verify, name="verify"),
    path("reviews/<int:pk>/verify/email/", public.review_email_send, name="email_send"),
    path("reviews/<int:pk>/verify/code/", public.review_email_confirm, name="email_confirm"),
    path("reviews/<int:pk>/verify/proof/", public.review_proof, name="proof"),
    path("reviews/<int:pk>/helpful/", public.review_helpful, name="helpful"),
    path("reviews/invite/<str:token>/", public.invite_landing, name="invite"),
    path("reviews/mine/", public.my_reviews, name="mine"),
    path("reviews/transparency/", public.transparency, name="transparency"),
    path("reviews/moderation/", moderation.queue, name="moderation"),
    path("reviews/moderation/<int:pk>/", moderation.decide, name="moderate"),
    path("reviews/moderation/proofs/<int:pk>/", moderation.proof_file, name="proof_file"),
    path("reviews/moderation/proofs/<int:pk>/decide/", moderation.proof_decide, name="proof_decide"),
    path("vendor/reviews/", vendor.vendor_reviews, name="vendor_reviews"),
    path("vendor/reviews/<int:pk>/reply/", vendor.reply, name="reply"),
    path("vendor/reviews/invites/", vendor.invite_create, name="invite_create"),
]
