"""A saved web page built from ../shared/seed/reference-page.txt: header, the article, 推荐阅读 sidebar."""

from __future__ import annotations

import html
from pathlib import Path

from django.conf import settings

SEED = Path(settings.SHARED_DATA_DIR).parent / "seed" / "reference-page.txt"
TITLE = "关于运营,这几个或许是让你错得很自信的错误认知。"


def reference_page_html() -> tuple[str, str, list[str]]:
    """(page HTML, the article body text, the sidebar titles)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = lines.index(TITLE)
    meta, body = lines[start + 2], lines[start + 4]
    disclaimer = next(line for line in lines if line.startswith("内容来源"))
    sidebar = [line.strip() for line in lines[lines.index("推荐阅读") + 1 :] if line.strip()]
    cards = [
        (sidebar[i], sidebar[i + 1])
        for i in range(0, len(sidebar) - 1, 2)
        if not sidebar[i].startswith("最新")
    ]
    esc = html.escape
    side = "".join(
        f'<li><h4><a href="/a/{i}/">{esc(t)}</a></h4><p>{esc(x)}</p></li>' for i, (t, x) in enumerate(cards)
    )
    time_text, counters = meta.split(" ", 2)[0:2], meta.split(" ", 2)[2]
    page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(TITLE)}-万商云集</title><link rel="stylesheet" href="/static/site.css"></head>
<body><header><div class="top">{esc(lines[0])}</div><div class="logo">{esc(lines[1])}</div>
<p>{esc(lines[3])}</p><p>{esc(lines[5])}</p><nav><a href="/">首页</a><a href="/news/">资讯</a></nav></header>
<div class="main"><div class="article"><h1>{esc(TITLE)}</h1>
<div class="info"><span>{esc(" ".join(time_text))}</span> <span>{esc(counters)}</span></div>
<div class="content"><p>{esc(body)}</p><p><img src="/uploads/2020/chart.png" alt="运营数据"></p></div>
<div class="source">{esc(disclaimer)}</div></div>
<aside class="sidebar"><h3>推荐阅读</h3><ul>{side}</ul><h3>最新文章</h3></aside></div>
<footer>© 万商云集</footer></body></html>"""
    return page, body, [t for t, _ in cards]
