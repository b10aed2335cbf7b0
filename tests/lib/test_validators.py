from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError

from xuanyong.lib.chinese import pinyin_initials, pinyin_slug
from xuanyong.lib.markdown import render_markdown
from xuanyong.lib.validators import normalize_mainland_mobile, validate_uscc


@pytest.mark.parametrize(
    ("text", "slug", "initials"),
    [
        ("客如云", "keruyun", "kry"),
        ("收银系统", "shouyinxitong", "syxt"),
        ("云掌柜 POS 版", "yunzhanggui-pos-ban", "yzgposb"),
        ("ＣＲＭ客户管理", "crm-kehuguanli", "crmkhgl"),
    ],
)
def test_pinyin_slug_and_initials(text: str, slug: str, initials: str) -> None:
    assert pinyin_slug(text) == slug
    assert pinyin_initials(text) == initials


def test_uscc_accepts_a_code_with_the_right_check_character() -> None:
    validate_uscc("91350100M000100Y43")  # a published example code


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("91350100M000100Y4", "18 位"),
        ("91350100M000100Y44", "校验位不正确"),
        ("91350100M000100I43", "无效字符"),
    ],
)
def test_uscc_rejects_bad_codes_in_chinese(code: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_uscc(code)


@pytest.mark.parametrize(
    "raw", ["13800138000", "+86 138 0013 8000", "138-0013-8000", "８６１３８００１３８０００"]
)
def test_mainland_mobile_is_normalized(raw: str) -> None:
    assert normalize_mainland_mobile(raw) == "+8613800138000"


@pytest.mark.parametrize("raw", ["1380013800", "02161234567", "+852 9123 4567", "hello"])
def test_non_mainland_or_invalid_mobiles_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError):
        normalize_mainland_mobile(raw)


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[点我](javascript:alert(1))",
        "<iframe src='https://evil.example'></iframe>",
        "<style>body{display:none}</style>",
    ],
)
def test_markdown_never_lets_script_through(payload: str) -> None:
    elements = _elements(render_markdown(f"正文\n\n{payload}"))
    assert {tag for tag, _ in elements} <= {"p", "a", "img"}
    for _, attrs in elements:
        assert not any(name.startswith("on") for name in attrs)
        assert not any((value or "").lower().startswith("javascript:") for value in attrs.values())


def _elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """Every element the browser would build from this HTML, with its attributes."""
    found: list[tuple[str, dict[str, str | None]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, dict(attrs)))

    Collector().feed(html)
    return found


def test_bold_after_chinese_punctuation_is_still_bold() -> None:
    html = render_markdown("**一是扫码速度。**便利店SKU动辄三千个。`**代码**`")
    assert "<strong>一是扫码速度。</strong>便利店" in html
    assert "<code>**代码**</code>" in html
