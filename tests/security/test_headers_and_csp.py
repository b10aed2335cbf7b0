"""Security headers and a Content-Security-Policy that every page can live with."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from django.test import Client, TestCase

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Category, Offering
from xuanyong.content.models import Article
from xuanyong.demo.accounts import demo_accounts_ensure
from xuanyong.demo.sample import load_sample

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<[a-z][^>]*\sstyle=|<style[\s>]", re.I)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+=", re.I)
SCRIPT_SRC = re.compile(r'<script[^>]*\bsrc="([^"]+)"')


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


class PagesUnderThePolicyTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        load_sample()
        demo_accounts_ensure()

    def pages(self) -> list[str]:
        category = Category.objects.filter(parent__isnull=False).first()
        offering = Offering.objects.published().first()
        article = Article.objects.published().first()
        assert category and offering and article
        second = Offering.objects.published().exclude(pk=offering.pk).first()
        assert second
        return [
            "/", category.get_absolute_url(), offering.get_absolute_url(), f"/p/{offering.slug}/reviews/",
            f"/compare/?o={offering.slug},{second.slug}", f"/rank/{category.slug}/", "/rank/method/",
            article.get_absolute_url(), "/a/", "/search/?q=收银", "/accounts/login/", "/accounts/signup/",
            f"/leads/new/?offering={offering.slug}", "/callback/", "/partners/", "/reviews/transparency/", "/privacy/",
        ]  # fmt: skip

    def assert_page_obeys(self, client: Client, url: str) -> None:
        response = client.get(url)
        self.assertEqual(response.status_code, 200, url)
        policy = directives(response["Content-Security-Policy"])
        html = response.content.decode()
        self.assertNotIn("'unsafe-inline'", response["Content-Security-Policy"], url)
        self.assertNotIn("'unsafe-eval'", response["Content-Security-Policy"], url)
        self.assertIsNone(INLINE_SCRIPT.search(html), f"{url}: inline script")
        self.assertIsNone(INLINE_STYLE.search(html), f"{url}: inline style")
        self.assertIsNone(INLINE_HANDLER.search(html), f"{url}: inline event handler")
        # Every script is a file from this host, which is all the policy allows.
        self.assertEqual(policy["script-src"], ["'self'"], url)
        for src in SCRIPT_SRC.findall(html):
            self.assertTrue(src.startswith("/static/"), f"{url}: script {src}")

    def test_public_pages_have_no_inline_script_style_or_handler(self) -> None:
        client = Client()
        for url in self.pages():
            with self.subTest(url=url):
                self.assert_page_obeys(client, url)

    def test_signed_in_pages_obey_too(self) -> None:
        for email, urls in [
            ("buyer@demo.xuanyong.local", ["/my/leads/", "/reviews/mine/", "/account/privacy/"]),
            (
                "vendor@demo.xuanyong.local",
                [
                    "/vendor/",
                    "/vendor/leads/",
                    "/vendor/offerings/",
                    "/vendor/numbers/",
                    "/vendor/credentials/",
                ],
            ),
            (
                "editor@demo.xuanyong.local",
                ["/ops/", "/ops/leads/", "/reviews/moderation/", "/ops/credentials/"],
            ),
        ]:
            client = Client()
            client.force_login(User.objects.get(email=email))
            for url in urls:
                with self.subTest(url=url):
                    self.assert_page_obeys(client, url)

    def test_an_inline_script_would_be_refused(self) -> None:
        """No nonce or hash lets an injected inline script run: pages cached for everyone stay
        the same bytes, and a script only runs from our files."""
        policy = Client().get("/")["Content-Security-Policy"]
        self.assertNotIn("'nonce-", policy)
        self.assertNotIn("'sha256-", policy)


class HeaderTests(TestCase):
    def test_the_policy_forbids_other_hosts_and_framing(self) -> None:
        response = self.client.get("/accounts/login/")
        policy = directives(response["Content-Security-Policy"])
        for directive in ("default-src", "style-src", "connect-src", "form-action", "base-uri"):
            self.assertEqual(policy[directive], ["'self'"], directive)
        self.assertEqual(policy["frame-ancestors"], ["'none'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["report-uri"], ["/csp-report/"])
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Referrer-Policy"], "strict-origin-when-cross-origin")
        permissions = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            self.assertIn(feature, permissions)

    def test_violation_reports_are_logged_and_junk_is_answered_quietly(self) -> None:
        report = {
            "csp-report": {
                "document-uri": "http://x/p/a/",
                "violated-directive": "script-src",
                "blocked-uri": "inline",
            }
        }
        with self.assertLogs("xuanyong.security.csp", "WARNING") as logs:
            response = self.client.post(
                "/csp-report/", json.dumps(report), content_type="application/csp-report"
            )
        self.assertEqual(response.status_code, 204)
        self.assertIn("script-src blocked inline on http://x/p/a/", logs.output[0])
        self.assertEqual(
            self.client.post("/csp-report/", "not json", content_type="application/json").status_code, 204
        )
        self.assertEqual(
            self.client.post("/csp-report/", "x" * 20000, content_type="application/json").status_code, 413
        )
        self.assertEqual(self.client.get("/csp-report/").status_code, 405)


def test_production_settings_pass_djangos_deployment_checks() -> None:
    """HSTS, secure cookies, SSL redirect and the rest, as `serve` runs behind TLS."""
    # The browser tests allow sync ORM calls in their event loop; a deployment never does.
    leave_out = ("DEBUG", "PYTEST_XDIST_WORKER", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if k not in leave_out}
    env.update(
        SECRET_KEY="a" * 20 + "-production-like-secret-key-with-enough-entropy-9f8e7d6c5b",
        XUANYONG_HTTPS="1", DEBUG="0", ALLOWED_HOSTS="xuanyong.example.com",
        XUANYONG_HSTS_INCLUDE_SUBDOMAINS="1", XUANYONG_HSTS_PRELOAD="1",
    )  # fmt: skip
    check = subprocess.run(
        [sys.executable, "-m", "xuanyong.cli", "manage", "check", "--deploy", "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    probe = "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT)"
    shell = subprocess.run(
        [sys.executable, "-m", "xuanyong.cli", "manage", "shell", "--no-imports", "-c", probe],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert shell.stdout.split() == ["31536000", "True"]
