"""English at /en/: every word of the UI in English while the catalog and the articles stay as
written; Chinese at / whatever the browser asks for; the language switch and the hreflang
alternates; e-mails in the recipient's language; the templates' catalog complete, and no
Chinese left in a template or a script outside {% translate %}."""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.db.models import CharField, JSONField, TextField
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

import xuanyong
from xuanyong.accounts.models import User
from xuanyong.accounts.services import vendor_membership_create
from xuanyong.catalog import credentials
from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.content.models import Article
from xuanyong.demo.accounts import demo_accounts_ensure
from xuanyong.demo.sample import load_sample
from xuanyong.reviews.services import send_update_reminders

from ..base import PersonasTestCase
from ..leads.helpers import catalog_for, lead_data, quote_url
from ..reviews.helpers import published_review

PACKAGE = Path(xuanyong.__file__).parent
CATALOG = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "django.po"
# CJK ideographs and the full-width punctuation that comes with them (，。：（）…).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
# Chinese an English page shows on purpose: each language's name in itself, and the logo's mark.
UI_EXCEPTIONS = {"简体中文", "选"}


# --- what a page says -------------------------------------------------------------------------


class _UIText(HTMLParser):
    """Text nodes and the attributes people read (or hear), outside scripts and styles."""

    ATTRIBUTES = frozenset(
        {
            "title",
            "aria-label",
            "placeholder",
            "alt",
            "data-confirm",
            "data-tooltip",
            "data-x-name",
            "data-y-name",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        named = dict(attrs)
        for name, value in attrs:
            described = tag == "meta" and name == "content" and named.get("name") == "description"
            if value and (name in self.ATTRIBUTES or described):
                self.texts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.texts.append(data)


def ui_texts(html: str) -> list[str]:
    parser = _UIText()
    parser.feed(html)
    return parser.texts


class DataStrings:
    """Every string the database holds (names, descriptions, articles, site settings…), which
    pages show as written in either language, indexed by their first two characters."""

    def __init__(self, extra: list[str]) -> None:
        found: set[str] = set(extra)
        for model in apps.get_models():
            names = [
                f.attname
                for f in model._meta.concrete_fields
                if isinstance(f, CharField | TextField | JSONField) and not f.primary_key
            ]
            if names and not model._meta.proxy:
                for row in model._base_manager.values_list(*names):
                    for value in row:
                        found.update(_strings(value))
        self.values = sorted((s for s in found if len(s) >= 2 and CJK.search(s)), key=len, reverse=True)
        self.units = {s for s in found if len(s) == 1 and CJK.search(s)}  # 件, 家…: after a number
        self.markup = [s for s in self.values if "<" in s and len(s) > 40]  # article bodies and such
        self.corpus = "\x00".join(self.values)
        self.index: dict[str, list[str]] = {}
        for value in self.values:
            self.index.setdefault(value[:2], []).append(value)

    def explains(self, text: str) -> bool:
        """Whether all the Chinese in ``text`` is data: whole values, or an excerpt of one."""
        candidates = {v for i in range(len(text) - 1) for v in self.index.get(text[i : i + 2], ())}
        rest = text
        for value in sorted(candidates, key=len, reverse=True):
            rest = rest.replace(value, " ")
        if not CJK.search(rest):
            return True
        number = re.fullmatch(r"\s*[\d.,]+\s*(\S)\s*", rest)
        if number and number.group(1) in self.units:
            return True
        excerpt = text.strip().rstrip("…").strip()
        return len(excerpt) >= 10 and excerpt in self.corpus


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value.strip()
        if "<" in value or "\n" in value:  # HTML and Markdown: the text a page shows of them
            plain = strip_tags(value)
            yield plain.strip()
            yield from (line.strip(" #*->") for line in plain.splitlines())
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def untranslated(html: str, data: DataStrings) -> list[str]:
    for markup in data.markup:  # rendered as stored: Markdown made HTML
        html = html.replace(markup, "")
    html = re.sub(r"</?mark>", "", html)  # search highlights split names and summaries
    return [
        text.strip()
        for text in ui_texts(html)
        if CJK.search(text) and text.strip() not in UI_EXCEPTIONS and not data.explains(text)
    ]


def in_english(path: str) -> str:
    return "/en" + path


@pytest.fixture(autouse=True)
def _default_language_after() -> Iterator[None]:
    """A request to /en/ leaves English active in the thread (LocaleMiddleware never resets it),
    where the next test's reverse() would read it."""
    yield
    translation.deactivate()


# --- pages ----------------------------------------------------------------------------------------


class EnglishPagesTests(TestCase):
    query = "收银"

    @classmethod
    def setUpTestData(cls) -> None:
        load_sample()
        demo_accounts_ensure()
        cls.category = Category.objects.filter(parent__isnull=False, primary_offerings__isnull=False).first()
        cls.offering = Offering.objects.published().filter(primary_category=cls.category).first()
        cls.second = (
            Offering.objects.published()
            .filter(primary_category=cls.category)
            .exclude(pk=cls.offering.pk)
            .first()
        )
        cls.article = Article.objects.published().first()
        cls.vendor = Vendor.objects.first()
        assert cls.category and cls.offering and cls.second and cls.article and cls.vendor

    def paths(self) -> list[str]:
        """Chinese paths of the pages people read, each of which has an English twin."""
        slug = self.offering.slug
        return [
            "/", self.category.get_absolute_url(), self.offering.get_absolute_url(), self.article.get_absolute_url(),
            f"/search/?q={self.query}", f"/leads/new/?offering={slug}", "/accounts/login/", "/accounts/signup/",
            f"/rank/{self.category.slug}/", f"/compare/?o={slug},{self.second.slug}", "/rank/method/", "/a/",
            f"/p/{slug}/reviews/", f"/p/{slug}/alternatives/", self.vendor.get_absolute_url(), "/callback/",
            "/partners/", "/privacy/", "/reviews/transparency/", "/open-data/", "/accounts/password-reset/",
        ]  # fmt: skip

    def test_english_pages_say_everything_in_english_but_the_data(self) -> None:
        data = DataStrings(extra=[self.query])
        for path in self.paths():
            with self.subTest(path=path):
                response = self.client.get(in_english(path))
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIn('<html lang="en">', html)
                self.assertEqual(untranslated(html, data), [])

    def test_signed_in_pages_are_english_too(self) -> None:
        data = DataStrings(extra=[])
        offering = Offering.objects.filter(
            vendor__memberships__user__email="vendor@demo.xuanyong.local"
        ).first()
        assert offering is not None
        for email, paths in [
            ("buyer@demo.xuanyong.local", ["/my/leads/", "/reviews/mine/", "/account/privacy/"]),
            (
                "vendor@demo.xuanyong.local",
                [
                    "/vendor/", "/vendor/leads/", "/vendor/offerings/", f"/vendor/offerings/{offering.pk}/",
                    f"/vendor/offerings/{offering.pk}/history/", "/vendor/numbers/", "/vendor/credentials/",
                    "/vendor/catalog/", "/vendor/webhook/", "/vendor/api-tokens/", "/vendor/reviews/",
                ],
            ),
            (
                "editor@demo.xuanyong.local",
                ["/ops/", "/ops/leads/", "/reviews/moderation/", "/ops/credentials/", "/ops/catalog/"],
            ),
        ]:  # fmt: skip
            client = Client()
            client.force_login(User.objects.get(email=email))
            for path in paths:
                with self.subTest(path=path):
                    response = client.get(in_english(path))
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(untranslated(response.content.decode(), data), [])

    def test_header_footer_and_navigation_are_english(self) -> None:
        category_path = self.category.get_absolute_url()
        response = self.client.get(in_english(self.offering.get_absolute_url()))
        for words in [
            "Log in", "Sign up", "All categories", "Buying guides", "Partner brands", 'placeholder="Search software',
            ">Search</button>", "Hotline: ", "About Xuanyong", "Privacy policy", "Open data", "Contact us",
            "+ Compare", "Write a review", ">Home</a>",
        ]:  # fmt: skip
            self.assertContains(response, words)
        # Links stay in English.
        self.assertContains(response, 'href="/en/accounts/login/"')
        self.assertContains(response, f'href="/en{category_path}"')

    def test_chinese_stays_at_the_root_whatever_the_browser_asks(self) -> None:
        response = self.client.get("/", headers={"accept-language": "en-US,en;q=0.9"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="zh-CN">')
        self.assertContains(response, ">登录</a>")
        self.assertNotContains(response, ">Log in</a>")
        self.assertEqual(response["Content-Language"], "zh-hans")
        path = self.offering.get_absolute_url()
        self.assertContains(self.client.get(path, headers={"accept-language": "en"}), "加入对比")

    def test_the_switch_links_to_the_same_page_in_the_other_language(self) -> None:
        path = self.offering.get_absolute_url()
        english = self.client.get(in_english(path))
        self.assertContains(
            english, f'<a href="{path}" hreflang="zh-Hans" lang="zh-CN">简体中文</a>', html=True
        )
        chinese = self.client.get(path)
        self.assertContains(chinese, f'<a href="/en{path}" hreflang="en" lang="en">English</a>', html=True)
        # The query string comes along; a page that does not exist points at the other home page.
        search = self.client.get(f"/en/search/?q={self.query}")
        self.assertContains(search, 'href="/search/?q=%E6%94%B6%E9%93%B6" hreflang="zh-Hans"')
        missing = self.client.get("/en/no-such-page/")
        self.assertEqual(missing.status_code, 404)
        self.assertContains(missing, 'href="/" hreflang="zh-Hans"', status_code=404)

    def test_hreflang_alternates_are_absolute(self) -> None:
        path = self.category.get_absolute_url()
        for url in (path, in_english(path)):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(
                    response, f'<link rel="alternate" hreflang="zh-Hans" href="{settings.SITE_URL}{path}">'
                )
                self.assertContains(
                    response, f'<link rel="alternate" hreflang="en" href="{settings.SITE_URL}/en{path}">'
                )
                self.assertContains(
                    response, f'<link rel="alternate" hreflang="x-default" href="{settings.SITE_URL}{path}">'
                )

    def test_each_language_is_cached_apart(self) -> None:
        path = self.offering.get_absolute_url()
        states = []
        for url in (path, in_english(path), path, in_english(path)):
            response = Client().get(url)  # a new visitor each time: the page comes from the cache
            states.append(response["X-Page-Cache"])
            self.assertContains(response, "Compare" if url.startswith("/en/") else "加入对比")
        self.assertEqual(states, ["miss", "miss", "hit", "hit"])

    def test_machine_facing_addresses_have_no_english_twin(self) -> None:
        for path in ["/feed/", "/sitemap.xml", "/healthz", "/api/v1/categories", "/admin/login/"]:
            with self.subTest(path=path):
                self.assertIn(
                    self.client.get(path, headers={"accept-language": "en"}).status_code, (200, 302)
                )
                self.assertEqual(self.client.get(in_english(path)).status_code, 404)
        self.assertEqual(reverse("syndication:feed"), "/feed/")
        with translation.override("en"):
            self.assertEqual(reverse("syndication:feed"), "/feed/")
            self.assertEqual(
                reverse("opendata_files:download", args=["manifest.json"]), "/open-data/manifest.json"
            )
            self.assertEqual(reverse("web:home"), "/en/")


# --- e-mails ---------------------------------------------------------------------------------------


class EmailLanguageTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, _ = catalog_for(cls.vendor_a, cls.vendor_b)

    def submit_lead(self) -> None:
        url = quote_url(self.offering)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, lead_data(self.client, url))
        self.assertEqual(response.status_code, 302)

    def test_lead_notification_in_each_members_language(self) -> None:
        english = self.make_user("en@vendor-a.example.com", "Alice")
        english.language = "en"
        english.save(update_fields=["language"])
        vendor_membership_create(user=english, vendor=self.vendor_a)
        self.submit_lead()
        by_recipient = {tuple(m.to): m for m in mail.outbox}
        self.assertEqual(set(by_recipient), {(self.vendor_a_member.email,), (english.email,)})
        chinese_mail, english_mail = (
            by_recipient[(self.vendor_a_member.email,)],
            by_recipient[(english.email,)],
        )
        self.assertIn("新线索", chinese_mail.subject)
        self.assertIn("您在选用收到一条新线索。", chinese_mail.body)
        self.assertIn("/vendor/leads/", chinese_mail.body)
        self.assertIn("New lead", english_mail.subject)
        self.assertIn("You have a new lead on Xuanyong.", english_mail.body)
        self.assertIn("/en/vendor/leads/", english_mail.body)
        self.assertIsNone(CJK.search(english_mail.subject.replace(self.offering.name, "")))

    def test_reminders_follow_each_recipients_language(self) -> None:
        self.vendor_a_member.language = self.buyer.language = "en"
        self.vendor_a_member.save(update_fields=["language"])
        self.buyer.save(update_fields=["language"])
        published_review(self.offering, self.buyer, 8, rated_at=timezone.now() - dt.timedelta(days=181))
        self.assertEqual(send_update_reminders(), 1)
        today = timezone.localdate()
        credentials.credential_submit(
            vendor=self.vendor_a, user=None,
            data=credentials.CredentialInput(offering=self.offering, kind="dengbao", level=3, number="11010813001-20001",
                                             issued_on=today - dt.timedelta(days=340),
                                             expires_on=today + dt.timedelta(days=25)),
        )  # fmt: skip
        self.assertEqual(credentials.credentials_expire_and_remind(today=today), (0, 1))
        review_mail, credential_mail = mail.outbox
        self.assertEqual(review_mail.subject, "Xuanyong: update your review")
        self.assertIn(f"/en/p/{self.offering.slug}/reviews/write/", review_mail.body)
        self.assertIn("expires on", credential_mail.body)
        self.assertIn("/en/vendor/credentials/", credential_mail.body)
        for message in (review_mail, credential_mail):
            text = message.body.replace(self.offering.name, "").replace(self.vendor_a.name, "")
            self.assertIsNone(CJK.search(message.subject + text), message.body)

    def test_password_reset_mail_follows_the_account_not_the_page(self) -> None:
        self.buyer.language = "en"
        self.buyer.save(update_fields=["language"])
        self.client.post("/accounts/password-reset/", {"email": self.buyer.email})  # a Chinese page
        self.client.post("/en/accounts/password-reset/", {"email": self.vendor_a_member.email})
        english, chinese = mail.outbox
        self.assertEqual(english.subject, "Reset your Xuanyong password")
        self.assertIn("/en/accounts/reset/", english.body)
        self.assertIsNone(CJK.search(english.body.replace(self.buyer.display_name, "")))
        self.assertEqual(chinese.subject, "重设您在选用的密码")
        self.assertIn("我们收到了重设您选用账号密码的请求", chinese.body)
        self.assertNotIn("/en/", chinese.body)


# --- the catalog, the templates and the scripts ------------------------------------------------------


def po_entries(path: Path) -> list[dict[str, Any]]:
    """Each entry's msgctxt, msgid, msgstr (or msgstr[n]) and flags; PO strings read as Python's."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry: dict[str, Any] = {"flags": set(), "msgstr": []}
        key = ""
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith(("msgctxt", "msgid", "msgstr")):
                key, _, quoted = line.partition(" ")
                if key.startswith("msgstr"):
                    entry["msgstr"].append(ast.literal_eval(quoted))
                else:
                    entry[key] = ast.literal_eval(quoted)
            elif line.startswith('"'):
                if key.startswith("msgstr"):
                    entry["msgstr"][-1] += ast.literal_eval(line)
                else:
                    entry[key] += ast.literal_eval(line)
        if "msgid" in entry:
            entries.append(entry)
    return entries


def test_the_templates_catalog_is_complete_and_compiled() -> None:
    entries = [e for e in po_entries(CATALOG) if e["msgid"]]
    assert len(entries) > 500
    assert [e["msgid"] for e in entries if "fuzzy" in e["flags"]] == []
    assert [e["msgid"] for e in entries if not all(e["msgstr"])] == []
    assert [e["msgid"] for e in entries if any(CJK.search(s) for s in e["msgstr"])] == []
    with CATALOG.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in entries:
        if "msgid_plural" in entry:
            found = [compiled.ngettext(entry["msgid"], entry["msgid_plural"], n) for n in (1, 2)]
        elif "msgctxt" in entry:
            found = [compiled.pgettext(entry["msgctxt"], entry["msgid"])]
        else:
            found = [compiled.gettext(entry["msgid"])]
        assert found == entry["msgstr"], f"the .mo is older than the .po for {entry['msgid']!r}"


# What a template may hold in Chinese outside {% translate %} / {% blocktranslate %} and comments.
TEMPLATE_ALLOWLIST = {
    # The logo's mark is a glyph, the same in both languages.
    ("templates/base.html", '<span class="logo-mark">选</span>'),
}
TRANSLATED_OR_COMMENT = re.compile(
    r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}|\{#.*?#\}|<!--.*?-->"
    r"|\{%\s*blocktrans(?:late)?\b.*?\{%\s*endblocktrans(?:late)?\s*%\}"
    r"|\{%\s*trans(?:late)?\s+(?:\"[^\"]*\"|'[^']*')[^%]*%\}",
    re.S,
)


def test_no_template_holds_chinese_outside_translate_tags() -> None:
    found = []
    for path in sorted(PACKAGE.glob("**/templates/**/*")):
        if path.suffix not in (".html", ".txt", ".xml"):
            continue
        name = str(path.relative_to(PACKAGE))
        text = path.read_text(encoding="utf-8")
        for _name, allowed in (a for a in TEMPLATE_ALLOWLIST if a[0] == name):
            text = text.replace(allowed, "")
        rest = TRANSLATED_OR_COMMENT.sub("", text)
        found += [f"{name}: {line.strip()}" for line in rest.splitlines() if CJK.search(line)]
    assert found == [], "wrap these in {% translate %} or {% blocktranslate %}"


def test_no_script_holds_chinese_ui_strings() -> None:
    """Scripts take their words from data-* attributes the templates translate."""
    scripts = [*PACKAGE.glob("static/xuanyong/js/*.js"), *PACKAGE.glob("*/static/*/*.js")]
    assert scripts
    comment = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
    found = [str(path) for path in scripts if CJK.search(comment.sub("", path.read_text(encoding="utf-8")))]
    assert found == []
