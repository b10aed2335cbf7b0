from __future__ import annotations

import re

from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.models import Category, CategoryMembership, Offering
from xuanyong.catalog.services import (
    offering_extra_categories_set,
    offering_save,
    offering_unpublish,
)
from xuanyong.demo.sample import load_sample
from xuanyong.demo.scale import scale_to

from ..base import PersonasTestCase
from ..factories import CategoryFactory
from .helpers import make_offering, pos_category


class CategoryMembershipTests(PersonasTestCase):
    """A category lists its offerings through CategoryMembership, which the services keep in step."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.pos = pos_category()
        cls.retail = cls.pos.parent
        cls.office = CategoryFactory(name="企业管理软件")
        cls.erp = CategoryFactory(name="ERP系统", parent=cls.office)
        cls.hr = CategoryFactory(name="人力资源管理", parent=cls.office)

    def names_on(self, category: Category) -> list[str]:
        page = self.client.get(reverse("catalog:category", args=[category.slug])).content.decode()
        return re.findall(r'<h3><a href="/p/[^"]+/">([^<]+)</a></h3>', page)

    def listed_in(self, offering: Offering) -> set[str]:
        return set(
            CategoryMembership.objects.filter(offering=offering).values_list("category__name", flat=True)
        )

    def test_an_offering_lists_under_its_primary_and_extra_categories_and_their_parents(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            offering = make_offering(self.erp, "零售ERP", extra_categories=[self.pos])
        self.assertEqual(self.listed_in(offering), {"ERP系统", "企业管理软件", "收银系统", "门店与零售"})
        for category in (self.erp, self.office, self.pos, self.retail):
            with self.subTest(category=category.name):
                self.assertEqual(self.names_on(category), ["零售ERP"])
        self.assertEqual(self.names_on(self.hr), [])

    def test_moving_an_offering_to_another_category_moves_it(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            offering = make_offering(self.erp, "云进销存")
        self.assertEqual(self.names_on(self.erp), ["云进销存"])
        offering.primary_category = self.hr
        with self.captureOnCommitCallbacks(execute=True):
            offering_save(offering=offering)
        self.assertEqual(self.names_on(self.erp), [])
        self.assertEqual(self.names_on(self.hr), ["云进销存"])
        self.assertEqual(self.names_on(self.office), ["云进销存"])
        self.assertEqual(self.listed_in(offering), {"人力资源管理", "企业管理软件"})

    def test_extra_categories_can_be_added_and_taken_away(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            offering = make_offering(self.erp, "零售ERP")
            offering_extra_categories_set(offering=offering, categories=[self.pos])
        self.assertEqual(self.names_on(self.pos), ["零售ERP"])
        with self.captureOnCommitCallbacks(execute=True):
            offering_extra_categories_set(offering=offering, categories=[])
        self.assertEqual(self.names_on(self.pos), [])
        self.assertEqual(self.names_on(self.retail), [])
        self.assertEqual(self.listed_in(offering), {"ERP系统", "企业管理软件"})

    def test_archiving_removes_it_from_its_categories(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            offering = make_offering(self.erp, "将下架的ERP", extra_categories=[self.pos])
        self.assertEqual(self.names_on(self.pos), ["将下架的ERP"])
        with self.captureOnCommitCallbacks(execute=True):
            offering_unpublish(offering=offering)
        for category in (self.erp, self.office, self.pos, self.retail):
            with self.subTest(category=category.name):
                self.assertEqual(self.names_on(category), [])

    def test_the_admin_keeps_memberships_when_extra_categories_or_a_parent_change(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            offering = make_offering(self.erp, "零售ERP", vendor=self.vendor_a)
        self.client.force_login(self.admin)
        url = reverse("admin:catalog_offering_change", args=[offering.pk])
        form = self.client.get(url).context["adminform"].form
        data = {
            k: ("" if v is None else v) for k, v in form.initial.items() if not isinstance(v, list | dict)
        }
        data.update({
            "vendor": self.vendor_a.pk, "primary_category": self.erp.pk, "extra_categories": [self.pos.pk],
            "plans-TOTAL_FORMS": "0", "plans-INITIAL_FORMS": "0", "fee_items-TOTAL_FORMS": "0", "fee_items-INITIAL_FORMS": "0",
        })  # fmt: skip
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        self.assertEqual(self.listed_in(offering), {"ERP系统", "企业管理软件", "收银系统", "门店与零售"})
        self.assertEqual(self.names_on(self.pos), ["零售ERP"])

        # ERP系统 moves under 门店与零售: its offerings list there, no longer under 企业管理软件.
        url = reverse("admin:catalog_category_change", args=[self.erp.pk])
        form = self.client.get(url).context["adminform"].form
        data = {
            k: ("" if v is None else v) for k, v in form.initial.items() if not isinstance(v, list | dict)
        }
        data.update({
            "parent": self.retail.pk, "aliases": "[]", "attributes-TOTAL_FORMS": "0", "attributes-INITIAL_FORMS": "0",
        })  # fmt: skip
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        self.assertEqual(self.names_on(self.office), [])
        self.assertEqual(self.listed_in(offering), {"ERP系统", "收银系统", "门店与零售"})


class BulkLoadMembershipTests(TestCase):
    def test_generated_offerings_list_under_their_category_and_its_parent(self) -> None:
        load_sample()
        scale_to(150)
        parents = dict(Category.objects.values_list("pk", "parent_id"))
        for offering in Offering.objects.filter(slug__contains="-g"):
            expected = {offering.primary_category_id, parents[offering.primary_category_id]}
            listed = set(offering.memberships.values_list("category_id", flat=True))
            self.assertLessEqual(expected, listed, offering.name)
        generated = Offering.objects.filter(slug__contains="-g").select_related("primary_category__parent")[0]
        for category in (generated.primary_category, generated.primary_category.parent):
            assert category is not None
            self.assertTrue(Offering.objects.in_category(category).filter(pk=generated.pk).exists())
