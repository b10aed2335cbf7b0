from __future__ import annotations

from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.models import Category, Offering
from xuanyong.demo.sample import load_sample
from xuanyong.reviews.models import Review
from xuanyong.reviews.ranking import category_ranking


class SampleReviewsTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        load_sample()

    def test_several_categories_have_a_ranking(self) -> None:
        ranked = [
            c for c in Category.objects.filter(parent__isnull=False) if len(category_ranking(c).ranked) >= 3
        ]
        self.assertGreaterEqual(len(ranked), 4)
        response = self.client.get(reverse("catalog:ranking", args=[ranked[0].slug]))
        self.assertContains(response, "为什么排在这里")

    def test_counters_match_published_reviews_and_the_queue_has_signals(self) -> None:
        offering = Offering.objects.filter(review_count__gte=3).first()
        assert offering is not None
        self.assertEqual(offering.review_count, Review.objects.published().filter(offering=offering).count())
        pending = list(Review.objects.filter(status=Review.Status.PENDING))
        self.assertEqual(len(pending), 3)
        self.assertTrue(all(r.signals for r in pending))
        self.assertTrue(Review.objects.filter(status=Review.Status.REJECTED).exists())
