"""Public reads under /api/v1/: pagination, the category page's filters, ETags, CORS, errors."""

from __future__ import annotations

import re

from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.models import Offering
from xuanyong.catalog.services import offering_create, offering_unpublish
from xuanyong.portal.services import offering_update

from ..base import create_personas
from .helpers import API, assert_error, build_catalog, get, send, walk


class PublicApiTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        create_personas(cls)
        cls.category, cls.offerings = build_catalog(cls.vendor_a, cls.vendor_b)
        offering_unpublish(offering=cls.offerings[-1])  # a draft never shows

    def published_slugs(self) -> set[str]:
        return set(Offering.objects.published().values_list("slug", flat=True))

    def test_walking_the_cursor_yields_every_published_offering_exactly_once(self) -> None:
        for sort in ("default", "rating", "price", "newest"):
            slugs = [item["slug"] for item in walk(self.client, f"/offerings?sort={sort}", limit=4)]
            self.assertEqual(len(slugs), len(set(slugs)), f"no repeats ({sort})")
            self.assertEqual(set(slugs), self.published_slugs(), sort)

    def test_a_walk_is_stable_when_offerings_are_added_midway(self) -> None:
        first = get(self.client, "/offerings?sort=newest&limit=4").json()
        offering_create(vendor=self.vendor_a, primary_category=self.category, name="新上架收银")
        seen = [item["slug"] for item in first["items"]]
        cursor = first["next_cursor"]
        while cursor:
            page = get(self.client, f"/offerings?sort=newest&limit=4&cursor={cursor}").json()
            seen += [item["slug"] for item in page["items"]]
            cursor = page["next_cursor"]
        self.assertEqual(len(seen), len(set(seen)), "nothing twice")
        self.assertEqual(set(seen), self.published_slugs() - {Offering.objects.get(name="新上架收银").slug})

    def test_filters_give_the_offerings_the_category_page_lists(self) -> None:
        for query in (
            "payment=wechat",
            "payment=wechat&payment=alipay&deployment=saas",
            "offline=1&trial=1",
            "price_max=150",
        ):
            page = self.client.get(reverse("catalog:category", args=[self.category.slug]) + "?" + query)
            on_page = set(re.findall(r'href="/p/([^/"]+)/"', page.content.decode())) & self.published_slugs()
            api = walk(self.client, f"/offerings?category={self.category.slug}&{query}")
            self.assertEqual({item["slug"] for item in api}, on_page, query)
            self.assertTrue(on_page, f"the filter {query} keeps something")

    def test_facet_counts_are_what_ticking_the_value_would_list(self) -> None:
        body = get(self.client, f"/offerings?category={self.category.slug}&payment=wechat").json()
        payment = next(f for f in body["facets"] if f["name"] == "payment")
        for value in payment["values"]:
            listed = walk(self.client, f"/offerings?category={self.category.slug}&payment={value['code']}")
            self.assertEqual(value["count"], len(listed), value)
        self.assertEqual(
            body["total"], len(walk(self.client, f"/offerings?category={self.category.slug}&payment=wechat"))
        )

    def test_offering_detail_has_plans_attributes_history_and_rating(self) -> None:
        offering = self.offerings[0]
        offering_update(offering=offering, author=self.vendor_a_member, changes={"price_min": 88})
        body = get(self.client, f"/offerings/{offering.slug}").json()
        self.assertEqual(body["plans"][0]["name"], "标准版")
        self.assertEqual(body["plans"][0]["price"], "100.00")
        payment = next(a for a in body["attributes"] if a["key"] == "payment")
        self.assertEqual(payment["display"], "微信支付")
        self.assertEqual(str(body["price_history"][0]["changes"]["price_min"][1]), "88")
        self.assertEqual(body["rating"]["count"], 0)
        assert_error(get(self.client, f"/offerings/{self.offerings[-1].slug}"), 404, "not_found")  # the draft

    def test_get_answers_304_to_a_matching_etag_until_the_data_changes(self) -> None:
        first = get(self.client, f"/offerings/{self.offerings[1].slug}")
        etag = first["ETag"]
        self.assertTrue(etag)
        again = get(self.client, f"/offerings/{self.offerings[1].slug}", **{"If-None-Match": etag})
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again.content, b"")
        offering_update(
            offering=self.offerings[1], author=self.vendor_b_member, changes={"tagline": "新的介绍"}
        )
        changed = get(self.client, f"/offerings/{self.offerings[1].slug}", **{"If-None-Match": etag})
        self.assertEqual(changed.status_code, 200)
        self.assertNotEqual(changed["ETag"], etag)
        self.assertEqual(changed.json()["tagline"], "新的介绍")

    def test_public_reads_are_cacheable_and_open_to_other_origins(self) -> None:
        response = get(self.client, "/categories", Origin="https://example.org")
        self.assertIn("public", response["Cache-Control"])
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        preflight = self.client.options(API + "/offerings", headers={"Origin": "https://example.org"})
        self.assertEqual(preflight.status_code, 204)
        vendor = get(self.client, "/vendor/leads", Origin="https://example.org")
        self.assertFalse(vendor.has_header("Access-Control-Allow-Origin"))

    def test_categories_carry_the_tree_and_each_schema(self) -> None:
        items = walk(self.client, "/categories", limit=1)
        by_slug = {c["slug"]: c for c in items}
        leaf = by_slug[self.category.slug]
        self.assertEqual(leaf["parent"], self.category.parent.slug)
        self.assertIn(self.category.slug, by_slug[self.category.parent.slug]["children"])
        self.assertEqual([a["key"] for a in leaf["attributes"]], ["payment", "offline"])
        self.assertEqual(leaf["offering_count"], len(self.offerings) - 1)

    def test_bad_input_gets_the_error_shape_and_a_4xx(self) -> None:
        cases = [
            ("/offerings?limit=-1", 400, "validation_error"),
            ("/offerings?limit=101", 400, "validation_error"),
            ("/offerings?limit=abc", 400, "validation_error"),
            ("/offerings?cursor=garbage", 400, "invalid_cursor"),
            ("/offerings?nonsense=1", 400, "invalid_filter"),
            ("/offerings?category=nope", 400, "unknown_category"),
            (f"/offerings?category={self.category.slug}&payment=bitcoin", 400, "invalid_filter"),
            ("/offerings?sort=cheapest", 400, "validation_error"),
            ("/categories?foo=bar", 400, "unknown_parameter"),
            ("/search", 400, "validation_error"),
            ("/articles?kind=poem", 400, "validation_error"),
            ("/offerings/nope", 404, "not_found"),
            ("/no-such-endpoint", 404, "not_found"),
            ("/vendor/leads", 401, "unauthorized"),
        ]
        for path, status, code in cases:
            with self.subTest(path):
                assert_error(get(self.client, path), status, code)
        other = get(self.client, "/vendors?limit=2").json()["next_cursor"]
        assert_error(get(self.client, f"/offerings?cursor={other}"), 400, "invalid_cursor")  # another list's
        assert_error(send(self.client, "post", "/offerings", {}), 405, "method_not_allowed")
        assert_error(send(self.client, "delete", "/categories"), 405, "method_not_allowed")

    def test_openapi_document_describes_every_field_in_chinese(self) -> None:
        schema = get(self.client, "/openapi.json").json()
        self.assertTrue(schema["openapi"].startswith("3."))
        missing = [
            f"{name}.{prop}"
            for name, component in schema["components"]["schemas"].items()
            for prop, spec in component.get("properties", {}).items()
            if "description" not in spec and "$ref" not in spec and "allOf" not in spec
        ]
        self.assertEqual(missing, [], "every property has a description")
        for path, operations in schema["paths"].items():
            for method, operation in operations.items():
                self.assertIn("400", operation["responses"], f"{method} {path} documents its errors")

    def test_interactive_docs_work_offline(self) -> None:
        page = self.client.get(API + "/docs")
        self.assertEqual(page.status_code, 200)
        html = page.content.decode()
        self.assertIn("swagger-ui-bundle.js", html)
        self.assertNotRegex(html, r'(src|href)="https?://', "no CDN")


class QueryCountTests(TestCase):
    """A longer page costs no more queries: nothing is loaded per item."""

    @classmethod
    def setUpTestData(cls) -> None:
        create_personas(cls)
        cls.category, cls.offerings = build_catalog(cls.vendor_a, cls.vendor_b, count=24)

    def queries(self, path: str) -> int:
        get(self.client, path)  # warm the caches a first request fills (menu, catalog version)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            self.assertEqual(get(self.client, path).status_code, 200)
        return len(captured)

    def test_list_pages_cost_the_same_whatever_their_length(self) -> None:
        for path in (
            f"/offerings?category={self.category.slug}&payment=wechat",
            "/offerings?sort=price",
            "/vendors",
            "/categories",
            "/articles",
            f"/offerings/{self.offerings[0].slug}/reviews",
        ):
            with self.subTest(path):
                separator = "&" if "?" in path else "?"
                self.assertEqual(
                    self.queries(f"{path}{separator}limit=2"), self.queries(f"{path}{separator}limit=20")
                )

    def test_a_vendor_and_a_ranking_load_their_offerings_at_once(self) -> None:
        # 12 offerings each: a query per offering would show as a dozen or more.
        self.assertLessEqual(self.queries(f"/vendors/{self.vendor_a.slug}"), 6)
        self.assertLessEqual(self.queries(f"/rankings/{self.category.slug}"), 6)
