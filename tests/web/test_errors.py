from __future__ import annotations

from django.test import Client, TestCase, override_settings
from django.urls import path

from xuanyong.urls import urlpatterns as site_urls


def broken_view(request: object) -> None:
    raise RuntimeError("boom")


urlpatterns = [*site_urls, path("boom/", broken_view)]
handler500 = "xuanyong.web.views.error_500"


@override_settings(ROOT_URLCONF=__name__)
class ServerErrorTests(TestCase):
    def test_500_page_is_in_chinese(self) -> None:
        client = Client(raise_request_exception=False)
        response = client.get("/boom/")
        self.assertEqual(response.status_code, 500)
        self.assertIn("服务器开小差了", response.content.decode())

    def test_csrf_failure_is_a_chinese_403(self) -> None:
        client = Client(enforce_csrf_checks=True)
        response = client.post("/accounts/signup/", {"email": "x@example.com"})
        self.assertContains(response, "请求校验失败", status_code=403)
