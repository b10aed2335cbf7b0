"""Forms parse and render; the text rules and everything else are checked in services."""

from __future__ import annotations

from django import forms

from .models import CompanySize, Industry, RejectReason, ReviewerRole, UsageDuration

RECOMMEND_CHOICES = [(str(i), str(i)) for i in range(11)]
SCALE_CHOICES = [(str(i), str(i)) for i in range(1, 6)]


def _scale(label: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label, choices=SCALE_CHOICES, coerce=int, widget=forms.RadioSelect,
        error_messages={"required": f"请为{label}打分（1–5）。", "invalid_choice": f"{label}只能是 1–5 分。"},
    )  # fmt: skip


def _choice(label: str, choices: list[tuple[str, str]]) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=[("", "请选择"), *choices],
        error_messages={"required": f"请选择{label}。", "invalid_choice": f"请选择有效的{label}。"},
    )  # fmt: skip


def _text(label: str, rows: int, help_text: str = "") -> forms.CharField:
    # Required-ness and limits are the service's (one set of messages for every entry point).
    return forms.CharField(
        label=label, required=False, strip=False, help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )  # fmt: skip


class ReviewForm(forms.Form):
    recommend = forms.TypedChoiceField(
        label="您有多大可能向同行推荐它？（0 = 完全不会，10 = 一定会）", choices=RECOMMEND_CHOICES, coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "请选择推荐意愿（0–10）。", "invalid_choice": "推荐意愿只能是 0–10 分。"},
    )  # fmt: skip
    ease_of_use = _scale("易用性")
    features = _scale("功能")
    support = _scale("服务支持")
    value = _scale("性价比")
    pros = _text("优点", 4, "至少 10 个字，最多 2000 字")
    cons = _text("不足", 4, "至少 10 个字，最多 2000 字")
    use_case = _text("使用场景", 2, "用它解决什么问题，最多 500 字")
    reviewer_role = _choice("您的角色", ReviewerRole.choices)
    company_size = _choice("企业规模", CompanySize.choices)
    industry = _choice("所属行业", Industry.choices)
    usage_duration = _choice("使用时长", UsageDuration.choices)


class EmailForm(forms.Form):
    email = forms.CharField(label="企业邮箱", max_length=254)


class CodeForm(forms.Form):
    code = forms.CharField(label="验证码", max_length=6)


class ProofForm(forms.Form):
    file = forms.FileField(
        label="使用凭证（合同、发票或后台截图，PDF/PNG/JPG）", error_messages={"required": "请选择文件。"}
    )


class ModerateForm(forms.Form):
    action = forms.ChoiceField(choices=[("publish", "通过"), ("reject", "不通过")])
    reason = forms.ChoiceField(choices=[("", "—"), *RejectReason.choices], required=False)


class ReplyForm(forms.Form):
    body = forms.CharField(label="回复", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class InviteForm(forms.Form):
    offering = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label="备注（如客户名称）", max_length=60, required=False)
