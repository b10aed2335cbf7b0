from __future__ import annotations

import datetime as dt
import io

from django.core.management import call_command
from django.utils import timezone

from xuanyong.content.models import Article
from xuanyong.content.services import article_create, article_schedule
from xuanyong.content.tasks import publish_scheduled

from ..base import PASSWORD, PersonasTestCase


class SchedulingTests(PersonasTestCase):
    def test_the_periodic_task_publishes_due_articles_at_their_time(self) -> None:
        due_at = timezone.now() - dt.timedelta(minutes=1)
        due = article_schedule(
            article=article_create(title="到点发布", body="正文"),
            publish_at=timezone.now() + dt.timedelta(hours=1),
        )
        later = article_schedule(
            article=article_create(title="明天再发", body="正文"),
            publish_at=timezone.now() + dt.timedelta(days=1),
        )
        self.assertEqual(self.client.get(due.get_absolute_url()).status_code, 404)
        Article.objects.filter(pk=due.pk).update(publish_at=due_at)  # time passes
        self.assertEqual(publish_scheduled.delay().get(), [due.pk])
        due.refresh_from_db()
        later.refresh_from_db()
        self.assertEqual(
            (due.status, due.published_at, due.publish_at), (Article.Status.PUBLISHED, due_at, None)
        )
        self.assertEqual(later.status, Article.Status.SCHEDULED)
        self.assertEqual(self.client.get(due.get_absolute_url()).status_code, 200)
        self.assertEqual(publish_scheduled.delay().get(), [])  # running again publishes nothing twice

    def test_management_command(self) -> None:
        article = article_schedule(
            article=article_create(title="命令发布", body="正文"),
            publish_at=timezone.now() + dt.timedelta(hours=1),
        )
        Article.objects.filter(pk=article.pk).update(publish_at=timezone.now() - dt.timedelta(seconds=1))
        out = io.StringIO()
        call_command("publish_scheduled", stdout=out)
        self.assertIn("已发布 1 篇定时文章", out.getvalue())

    def test_editor_schedules_in_the_admin(self) -> None:
        article = article_create(title="后台定时", body="正文")
        self.client.login(email=self.editor.email, password=PASSWORD)
        when = timezone.localtime() + dt.timedelta(days=2)
        data = {
            "title": article.title, "slug": article.slug, "summary": "", "body": article.body, "kind": "guide",
            "source_type": "original", "source_name": "", "source_url": "", "status": "scheduled",
            "publish_at_0": when.strftime("%Y-%m-%d"), "publish_at_1": when.strftime("%H:%M:%S"),
            "author_name": "", "article_offerings-TOTAL_FORMS": "0", "article_offerings-INITIAL_FORMS": "0",
        }  # fmt: skip
        response = self.client.post(f"/admin/content/article/{article.pk}/change/", data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:3000])
        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.SCHEDULED)
        self.assertEqual(article.publish_at.replace(microsecond=0), when.replace(microsecond=0))  # type: ignore[union-attr]
        changelist = self.client.get("/admin/content/article/")
        self.assertContains(changelist, "定时 " + when.strftime("%Y-%m-%d %H:%M"))
        data.update(status="scheduled", publish_at_0="", publish_at_1="")
        response = self.client.post(f"/admin/content/article/{article.pk}/change/", data)
        self.assertContains(response, "定时发布需要填写发布时间")

    def test_repost_needs_its_source_name(self) -> None:
        self.client.login(email=self.editor.email, password=PASSWORD)
        article = article_create(title="转载文章", body="正文")
        data = {
            "title": article.title, "slug": article.slug, "body": "正文", "kind": "guide", "source_type": "repost",
            "status": "draft", "article_offerings-TOTAL_FORMS": "0", "article_offerings-INITIAL_FORMS": "0",
        }  # fmt: skip
        response = self.client.post(f"/admin/content/article/{article.pk}/change/", data)
        self.assertContains(response, "转载文章必须注明来源名称")
