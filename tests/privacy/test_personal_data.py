"""PIPL: a person downloads everything we hold about them, and deletes the account."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from pathlib import Path

from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from xuanyong.accounts.models import User
from xuanyong.analytics.models import Event
from xuanyong.content.models import Comment
from xuanyong.leads.models import Lead, LeadNote
from xuanyong.leads.services import leads_retention_erase
from xuanyong.privacy.models import DataRequest
from xuanyong.privacy.services import email_digest
from xuanyong.reviews.models import HelpfulVote, ProofOfUse, Review, ReviewDraft
from xuanyong.reviews.services import proof_upload

from ..base import PASSWORD, PersonasTestCase
from ..content.helpers import published_article
from ..leads.helpers import catalog_for, lead_data, quote_url
from ..reviews.helpers import age_account, published_review

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


class BuyerWithHistoryTestCase(PersonasTestCase):
    """One buyer with a bit of everything the platform can hold about a person."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, cls.other_offering = catalog_for(cls.vendor_a, cls.vendor_b)
        cls.article = published_article()
        age_account(cls.buyer)

    def setUp(self) -> None:
        self.proof_dir = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.proof_dir, True)
        self.settings_override = override_settings(REVIEWS_PROOF_ROOT=self.proof_dir)
        self.settings_override.enable()
        self.addCleanup(self.settings_override.disable)
        self.client.force_login(self.buyer)
        self.vid = "visitor-of-the-buyer-01"
        self.client.cookies["xy_vid"] = self.vid  # as the browser would send it
        # A lead, through the form, and a vendor's note about the buyer.
        self.client.post(quote_url(self.offering), lead_data(self.client, quote_url(self.offering)))
        self.lead = Lead.objects.get(user=self.buyer)
        route = self.lead.routes.get()
        LeadNote.objects.create(route=route, author=self.vendor_a_member, body="王女士嫌贵，下周再联系")
        # A published review with its history, a pending one with a proof file, a draft, a vote.
        self.review = published_review(self.offering, self.buyer, 8, visitor_id=self.vid, ip="198.51.100.4")
        self.review.revisions.create(snapshot={"pros": "旧的优点写法"})
        self.pending = Review.objects.create(
            offering=self.other_offering, user=self.buyer, status=Review.Status.PENDING, recommend=6,
            ease_of_use=3, features=3, support=3, value=3, pros="待审核的优点文字", cons="待审核的不足文字",
            use_case="门店", reviewer_role="owner", company_size="21-100", industry="retail", usage_duration="lt6m",
        )  # fmt: skip
        self.proof = proof_upload(review=self.pending, upload=SimpleUploadedFile("合同.png", PNG))
        ReviewDraft.objects.create(user=self.buyer, offering=self.offering, data={"pros": "草稿"})
        self.others_review = published_review(
            self.other_offering, self.editor, 9, pros="编辑写的优点，很长很长"
        )
        HelpfulVote.objects.create(review=self.others_review, visitor_id=self.vid, user=self.buyer)
        Review.objects.filter(pk=self.others_review.pk).update(helpful_count=1)
        # Comments: an approved one somebody replied to, and a pending one.
        self.comment = Comment.objects.create(
            article=self.article, user=self.buyer, body="这篇写得很实用", status=Comment.Status.APPROVED,
            visitor_id=self.vid, ip="198.51.100.4",
        )  # fmt: skip
        self.reply = Comment.objects.create(
            article=self.article,
            parent=self.comment,
            user=self.editor,
            body="谢谢支持",
            status=Comment.Status.APPROVED,
        )
        Comment.objects.create(
            article=self.article, user=self.buyer, body="还在审核的评论", visitor_id=self.vid
        )
        now = timezone.now()
        Event.objects.create(
            created_at=now, kind=Event.Kind.VIEW, visitor_id=self.vid, session_id="s1", object_type="offering"
        )
        Event.objects.create(created_at=now, kind=Event.Kind.SEARCH, visitor_id=self.vid, term="收银")
        Event.objects.create(
            created_at=now, kind=Event.Kind.VIEW, visitor_id="someone-else-entirely", term=""
        )

    def delete_account(self, client: Client | None = None, **data: str) -> object:
        form = {"password": PASSWORD, "understood": "on", **data}
        return (client or self.client).post(reverse("privacy:delete"), form)


class ExportTests(BuyerWithHistoryTestCase):
    def test_the_download_holds_everything_about_the_person_and_nothing_of_others(self) -> None:
        response = self.client.post(reverse("privacy:export"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment;", response["Content-Disposition"])
        self.assertEqual(response["Cache-Control"], "no-store")
        data = json.loads(response.content)
        self.assertEqual(data["account"]["email"], self.buyer.email)
        self.assertEqual([r["id"] for r in data["reviews"]], [self.review.pk, self.pending.pk])
        self.assertEqual(data["reviews"][0]["history"][0]["before"], {"pros": "旧的优点写法"})
        self.assertEqual(data["reviews"][1]["proofs_of_use"][0]["file_name"], "合同.png")
        self.assertEqual(data["review_drafts"][0]["data"], {"pros": "草稿"})
        self.assertEqual(data["helpful_votes"][0]["review_id"], self.others_review.pk)
        self.assertEqual({c["body"] for c in data["comments"]}, {"这篇写得很实用", "还在审核的评论"})
        lead = data["leads"][0]
        self.assertEqual((lead["name"], lead["phone"]), ("王女士", "+8613800138000"))
        self.assertEqual(data["consents"][0]["vendors"], [self.vendor_a.name])
        self.assertIn(self.vendor_a.name, data["consents"][0]["text"])
        self.assertEqual(sorted(e["kind"] for e in data["events"]), ["search", "view"])
        body = response.content.decode()
        for foreign in ("编辑写的优点", "谢谢支持", "someone-else-entirely", self.editor.email):
            self.assertNotIn(foreign, body)
        audit = DataRequest.objects.get()
        self.assertEqual((audit.kind, audit.status, audit.user), ("export", "done", self.buyer))
        self.assertIsNotNone(audit.completed_at)
        self.assertEqual(audit.summary["reviews"], 2)

    def test_it_takes_a_signed_in_post(self) -> None:
        self.assertEqual(self.client.get(reverse("privacy:export")).status_code, 405)
        anonymous = Client().post(reverse("privacy:export"))
        self.assertEqual(anonymous.status_code, 302)
        self.assertIn(reverse("accounts:login"), anonymous["Location"])
        self.assertEqual(DataRequest.objects.count(), 0)


class DeleteTests(BuyerWithHistoryTestCase):
    def test_a_wrong_password_or_no_confirmation_changes_nothing(self) -> None:
        self.assertContains(self.delete_account(password="nope"), "密码不正确", status_code=400)
        self.assertContains(self.delete_account(understood=""), "请勾选确认", status_code=400)
        self.assertTrue(User.objects.filter(pk=self.buyer.pk).exists())
        self.assertEqual(Lead.objects.get(pk=self.lead.pk).phone, "+8613800138000")
        self.assertFalse(DataRequest.objects.filter(kind="erase").exists())

    def test_deleting_erases_or_anonymises_every_kind_of_row(self) -> None:
        other_device = Client()
        other_device.force_login(self.buyer)
        reset_link = (
            f"/accounts/reset/{urlsafe_base64_encode(force_bytes(self.buyer.pk))}/"
            f"{default_token_generator.make_token(self.buyer)}/"
        )
        old_status_link = reverse("leads:status", args=[self.lead.token])
        proof_path = Path(self.proof.file.path)
        self.assertTrue(proof_path.exists())

        with self.captureOnCommitCallbacks(execute=True):
            response = self.delete_account()
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertContains(self.client.get("/"), "您的账号已注销")
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertFalse(User.objects.filter(email=self.buyer.email).exists())

        # Every other session and the reset link are dead.
        self.assertEqual(other_device.get(reverse("privacy:mine")).status_code, 302)
        self.assertContains(self.client.get(reset_link, follow=True), "链接无效")
        # The published review stays as anonymous text; the rest of the reviews' rows go.
        kept = Review.objects.get(pk=self.review.pk)
        self.assertEqual(
            (kept.user, kept.ip, kept.visitor_id, kept.pros[:4]), (None, None, "", self.review.pros[:4])
        )
        self.assertFalse(kept.revisions.exists())
        self.assertContains(self.client.get(f"/p/{self.offering.slug}/reviews/"), "已注销用户")
        self.assertFalse(Review.objects.filter(pk=self.pending.pk).exists())
        self.assertFalse(ProofOfUse.objects.exists())
        self.assertFalse(proof_path.exists())
        self.assertFalse(ReviewDraft.objects.exists())
        self.assertFalse(HelpfulVote.objects.exists())
        self.assertEqual(Review.objects.get(pk=self.others_review.pk).helpful_count, 0)
        # Comments: the approved one is anonymous and keeps its reply; the pending one is gone.
        comment = Comment.objects.get(pk=self.comment.pk)
        self.assertEqual(
            (comment.user, comment.author_name, comment.ip, comment.visitor_id),
            (None, "已注销用户", None, ""),
        )
        self.assertTrue(Comment.objects.filter(pk=self.reply.pk, parent=comment).exists())
        self.assertFalse(Comment.objects.filter(body="还在审核的评论").exists())
        # The lead: personal data and the vendor's note erased, the anonymous lead stays routed.
        lead = Lead.objects.get(pk=self.lead.pk)
        self.assertEqual((lead.name, lead.phone, lead.company, lead.need, lead.user), ("", "", "", "", None))
        self.assertTrue(lead.erased)
        self.assertFalse(LeadNote.objects.exists())
        self.assertEqual(lead.routes.count(), 1)
        self.assertEqual(self.client.get(old_status_link).status_code, 404)
        self.assertEqual(lead.audit.last().detail, {"by": "account_deleted"})
        # Events: the person's lose their ids, other visitors' keep theirs.
        self.assertFalse(Event.objects.filter(visitor_id=self.vid).exists())
        self.assertEqual(Event.objects.filter(visitor_id="", session_id="").count(), 2)
        self.assertTrue(Event.objects.filter(visitor_id="someone-else-entirely").exists())
        # The audit outlives the account.
        audit = DataRequest.objects.get(kind="erase")
        self.assertEqual((audit.status, audit.user, audit.account_id), ("done", None, self.buyer.pk))
        self.assertEqual(audit.email_digest, email_digest(self.buyer.email))
        self.assertEqual(audit.summary["leads_erased"], 1)
        self.assertEqual(audit.summary["reviews_kept_anonymous"], 1)

    @override_settings(PRIVACY_REVIEWS="delete")
    def test_the_delete_policy_removes_published_reviews_and_their_rating(self) -> None:
        self.offering.refresh_from_db()
        self.delete_account()
        self.assertFalse(Review.objects.filter(pk=self.review.pk).exists())
        self.offering.refresh_from_db()
        self.assertEqual(self.offering.review_count, 0)
        self.assertIsNone(self.offering.rating_avg)

    def test_staff_accounts_cannot_delete_themselves(self) -> None:
        client = Client()
        client.force_login(self.editor)
        self.assertContains(client.get(reverse("privacy:mine")), "不能自助注销")
        response = self.delete_account(client)
        self.assertContains(response, "不能自助注销", status_code=400)
        self.assertTrue(User.objects.filter(pk=self.editor.pk).exists())

    def test_guessing_the_password_here_is_throttled_like_login(self) -> None:
        for _ in range(4):
            self.delete_account(password="guess")
        self.assertContains(self.delete_account(password="guess"), "登录失败次数过多", status_code=429)
        self.assertEqual(self.delete_account().status_code, 429)
        self.assertTrue(User.objects.filter(pk=self.buyer.pk).exists())


class RetentionAndPolicyTests(BuyerWithHistoryTestCase):
    @override_settings(LEADS_RETENTION_DAYS=30)
    def test_leads_past_retention_lose_their_personal_data(self) -> None:
        Lead.objects.filter(pk=self.lead.pk).update(created_at=timezone.now() - dt.timedelta(days=31))
        fresh = self.client.post(
            quote_url(self.other_offering),
            lead_data(self.client, quote_url(self.other_offering), phone="13900139000"),
        )
        self.assertEqual(fresh.status_code, 302)
        self.assertEqual(leads_retention_erase(), 1)
        old = Lead.objects.get(pk=self.lead.pk)
        self.assertEqual((old.phone, old.audit.last().detail), ("", {"by": "retention"}))
        self.assertEqual(Lead.objects.exclude(pk=self.lead.pk).get().phone, "+8613900139000")
        self.assertEqual(leads_retention_erase(), 0)

    @override_settings(LEADS_RETENTION_DAYS=400, ANALYTICS_RETENTION_DAYS=45, BACKUP_RETENTION_DAYS=14)
    def test_the_privacy_page_states_the_configured_periods(self) -> None:
        page = Client().get(reverse("privacy:policy")).content.decode()
        text = re.sub(r"<[^>]+>", "", page)
        self.assertIn("提交后 400 天自动删除个人信息", text)
        self.assertIn("原始事件 45 天后删除", text)
        self.assertIn("14 天：已删除的数据在此期限内从全部备份中消失", text)
