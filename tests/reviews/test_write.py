"""Writing, editing and drafting a review through the real pages, and every refusal."""

from __future__ import annotations

from django.urls import reverse

from xuanyong.reviews.models import Review, ReviewDraft, ReviewRevision

from .helpers import ReviewsTestCase, review_post


class WriteReviewTests(ReviewsTestCase):
    def setUp(self) -> None:
        self.url = reverse("reviews:write", args=[self.offering_a.slug])

    def test_guest_is_sent_to_sign_in(self) -> None:
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("accounts:login"), response["Location"])

    def test_buyer_writes_a_review_that_waits_for_verification_or_moderation(self) -> None:
        self.client.force_login(self.buyer)
        page = self.client.get(self.url)
        self.assertContains(page, "评价 甲收银")
        self.assertContains(page, "自动保存为草稿")
        response = self.client.post(self.url, review_post(), follow=True)
        review = Review.objects.get(user=self.buyer, offering=self.offering_a)
        self.assertRedirects(response, reverse("reviews:verify", args=[review.pk]))
        self.assertContains(response, "感谢您的评价")
        self.assertContains(response, "验证企业邮箱")
        self.assertEqual(review.status, Review.Status.PENDING)  # unverified: the queue decides
        self.assertEqual(review.signals, [])
        self.assertEqual((review.recommend, review.stars), (8, 4.0))

    def test_a_second_review_of_the_same_offering_is_an_edit_with_history(self) -> None:
        self.client.force_login(self.buyer)
        self.client.post(self.url, review_post())
        review = Review.objects.get(user=self.buyer)
        first_rated = review.rated_at
        page = self.client.get(self.url)
        self.assertContains(page, "修改对 甲收银 的评价")
        self.assertContains(page, "收银速度快")  # the form starts from the review
        self.client.post(
            self.url, review_post(recommend=6, cons="用了半年后发现报表导出越来越慢，客服也不太积极。")
        )
        review.refresh_from_db()
        self.assertEqual(Review.objects.filter(user=self.buyer).count(), 1)
        self.assertEqual(review.recommend, 6)
        self.assertGreater(review.rated_at, first_rated)
        revision = ReviewRevision.objects.get(review=review)
        self.assertEqual(revision.snapshot["recommend"], 8)
        self.assertIn("报表导出偶尔卡顿", revision.snapshot["cons"])

    def test_the_service_refuses_a_second_review(self) -> None:
        from xuanyong.reviews.services import ReviewError, review_create

        review_create(user=self.buyer, offering=self.offering_a, data=review_post())
        with self.assertRaises(ReviewError) as caught:
            review_create(user=self.buyer, offering=self.offering_a, data=review_post())
        self.assertEqual(caught.exception.messages, ["您已经评价过该产品，可以修改原评价。"])
        self.assertEqual(Review.objects.count(), 1)

    def test_bad_input_is_refused_in_chinese_and_nothing_is_saved(self) -> None:
        self.client.force_login(self.buyer)
        cases = [
            ({"recommend": 11}, "推荐意愿只能是 0–10 分。"),
            ({"recommend": -1}, "推荐意愿只能是 0–10 分。"),
            ({"ease_of_use": 0}, "易用性只能是 1–5 分。"),
            ({"value": 6}, "性价比只能是 1–5 分。"),
            ({"support": ""}, "请为服务支持打分（1–5）。"),
            ({"pros": ""}, "请填写优点。"),
            ({"cons": "   "}, "请填写不足。"),
            ({"pros": "不错"}, "优点至少写 10 个字。"),
            ({"pros": "好" * 2001}, "优点不能超过 2000 字（当前 2001 字）。"),
            ({"use_case": "场" * 501}, "使用场景不能超过 500 字（当前 501 字）。"),
            (
                {"pros": "很好用<script>alert(1)</script>推荐大家使用"},
                "优点不能包含 HTML 标签或代码，请只填写文字。",
            ),
            ({"cons": "<b>加粗</b>的缺点写在这里凑够十个字"}, "不足不能包含 HTML 标签或代码，请只填写文字。"),
            ({"company_size": "huge"}, "请选择有效的企业规模。"),
            ({"industry": ""}, "请选择所属行业。"),
        ]
        for changes, message in cases:
            with self.subTest(changes=str(changes)[:40]):
                response = self.client.post(self.url, review_post(**changes))
                self.assertContains(response, message, status_code=400)
        self.assertFalse(Review.objects.exists())

    def test_vendor_member_cannot_review_its_own_vendors_offering(self) -> None:
        self.client.force_login(self.vendor_a_member)
        page = self.client.get(self.url)
        self.assertContains(page, "不能评价自己服务商的产品", status_code=403)
        response = self.client.post(self.url, review_post())
        self.assertContains(response, "不能评价自己服务商的产品", status_code=400)
        self.assertFalse(Review.objects.exists())

    def test_vendor_member_may_review_another_vendors_offering(self) -> None:
        self.client.force_login(self.vendor_a_member)
        self.client.post(reverse("reviews:write", args=[self.offering_b.slug]), review_post())
        self.assertTrue(Review.objects.filter(user=self.vendor_a_member, offering=self.offering_b).exists())

    def test_draft_is_kept_while_writing_and_restored_then_dropped_on_submit(self) -> None:
        self.client.force_login(self.buyer)
        draft_url = reverse("reviews:draft", args=[self.offering_a.slug])
        response = self.client.post(
            draft_url, {"pros": "写了一半的优点", "recommend": "9"}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, "草稿已保存")
        page = self.client.get(self.url)
        self.assertContains(page, "写了一半的优点")
        self.assertRegex(page.content.decode(), r'name="recommend" value="9"[^>]*checked')
        self.client.post(self.url, review_post())
        self.assertFalse(ReviewDraft.objects.exists())


class AfterSubmitTests(ReviewsTestCase):
    def test_review_submitted_is_sent_after_commit(self) -> None:
        from xuanyong.reviews.services import review_create
        from xuanyong.reviews.signals import review_submitted

        received: list[Review] = []

        def listener(sender: object, review: Review, request: object, **kwargs: object) -> None:
            received.append(review)

        review_submitted.connect(listener)
        self.addCleanup(review_submitted.disconnect, listener)
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            review = review_create(user=self.buyer, offering=self.offering_a, data=review_post())
        self.assertEqual(received, [])
        for callback in callbacks:
            callback()
        self.assertEqual(received, [review])

    def test_editing_a_rejected_review_sends_it_back_to_the_queue(self) -> None:
        from xuanyong.reviews.services import review_create, review_moderate, review_update

        review = review_create(user=self.buyer, offering=self.offering_a, data=review_post(), invite=None)
        Review.objects.filter(pk=review.pk).update(verification="email")
        review.refresh_from_db()
        review_moderate(review=review, publish=False, moderator=self.editor, reason="abuse")
        review_update(review=review, user=self.buyer, data=review_post(pros="修改后的优点描述，足够十个字。"))
        review.refresh_from_db()
        # Verified and signal-free, yet not published again without a moderator.
        self.assertEqual(review.status, Review.Status.PENDING)
