"""Articles built through the content services, as every entry point builds them."""

from __future__ import annotations

from typing import Any

from xuanyong.content.models import Article
from xuanyong.content.services import article_create

BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
)


def published_article(title: str = "收银系统怎么选", body: str = "正文段落。", **fields: Any) -> Article:
    return article_create(title=title, body=body, status=Article.Status.PUBLISHED, **fields)
