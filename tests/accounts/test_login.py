from __future__ import annotations

import re

from django.core import mail
from django.urls import reverse

from ..base import PASSWORD, PersonasTestCase


class LoginLogoutTests(PersonasTestCase):
    def test_login_with_email_and_password(self) -> None:
        response = self.client.post(
            reverse("accounts:login"), {"username": "buyer@example.com", "password": PASSWORD}, follow=True
        )
        self.assertContains(response, "采购者小王")
        self.assertContains(response, "退出")

    def test_wrong_password_gets_a_chinese_message(self) -> None:
        response = self.client.post(
            reverse("accounts:login"), {"username": "buyer@example.com", "password": "nope"}
        )
        self.assertContains(response, "邮箱或密码不正确")
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_logout_is_a_post(self) -> None:
        self.client.force_login(self.buyer)
        response = self.client.post(reverse("accounts:logout"), follow=True)
        self.assertContains(response, "登录")
        self.assertNotIn("_auth_user_id", self.client.session)


class PasswordResetTests(PersonasTestCase):
    def test_reset_by_email_link_sets_a_new_password(self) -> None:
        response = self.client.post(
            reverse("accounts:password_reset"), {"email": "buyer@example.com"}, follow=True
        )
        self.assertContains(response, "请查收邮件")
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("重设", mail.outbox[0].subject)
        link = re.search(r"http://testserver(/accounts/reset/\S+/)", mail.outbox[0].body)
        assert link is not None
        form_page = self.client.get(link.group(1), follow=True)
        self.assertContains(form_page, "设置新密码")
        new_password = "a-brand-new-passphrase"
        done = self.client.post(
            form_page.redirect_chain[-1][0],
            {"new_password1": new_password, "new_password2": new_password},
            follow=True,
        )
        self.assertContains(done, "密码已重设")
        self.assertTrue(self.client.login(username="buyer@example.com", password=new_password))

    def test_unknown_email_reveals_nothing(self) -> None:
        response = self.client.post(
            reverse("accounts:password_reset"), {"email": "nobody@example.com"}, follow=True
        )
        self.assertContains(response, "请查收邮件")
        self.assertEqual(len(mail.outbox), 0)
