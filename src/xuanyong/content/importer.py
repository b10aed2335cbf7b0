"""Import a saved web page as a draft repost: title, original publish time, body and source.

trafilatura finds the main text (dropping headers, sidebars such as 推荐阅读, footers) and gives it
as Markdown with images kept as links to their original address; our own pass finds the publish
time to the second, which page metadata rarely carries, and removes the page's own meta line
and disclaimer (the article page prints its own source block). Nothing is saved unless the whole
page was understood.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import trafilatura
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.utils import decode_file

from xuanyong.accounts.models import User
from xuanyong.lib.markdown import plain_text

from .models import Article
from .services import article_create

MAX_BYTES = 5 * 1024 * 1024
_DATETIME = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(?:T\s*)?(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?"
)
_META_TIME = (
    "article:published_time", "og:published_time", "og:release_date", "publishdate", "pubdate",
    "publish_date", "datePublished", "date",
)  # fmt: skip
_COUNTERS = re.compile(r"(阅读|浏览|评论|点赞)\s*[:：(（]?\s*\d+")
_DISCLAIMER = re.compile(r"^(内容来源|本文来源|文章来源|来源[:：]|声明[:：])|如有侵权|版权归原作者")
_IMAGE = re.compile(r"(!\[[^\]]*\]\()([^)\s]+)")
_TITLE_SEPARATORS = re.compile(r"\s*[-_|–—]\s*")


@dataclass
class Extracted:
    title: str
    body: str
    published_at: dt.datetime | None
    source_name: str
    source_url: str
    author: str


def extract(content: bytes | str, *, source_url: str = "") -> Extracted:
    """Read a saved page; raises ValidationError with a Chinese message when it cannot."""
    if isinstance(content, bytes):
        if len(content) > MAX_BYTES:
            raise ValidationError(_("导入文件不能超过 5 MB。"), code="too_large")
        content = decode_file(content) if content.strip() else ""
    if not content.strip():
        raise ValidationError(_("导入文件是空的，请选择保存的网页（.html）文件。"), code="empty")
    if "<" not in content or not re.search(r"<(html|body|p|div|article|h1)\b", content, re.IGNORECASE):
        raise ValidationError(
            _("导入文件不是 HTML 网页，请在浏览器中用“另存为网页”保存后再导入。"), code="not_html"
        )
    tree = trafilatura.load_html(content)
    if tree is None:
        raise ValidationError(_("无法解析该网页文件，文件可能已损坏。"), code="malformed")
    meta = extract_metadata(tree)
    title = (meta.title or "").strip()
    markdown = trafilatura.extract(
        tree, output_format="markdown", include_images=True, include_links=True, include_tables=True
    )
    if not title:
        raise ValidationError(_("没有在网页中找到文章标题。"), code="no_title")
    source_url = source_url or (meta.url or "")
    body = _clean_body(markdown or "", title, source_url)
    if not plain_text(body):
        raise ValidationError(_("没有在网页中找到正文内容。"), code="no_body")
    return Extracted(
        title=title[:120],
        body=body,
        published_at=_published_at(tree, meta.date),
        source_name=_source_name(meta.sitename, tree, title, source_url)[:60],
        source_url=source_url,
        author=(meta.author or "").replace("/", "、")[:40],
    )


def article_import(*, content: bytes | str, source_url: str = "", author: User | None = None) -> Article:
    """Save a page as a draft repost that credits its source."""
    data = extract(content, source_url=source_url)
    return article_create(
        title=data.title,
        body=data.body,
        summary=plain_text(data.body)[:120],
        source_type=Article.Source.REPOST,
        source_name=data.source_name,
        source_url=data.source_url,
        source_published_at=data.published_at,
        author=author,
        author_name=data.author,
        status=Article.Status.DRAFT,
    )


def _clean_body(markdown: str, title: str, source_url: str) -> str:
    lines = []
    for line in markdown.splitlines():
        bare = line.strip().lstrip("#").strip()
        if bare == title or (_DATETIME.search(bare) and _COUNTERS.search(bare)) or _DISCLAIMER.search(bare):
            continue
        if source_url:
            line = _IMAGE.sub(lambda m: m.group(1) + urljoin(source_url, m.group(2)), line)
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _published_at(tree: HtmlElement, date_only: str | None) -> dt.datetime | None:
    tz = ZoneInfo(settings.TIME_ZONE)
    for name in _META_TIME:
        for value in (
            tree.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content') or []
        ):
            parsed = _parse(str(value), tz)
            if parsed:
                return parsed
    for value in tree.xpath("//time/@datetime"):
        parsed = _parse(str(value), tz)
        if parsed:
            return parsed
    # The first date with a time of day in the visible text: pages print the publish time first.
    text = " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    for match in _DATETIME.finditer(text):
        if match.group(4):
            return _from_match(match, tz)
    return _parse(date_only, tz) if date_only else None


def _parse(value: str, tz: ZoneInfo) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        match = _DATETIME.search(value)
        return _from_match(match, tz) if match else None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def _from_match(match: re.Match[str], tz: ZoneInfo) -> dt.datetime | None:
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def _source_name(sitename: str | None, tree: HtmlElement, title: str, source_url: str) -> str:
    if sitename and sitename.strip():
        return sitename.strip()
    page_title = " ".join(tree.xpath("//head/title/text()")).strip()
    if page_title and page_title != title:
        parts = [p for p in _TITLE_SEPARATORS.split(page_title.replace(title, "")) if p.strip()]
        if parts:
            return parts[-1].strip()
    host = urlsplit(source_url).hostname if source_url else None
    return host or "网络"
