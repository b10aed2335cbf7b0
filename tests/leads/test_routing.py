"""Routing from the compare and article pages, and the documented candidate order."""

from __future__ import annotations

from django.urls import reverse

from xuanyong.content.models import ArticleOffering
from xuanyong.leads.models import Lead

from ..base import PersonasTestCase
from ..factories import ArticleFactory
from .helpers import catalog_for, lead_data, more_vendors


class CompareAndArticleTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering_a, cls.offering_b = catalog_for(cls.vendor_a, cls.vendor_b)

    def test_compare_page_routes_to_the_compared_vendors_in_order(self) -> None:
        compare = reverse("catalog:compare") + f"?o={self.offering_b.slug},{self.offering_a.slug}"
        self.assertContains(self.client.get(compare), 'data-cta="quote" data-cta-source="compare"')
        url = reverse("leads:new") + f"?kind=quote&compare={self.offering_b.slug},{self.offering_a.slug}"
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, lead_data(self.client, url))
        lead = Lead.objects.get()
        self.assertEqual(lead.source, "compare")
        self.assertEqual(
            list(lead.routes.order_by("position").values_list("vendor_id", flat=True)),
            [self.vendor_b.pk, self.vendor_a.pk],
        )

    def test_article_routes_to_its_featured_vendors_then_falls_back_to_its_category(self) -> None:
        article = ArticleFactory(category=self.category)
        ArticleOffering.objects.create(article=article, offering=self.offering_b, position=0)
        ArticleOffering.objects.create(article=article, offering=self.offering_a, position=1)
        self.assertContains(
            self.client.get(article.get_absolute_url()), 'data-cta="consult" data-cta-source="article"'
        )
        url = reverse("leads:new") + f"?kind=consult&article={article.slug}"
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, lead_data(self.client, url, kind="consult"))
        lead = Lead.objects.get()
        self.assertEqual((lead.source, lead.article), ("article", article))
        self.assertEqual(lead.consent_vendor_ids, [self.vendor_b.pk, self.vendor_a.pk])

        plain = ArticleFactory(category=self.category)
        extra = more_vendors(self.category, 4)
        page = self.client.get(reverse("leads:new") + f"?article={plain.slug}").content.decode()
        # The category's five most viewed verified vendors: A (90 views), B (50), then three of the rest.
        for vendor in (self.vendor_a, self.vendor_b, *extra[:3]):
            self.assertIn(vendor.name, page)
        self.assertNotIn(extra[3].name, page)
