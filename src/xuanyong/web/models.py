from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from xuanyong.catalog.models import IMAGE_UPLOAD


class PartnerBrand(models.Model):
    name = models.CharField(gettext_lazy("品牌名称"), max_length=40)
    logo = models.FileField(
        gettext_lazy("标志"), upload_to="partners/", blank=True, validators=[IMAGE_UPLOAD]
    )
    introduction = models.TextField(gettext_lazy("品牌介绍"))
    link = models.URLField(gettext_lazy("链接"), blank=True)
    trademark_class = models.CharField(
        gettext_lazy("商标类别"), max_length=30, blank=True, help_text=gettext_lazy("如 第5类 医疗用品")
    )
    registration_no = models.CharField(gettext_lazy("注册号"), max_length=30, blank=True)
    position = models.PositiveIntegerField(gettext_lazy("排序"), default=0)
    is_active = models.BooleanField(gettext_lazy("展示"), default=True)

    class Meta:
        verbose_name = gettext_lazy("合作品牌")
        verbose_name_plural = pgettext_lazy("plural", "合作品牌")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


def default_hotline() -> str:
    return settings.XUANYONG_HOTLINE


class SiteSettings(models.Model):
    """One row (pk=1) of operator-editable site settings; read through a cached selector."""

    hotline = models.CharField(gettext_lazy("服务热线"), max_length=30, default=default_hotline)
    hotline_hours = models.CharField(gettext_lazy("热线时间"), max_length=40, default="工作日 9:00–18:00")
    slogan = models.CharField(gettext_lazy("口号"), max_length=40, default="企业数字化选用平台")
    about = models.TextField(
        gettext_lazy("关于我们"),
        blank=True,
        default="选用是开源、可自托管的企业数字化选用平台：找产品、比参数、看评价、获取报价。",
    )
    icp = models.CharField(gettext_lazy("备案号"), max_length=40, blank=True)
    sample_data = models.BooleanField(
        gettext_lazy("已加载示例数据"), default=False, help_text=gettext_lazy("开启时页脚显示示例数据提示")
    )

    class Meta:
        verbose_name = gettext_lazy("站点设置")
        verbose_name_plural = pgettext_lazy("plural", "站点设置")

    def __str__(self) -> str:
        return _("站点设置")
