"""Hostile input to every form the site has: public, portal, ops, moderation and our admin views.

Each case posts one hostile value into one field of an otherwise valid submission, as the persona
who may use the form, and checks what a user (or an attacker) would: no 5xx; either nothing in the
database changed and the answer carries a Chinese message, or the submission was accepted and
nothing hostile was stored (no control or direction-override characters, no live markup, no
megabyte texts; an emoji survives intact). A forged id of another vendor's object, a missing id
or a malformed number never changes anything. The outcome of every case is recorded and printed
as a matrix at the end of the run (see tests/security/conftest.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, models
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from xuanyong.analytics import buffer
from xuanyong.backups import snapshot
from xuanyong.catalog import credentials
from xuanyong.content.models import Comment
from xuanyong.leads.models import Lead, LeadRoute
from xuanyong.portal.models import VendorClaim
from xuanyong.reviews.models import ProofOfUse, Review
from xuanyong.security.models import ThrottleLock

from ..base import PASSWORD, create_personas
from ..content.helpers import published_article
from ..factories import PlanFactory, VendorFactory
from ..leads.helpers import catalog_for, lead_data, quote_url
from ..reviews.helpers import age_account, published_review, review_post

pytestmark = pytest.mark.django_db

EMOJI = "好用👍🏻🚀，全家👨‍👩‍👧都满意"
TEXT_VALUES = {
    "html": '<script>alert("xy")</script><img src=x onerror=alert(1)>',
    "1mb": "a" * 1_000_000,
    "nul": "正常的文字\x00以及之后",
    "control": "正常\x07\x1b[31m文字\x08\x7f",
    "rtl": "发票\u202efdp.exe",
    "emoji": EMOJI,
    "bad_host": "https://\ufffd.example.com/hook",  # a URL Django accepts and IDNA cannot encode
}
NUMBER_VALUES = {
    "not_a_number": "12abc",
    "negative": "-1",
    "huge_number": "9" * 30,
    "nan": "NaN",
    "inf": "1e309",
}
ID_VALUES = {"missing_id": "999999999", "not_an_id": "1 OR 1=1", "huge_id": "9" * 30, "forged_id": ""}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
FILE_VALUES = {
    "exe_as_pdf": ("合同.pdf", b"MZ\x90\x00" + b"\0" * 200),
    "html_as_png": ("截图.png", b"<html><script>alert(1)</script></html>"),
    "too_big": ("合同.pdf", b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024)),
    "rtl_name": ("发票\u202efdp.exe", b"%PDF-1.4\n%%EOF"),
}
# Tables a refused post may touch without keeping anything of it: the session (messages, the
# compare tray), raw analytics events and the throttle's lock records.
UNWATCHED = {"django_session", "security_throttlelock"}
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Bodies an editor writes in Markdown: the source may quote HTML, the rendering is sanitised.
SANITISED_ON_RENDER = {("content", "article", "body"), ("catalog", "offering", "description")}


# --- the world every form is tried in ---------------------------------------------------------


class World:
    """Two vendors with offerings, plans, leads and reviews; a buyer, an editor and an admin."""

    def __init__(self) -> None:
        create_personas(self)
        for user in (self.buyer, self.editor, self.admin):
            age_account(user)
        self.category, self.offering_a, self.offering_b = catalog_for(self.vendor_a, self.vendor_b)
        self.plan_a = PlanFactory(offering=self.offering_a)
        self.plan_b = PlanFactory(offering=self.offering_b)
        self.unclaimed = VendorFactory(name="丙服务商")
        self.article = published_article()
        self.other_article = published_article(title="门禁系统怎么选")
        self.comment = Comment.objects.create(
            article=self.article, body="写得好", status=Comment.Status.APPROVED
        )
        self.foreign_comment = Comment.objects.create(
            article=self.other_article, body="别处的评论", status=Comment.Status.APPROVED
        )
        client = self.client_for(self.buyer)
        for offering in (self.offering_a, self.offering_b):
            client.post(quote_url(offering), lead_data(client, quote_url(offering)))
        self.lead = Lead.objects.filter(routes__vendor=self.vendor_a).get()
        self.route_a = LeadRoute.objects.get(vendor=self.vendor_a)
        self.route_b = LeadRoute.objects.get(vendor=self.vendor_b)
        self.review_a = published_review(self.offering_a, self.editor, 9)
        self.review_b = published_review(self.offering_b, self.editor, 7)
        self.pending = Review.objects.create(
            offering=self.offering_a, user=self.buyer, status=Review.Status.PENDING,
            **review_post(),
        )  # fmt: skip
        self.others_pending = Review.objects.create(
            offering=self.offering_b, user=self.admin, status=Review.Status.PENDING,
            **review_post(),
        )  # fmt: skip
        self.proof = ProofOfUse.objects.create(review=self.pending, file=SimpleUploadedFile("p.png", PNG))
        self.claim = VendorClaim.objects.create(
            vendor=self.unclaimed, user=self.buyer, legal_name="杭州丙科技有限公司", uscc="91330106MA2CFQ9X1L",
            contact_name="王经理", contact_phone="+8613800138000",
        )  # fmt: skip
        self.credential_a, self.credential_b = (
            credentials.credential_submit(
                vendor=offering.vendor, user=None,
                data=credentials.CredentialInput(kind="icp", number=f"京B2-2019000{i}"),
            )
            for i, offering in enumerate((self.offering_a, self.offering_b))
        )  # fmt: skip
        self.lock = ThrottleLock.objects.create(
            scope="login", subject="account", key="locked@example.com", count=5, window_seconds=900,
            until=timezone.now() + dt.timedelta(minutes=15),
        )  # fmt: skip

    def client_for(self, user: Any) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client


@pytest.fixture
def world() -> World:
    return World()


# --- one form: where it is, who may use it, a valid submission, and its fields by kind -------


@dataclass(frozen=True)
class Form:
    name: str
    persona: str | None
    url: Callable[[World], str]
    data: Callable[[World, Client], dict[str, Any]]
    text: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()  # POST fields that carry an object's id
    path_id: Callable[[World, str], str] | None = None  # the URL with another object's id in it
    forged: Callable[[World], dict[str, Any] | str] | None = None  # another vendor's object
    files: tuple[str, ...] = ()
    beacon: bool = False  # sent by script, answered with 204: nothing to show, nothing hostile kept


def _reset_url(w: World) -> str:
    uid = urlsafe_base64_encode(force_bytes(w.buyer.pk))
    client = Client()
    response = client.get(
        reverse("accounts:password_reset_confirm", args=[uid, default_token_generator.make_token(w.buyer)])
    )
    return response["Location"]  # Django swaps the token for a session-bound "set-password" URL


def _admin_action(model: str, action: str, ids: Callable[[World], list[int]]) -> Form:
    app, name = model.split(".")
    return Form(
        f"admin:{name}:{action}", "admin", lambda w: reverse(f"admin:{app}_{name}_changelist"),
        lambda w, c: {"action": action, "_selected_action": [str(i) for i in ids(w)], "index": "0"},
        ids=("_selected_action",),
    )  # fmt: skip


FORMS: list[Form] = [
    # Accounts
    Form("signup", None, lambda w: reverse("accounts:signup"),
         lambda w, c: {"email": "new.buyer@example.com", "display_name": "新采购者", "mobile": "13800138000",
                       "password1": PASSWORD, "password2": PASSWORD},
         text=("email", "display_name", "mobile", "password1")),
    Form("login", None, lambda w: reverse("accounts:login"),
         lambda w, c: {"username": "buyer@example.com", "password": "wrong-password"}, text=("username", "password")),
    Form("password_reset", None, lambda w: reverse("accounts:password_reset"),
         lambda w, c: {"email": "buyer@example.com"}, text=("email",)),
    Form("password_reset_confirm", None, _reset_url,
         lambda w, c: {"new_password1": "another-horse-battery-9", "new_password2": "another-horse-battery-9"},
         text=("new_password1",)),
    Form("privacy_delete", "buyer", lambda w: reverse("privacy:delete"),
         lambda w, c: {"password": "wrong-password", "understood": "on"}, text=("password",)),
    # Leads
    Form("lead_new", "buyer", lambda w: quote_url(w.offering_a),
         lambda w, c: lead_data(c, quote_url(w.offering_a), phone="13900139000"), text=("name", "phone", "company", "need", "offer"),
         ids=("offer",)),
    Form("callback", None, lambda w: reverse("leads:callback") + f"?offering={w.offering_a.slug}",
         lambda w, c: lead_data(c, reverse("leads:callback") + f"?offering={w.offering_a.slug}", kind="callback"),
         text=("name", "phone")),
    Form("lead_withdraw", "buyer", lambda w: reverse("leads:withdraw", args=[w.lead.token]),
         lambda w, c: {"next": "my"},
         path_id=lambda w, v: reverse("leads:withdraw", args=[v])),
    Form("ops_reassign", "editor", lambda w: reverse("leads:ops_lead_reassign", args=[w.lead.pk]),
         lambda w, c: {"vendors": [str(w.vendor_b.pk)]}, ids=("vendors",),
         path_id=lambda w, v: f"/ops/leads/{v}/reassign/"),
    # Content
    Form("comment", None, lambda w: reverse("content:comment", args=[w.article.slug]),
         lambda w, c: {"body": "门禁系统能接物业收费吗？", "guest_name": "路人甲"}, text=("body", "guest_name"),
         ids=("parent",), forged=lambda w: {"parent": str(w.foreign_comment.pk)}),
    Form("takedown", None, lambda w: reverse("content:takedown", args=[w.article.slug]),
         lambda w, c: {"claimant": "某某律师事务所", "contact": "13800138000", "right": "copyright",
                       "evidence": "本文第二段抄袭了我方 2025 年发表的原创文章。", "good_faith": "on"},
         text=("claimant", "contact", "evidence", "right"), files=("evidence_file",)),
    # Catalog
    Form("compare_tray", None, lambda w: reverse("catalog:tray"),
         lambda w, c: {"action": "add", "slug": w.offering_a.slug, "next": "/compare/"}, text=("slug", "next", "action")),
    Form("cta_beacon", None, lambda w: reverse("analytics:cta"),
         lambda w, c: {"cta": "quote", "source": "offering", "path": f"/p/{w.offering_a.slug}/"},
         text=("cta", "source", "path"), beacon=True),
    # Reviews
    Form("review_write", "buyer", lambda w: reverse("reviews:write", args=[w.offering_b.slug]),
         lambda w, c: review_post(), text=("pros", "cons", "use_case", "reviewer_role"),
         numbers=("recommend", "ease_of_use")),
    Form("review_draft", "buyer", lambda w: reverse("reviews:draft", args=[w.offering_b.slug]),
         lambda w, c: review_post(), text=("pros", "cons", "use_case", "reviewer_role"), numbers=("recommend",)),
    Form("review_email", "buyer", lambda w: reverse("reviews:email_send", args=[w.pending.pk]),
         lambda w, c: {"email": "li@yunzhanggui.example"}, text=("email",),
         path_id=lambda w, v: f"/reviews/{v}/verify/email/",
         forged=lambda w: reverse("reviews:email_send", args=[w.others_pending.pk])),
    Form("review_code", "buyer", lambda w: reverse("reviews:email_confirm", args=[w.pending.pk]),
         lambda w, c: {"code": "123456"}, text=("code",), path_id=lambda w, v: f"/reviews/{v}/verify/code/"),
    Form("review_proof", "buyer", lambda w: reverse("reviews:proof", args=[w.pending.pk]),
         lambda w, c: {}, files=("file",), path_id=lambda w, v: f"/reviews/{v}/verify/proof/",
         forged=lambda w: reverse("reviews:proof", args=[w.others_pending.pk])),
    Form("review_helpful", None, lambda w: reverse("reviews:helpful", args=[w.review_a.pk]),
         lambda w, c: {}, path_id=lambda w, v: f"/reviews/{v}/helpful/"),
    Form("moderation_decide", "editor", lambda w: reverse("reviews:moderate", args=[w.pending.pk]),
         lambda w, c: {"action": "reject", "reason": "conflict"}, text=("action", "reason"),
         path_id=lambda w, v: f"/reviews/moderation/{v}/"),
    Form("proof_decide", "editor", lambda w: reverse("reviews:proof_decide", args=[w.proof.pk]),
         lambda w, c: {"accept": "1"}, text=("accept",), path_id=lambda w, v: f"/reviews/moderation/proofs/{v}/decide/"),
    # Vendor portal
    Form("vendor_claim", "buyer", lambda w: reverse("portal:claim"),
         lambda w, c: {"vendor_name": "丙服务商", "legal_name": "杭州丙科技有限公司", "uscc": "91330106MA2CFQ9X1L",
                       "contact_name": "王经理", "contact_phone": "13800138000"},
         text=("vendor_name", "legal_name", "uscc", "contact_name", "contact_phone")),
    Form("offering_edit", "vendor_a_member", lambda w: reverse("portal:offering_edit", args=[w.offering_a.pk]),
         lambda w, c: {"tagline": "门店收银一体化", "description": "支持会员与外卖。", "deployment": "saas",
                       "pricing_model": "subscription", "price_min": "100", "price_max": "500", "price_unit": "元/年"},
         text=("tagline", "description", "price_unit", "deployment"), numbers=("price_min", "price_max"),
         path_id=lambda w, v: f"/vendor/offerings/{v}/",
         forged=lambda w: reverse("portal:offering_edit", args=[w.offering_b.pk])),
    Form("plan_edit", "vendor_a_member",
         lambda w: reverse("portal:plan_edit", args=[w.offering_a.pk, w.plan_a.pk]),
         lambda w, c: {"name": "旗舰版", "price": "999", "unit": "元", "billing_period": "year",
                       "features_text": "会员\n外卖"},
         text=("name", "unit", "features_text", "billing_period"), numbers=("price",),
         path_id=lambda w, v: f"/vendor/offerings/{w.offering_a.pk}/plans/{v}/",
         forged=lambda w: reverse("portal:plan_edit", args=[w.offering_a.pk, w.plan_b.pk])),
    Form("plan_confirm", "vendor_a_member",
         lambda w: reverse("portal:plan_confirm", args=[w.offering_a.pk, w.plan_a.pk]), lambda w, c: {},
         path_id=lambda w, v: f"/vendor/offerings/{v}/plans/{w.plan_b.pk}/confirm/",
         forged=lambda w: reverse("portal:plan_confirm", args=[w.offering_b.pk, w.plan_b.pk])),
    Form("vendor_lead_status", "vendor_a_member", lambda w: reverse("portal:lead_status", args=[w.route_a.pk]),
         lambda w, c: {"status": "lost", "lost_reason": "预算不足"}, text=("status", "lost_reason"),
         path_id=lambda w, v: f"/vendor/leads/{v}/status/",
         forged=lambda w: reverse("portal:lead_status", args=[w.route_b.pk])),
    Form("vendor_lead_note", "vendor_a_member", lambda w: reverse("portal:lead_note", args=[w.route_a.pk]),
         lambda w, c: {"body": "已电话联系，下周演示。"}, text=("body",),
         path_id=lambda w, v: f"/vendor/leads/{v}/notes/",
         forged=lambda w: reverse("portal:lead_note", args=[w.route_b.pk])),
    Form("vendor_webhook", "vendor_a_member", lambda w: reverse("portal:webhook"),
         lambda w, c: {"url": "https://crm.example.com/hook", "active": "on"}, text=("url",)),
    Form("vendor_review_reply", "vendor_a_member", lambda w: reverse("reviews:reply", args=[w.review_a.pk]),
         lambda w, c: {"body": "感谢您的评价，报表导出已在新版本优化。"}, text=("body",),
         path_id=lambda w, v: f"/vendor/reviews/{v}/reply/",
         forged=lambda w: reverse("reviews:reply", args=[w.review_b.pk])),
    Form("vendor_review_invite", "vendor_a_member", lambda w: reverse("reviews:invite_create"),
         lambda w, c: {"offering": str(w.offering_a.pk), "note": "某连锁餐饮"}, text=("note",), ids=("offering",),
         forged=lambda w: {"offering": str(w.offering_b.pk)}),
    Form("vendor_credential", "vendor_a_member", lambda w: reverse("portal:credentials"),
         lambda w, c: {"kind": "ruanzhu", "offering": str(w.offering_a.pk), "number": "2023SR0123456",
                       "name": "甲收银软件 V3.0", "issued_on": "2023-05-01"},
         text=("number", "name", "kind"), numbers=("level",), ids=("offering",), files=("evidence",),
         forged=lambda w: {"offering": str(w.offering_b.pk)}),
    Form("vendor_credential_withdraw", "vendor_a_member",
         lambda w: reverse("portal:credential_withdraw", args=[w.credential_a.pk]), lambda w, c: {},
         path_id=lambda w, v: f"/vendor/credentials/{v}/withdraw/",
         forged=lambda w: reverse("portal:credential_withdraw", args=[w.credential_b.pk])),
    Form("ops_credential_decide", "editor", lambda w: reverse("ops_credentials:decide", args=[w.credential_b.pk]),
         lambda w, c: {"decision": "reject", "note": "备案编号查无此记录"}, text=("decision", "note"),
         path_id=lambda w, v: f"/ops/credentials/{v}/"),
    # Admin views and actions we wrote
    Form("admin:article_import", "admin", lambda w: reverse("admin:content_article_import"),
         lambda w, c: {"file": SimpleUploadedFile("page.html", "<html><head><title>收银系统选型</title></head><body><article><h1>收银系统选型</h1><p>正文第一段足够长的文字，介绍收银系统怎么选。</p></article></body></html>".encode())},
         text=("source_url",), files=("file",)),
    _admin_action("content.comment", "approve", lambda w: [w.comment.pk]),
    _admin_action("content.article", "publish_now", lambda w: [w.article.pk]),
    _admin_action("security.throttlelock", "lift", lambda w: [w.lock.pk]),
    _admin_action("reviews.review", "reject_fake", lambda w: [w.pending.pk]),
    _admin_action("portal.vendorclaim", "reject", lambda w: [w.claim.pk]),
]  # fmt: skip


# --- what a user or an attacker would check --------------------------------------------------


def fingerprint() -> dict[str, Any]:
    with connection.cursor() as cursor:
        tables = (
            snapshot.sqlite_tables(cursor)
            if connection.vendor == "sqlite"
            else snapshot.postgresql_tables(cursor)
        )
        watched = [(name, cols) for name, cols in tables if name not in UNWATCHED and cols is not None]
        return snapshot.summarize(cursor, watched)


def stored_text() -> list[tuple[str, str]]:
    """Every text value in the database, with where it is."""
    found = []
    for model in apps.get_models():
        meta = model._meta
        text_fields = [
            f.name
            for f in meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        if not text_fields or meta.db_table in UNWATCHED:
            continue
        for pk, *values in model._default_manager.values_list("pk", *text_fields):
            for name, value in zip(text_fields, values, strict=True):
                if value and (meta.app_label, meta.model_name, name) not in SANITISED_ON_RENDER:
                    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                    found.append((f"{meta.label}.{name}#{pk}", text))
    return found


def hostile_stored() -> list[str]:
    problems = []
    for where, text in stored_text():
        if _FORBIDDEN.search(text):
            problems.append(f"{where}: control or direction character {_FORBIDDEN.search(text)!r}")
        if "<script" in text.lower() or "onerror=" in text.lower():
            problems.append(f"{where}: live markup {text[:60]!r}")
        if len(text) > 100_000:
            problems.append(f"{where}: {len(text)} characters")
    return problems


def chinese_message(client: Client, response: Any) -> str:
    """The message the person sees after the post, following one redirect."""
    if response.status_code in (301, 302, 303):
        response = client.get(response["Location"])
    body = response.content.decode(errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        return str(json.loads(body).get("error", {}).get("message", ""))
    for pattern in (
        r'role="alert"[^>]*>(.*?)</(?:p|div|li)>', r'class="msg msg-[a-z]+"[^>]*>(.*?)</p>',
        r'class="errornote"[^>]*>(.*?)</p>', r'<ul class="messagelist">\s*<li[^>]*>(.*?)</li>',
        r'<ul class="errorlist[^"]*"[^>]*><li>(.*?)</li>', r"<h1[^>]*>(.*?)</h1>\s*<p[^>]*>(.*?)</p>",
    ):  # fmt: skip
        match = re.search(pattern, body, re.S)
        if match and _CJK.search("".join(match.groups())):
            return re.sub(r"<[^>]+>|\s+", " ", "".join(match.groups())).strip()
    return body.strip() if _CJK.search(body) and len(body) < 300 else ""


def cases() -> list[Any]:
    params = []
    for form in FORMS:
        kinds = {"text": form.text, "number": form.numbers, "file": form.files}
        values: list[str] = []
        values += list(TEXT_VALUES) if kinds["text"] else []
        values += list(NUMBER_VALUES) if kinds["number"] else []
        values += list(FILE_VALUES) if kinds["file"] else []
        if form.ids or form.path_id:
            values += [v for v in ID_VALUES if v != "forged_id"]
        if form.forged:
            values.append("forged_id")
        params += [pytest.param(form, value, id=f"{form.name}-{value}") for value in values]
    return params


def _attempts(form: Form, value: str, w: World, client: Client) -> list[tuple[str, str, dict[str, Any]]]:
    """(field, url, data) for each way ``value`` goes into this form; each attempt is a fresh
    submission (a lead form's idempotency key makes a repeated one a replay)."""
    url, base = form.url(w), form.data(w, client)
    if value in TEXT_VALUES:
        return [(name, url, {**form.data(w, client), name: TEXT_VALUES[value]}) for name in form.text]
    if value in NUMBER_VALUES:
        return [(name, url, {**form.data(w, client), name: NUMBER_VALUES[value]}) for name in form.numbers]
    if value in FILE_VALUES:
        file_name, content = FILE_VALUES[value]
        return [
            (name, url, {**form.data(w, client), name: SimpleUploadedFile(file_name, content)})
            for name in form.files
        ]
    if value == "forged_id":
        assert form.forged is not None
        forged = form.forged(w)
        return [("url", forged, base)] if isinstance(forged, str) else [("ids", url, {**base, **forged})]
    attempts = [(name, url, {**base, name: ID_VALUES[value]}) for name in form.ids]
    if form.path_id:
        attempts.append(("url", form.path_id(w, ID_VALUES[value].replace(" ", "%20")), base))
    return attempts


@pytest.mark.parametrize(("form", "value"), cases())
def test_hostile_input(
    form: Form, value: str, world: World, record_property: Callable[[str, Any], None]
) -> None:
    client = world.client_for(getattr(world, form.persona) if form.persona else None)
    outcomes = []
    for field_name, url, data in _attempts(form, value, world, client):
        before = fingerprint()
        response = client.post(url, data)
        where = f"{form.name} {field_name}={value}"
        assert response.status_code < 500, f"{where}: {response.status_code}"
        if form.beacon:
            buffer.sync()
        changed = fingerprint() != before
        message = chinese_message(client, response)
        if form.beacon and response.status_code == 204:
            assert not hostile_stored(), f"{where}: {hostile_stored()}"
            outcomes.append("recorded 204, normalised")
            continue
        if changed:
            never_kept = {"nul", "control", "rtl", *NUMBER_VALUES, *ID_VALUES, *FILE_VALUES}
            assert value not in never_kept, f"{where} was stored"
            assert response.status_code < 400, f"{where}: stored, yet answered {response.status_code}"
            assert not hostile_stored(), f"{where}: {hostile_stored()}"
            if value == "emoji":
                assert any(EMOJI in text for _, text in stored_text()), f"{where}: the emoji did not survive"
            outcomes.append(f"accepted {response.status_code}")
        else:
            assert message, f"{where}: refused ({response.status_code}) without a Chinese message"
            outcomes.append(f"refused {response.status_code}: {message[:40]}")
    record_property("hostile_outcome", (form.name, value, sorted(set(outcomes))))
