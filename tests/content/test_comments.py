from __future__ import annotations

import re

from django.test import override_settings

from xuanyong.content.comments import banned_word_create, comments_moderate
from xuanyong.content.models import Article, Comment

from ..base import PASSWORD, PersonasTestCase
from .helpers import published_article


class CommentTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.article = published_article(title="好用的小区物业智能门禁系统推荐")
        cls.url = f"/a/{cls.article.slug}/comment/"

    def post(self, **data: str) -> object:
        return self.client.post(self.url, data, REMOTE_ADDR="10.0.0.1")

    def count(self) -> int:
        return Article.objects.get(pk=self.article.pk).comment_count

    def test_guest_comment_waits_for_moderation(self) -> None:
        response = self.post(guest_name="路人甲", body="门禁系统能接物业收费吗？")
        self.assertRedirects(
            response, f"{self.article.get_absolute_url()}#comments", fetch_redirect_response=False
        )
        comment = Comment.objects.get()
        self.assertEqual(
            (comment.status, comment.guest_name, comment.ip), (Comment.Status.PENDING, "路人甲", "10.0.0.1")
        )
        page = self.client.get(self.article.get_absolute_url())
        self.assertContains(page, "评论已提交，审核通过后将显示。")
        self.assertNotContains(page, "门禁系统能接物业收费吗")
        self.assertEqual(self.count(), 0)

    def test_guest_must_give_a_name(self) -> None:
        response = self.post(guest_name="  ", body="没有名字")
        self.assertContains(response, "请填写昵称后再评论", status_code=400)
        self.assertFalse(Comment.objects.exists())

    def test_empty_and_oversized_comments_are_refused_in_chinese(self) -> None:
        self.assertContains(self.post(guest_name="甲", body="   "), "评论内容不能为空。", status_code=400)
        self.assertContains(
            self.post(guest_name="甲", body="字" * 2001), "评论不能超过 2000 字", status_code=400
        )
        self.assertFalse(Comment.objects.exists())
        self.assertEqual(self.post(guest_name="甲", body="字" * 2000).status_code, 302)

    def test_links_and_banned_words_are_refused(self) -> None:
        for body in (
            "加我 http://spam.example 领红包",
            "访问 www.spam.cn",
            "看 spam-site.com 更多",
            "ｈｔｔｐｓ://全角链接",
        ):
            self.assertContains(
                self.post(guest_name="甲", body=body), "评论中不能包含链接或网址", status_code=400
            )
        banned_word_create(word="代开发票")
        self.assertContains(
            self.post(guest_name="甲", body="长期代开发票"), "不允许发布的词语", status_code=400
        )
        self.assertContains(
            self.post(guest_name="代开发票", body="正常内容"), "不允许发布的词语", status_code=400
        )
        self.assertFalse(Comment.objects.exists())

    def test_rate_limit_per_visitor_and_per_ip(self) -> None:
        for i in range(3):
            self.assertEqual(self.post(guest_name="甲", body=f"第{i}条").status_code, 302)
        refused = self.post(guest_name="甲", body="第4条")
        self.assertContains(refused, "评论太频繁了，请 ", status_code=429)
        # The wait is what is left of the minute: "1 分钟" when the window has just begun.
        self.assertRegex(refused.content.decode(), r"请 (\d+ 秒|1 分钟)后再试")
        self.assertLessEqual(int(refused["Retry-After"]), 60)
        self.client.cookies.clear()  # a new visitor id, same IP: the IP limit still holds
        self.assertContains(self.post(guest_name="乙", body="换个身份"), "评论太频繁了", status_code=429)
        self.assertEqual(Comment.objects.count(), 3)

    def test_editor_and_trusted_users_appear_at_once_and_count(self) -> None:
        self.client.login(email=self.editor.email, password=PASSWORD)
        self.post(body="编辑的补充说明")
        self.assertEqual(Comment.objects.get().status, Comment.Status.APPROVED)
        self.assertEqual(self.count(), 1)
        self.assertContains(self.client.get(self.article.get_absolute_url()), "编辑的补充说明")

    @override_settings(CONTENT_TRUSTED_COMMENTER_AFTER=2)
    def test_a_buyer_becomes_trusted_after_enough_approved_comments(self) -> None:
        self.client.login(email=self.buyer.email, password=PASSWORD)
        for i in range(2):
            self.client.post(self.url, {"body": f"第{i}条"}, REMOTE_ADDR=f"10.0.1.{i}")
        self.assertEqual(Comment.objects.filter(status=Comment.Status.PENDING).count(), 2)
        comments_moderate(
            comment_ids=Comment.objects.values_list("pk", flat=True), status="approved", moderator=self.editor
        )
        response = self.client.post(self.url, {"body": "第三条立即显示"}, REMOTE_ADDR="10.0.1.9")
        self.assertEqual(
            response.status_code, 302, re.findall(r"role=\"alert\">([^<]+)", response.content.decode())
        )
        self.assertEqual(Comment.objects.get(body="第三条立即显示").status, Comment.Status.APPROVED)
        self.assertEqual(self.count(), 3)

    def test_replies_are_one_level_deep(self) -> None:
        root = Comment.objects.create(article=self.article, guest_name="甲", body="顶层", status="approved")
        reply = Comment.objects.create(
            article=self.article, guest_name="乙", body="回复", parent=root, status="approved"
        )
        self.post(guest_name="丙", body="回复的回复", parent=str(reply.pk))
        self.assertEqual(Comment.objects.get(body="回复的回复").parent_id, root.pk)
        pending = Comment.objects.create(article=self.article, guest_name="丁", body="待审", status="pending")
        self.assertContains(
            self.post(guest_name="戊", body="回复待审核的", parent=str(pending.pk)),
            "只能回复",
            status_code=400,
        )

    def test_moderation_keeps_the_count_exact(self) -> None:
        comments = [
            Comment.objects.create(article=self.article, guest_name="甲", body=f"{i}") for i in range(4)
        ]
        ids = [c.pk for c in comments]
        self.assertEqual(comments_moderate(comment_ids=ids, status="approved", moderator=self.editor), 4)
        self.assertEqual(self.count(), 4)
        self.assertEqual(comments_moderate(comment_ids=ids, status="approved", moderator=self.editor), 0)
        self.assertEqual(self.count(), 4)  # approving twice does not count twice
        comments_moderate(comment_ids=ids[:1], status="spam", moderator=self.editor)
        comments_moderate(comment_ids=ids[1:2], status="removed", moderator=self.editor)
        self.assertEqual(self.count(), 2)
        comments_moderate(comment_ids=ids[:1], status="removed", moderator=self.editor)
        self.assertEqual(self.count(), 2)  # spam → removed: neither is counted
        page = self.client.get(self.article.get_absolute_url())
        self.assertContains(page, "评论(2)")
        self.assertEqual(Comment.objects.get(pk=ids[0]).moderated_by, self.editor)
