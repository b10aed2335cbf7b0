from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

DEFAULT_DAYS = 30


def default_range() -> tuple[date, date]:
    today = timezone.localdate()
    return today - timedelta(days=DEFAULT_DAYS - 1), today


class DateRangeForm(forms.Form):
    start = forms.DateField(
        label=gettext_lazy("开始日期"),
        required=False,
        error_messages={"invalid": gettext_lazy("开始日期格式应为 YYYY-MM-DD，如 2026-11-01")},
    )
    end = forms.DateField(
        label=gettext_lazy("结束日期"),
        required=False,
        error_messages={"invalid": gettext_lazy("结束日期格式应为 YYYY-MM-DD，如 2026-11-30")},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        default_start, default_end = default_range()
        start, end = data.get("start") or default_start, data.get("end") or default_end
        if start > end:
            raise forms.ValidationError(_("开始日期不能晚于结束日期，请交换后重试。"), code="reversed")
        limit = settings.ANALYTICS_MAX_RANGE_DAYS
        if (end - start).days + 1 > limit:
            raise forms.ValidationError(
                _("日期范围最长 %(limit)s 天，请缩小范围。") % {"limit": limit}, code="too_wide"
            )
        data["start"], data["end"] = start, end
        return data

    def dates(self) -> tuple[date, date]:
        return self.cleaned_data["start"], self.cleaned_data["end"]
