from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from xuanyong.content.models import Article, TakedownEvent, TakedownRequest
from xuanyong.content.takedowns import takedown_decide, takedown_hide_article, takedown_restore_article

from ..base import PASSWORD, PersonasTestCase
from .helpers import published_article


@override_settings(MEDIA_ROOT="/tmp/xuanyong-test-media")
class TakedownTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.article = published_article(title="淘宝领取方式有哪些", source_type=Article.Source.WEB)

    def file_claim(self, **extra: object) -> object:
        data = {
            "claimant": "某某文化传媒有限公司", "contact": "legal@example.com", "right": "copyright",
            "evidence": "原文首发于我司公众号，未授权转载。", "good_faith": "on",
            "evidence_file": SimpleUploadedFile("证明.pdf", b"%PDF-1.4 evidence", content_type="application/pdf"),
            **extra,
        }  # fmt: skip
        return self.client.post(f"/a/{self.article.slug}/takedown/", data)

    def test_every_article_links_to_the_form_and_a_claim_is_filed(self) -> None:
        page = self.client.get(self.article.get_absolute_url())
        self.assertContains(page, f'href="/a/{self.article.slug}/takedown/"')
        self.assertContains(self.client.get(f"/a/{self.article.slug}/takedown/"), "善意")
        response = self.file_claim()
        self.assertRedirects(response, f"/a/{self.article.slug}/takedown/sent/")
        claim = TakedownRequest.objects.get()
        self.assertContains(self.client.get(response["Location"]), f"受理编号 <strong>#{claim.pk}</strong>")
        self.assertEqual(claim.status, TakedownRequest.Status.PENDING)
        self.assertTrue(claim.evidence_file.name.startswith("takedowns/"))
        self.assertNotIn("证明", claim.evidence_file.name)  # stored under an unguessable name
        self.assertEqual(list(claim.events.values_list("action", flat=True)), ["submitted"])

    def test_claim_needs_the_good_faith_statement_and_an_allowed_file(self) -> None:
        self.assertContains(self.file_claim(good_faith=""), "请确认善意声明后再提交。", status_code=400)
        bad = SimpleUploadedFile("x.exe", b"MZ", content_type="application/octet-stream")
        self.assertContains(
            self.file_claim(evidence_file=bad),
            "只支持 PDF、PNG、JPG、WebP、TXT、Word 或 ZIP 格式的证据文件。",
            status_code=400,
        )
        self.assertFalse(TakedownRequest.objects.exists())

    def test_operator_hides_restores_and_decides_with_an_audit_trail(self) -> None:
        self.file_claim()
        claim = TakedownRequest.objects.get()
        takedown_hide_article(request=claim, actor=self.editor, note="核实期间先下线")
        gone = self.client.get(self.article.get_absolute_url())
        self.assertContains(gone, "因收到侵权投诉", status_code=410)
        self.assertNotContains(self.client.get("/a/"), "淘宝领取方式有哪些")
        takedown_restore_article(request=claim, actor=self.editor, note="先行恢复")
        self.assertEqual(self.client.get(self.article.get_absolute_url()).status_code, 200)
        takedown_decide(request=claim, upheld=True, reason="权利证明充分", actor=self.admin)
        self.assertEqual(self.client.get(self.article.get_absolute_url()).status_code, 410)
        claim.refresh_from_db()
        self.assertEqual(
            (claim.status, claim.decided_by, claim.decision_reason), ("upheld", self.admin, "权利证明充分")
        )
        trail = list(claim.events.values_list("action", "actor__display_name"))
        self.assertEqual(
            trail,
            [("submitted", None), ("hidden", "编辑小李"), ("restored", "编辑小李"), ("upheld", "管理员"),
             ("hidden", "管理员")],
        )  # fmt: skip

    def test_editor_works_the_queue_in_the_admin(self) -> None:
        self.file_claim()
        claim = TakedownRequest.objects.get()
        self.client.login(email=self.editor.email, password=PASSWORD)
        changelist = self.client.get("/admin/content/takedownrequest/")
        self.assertContains(changelist, "某某文化传媒有限公司")
        url = f"/admin/content/takedownrequest/{claim.pk}/change/"
        self.client.post(
            url, {"operation": "hide", "note": "", "events-TOTAL_FORMS": "0", "events-INITIAL_FORMS": "0"}
        )
        self.assertTrue(Article.objects.get(pk=self.article.pk).is_hidden)
        response = self.client.post(url, {"operation": "reject", "note": "", "events-TOTAL_FORMS": "0",
                                          "events-INITIAL_FORMS": "0"})  # fmt: skip
        self.assertContains(response, "作出处理决定时请填写理由。")
        self.client.post(url, {"operation": "reject", "note": "对方无法证明权属", "events-TOTAL_FORMS": "0",
                               "events-INITIAL_FORMS": "0"})  # fmt: skip
        claim.refresh_from_db()
        self.assertEqual(claim.status, TakedownRequest.Status.REJECTED)
        self.assertFalse(Article.objects.get(pk=self.article.pk).is_hidden)
        self.assertEqual(
            list(TakedownEvent.objects.filter(request=claim).values_list("action", flat=True)),
            ["submitted", "hidden", "rejected", "restored"],
        )
