from __future__ import annotations

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from xuanyong.content.models import Article, BannedWord, Comment

from ..base import PASSWORD, PersonasTestCase
from .helpers import published_article


class ModerationAdminTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.article = published_article(title="企业电商系统开发的两种方式")
        cls.comments = [
            Comment.objects.create(article=cls.article, guest_name=f"访客{i}", body=f"评论{i}")
            for i in range(5)
        ]

    def act(self, action: str, comments: list[Comment]) -> object:
        return self.client.post(
            "/admin/content/comment/",
            {"action": action, ACTION_CHECKBOX_NAME: [c.pk for c in comments]},
            follow=True,
        )

    def count(self) -> int:
        return Article.objects.get(pk=self.article.pk).comment_count

    def test_editor_approves_marks_spam_and_removes_in_bulk(self) -> None:
        self.client.login(email=self.editor.email, password=PASSWORD)
        queue = self.client.get("/admin/content/comment/?status__exact=pending")
        self.assertContains(queue, "评论0")
        self.assertContains(self.act("approve", self.comments[:4]), "已将 4 条评论标记为已通过")
        self.assertEqual(self.count(), 4)
        self.assertContains(self.client.get(self.article.get_absolute_url()), "评论3")
        self.act("mark_spam", self.comments[3:])
        self.assertEqual(self.count(), 3)
        self.act("remove", self.comments[:1])
        self.assertEqual(self.count(), 2)
        statuses = list(Comment.objects.order_by("pk").values_list("status", flat=True))
        self.assertEqual(statuses, ["removed", "approved", "approved", "spam", "spam"])
        page = self.client.get(self.article.get_absolute_url())
        self.assertContains(page, "评论(2)")
        self.assertNotContains(page, "评论0")

    def test_editor_maintains_the_banned_word_list(self) -> None:
        self.client.login(email=self.editor.email, password=PASSWORD)
        self.client.post("/admin/content/bannedword/add/", {"word": "刷单"})
        self.assertTrue(BannedWord.objects.filter(word="刷单").exists())
        self.client.logout()
        response = self.client.post(
            f"/a/{self.article.slug}/comment/", {"guest_name": "甲", "body": "专业刷单"}
        )
        self.assertContains(response, "不允许发布的词语", status_code=400)

    def test_buyers_and_vendors_cannot_moderate(self) -> None:
        for user in (self.buyer, self.vendor_a_member):
            self.client.login(email=user.email, password=PASSWORD)
            response = self.client.post(
                "/admin/content/comment/", {"action": "approve", ACTION_CHECKBOX_NAME: [self.comments[0].pk]}
            )
            self.assertIn(response.status_code, (302, 403))
            self.assertEqual(self.count(), 0)
            self.client.logout()
