"""``{% shared %}`` blocks: rendered once per pages version, language and values, as nobody in
particular, with each visitor's own CSRF token and one-time values filled in."""

from __future__ import annotations

import re

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.middleware.csrf import _does_token_match, get_token
from django.template import engines
from django.test import RequestFactory, TestCase, override_settings
from django.urls import reverse
from django.utils import translation

from xuanyong.accounts.models import User
from xuanyong.catalog.services import offering_save
from xuanyong.lib.pagecache import pages_invalidate

from ..content.helpers import BROWSER_UA
from . import test_page_cache as page_cache

IDEM = re.compile(r'name="idem" value="([^"]*)"')


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return self.calls


class SharedBlockTests(TestCase):
    def render(self, source: str, request: HttpRequest | None = None, **context: object) -> str:
        if request is None:
            request = RequestFactory().get("/")
            request.user = AnonymousUser()
        template = engines["django"].from_string("{% load shared %}" + source)
        return template.render(context, request)

    def test_it_renders_once_per_pages_version(self) -> None:
        counter = Counter()
        source = '{% shared "counted" %}{{ counter }}{% endshared %}'
        self.assertEqual(self.render(source, counter=counter), "1")
        self.assertEqual(self.render(source, counter=counter), "1")
        pages_invalidate()  # any write to what public pages show
        self.assertEqual(self.render(source, counter=counter), "2")

    def test_each_language_and_each_value_has_its_own(self) -> None:
        counter = Counter()
        source = '{% shared "counted" key %}{{ key }}:{{ counter }}{% endshared %}'
        self.assertEqual(self.render(source, counter=counter, key="a"), "a:1")
        self.assertEqual(self.render(source, counter=counter, key="b"), "b:2")
        with translation.override("en"):
            self.assertEqual(self.render(source, counter=counter, key="a"), "a:3")
        self.assertEqual(self.render(source, counter=counter, key="a"), "a:1")

    def test_it_renders_as_nobody_and_fills_in_the_visitors_token(self) -> None:
        member = User.objects.create_user(email="member@example.com", password="x" * 12)
        request = RequestFactory().get("/")
        request.user = member
        html = self.render(
            '{% shared "nobody" %}{{ user.is_authenticated }} {% csrf_token %}{% endshared %}', request
        )
        self.assertTrue(html.startswith("False "), html)
        self.assertNotIn("xyShared7", html)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert token is not None
        self.assertTrue(_does_token_match(token.group(1), request.META["CSRF_COOKIE"]), "the visitor's own")

    def test_reading_the_request_inside_is_an_error_not_an_empty_string(self) -> None:
        with self.assertRaisesMessage(RuntimeError, "request.path"):
            self.render('{% shared "path" %}{{ request.path }}{% endshared %}')

    def test_html_filled_in_for_this_visitor_is_an_error_inside(self) -> None:
        """Their CSRF token would be served to everyone."""
        request = RequestFactory().get("/")
        request.user = AnonymousUser()
        form = f'<input type="hidden" name="csrfmiddlewaretoken" value="{get_token(request)}">'
        with self.assertRaisesMessage(RuntimeError, "CSRF token"):
            self.render('{% shared "filled" %}{{ form|safe }}{% endshared %}', request, form=form)


@override_settings(XUANYONG_PAGE_CACHE=False)
class SharedHomePageTests(TestCase):
    def test_each_visitor_gets_their_own_idempotency_key_from_the_shared_sections(self) -> None:
        keys = set()
        for _ in range(2):
            html = self.client_class(HTTP_USER_AGENT=BROWSER_UA).get(reverse("web:home")).content.decode()
            self.assertNotIn("xyShared7", html)
            key = IDEM.search(html)
            assert key is not None
            keys.add(key.group(1))
        self.assertEqual(len(keys), 2)


@override_settings(XUANYONG_PAGE_CACHE=False)
class EditsShowWithoutThePageCacheTests(page_cache.InvalidationTests):
    """The page cache's invalidation cases with it off: the shared blocks and the rows cached
    under the pages version must not outlive an edit either."""

    def assert_cached(self, url: str) -> str:
        self.get(url)
        return self.get(url)[0]  # from the shared blocks now

    def fresh(self, url: str) -> str:
        return self.get(url)[0]

    def test_a_render_during_the_write_is_not_kept_past_its_commit(self) -> None:
        url = self.offering.get_absolute_url()
        self.assert_cached(url)
        self.offering.tagline = "提交之后才算数"
        with self.captureOnCommitCallbacks(execute=False) as hooks:
            offering_save(offering=self.offering)
        self.get(url)  # rendered before the commit hooks ran
        for hook in hooks:
            hook()
        self.assertIn("提交之后才算数", self.fresh(url))
