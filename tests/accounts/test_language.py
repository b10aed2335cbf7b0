"""The language of an account's e-mails: the site's language at sign-up, changed on the privacy
page; pages themselves follow the URL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation

from xuanyong.accounts.models import User

from ..base import PASSWORD, PersonasTestCase
from .test_signup import signup_data


@pytest.fixture(autouse=True)
def _default_language_after() -> Iterator[None]:
    """A request to /en/ leaves English active in the thread, where the next test would read it."""
    yield
    translation.deactivate()


class SignupLanguageTests(PersonasTestCase):
    def test_signing_up_in_english_makes_an_english_account(self) -> None:
        response = self.client.post("/en/accounts/signup/", signup_data(email="en@example.com"))
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)
        self.assertEqual(User.objects.get(email="en@example.com").language, "en")

    def test_signing_up_in_chinese_makes_a_chinese_account(self) -> None:
        self.client.post("/accounts/signup/", signup_data(email="zh@example.com"))
        self.assertEqual(User.objects.get(email="zh@example.com").language, "zh-hans")
        self.assertEqual(self.buyer.language, "zh-hans")  # accounts made in code: the default


class LanguagePreferenceTests(PersonasTestCase):
    def setUp(self) -> None:
        self.client.login(email=self.buyer.email, password=PASSWORD)

    def test_the_privacy_page_offers_both_languages_with_the_current_one_chosen(self) -> None:
        response = self.client.get("/account/privacy/")
        self.assertContains(response, "邮件语言")
        self.assertContains(response, 'action="/accounts/language/"')
        self.assertContains(response, '<option value="zh-hans" selected>简体中文</option>', html=True)
        self.assertContains(response, '<option value="en">English</option>', html=True)
        english = self.client.get("/en/account/privacy/")
        self.assertContains(english, "Email language")
        self.assertContains(english, 'action="/en/accounts/language/"')

    def test_choosing_english_keeps_it_and_goes_back_to_the_page(self) -> None:
        response = self.client.post("/en/accounts/language/", {"language": "en"})
        self.assertRedirects(response, "/en/account/privacy/", fetch_redirect_response=False)
        self.buyer.refresh_from_db()
        self.assertEqual(self.buyer.language, "en")
        self.assertContains(
            self.client.get("/account/privacy/"), '<option value="en" selected>English</option>', html=True
        )
        response = self.client.post("/accounts/language/", {"language": "zh-hans"})
        self.assertRedirects(response, "/account/privacy/", fetch_redirect_response=False)
        self.buyer.refresh_from_db()
        self.assertEqual(self.buyer.language, "zh-hans")

    def test_an_unknown_language_changes_nothing(self) -> None:
        response = self.client.post("/accounts/language/", {"language": "fr"})
        self.assertEqual(response.status_code, 400)
        self.buyer.refresh_from_db()
        self.assertEqual(self.buyer.language, "zh-hans")

    def test_only_signed_in_people_choose_and_only_by_post(self) -> None:
        self.assertEqual(self.client.get("/accounts/language/").status_code, 405)
        self.client.logout()
        response = self.client.post("/accounts/language/", {"language": "en"})
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response["Location"])
