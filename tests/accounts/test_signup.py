from __future__ import annotations

from django.test import TestCase
from django.urls import reverse

from xuanyong.accounts.models import User

from ..base import PASSWORD, PersonasTestCase


def signup_data(**overrides: str) -> dict[str, str]:
    data = {
        "email": "new.buyer@example.com",
        "display_name": "新采购者",
        "mobile": "13800138000",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


class SignupTests(TestCase):
    url = reverse("accounts:signup")

    def test_page_is_in_chinese(self) -> None:
        response = self.client.get(self.url)
        self.assertContains(response, "注册选用账号")
        self.assertContains(response, "电子邮箱")

    def test_valid_signup_creates_a_buyer_and_logs_in(self) -> None:
        response = self.client.post(self.url, signup_data(), follow=True)
        self.assertContains(response, "欢迎加入选用，新采购者")
        user = User.objects.get(email="new.buyer@example.com")
        self.assertEqual(user.mobile, "+8613800138000")
        self.assertEqual(list(user.groups.values_list("name", flat=True)), ["buyer"])
        self.assertEqual(int(self.client.session["_auth_user_id"]), user.pk)

    def test_mobile_is_optional(self) -> None:
        self.client.post(self.url, signup_data(mobile=""))
        self.assertEqual(User.objects.get().mobile, "")

    def test_invalid_mobile_shows_chinese_message_and_creates_nothing(self) -> None:
        for bad in ["12345", "1380013800a", "+12025550123", "0571-8888888"]:
            with self.subTest(mobile=bad):
                response = self.client.post(self.url, signup_data(mobile=bad))
                self.assertEqual(response.status_code, 400)
                self.assertRegex(response.content.decode(), "请输入有效的.*手机号码|仅支持中国大陆手机号码")
                self.assertFalse(User.objects.exists())

    def test_weak_password_shows_chinese_message_and_creates_nothing(self) -> None:
        for weak in ["12345678", "password", "abc"]:
            with self.subTest(password=weak):
                response = self.client.post(self.url, signup_data(password1=weak, password2=weak))
                self.assertEqual(response.status_code, 400)
                self.assertRegex(response.content.decode(), "密码(太短|过于常见|全都是数字)|这个密码")
                self.assertFalse(User.objects.exists())

    def test_mismatched_passwords_are_refused(self) -> None:
        response = self.client.post(self.url, signup_data(password2="something-else-entirely"))
        self.assertContains(response, "两次输入的密码不一致", status_code=400)
        self.assertFalse(User.objects.exists())

    def test_invalid_email_is_refused(self) -> None:
        response = self.client.post(self.url, signup_data(email="not-an-email"))
        self.assertContains(response, "请输入有效的电子邮箱地址", status_code=400)
        self.assertFalse(User.objects.exists())


class TakenEmailTests(PersonasTestCase):
    def test_taken_email_in_any_case_shows_chinese_message_and_creates_nothing(self) -> None:
        before = User.objects.count()
        response = self.client.post(reverse("accounts:signup"), signup_data(email="BUYER@Example.com"))
        self.assertContains(response, "该邮箱已注册", status_code=400)
        self.assertEqual(User.objects.count(), before)
