from __future__ import annotations

from django.conf import settings
from django.db import models

from xuanyong.catalog.models import IMAGE_UPLOAD


class PartnerBrand(models.Model):
    name = models.CharField("品牌名称", max_length=40)
    logo = models.FileField("标志", upload_to="partners/", blank=True, validators=[IMAGE_UPLOAD])
    introduction = models.TextField("品牌介绍")
    link = models.URLField("链接", blank=True)
    trademark_class = models.CharField("商标类别", max_length=30, blank=True, help_text="如 第5类 医疗用品")
    registration_no = models.CharField("注册号", max_length=30, blank=True)
    position = models.PositiveIntegerField("排序", default=0)
    is_active = models.BooleanField("展示", default=True)

    class Meta:
        verbose_name = "合作品牌"
        verbose_name_plural = "合作品牌"
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


def default_hotline() -> str:
    return settings.XUANYONG_HOTLINE


class SiteSettings(models.Model):
    """One row (pk=1) of operator-editable site settings; read through a cached selector."""

    hotline = models.CharField("服务热线", max_length=30, default=default_hotline)
    hotline_hours = models.CharField("热线时间", max_length=40, default="工作日 9:00–18:00")
    slogan = models.CharField("口号", max_length=40, default="企业数字化选用平台")
    about = models.TextField(
        "关于我们",
        blank=True,
        default="选用是开源、可自托管的企业数字化选用平台：找产品、比参数、看评价、获取报价。",
    )
    icp = models.CharField("备案号", max_length=40, blank=True)
    sample_data = models.BooleanField("已加载示例数据", default=False, help_text="开启时页脚显示示例数据提示")

    class Meta:
        verbose_name = "站点设置"
        verbose_name_plural = "站点设置"

    def __str__(self) -> str:
        return "站点设置"
