from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.catalog.bulk import MAX_UPLOAD_BYTES
from xuanyong.catalog.models import XINCHUANG_PLATFORMS, Credential, Offering, Plan, Vendor
from xuanyong.leads.models import WebhookEndpoint

from .services import OFFERING_FIELDS


class ClaimForm(forms.Form):
    vendor_name = forms.CharField(
        label=gettext_lazy("服务商品牌名"),
        max_length=60,
        help_text=gettext_lazy("与平台上展示的服务商名称一致"),
    )
    legal_name = forms.CharField(label=gettext_lazy("营业执照企业名称"), max_length=100)
    uscc = forms.CharField(label=gettext_lazy("统一社会信用代码"), max_length=18, min_length=18)
    contact_name = forms.CharField(label=gettext_lazy("联系人"), max_length=40)
    contact_phone = forms.CharField(label=gettext_lazy("联系人手机号"), max_length=20)


class OfferingEditForm(forms.ModelForm):
    class Meta:
        model = Offering
        fields = list(OFFERING_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 10})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("price_min"), data.get("price_max")
        if low is not None and high is not None and low > high:
            # Said here so the model's check constraint does not answer with its internal name.
            self.add_error("price_max", _("最高价不能低于最低价。"))
        return data


class PlanForm(forms.ModelForm):
    features_text = forms.CharField(
        label=gettext_lazy("包含功能"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("每行一项"),
        max_length=2000,
    )

    class Meta:
        model = Plan
        fields = ["name", "price", "unit", "billing_period"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["features_text"].initial = "\n".join(self.instance.features)

    def changes(self) -> dict[str, Any]:
        data = {name: self.cleaned_data[name] for name in self.Meta.fields}
        lines = self.cleaned_data.get("features_text", "").splitlines()
        data["features"] = [line.strip()[:60] for line in lines if line.strip()][:30]
        return data


class WebhookForm(forms.ModelForm):
    rotate_secret = forms.BooleanField(label=gettext_lazy("重新生成签名密钥"), required=False)

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "active"]


class CredentialForm(forms.Form):
    """A credential as the vendor states it; the rules per kind are the service's."""

    kind = forms.ChoiceField(
        label=gettext_lazy("资质类型"), choices=[("", gettext_lazy("请选择")), *Credential.Kind.choices]
    )
    offering = forms.ModelChoiceField(
        label=gettext_lazy("产品（信创、等保、软著必填）"),
        queryset=Offering.objects.none(),
        required=False,
        empty_label="—",
    )
    number = forms.CharField(label=gettext_lazy("证书/备案编号"), max_length=60, required=False)
    name = forms.CharField(label=gettext_lazy("登记名称（软著）"), max_length=100, required=False)
    level = forms.TypedChoiceField(
        label=gettext_lazy("级别（等保、CMMI）"), coerce=int, required=False, empty_value=None,
        choices=[("", "—"), ("2", gettext_lazy("2 级")), ("3", gettext_lazy("3 级")), ("4", gettext_lazy("4 级")), ("5", gettext_lazy("5 级"))],
    )  # fmt: skip
    platforms = forms.MultipleChoiceField(
        label=gettext_lazy("已适配的平台（信创）"),
        choices=XINCHUANG_PLATFORMS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    issued_on = forms.DateField(
        label=gettext_lazy("发证/测评日期"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    expires_on = forms.DateField(
        label=gettext_lazy("有效期至"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    evidence = forms.FileField(
        label=gettext_lazy("证明文件（PDF/PNG/JPG，不超过 5 MB；仅运营可见）"), required=False
    )

    def __init__(self, *args: Any, vendor: Vendor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["offering"].queryset = Offering.objects.filter(vendor=vendor).order_by("name")  # type: ignore[attr-defined]


class CredentialDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("verify", gettext_lazy("核验通过")), ("reject", gettext_lazy("不通过"))]
    )
    note = forms.CharField(label=gettext_lazy("核验说明"), max_length=200, required=False)


class CatalogFileForm(forms.Form):
    """A catalog file to preview; its rows are checked by the importer, not here."""

    file = forms.FileField(
        label=gettext_lazy("目录文件"),
        help_text=gettext_lazy("CSV（UTF-8 或 GBK 编码）或 XLSX，不超过 20 MB；格式见导入说明。"),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        name = (upload.name or "").lower()
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("只支持 .csv 或 .xlsx 文件。"), code="file_type")
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("文件不能超过 20 MB，请拆分后分批导入。"), code="too_large")
        return upload
