"""The PIPL consent text: it names every party that may receive the buyer's data.

Change ``VERSION`` whenever the wording changes; each lead stores the text it was shown and the version.
"""

from __future__ import annotations

from django.conf import settings

from .routing import MAX_VENDORS

VERSION = "2026-11-v1"
DATA = "称呼、手机号、邮箱、公司与需求描述"


def consent_text(*, vendor_names: list[str], platform_match: bool) -> str:
    site = settings.XUANYONG_SITE_NAME
    withdraw = "我可随时在“我的需求”页面撤回授权，撤回后服务商将无法再看到这些信息。"
    if platform_match or not vendor_names:
        return (
            f"我同意{site}收集本表单中的个人信息（{DATA}），并由{site}为我匹配至多 {MAX_VENDORS} 家"
            f"认证服务商、向其提供上述信息，用于就本次需求与我联系。{withdraw}"
        )
    if len(vendor_names) == 1:
        return (
            f"我同意{site}将本表单中的个人信息（{DATA}）提供给服务商“{vendor_names[0]}”，"
            f"用于就本次需求与我联系。{withdraw}"
        )
    names = "、".join(f"“{name}”" for name in vendor_names)
    return (
        f"我同意{site}将本表单中的个人信息（{DATA}）提供给以下服务商中我勾选的，"
        f"以及按榜单顺序补足的，合计至多 {MAX_VENDORS} 家：{names}，用于就本次需求与我联系。{withdraw}"
    )
