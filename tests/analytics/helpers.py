"""A test case that sees events the way production writes them: after commit, then flushed."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.test import Client

from tests.base import PersonasTestCase
from xuanyong.analytics import buffer
from xuanyong.analytics.models import Event

BROWSER_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
PHONE_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0"
BOT_UA = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"


class AnalyticsTestCase(PersonasTestCase):
    def browser(self, user_agent: str = BROWSER_UA, **kwargs: Any) -> Client:
        return Client(HTTP_USER_AGENT=user_agent, **kwargs)

    def visit(self, client: Client, method: str, path: str, **kwargs: Any) -> HttpResponse:
        """One request whose on-commit work (signals, buffered events) runs as it would in production."""
        with self.captureOnCommitCallbacks(execute=True):
            response: HttpResponse = getattr(client, method)(path, **kwargs)
        return response

    def get(self, client: Client, path: str, **kwargs: Any) -> HttpResponse:
        return self.visit(client, "get", path, **kwargs)

    def events(self, **filters: Any) -> list[Event]:
        buffer.sync()
        return list(Event.objects.filter(**filters).order_by("id"))
