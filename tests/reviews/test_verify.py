"""Verification: company e-mail by one-time code, proof of use checked by an operator."""

from __future__ import annotations

import re
import tempfile

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from xuanyong.catalog.models import Offering
from xuanyong.reviews.models import ProofOfUse, Review, Verification

from .helpers import ReviewsTestCase, review_post

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class EmailVerificationTests(ReviewsTestCase):
    def setUp(self) -> None:
        self.client.force_login(self.buyer)
        self.client.post(reverse("reviews:write", args=[self.offering_a.slug]), review_post())
        self.review = Review.objects.get(user=self.buyer)

    def _send(self, email: str) -> object:
        return self.client.post(reverse("reviews:email_send", args=[self.review.pk]), {"email": email})

    def test_buyer_verifies_a_company_address_and_the_review_publishes(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            response = self._send("wang@kehu-gongsi.cn")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["wang@kehu-gongsi.cn"])
        code = re.search(r"验证码：(\d{6})", mail.outbox[0].body).group(1)  # type: ignore[union-attr]
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("reviews:email_confirm", args=[self.review.pk]), {"code": code}, follow=True
            )
        self.assertContains(response, "企业邮箱已验证。已发布。")
        self.review.refresh_from_db()
        self.assertEqual(
            (self.review.verification, self.review.verified_domain), (Verification.EMAIL, "kehu-gongsi.cn")
        )
        self.assertEqual(self.review.status, Review.Status.PUBLISHED)
        offering = Offering.objects.get(pk=self.offering_a.pk)
        self.assertEqual((offering.review_count, offering.rating_avg), (1, 4))
        page = self.client.get(self.offering_a.get_absolute_url())
        self.assertContains(page, "1 条评价")
        self.assertContains(page, "已验证 100%")

    def test_free_mailboxes_and_wrong_codes_are_refused(self) -> None:
        self.assertContains(self._send("wang@qq.com"), "请使用企业邮箱", status_code=400)
        self.assertContains(self._send("not-an-email"), "请输入有效的邮箱地址。", status_code=400)
        self.assertEqual(len(mail.outbox), 0)
        self._send("wang@kehu-gongsi.cn")
        response = self.client.post(
            reverse("reviews:email_confirm", args=[self.review.pk]), {"code": "000000x"}
        )
        self.assertEqual(response.status_code, 400)
        self.review.refresh_from_db()
        self.assertEqual(self.review.verification, Verification.NONE)

    def test_wrong_code_five_times_locks_the_code(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            self._send("wang@kehu-gongsi.cn")
        code = re.search(r"验证码：(\d{6})", mail.outbox[0].body).group(1)  # type: ignore[union-attr]
        wrong = "000000" if code != "000000" else "111111"
        url = reverse("reviews:email_confirm", args=[self.review.pk])
        for _ in range(5):
            self.assertContains(self.client.post(url, {"code": wrong}), "验证码不正确。", status_code=400)
        self.assertContains(self.client.post(url, {"code": code}), "尝试次数过多", status_code=400)

    def test_a_vendor_domain_address_holds_the_review_for_moderation(self) -> None:
        # Vendor A's member signs in with an @vendor-a.example.com address: the domain is the vendor's.
        with self.captureOnCommitCallbacks(execute=True):
            self._send("li@vendor-a.example.com")
        code = re.search(r"验证码：(\d{6})", mail.outbox[0].body).group(1)  # type: ignore[union-attr]
        self.client.post(reverse("reviews:email_confirm", args=[self.review.pk]), {"code": code})
        self.review.refresh_from_db()
        self.assertEqual(self.review.status, Review.Status.PENDING)
        self.assertEqual([s["code"] for s in self.review.signals], ["vendor_domain"])

    def test_only_the_author_sees_the_verify_page(self) -> None:
        self.client.force_login(self.vendor_b_member)
        self.assertEqual(self.client.get(reverse("reviews:verify", args=[self.review.pk])).status_code, 404)


class ProofOfUseTests(ReviewsTestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        self.settings_override = override_settings(REVIEWS_PROOF_ROOT=self.tmp.name)
        self.settings_override.enable()
        self.client.force_login(self.buyer)
        self.client.post(reverse("reviews:write", args=[self.offering_a.slug]), review_post())
        self.review = Review.objects.get(user=self.buyer)
        self.url = reverse("reviews:proof", args=[self.review.pk])

    def tearDown(self) -> None:
        self.settings_override.disable()
        self.tmp.cleanup()

    def test_upload_is_validated_by_type_and_size(self) -> None:
        fake_pdf = SimpleUploadedFile("合同.pdf", b"<html>not a pdf</html>", content_type="application/pdf")
        self.assertContains(
            self.client.post(self.url, {"file": fake_pdf}), "只支持 PDF、PNG 或 JPG", status_code=400
        )
        exe = SimpleUploadedFile("tool.exe", b"MZ\x90\x00", content_type="application/octet-stream")
        self.assertContains(
            self.client.post(self.url, {"file": exe}), "只支持 PDF、PNG 或 JPG", status_code=400
        )
        with override_settings(REVIEWS_PROOF_MAX_MB=1):
            big = SimpleUploadedFile("大.pdf", PDF + b"0" * (1024 * 1024), content_type="application/pdf")
            self.assertContains(
                self.client.post(self.url, {"file": big}), "文件不能超过 1 MB。", status_code=400
            )
        self.assertFalse(ProofOfUse.objects.exists())

    def test_operator_checks_the_proof_which_is_never_public(self) -> None:
        upload = SimpleUploadedFile("采购合同.pdf", PDF, content_type="application/pdf")
        self.assertEqual(self.client.post(self.url, {"file": upload}).status_code, 302)
        proof = ProofOfUse.objects.get()
        self.assertNotIn("采购合同", proof.file.name)
        file_url = reverse("reviews:proof_file", args=[proof.pk])
        self.assertEqual(self.client.get(file_url).status_code, 403)  # not even its uploader
        self.client.logout()
        self.assertEqual(self.client.get(file_url).status_code, 302)  # guests: sign in first
        self.assertEqual(self.client.get(f"/media/{proof.file.name}").status_code, 404)

        self.client.force_login(self.editor)
        queue = self.client.get(reverse("reviews:moderation"))
        self.assertContains(queue, "采购合同.pdf")
        download = self.client.get(file_url)
        self.assertEqual(b"".join(download.streaming_content), PDF)  # type: ignore[attr-defined]
        self.assertEqual(download["Cache-Control"], "private, no-store")
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(reverse("reviews:proof_decide", args=[proof.pk]), {"accept": "1"})
        self.review.refresh_from_db()
        self.assertEqual(self.review.verification, Verification.PROOF)
        self.assertEqual(self.review.status, Review.Status.PUBLISHED)
        page = self.client.get(reverse("reviews:offering_reviews", args=[self.offering_a.slug]))
        self.assertContains(page, "已核实使用凭证")
