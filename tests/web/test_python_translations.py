"""English for the strings set in Python: every app catalog complete, and the words a page shows
from forms, choices, sorts and services come out in the active language (Chinese unchanged)."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

import xuanyong
from xuanyong.catalog import facets
from xuanyong.leads.forms import LeadForm, add_service_errors
from xuanyong.leads.models import CompanySize, Lead, Source
from xuanyong.leads.routing import Offer
from xuanyong.leads.services import LeadInput, lead_submit
from xuanyong.reviews.services import clean_text
from xuanyong.security.throttle import Throttled

PACKAGE = Path(xuanyong.__file__).parent
# Every app's own catalog and lib/'s; src/xuanyong/locale holds the templates' strings.
CATALOGS = sorted(PACKAGE.glob("*/locale/en/LC_MESSAGES/django.po"))


def po_entries(path: Path) -> list[tuple[str, str, str, set[str]]]:
    """(msgctxt, msgid, msgstr, flags) of each entry, the header included. PO strings escape as
    Python's do, so each quoted piece reads as a Python literal."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        parts: dict[str, str] = {}
        flags: set[str] = set()
        key = ""
        for line in block.splitlines():
            if line.startswith("#,"):
                flags |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith(("msgctxt ", "msgid ", "msgstr ")):
                key, _, quoted = line.partition(" ")
                parts[key] = ast.literal_eval(quoted)
            elif line.startswith('"'):
                parts[key] += ast.literal_eval(line)
        if "msgid" in parts:
            entries.append((parts.get("msgctxt", ""), parts["msgid"], parts["msgstr"], flags))
    return entries


def test_there_is_a_catalog_per_translated_app() -> None:
    apps = {path.parts[-5] for path in CATALOGS}
    assert {"accounts", "catalog", "content", "leads", "lib", "portal", "reviews", "security"} <= apps


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-5])
def test_catalog_is_complete_and_compiled(path: Path) -> None:
    entries = po_entries(path)
    assert len(entries) > 1
    assert [e for e in entries if "fuzzy" in e[3]] == []
    assert [e[1] for e in entries if e[1] and not e[2]] == [], "every msgid has an English msgstr"
    with path.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for context, msgid, msgstr, _flags in entries:
        if msgid:
            found = compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)
            assert found == msgstr, f"{path}: the .mo is older than the .po for {msgid!r}"


@pytest.mark.django_db
def test_lead_form_phone_error_follows_the_language() -> None:
    messages = {}
    for language in ("en", "zh-hans"):
        with translation.override(language):
            form = LeadForm({"kind": "consult", "name": "王女士", "phone": "12345"}, candidates=[])
            try:
                lead_submit(
                    offer=Offer(source=Source.HOME),
                    data=LeadInput(kind="consult", name="王女士", phone="12345"),
                    consent_given=True,
                    idempotency_key=f"phone-check-{language}",
                )
            except ValidationError as exc:
                add_service_errors(form, exc)
            messages[language] = form.errors["phone"]
            form_label = str(form.fields["phone"].label)
        assert form_label == {"en": "Mobile number", "zh-hans": "手机号"}[language]
    assert messages == {
        "en": ["Enter a valid mainland China mobile number."],
        "zh-hans": ["请输入有效的中国大陆手机号码。"],
    }


def test_choices_sorts_and_model_names_follow_the_language() -> None:
    with translation.override("en"):
        assert CompanySize("1-20").label == "1–20 employees"
        assert str(facets.SORTS["rating"]) == "Rating"
        assert (str(Lead._meta.verbose_name), str(Lead._meta.verbose_name_plural)) == ("Lead", "Leads")
    with translation.override("zh-hans"):
        assert CompanySize("1-20").label == "1–20 人"
        assert str(facets.SORTS["rating"]) == "评分"
        assert (str(Lead._meta.verbose_name), str(Lead._meta.verbose_name_plural)) == ("线索", "线索")


def test_service_errors_follow_the_language() -> None:
    for language, empty, throttled in (
        ("en", "Please fill in Pros.", "Too many comments; try again in 2 min."),
        ("zh-hans", "请填写优点。", "评论太频繁了，请 2 分钟后再试。"),
    ):
        with translation.override(language), pytest.raises(ValidationError) as refused:
            clean_text("pros", "   ")
        assert refused.value.message_dict == {"pros": [empty]}
        with translation.override(language):
            assert Throttled("comment", 90).messages == [throttled]
