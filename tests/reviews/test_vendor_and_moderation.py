"""Vendor replies and invites, the moderation queue with reasons, the transparency page, reminders."""

from __future__ import annotations

import datetime as dt

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from xuanyong.reviews.models import Review, ReviewInvite, VendorReply, Verification
from xuanyong.reviews.services import review_create, send_update_reminders

from .helpers import ReviewsTestCase, published_review, review_post


class VendorReplyTests(ReviewsTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.review_a = published_review(cls.offering_a, cls.buyer, 4, Verification.EMAIL)

    def test_vendor_member_replies_to_its_offerings_review(self) -> None:
        self.client.force_login(self.vendor_a_member)
        page = self.client.get(reverse("reviews:vendor_reviews"))
        self.assertContains(page, "评价回复")
        self.assertContains(page, "收银速度快")
        response = self.client.post(
            reverse("reviews:reply", args=[self.review_a.pk]), {"body": "感谢反馈，报表导出已在新版本优化。"}
        )
        self.assertRedirects(response, reverse("reviews:vendor_reviews"))
        reply = VendorReply.objects.get(review=self.review_a)
        self.assertEqual((reply.vendor, reply.author), (self.vendor_a, self.vendor_a_member))
        listing = self.client.get(reverse("reviews:offering_reviews", args=[self.offering_a.slug]))
        self.assertContains(listing, "甲服务商 回复：")
        self.assertContains(listing, "报表导出已在新版本优化")

    def test_another_vendor_cannot_reply_or_see_the_review_in_its_portal(self) -> None:
        self.client.force_login(self.vendor_b_member)
        self.assertNotContains(self.client.get(reverse("reviews:vendor_reviews")), "收银速度快")
        response = self.client.post(
            reverse("reviews:reply", args=[self.review_a.pk]), {"body": "来自竞争对手的回复内容"}
        )
        self.assertEqual(response.status_code, 404)  # the portal looks rows up through the member's vendor
        self.assertFalse(VendorReply.objects.exists())

    def test_buyers_are_sent_to_claim_a_vendor_and_cannot_reply(self) -> None:
        self.client.force_login(self.buyer)
        self.assertRedirects(self.client.get(reverse("reviews:vendor_reviews")), reverse("portal:claim"))
        response = self.client.post(
            reverse("reviews:reply", args=[self.review_a.pk]), {"body": "买家冒充回复的内容"}
        )
        self.assertRedirects(response, reverse("portal:claim"))
        self.assertFalse(VendorReply.objects.exists())

    def test_the_service_refuses_another_vendors_member(self) -> None:
        from xuanyong.reviews.services import ReviewError, vendor_reply_save

        with self.assertRaises(ReviewError) as caught:
            vendor_reply_save(review=self.review_a, user=self.vendor_b_member, body="来自竞争对手的回复内容")
        self.assertEqual(caught.exception.code, "not_vendor")

    def test_empty_or_html_reply_is_refused(self) -> None:
        self.client.force_login(self.vendor_a_member)
        for body, message in (("", "请填写回复。"), ("<a href='x'>点这里</a>", "回复不能包含 HTML 标签")):
            response = self.client.post(
                reverse("reviews:reply", args=[self.review_a.pk]), {"body": body}, follow=True
            )
            self.assertContains(response, message)
        self.assertFalse(VendorReply.objects.exists())


class InviteTests(ReviewsTestCase):
    def test_invited_review_is_labelled_and_shown_apart(self) -> None:
        self.client.force_login(self.vendor_a_member)
        response = self.client.post(
            reverse("reviews:invite_create"),
            {"offering": self.offering_a.pk, "note": "老客户王总"},
            follow=True,
        )
        invite = ReviewInvite.objects.get()
        self.assertContains(response, f"/reviews/invite/{invite.token}/")
        self.client.force_login(self.buyer)
        landing = self.client.get(reverse("reviews:invite", args=[invite.token]), follow=True)
        self.assertContains(landing, "受邀评价")
        self.client.post(reverse("reviews:write", args=[self.offering_a.slug]), review_post())
        review = Review.objects.get(user=self.buyer)
        self.assertEqual(review.verification, Verification.INVITED)
        self.assertEqual(
            review.status, Review.Status.PUBLISHED
        )  # an invite is a verification; no signal fired
        # Used up: the link now refuses.
        self.assertContains(
            self.client.get(reverse("reviews:invite", args=[invite.token])), "邀请链接无效", status_code=404
        )
        listing = self.client.get(
            reverse("reviews:offering_reviews", args=[self.offering_a.slug])
        ).content.decode()
        main, invited = listing.split("受邀评价 <small")
        self.assertNotIn(f'id="review-{review.pk}"', main)
        self.assertIn(f'id="review-{review.pk}"', invited)

    def test_vendor_cannot_invite_for_another_vendors_offering(self) -> None:
        self.client.force_login(self.vendor_a_member)
        response = self.client.post(reverse("reviews:invite_create"), {"offering": self.offering_b.pk})
        self.assertEqual(response.status_code, 404)
        self.assertFalse(ReviewInvite.objects.exists())


class ModerationTests(ReviewsTestCase):
    def setUp(self) -> None:
        self.review = review_create(user=self.buyer, offering=self.offering_a, data=review_post())

    def test_only_editors_see_the_queue(self) -> None:
        url = reverse("reviews:moderation")
        self.assertEqual(self.client.get(url).status_code, 302)
        for user in (self.buyer, self.vendor_a_member):
            self.client.force_login(user)
            self.assertEqual(self.client.get(url).status_code, 403)
            self.assertEqual(
                self.client.post(
                    reverse("reviews:moderate", args=[self.review.pk]), {"action": "publish"}
                ).status_code,
                403,
            )
        self.client.force_login(self.editor)
        self.assertContains(self.client.get(url), "收银速度快")
        self.assertEqual(Review.objects.get(pk=self.review.pk).status, Review.Status.PENDING)

    def test_reject_needs_a_reason_and_shows_on_the_transparency_page(self) -> None:
        self.client.force_login(self.editor)
        url = reverse("reviews:moderate", args=[self.review.pk])
        response = self.client.post(url, {"action": "reject", "reason": ""}, follow=True)
        self.assertContains(response, "请选择未通过的原因。")
        self.assertEqual(Review.objects.get(pk=self.review.pk).status, Review.Status.PENDING)
        self.client.post(url, {"action": "reject", "reason": "conflict"})
        self.review.refresh_from_db()
        self.assertEqual(
            (self.review.status, self.review.reject_reason), (Review.Status.REJECTED, "conflict")
        )
        other = review_create(
            user=self.vendor_b_member,
            offering=self.offering_a,
            data=review_post(
                pros="另一位用户写下的优点，篇幅足够长。", cons="另一位用户写下的不足之处，也足够长。"
            ),
        )
        self.client.post(reverse("reviews:moderate", args=[other.pk]), {"action": "publish"})
        page = self.client.get(reverse("reviews:transparency"))
        month = timezone.localdate().strftime("%Y 年 %-m 月")
        self.assertContains(page, f"<td>{month}</td><td>1</td><td>1</td>", html=False)
        self.assertContains(page, "利益相关（服务商员工或竞争对手） 1")

    def test_publishing_from_the_queue_updates_the_offering(self) -> None:
        self.client.force_login(self.editor)
        self.client.post(reverse("reviews:moderate", args=[self.review.pk]), {"action": "publish"})
        self.assertContains(self.client.get(self.offering_a.get_absolute_url()), "1 条评价")


class ReminderTests(ReviewsTestCase):
    def test_reviewers_are_reminded_once_after_six_months(self) -> None:
        old = published_review(
            self.offering_a, self.buyer, 8, rated_at=timezone.now() - dt.timedelta(days=181)
        )
        published_review(self.offering_b, self.editor, 8, rated_at=timezone.now() - dt.timedelta(days=30))
        self.assertEqual(send_update_reminders(), 1)
        self.assertEqual(mail.outbox[0].to, [self.buyer.email])
        self.assertIn(f"/p/{self.offering_a.slug}/reviews/write/", mail.outbox[0].body)
        self.assertEqual(send_update_reminders(), 0)
        self.client.force_login(self.buyer)
        self.assertContains(self.client.get(reverse("reviews:mine")), "已超过 6 个月，欢迎更新")
        old.refresh_from_db()
        self.assertIsNotNone(old.reminder_sent_at)


class ListQueryCountTests(ReviewsTestCase):
    """The vendor's review list and the moderation queue cost the same for 1 review or many."""

    def add_reviews(self, start: int, count: int) -> None:
        for i in range(start, start + count):
            user = self.make_buyer(f"q{i}@kehu{i}.cn", f"读者{i}")
            review = published_review(self.offering_a, user, 8, Verification.EMAIL)
            VendorReply.objects.create(review=review, vendor=self.vendor_a, body="感谢您的反馈。")
            ReviewInvite.objects.create(vendor=self.vendor_a, offering=self.offering_a)
            pending = published_review(self.offering_b, user, 6)
            Review.objects.filter(pk=pending.pk).update(status=Review.Status.PENDING)

    def queries(self, url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_query_counts_do_not_grow_with_the_list(self) -> None:
        for user, name in (
            (self.vendor_a_member, "reviews:vendor_reviews"),
            (self.editor, "reviews:moderation"),
        ):
            with self.subTest(page=name):
                Review.objects.all().delete()
                self.client.force_login(user)
                self.add_reviews(0 if name.endswith("reviews") else 10, 1)
                self.client.get(reverse(name))  # warm the site-wide caches (settings, navigation)
                few = self.queries(reverse(name))
                self.add_reviews(20 if name.endswith("reviews") else 30, 5)
                self.assertEqual(self.queries(reverse(name)), few)
