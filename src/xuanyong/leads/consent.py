"""The PIPL consent text: it names every party that may receive the buyer's data.

Change ``VERSION`` whenever the wording changes; each lead stores the text it was shown and the version.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .routing import MAX_VENDORS

VERSION = "2026-11-v1"
DATA = gettext_lazy("称呼、手机号、邮箱、公司与需求描述")


def consent_text(*, vendor_names: list[str], platform_match: bool) -> str:
    site = _(settings.XUANYONG_SITE_NAME)  # the brand in the page's language ("选用" is "Xuanyong")
    withdraw = _("我可随时在“我的需求”页面撤回授权，撤回后服务商将无法再看到这些信息。")
    if platform_match or not vendor_names:
        return _(
            "我同意%(site)s收集本表单中的个人信息（%(data)s），并由%(site)s为我匹配至多 %(max_vendors)s 家认证服务商、向其提供上述信息，用于就本次需求与我联系。%(withdraw)s"
        ) % {"site": site, "data": DATA, "max_vendors": MAX_VENDORS, "withdraw": withdraw}
    if len(vendor_names) == 1:
        return _(
            "我同意%(site)s将本表单中的个人信息（%(data)s）提供给服务商“%(vendor)s”，用于就本次需求与我联系。%(withdraw)s"
        ) % {"site": site, "data": DATA, "vendor": vendor_names[0], "withdraw": withdraw}
    names = _("、").join(f"“{name}”" for name in vendor_names)
    return _(
        "我同意%(site)s将本表单中的个人信息（%(data)s）提供给以下服务商中我勾选的，以及按榜单顺序补足的，合计至多 %(max_vendors)s 家：%(names)s，用于就本次需求与我联系。%(withdraw)s"
    ) % {"site": site, "data": DATA, "max_vendors": MAX_VENDORS, "names": names, "withdraw": withdraw}
