"""Markdown to sanitized HTML: markdown-it-py renders, nh3 removes anything unsafe."""

from __future__ import annotations

import re
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
_EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)


def _render_image(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
    """An image on another host becomes a link to it: pages load nothing from other hosts (the
    Content-Security-Policy allows our own images only, and readers' addresses stay with us)."""
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    if not _EXTERNAL.match(src):
        return str(renderer.image(tokens, idx, options, env))
    alt = renderer.renderInlineAsText(token.children or [], options, env) or "原图"
    return f'<a href="{escapeHtml(src)}" title="外部图片，点击查看原图">[图片] {escapeHtml(alt)}</a>'


_md.add_render_rule("image", _render_image)

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "del",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "th": {"align"},
    "td": {"align"},
}


# CommonMark will not close **bold** right after Chinese punctuation when a Chinese character
# follows (**一是速度。**便利店…): the run is not "right-flanking". Such leftovers are bolded here,
# outside code, on the already-escaped HTML.
_LEFTOVER_BOLD = re.compile(r"\*\*([^*<>\n]+?)\*\*")
_CODE = re.compile(r"(<pre[\s>].*?</pre>|<code>.*?</code>)", re.S)


def _bold_leftovers(html: str) -> str:
    parts = _CODE.split(html)
    return "".join(
        part if i % 2 else _LEFTOVER_BOLD.sub(r"<strong>\1</strong>", part) for i, part in enumerate(parts)
    )


def render_markdown(text: str) -> str:
    html = _bold_leftovers(_md.render(text or ""))
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener",
    )


def plain_text(text: str) -> str:
    """Markdown source to plain text, for excerpts and search."""
    return nh3.clean(_md.render(text or ""), tags=set()).strip()
