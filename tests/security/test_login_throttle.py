"""Login, sign-up and password-reset throttling, and operators lifting a lock."""

from __future__ import annotations

import re

from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from xuanyong.security.models import ThrottleLock

from ..base import PASSWORD, PersonasTestCase

LOGIN = "/accounts/login/"


def error_text(response: object) -> str:
    """The form's error list as a visitor reads it (the CSRF token differs per response)."""
    html = response.content.decode()  # type: ignore[attr-defined]
    errors = re.findall(r'<div class="form-errors" role="alert">(.*?)</div>', html, re.S)
    assert errors, "the page shows no error"
    return " ".join(errors)


class LoginThrottleTests(PersonasTestCase):
    def login(self, email: str, password: str, client: Client | None = None) -> object:
        return (client or self.client).post(LOGIN, {"username": email, "password": password})

    def test_five_wrong_passwords_lock_the_account_even_for_the_right_password(self) -> None:
        for _ in range(4):
            self.assertContains(self.login(self.buyer.email, "wrong"), "邮箱或密码不正确")
        locked = self.login(self.buyer.email, "wrong")
        self.assertContains(locked, "登录失败次数过多", status_code=429)
        self.assertContains(locked, "15 分钟后再试", status_code=429)
        self.assertEqual(locked["Retry-After"], "900")
        right = self.login(self.buyer.email, PASSWORD)
        self.assertEqual(right.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)
        lock = ThrottleLock.objects.active().get()
        self.assertEqual((lock.scope, lock.subject, lock.key), ("login", "account", self.buyer.email))

    def test_unknown_and_known_accounts_get_the_same_answers(self) -> None:
        known = [self.login(self.buyer.email, "wrong") for _ in range(6)]
        unknown = [self.login("nobody@example.com", "wrong") for _ in range(6)]
        self.assertEqual([r.status_code for r in known], [r.status_code for r in unknown])  # type: ignore[attr-defined]
        self.assertEqual([error_text(r) for r in known], [error_text(r) for r in unknown])

    def test_a_correct_login_clears_the_failures(self) -> None:
        for _ in range(4):
            self.login(self.buyer.email, "wrong")
        self.assertRedirects(self.login(self.buyer.email, PASSWORD), "/", fetch_redirect_response=False)
        self.client.post(reverse("accounts:logout"))
        for _ in range(4):
            self.login(self.buyer.email, "wrong")
        self.assertEqual(self.login(self.buyer.email, PASSWORD).status_code, 302)

    @override_settings(SECURITY_LOGIN_IP_FAILURES=6)
    def test_one_address_trying_many_accounts_is_locked_other_addresses_are_not(self) -> None:
        attacker = Client(REMOTE_ADDR="203.0.113.9")
        for n in range(5):
            self.login(f"guess{n}@example.com", "123456", attacker)
        self.assertContains(
            self.login("guess9@example.com", "123456", attacker), "登录失败次数过多", status_code=429
        )
        self.assertEqual(self.login(self.editor.email, PASSWORD, attacker).status_code, 429)
        elsewhere = Client(REMOTE_ADDR="198.51.100.7")
        self.assertEqual(self.login(self.editor.email, PASSWORD, elsewhere).status_code, 302)

    def test_admin_login_is_throttled_too(self) -> None:
        # The reported attack: 25 wrong passwords for the admin, then the right one.
        url = "/admin/login/?next=/admin/"
        answers = [
            self.client.post(url, {"username": self.admin.email, "password": f"x{n}"}) for n in range(25)
        ]
        self.assertEqual({a.status_code for a in answers[4:]}, {429})
        right = self.client.post(url, {"username": self.admin.email, "password": PASSWORD})
        self.assertContains(right, "登录失败次数过多", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_an_operator_sees_the_lock_and_lifts_it(self) -> None:
        for _ in range(5):
            self.login(self.buyer.email, "wrong")
        operator = Client()
        operator.force_login(self.editor)
        listing = operator.get("/admin/security/throttlelock/?state=active")
        self.assertContains(listing, self.buyer.email)
        self.assertContains(listing, "登录")
        lock = ThrottleLock.objects.active().get()
        lifted = operator.post(
            "/admin/security/throttlelock/", {"action": "lift", "_selected_action": [lock.pk]}, follow=True
        )
        self.assertContains(lifted, "已解除 1 项锁定")
        lock.refresh_from_db()
        self.assertEqual(lock.lifted_by, self.editor)
        self.assertFalse(ThrottleLock.objects.active().exists())
        self.assertEqual(self.login(self.buyer.email, PASSWORD).status_code, 302)

    def test_buyers_cannot_see_or_lift_locks(self) -> None:
        self.client.force_login(self.buyer)
        self.assertNotEqual(self.client.get("/admin/security/throttlelock/").status_code, 200)


class SignupAndResetThrottleTests(PersonasTestCase):
    def test_password_reset_mails_to_one_address_are_limited_known_or_not(self) -> None:
        url = reverse("accounts:password_reset")
        for _ in range(3):
            self.assertEqual(self.client.post(url, {"email": self.buyer.email}).status_code, 302)
        refused = self.client.post(url, {"email": self.buyer.email})
        self.assertContains(refused, "重设密码邮件发送过于频繁", status_code=429)
        self.assertEqual(len(mail.outbox), 3)
        for _ in range(3):
            self.client.post(url, {"email": "nobody@example.com"})
        unknown = self.client.post(url, {"email": "nobody@example.com"})
        self.assertEqual(error_text(unknown), error_text(refused))
        self.assertEqual(unknown.status_code, 429)

    def test_signup_posts_from_one_address_are_limited(self) -> None:
        url = reverse("accounts:signup")
        data = {"email": self.buyer.email, "display_name": "试探", "password1": "x", "password2": "x"}
        for _ in range(20):
            self.assertEqual(self.client.post(url, data).status_code, 400)
        refused = self.client.post(url, {**data, "email": "new@example.com"})
        self.assertContains(refused, "注册尝试过于频繁", status_code=429)
        self.assertFalse(type(self.buyer).objects.filter(email="new@example.com").exists())
