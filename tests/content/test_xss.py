from __future__ import annotations

import re

import lxml.html

from xuanyong.content.comments import comments_moderate
from xuanyong.content.models import Comment

from ..base import PersonasTestCase
from .helpers import published_article

PAYLOADS = [
    "<script>alert('xss')</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<style>body{display:none}</style>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">点我</a>',
    "[点我](javascript:alert(1))",
    "<svg onload=alert(1)>",
    '<div onmouseover="alert(1)">悬停</div>',
    '<a href="JaVaScRiPt:alert(1)">大小写</a>',
    "<body onload=alert(1)>",
    '"><script>alert(1)</script>',
]


def dangerous_in(html: str) -> list[str]:
    """Active content in the parsed article and comments (escaped text that merely reads so is fine).

    The page's own scripts (htmx, suggest.js, JSON-LD) live outside the article.
    """
    main = lxml.html.fromstring(html).xpath('//article[@class="article-main"]')[0]
    found = [
        el.tag for el in main.iter() if el.tag in ("script", "style", "iframe", "svg", "object", "embed")
    ]
    for el in main.iter():
        for name, value in el.attrib.items():
            if name.lower().startswith("on"):
                found.append(f"{el.tag}@{name}")
            if name in ("href", "src", "action") and re.sub(r"\s", "", value).lower().startswith(
                "javascript:"
            ):
                found.append(f"{el.tag}@{name}={value}")
    return found


class XssTests(PersonasTestCase):
    def test_article_bodies_never_carry_active_content(self) -> None:
        article = published_article(
            title="安全测试", body="\n\n".join(PAYLOADS), summary="<script>x</script>"
        )
        html = self.client.get(article.get_absolute_url()).content.decode()
        self.assertEqual(dangerous_in(html), [])

    def test_comments_never_carry_active_content(self) -> None:
        article = published_article(title="评论安全测试")
        for i, payload in enumerate(PAYLOADS):
            self.client.post(
                f"/a/{article.slug}/comment/",
                {"guest_name": f"访客{i}<script>", "body": f"内容{i} {payload}"},
                REMOTE_ADDR=f"10.9.0.{i}",
            )
            self.client.cookies.clear()
        comments_moderate(
            comment_ids=Comment.objects.values_list("pk", flat=True), status="approved", moderator=self.editor
        )
        saved = Comment.objects.count()
        self.assertGreaterEqual(saved, 8)  # the rest were refused (e.g. as links), which is fine too
        html = self.client.get(article.get_absolute_url()).content.decode()
        self.assertEqual(dangerous_in(html), [])
        self.assertIn("内容0", html)
