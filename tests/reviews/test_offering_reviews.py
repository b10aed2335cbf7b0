"""The offering page's summary and the filtered list, helpful votes, counters and search."""

from __future__ import annotations

import re

from django.urls import reverse

from xuanyong.catalog.models import Offering
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.reviews.models import HelpfulVote, Review, Verification
from xuanyong.reviews.services import review_moderate
from xuanyong.security.throttle import rules

from .helpers import ReviewsTestCase, published_review


class OfferingReviewsTests(ReviewsTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        rows = [
            (10, Verification.PROOF, "1-20", "retail", "最满意的连锁零售客户写的评价内容"),
            (9, Verification.EMAIL, "21-100", "catering", "餐饮门店的老板写下的使用感受"),
            (6, Verification.NONE, "21-100", "retail", "一般般的体验，功能够用但不出彩"),
            (3, Verification.NONE, "501-2000", "manufacturing", "工厂食堂用着不太顺手的地方很多"),
            (8, Verification.INVITED, "1-20", "retail", "服务商邀请来的客户写的好评内容"),
        ]
        cls.reviews = []
        for i, (recommend, level, size, industry, pros) in enumerate(rows):
            user = cls.make_buyer(f"k{i}@kehu{i}.cn", f"客户{i}")
            cls.reviews.append(
                published_review(
                    cls.offering_a, user, recommend, level, company_size=size, industry=industry, pros=pros
                )
            )
        Review.objects.filter(pk=cls.reviews[2].pk).update(helpful_count=7)
        # Counters as the services keep them (the rows above were written directly).
        Offering.objects.filter(pk=cls.offering_a.pk).update(rating_avg="3.60", review_count=5)

    def setUp(self) -> None:
        self.list_url = reverse("reviews:offering_reviews", args=[self.offering_a.slug])

    def test_offering_page_shows_summary_distribution_and_verified_share(self) -> None:
        response = self.client.get(self.offering_a.get_absolute_url())
        self.assertContains(response, "5 条评价")
        self.assertContains(response, "已验证 40%")  # proof + e-mail out of five
        self.assertContains(response, "其中受邀评价 1 条")
        self.assertContains(response, "5 星</th><td>")
        self.assertContains(response, "2 条（40%）")  # 5 stars: recommend 9 and 10
        self.assertContains(response, f'hx-get="{self.list_url}"')  # the list loads per visitor
        self.assertNotContains(response, "最满意的连锁零售客户")  # not in the cached fragment

    def test_list_excludes_invited_reviews_which_are_shown_apart(self) -> None:
        page = self.client.get(self.list_url, headers={"HX-Request": "true"}).content.decode()
        main, invited = page.split("受邀评价 <small")
        self.assertIn("共 4 条评价", main)
        self.assertNotIn("服务商邀请来的客户", main)
        self.assertIn("服务商邀请来的客户", invited)

    def test_filters_and_sorting(self) -> None:
        def names(**params: str) -> list[int]:
            """The recommend values of the main list (not the invited block), in page order."""
            html = self.client.get(self.list_url, params, headers={"HX-Request": "true"}).content.decode()
            return [
                int(x) for x in re.findall(r"<strong>(\d+)/10</strong>", html.split("受邀评价 <small")[0])
            ]

        self.assertEqual(names(), [3, 6, 9, 10])  # newest first: created last to first
        self.assertEqual(names(sort="highest"), [10, 9, 6, 3])
        self.assertEqual(names(sort="lowest"), [3, 6, 9, 10])
        self.assertEqual(names(sort="helpful")[0], 6)
        self.assertEqual(names(size="21-100", sort="highest"), [9, 6])
        self.assertEqual(names(industry="retail", sort="highest"), [10, 6])
        self.assertEqual(names(verification="verified", sort="highest"), [10, 9])
        self.assertEqual(names(verification="unverified", sort="highest"), [6, 3])
        self.assertEqual(names(verification="invited"), [8])
        self.assertEqual(names(size="<script>", sort="nope"), names(sort="newest"))  # unknown values ignored

    def test_list_query_count_does_not_grow_with_reviews(self) -> None:
        self.client.get(self.list_url)
        with self.assertNumQueries(5):  # offering, count, page of reviews (+user, reply), votes, invited
            self.client.get(self.list_url, headers={"HX-Request": "true"})
        for i in range(8):
            user = self.make_buyer(f"more{i}@more{i}.cn")
            published_review(self.offering_a, user, 7)
        with self.assertNumQueries(5):
            self.client.get(self.list_url, headers={"HX-Request": "true"})

    def test_helpful_vote_counts_once_per_visitor(self) -> None:
        review = self.reviews[0]
        url = reverse("reviews:helpful", args=[review.pk])
        first = self.client.post(url, headers={"HX-Request": "true"})
        self.assertContains(first, "已标记有用 · 1")
        self.client.post(url, headers={"HX-Request": "true"})
        self.assertEqual(Review.objects.get(pk=review.pk).helpful_count, 1)
        self.assertEqual(HelpfulVote.objects.count(), 1)
        page = self.client.get(self.list_url, {"sort": "highest"})
        self.assertContains(page, "已标记有用 · 1")

    def test_dropping_the_cookie_does_not_buy_unlimited_votes_from_one_address(self) -> None:
        HELPFUL_PER_IP_PER_DAY = rules("helpful")[0].limit
        url = reverse("reviews:helpful", args=[self.reviews[0].pk])
        for _ in range(HELPFUL_PER_IP_PER_DAY):
            self.client.cookies.pop("xy_vid", None)  # a script clearing its cookie before each vote
            self.assertEqual(self.client.post(url, headers={"HX-Request": "true"}).status_code, 200)
        self.client.cookies.pop("xy_vid", None)
        refused = self.client.post(url)
        self.assertEqual(refused.status_code, 429)
        self.assertEqual(refused.json()["error"]["code"], "rate_limited")
        self.assertIn("后再试", refused.json()["error"]["message"])
        self.assertEqual(Review.objects.get(pk=self.reviews[0].pk).helpful_count, HELPFUL_PER_IP_PER_DAY)
        other = self.client.post(reverse("reviews:helpful", args=[self.reviews[1].pk]))
        self.assertEqual(other.status_code, 302)  # the limit is per review: other reviews still count
        self.client.force_login(self.vendor_b_member)  # a signed-in reader counts once anyway
        self.assertEqual(self.client.post(url).status_code, 302)
        self.assertEqual(Review.objects.get(pk=self.reviews[0].pk).helpful_count, HELPFUL_PER_IP_PER_DAY + 1)

    def test_a_signed_in_reader_counts_once_even_from_a_new_browser(self) -> None:
        url = reverse("reviews:helpful", args=[self.reviews[0].pk])
        self.client.force_login(self.vendor_b_member)
        self.client.post(url, headers={"HX-Request": "true"})
        self.client.cookies.pop("xy_vid")  # another browser, or the cookie cleared
        again = self.client.post(url, headers={"HX-Request": "true"})
        self.assertContains(again, "已标记有用 · 1")
        self.assertEqual(Review.objects.get(pk=self.reviews[0].pk).helpful_count, 1)
        self.assertEqual(HelpfulVote.objects.count(), 1)

    def test_vendor_member_cannot_vote_on_its_own_offerings_reviews(self) -> None:
        self.client.force_login(self.vendor_a_member)
        response = self.client.post(reverse("reviews:helpful", args=[self.reviews[0].pk]))
        self.assertEqual(response.status_code, 403)
        self.assertEqual(response.json()["error"]["code"], "own_vendor")
        self.assertEqual(response.json()["error"]["message"], "服务商成员不能为自己产品的评价投票。")
        self.assertFalse(HelpfulVote.objects.exists())
        self.client.force_login(self.vendor_b_member)  # another vendor's member is a reader like any other
        self.assertEqual(
            self.client.post(reverse("reviews:helpful", args=[self.reviews[0].pk])).status_code, 302
        )

    def test_rejecting_a_review_updates_rating_page_and_search_filter(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            review_moderate(review=self.reviews[3], publish=False, moderator=self.editor, reason="fake")
        offering = Offering.objects.get(pk=self.offering_a.pk)
        # Remaining published: 10, 9, 6, 8 → (5 + 4.5 + 3 + 4) / 4 = 4.125 → 4.13 (two places)
        self.assertEqual((offering.review_count, str(offering.rating_avg)), (4, "4.13"))
        self.assertContains(self.client.get(offering.get_absolute_url()), "4 条评价")
        found = self.client.get(reverse("search:search"), {"q": "甲收银", "rating": "4"})
        self.assertContains(found, "甲收银")
        with self.captureOnCommitCallbacks(execute=True):
            review_moderate(review=self.reviews[0], publish=False, moderator=self.editor, reason="fake")
            review_moderate(review=self.reviews[1], publish=False, moderator=self.editor, reason="fake")
        catalog_version_bump()
        found = self.client.get(reverse("search:search"), {"q": "甲收银", "rating": "4.5"})
        self.assertNotContains(found, "/p/" + self.offering_a.slug + "/")

    def test_offering_page_summary_is_cached_with_the_page(self) -> None:
        url = self.offering_a.get_absolute_url()
        self.client.get(url)  # site settings, the menu and the shared fragment (summary included)
        with self.assertNumQueries(1):  # warm: the offering's row alone, as in the catalog's own test
            self.assertContains(self.client.get(url), "已验证 40%")
