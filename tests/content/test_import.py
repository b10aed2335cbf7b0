from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from xuanyong.content.importer import article_import
from xuanyong.content.models import Article

from ..base import PASSWORD, PersonasTestCase
from .reference_page import SEED, TITLE, reference_page_html

needs_seed = pytest.mark.skipif(
    not SEED.exists(), reason=f"the reference page seed is absent ({SEED}); it lives in ../shared/seed"
)


@needs_seed
class ReferencePageImportTests(PersonasTestCase):
    def test_import_recovers_title_time_body_and_source_without_the_sidebar(self) -> None:
        page, body, sidebar = reference_page_html()
        article = article_import(
            content=page.encode("utf-8"), source_url="https://www.example.com/news/123.html"
        )
        self.assertEqual(article.title, TITLE)
        self.assertEqual(article.status, Article.Status.DRAFT)
        self.assertEqual(
            timezone.localtime(article.source_published_at).replace(tzinfo=None),
            dt.datetime(2020, 12, 2, 17, 2, 19),
        )
        self.assertIn(body[:60], article.body)
        self.assertIn(body[-60:], article.body)
        for title in sidebar:
            self.assertNotIn(title, article.body)
        for chrome in ("推荐阅读", "最新文章", "服务热线", "阅读(121", "内容来源"):
            self.assertNotIn(chrome, article.body)
        self.assertIn(
            "![运营数据](https://www.example.com/uploads/2020/chart.png)", article.body
        )  # kept as a link
        self.assertEqual(
            (article.source_type, article.source_name, article.source_url),
            (Article.Source.REPOST, "万商云集", "https://www.example.com/news/123.html"),
        )

    def test_editor_uploads_the_page_in_the_admin(self) -> None:
        page, _, _ = reference_page_html()
        self.client.login(email=self.editor.email, password=PASSWORD)
        self.assertContains(self.client.get("/admin/content/article/"), "导入网页")
        upload = SimpleUploadedFile("page.html", page.encode("utf-8"), content_type="text/html")
        response = self.client.post("/admin/content/article/import/", {"file": upload, "source_url": ""})
        article = Article.objects.get()
        self.assertRedirects(response, f"/admin/content/article/{article.pk}/change/")
        self.assertEqual((article.title, article.author), (TITLE, self.editor))
        preview = self.client.get(f"/admin/content/article/{article.pk}/preview/")
        self.assertContains(preview, "预览：草稿")
        self.assertContains(preview, "最近工作有点忙")


@needs_seed
def test_cli_imports_a_saved_page_as_a_draft(tmp_path: Path) -> None:
    """The command runs in its own process, on its own SQLite file under a fresh data directory."""
    page, _, _ = reference_page_html()
    saved = tmp_path / "page.html"
    saved.write_text(page, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env["XUANYONG_DATA_DIR"] = str(tmp_path / "data")
    xuanyong = str(Path(sys.executable).with_name("xuanyong"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [xuanyong, *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )

    result = run("import-article", str(saved), "--source-url", "https://www.example.com/news/1.html")
    assert result.returncode == 0, result.stderr
    assert f"《{TITLE}》" in result.stdout and "2020-12-02 17:02:19" in result.stdout
    missing = run("import-article", str(tmp_path / "missing.html"))
    assert missing.returncode == 1 and "无法读取文件" in missing.stderr
    (tmp_path / "empty.html").write_bytes(b"")
    empty = run("import-article", str(tmp_path / "empty.html"))
    assert empty.returncode == 1 and "导入失败：导入文件是空的" in empty.stderr


class BadImportTests(PersonasTestCase):
    def test_empty_and_malformed_files_get_a_clear_error_and_save_nothing(self) -> None:
        self.client.login(email=self.editor.email, password=PASSWORD)
        cases = {
            b"": "文件是空的",
            b"just some words, no markup": "不是 HTML 网页",
            b"\x00\x01\x02\xff\xfe": "不是 HTML 网页",
            b"<html><body><div></div></body></html>": "没有在网页中找到文章标题",
            b"<html><head><title>only a title</title></head><body><nav></nav><script>var a = 1;</script></body></html>": "没有在网页中找到正文",
        }
        for content, message in cases.items():
            upload = SimpleUploadedFile("bad.html", content, content_type="text/html")
            response = self.client.post("/admin/content/article/import/", {"file": upload})
            if content:
                self.assertContains(response, message)
            else:
                self.assertContains(response, "所提交的是空文件")  # Django's own check comes first
        self.assertFalse(Article.objects.exists())
