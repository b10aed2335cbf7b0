from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures
# around it are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("XUANYONG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Flags that keep Chromium from reaching for the network at start-up (this machine has none).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


# What the Content-Security-Policy refused, as the browser's console said it and as the browser
# reported it to /csp-report/; every browser test fails when either is not empty.
CSP_CONSOLE: list[str] = []


class _CspReports(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class _Browser:
    """The launched browser; each new context listens for CSP refusals on its console."""

    def __init__(self, browser: Any) -> None:
        self._browser = browser

    def new_context(self, **options: Any) -> Any:
        context = self._browser.new_context(**options)
        context.on("console", _note_csp_refusal)
        return context

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)


def _note_csp_refusal(message: Any) -> None:
    if "Content Security Policy" in message.text:
        CSP_CONSOLE.append(message.text)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Debian chromium not found at {CHROMIUM}: run `make e2e`, which installs it with apt")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield _Browser(browser)
        browser.close()


@pytest.fixture(autouse=True)
def _no_csp_violations() -> Iterator[None]:
    CSP_CONSOLE.clear()
    reports = _CspReports()
    logger = logging.getLogger("xuanyong.security.csp")
    logger.addHandler(reports)
    yield
    logger.removeHandler(reports)
    refused = CSP_CONSOLE + reports.messages
    assert not refused, "the Content-Security-Policy refused something:\n" + "\n".join(refused)


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    yield page
    context.close()
