"""Raw events, share-link channels, daily rollups and KPI targets.

Events hold no personal data: an anonymous visitor id, a session id, the channel, the referrer's
host, a device class and the ids of the objects involved. Object references are plain integers
(no foreign keys) so writes stay cheap and deleting a row elsewhere never touches the event log.
Rollup tables use sentinel ids instead of NULL so their unique constraints hold:
``NONE`` (0) is "no channel / no category", ``ALL`` (-1) is the total over that dimension.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

ALL = -1
NONE = 0
CODE_PATTERN = r"^[A-Za-z0-9_-]{3,32}$"


class Event(models.Model):
    class Kind(models.TextChoices):
        VIEW = "view", gettext_lazy("浏览")
        READ = "read", gettext_lazy("阅读")
        SEARCH = "search", gettext_lazy("搜索")
        SEARCH_NO_RESULT = "search_no_result", gettext_lazy("无结果搜索")
        CTA_CLICK = "cta_click", gettext_lazy("咨询按钮点击")
        COMPARE = "compare", gettext_lazy("对比")
        LEAD_SUBMIT = "lead_submit", gettext_lazy("提交线索")
        LEAD_STATUS_CHANGE = "lead_status_change", gettext_lazy("线索状态变更")
        REVIEW_SUBMIT = "review_submit", gettext_lazy("提交评价")

    class Device(models.TextChoices):
        DESKTOP = "desktop", gettext_lazy("电脑")
        MOBILE = "mobile", gettext_lazy("手机")
        TABLET = "tablet", gettext_lazy("平板")
        OTHER = "other", gettext_lazy("其他")

    id = models.BigAutoField(primary_key=True)
    # Made when the event is recorded: a batch written twice (a consumer that died before it
    # acknowledged the stream) is written once.
    uid = models.UUIDField(gettext_lazy("去重编号"), null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(gettext_lazy("时间"))
    kind = models.CharField(gettext_lazy("类型"), max_length=20, choices=Kind.choices)
    visitor_id = models.CharField(gettext_lazy("访客标识"), max_length=40, blank=True)
    session_id = models.CharField(gettext_lazy("会话标识"), max_length=40, blank=True)
    channel_id = models.IntegerField(gettext_lazy("渠道（最近一次）"), null=True, blank=True)
    first_channel_id = models.IntegerField(gettext_lazy("渠道（首次）"), null=True, blank=True)
    referrer_host = models.CharField(gettext_lazy("来源域名"), max_length=100, blank=True)
    device = models.CharField(
        gettext_lazy("设备"), max_length=8, choices=Device.choices, default=Device.OTHER
    )
    # The page or thing the event is about: "offering", "article", "category", "vendor", "lead"…
    object_type = models.CharField(gettext_lazy("对象类型"), max_length=16, blank=True)
    object_id = models.BigIntegerField(gettext_lazy("对象编号"), null=True, blank=True)
    # Slug of the page's object, resolved to ids when the buffer is flushed.
    object_key = models.CharField(gettext_lazy("对象标识"), max_length=120, blank=True)
    offering_id = models.IntegerField(gettext_lazy("产品编号"), null=True, blank=True)
    category_id = models.IntegerField(gettext_lazy("分类编号"), null=True, blank=True)
    article_id = models.IntegerField(gettext_lazy("文章编号"), null=True, blank=True)
    term = models.CharField(gettext_lazy("搜索词"), max_length=100, blank=True)
    detail = models.CharField(gettext_lazy("附加信息"), max_length=40, blank=True)

    class Meta:
        verbose_name = gettext_lazy("事件")
        verbose_name_plural = pgettext_lazy("plural", "事件")
        indexes = [
            models.Index(fields=["created_at"], name="event_created"),
            models.Index(fields=["offering_id", "created_at"], name="event_offering_time"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} @ {self.created_at:%Y-%m-%d %H:%M}"


class Channel(models.Model):
    """A share link ``/s/<code>`` handed to a WeChat group, a KOL, a partner or a campaign."""

    class Kind(models.TextChoices):
        WECHAT_GROUP = "wechat_group", gettext_lazy("微信群/社群")
        KOL = "kol", gettext_lazy("KOL/达人")
        PARTNER = "partner", gettext_lazy("合作伙伴")
        CAMPAIGN = "campaign", gettext_lazy("活动/红包")
        OTHER = "other", gettext_lazy("其他")

    code = models.CharField(
        gettext_lazy("短码"),
        max_length=32,
        unique=True,
        validators=[RegexValidator(CODE_PATTERN, gettext_lazy("短码只能包含 3–32 位字母、数字、- 或 _"))],
        help_text=gettext_lazy("出现在链接 /s/<短码> 中；留空则自动生成"),
        blank=True,
    )
    name = models.CharField(
        gettext_lazy("名称"), max_length=60, help_text=gettext_lazy("如：杭州收银交流群、某某达人")
    )
    kind = models.CharField(
        gettext_lazy("类型"), max_length=16, choices=Kind.choices, default=Kind.WECHAT_GROUP
    )
    target_path = models.CharField(
        gettext_lazy("落地页"),
        max_length=200,
        default="/",
        help_text=gettext_lazy("站内路径，如 /a/shouyin-xitong-xuanxing/"),
    )
    utm_source = models.CharField("utm_source", max_length=60, blank=True)
    utm_medium = models.CharField("utm_medium", max_length=60, blank=True)
    utm_campaign = models.CharField("utm_campaign", max_length=60, blank=True)
    utm_content = models.CharField("utm_content", max_length=60, blank=True)
    is_active = models.BooleanField(gettext_lazy("启用"), default=True)
    note = models.CharField(gettext_lazy("备注"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("渠道链接")
        verbose_name_plural = pgettext_lazy("plural", "渠道链接")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return _("%(name)s（%(code)s）") % {"name": self.name, "code": self.code}

    def get_absolute_url(self) -> str:
        return f"/s/{self.code}"

    def clean(self) -> None:
        # Share links land on this site only: an open redirect would lend our name to phishing.
        path = self.target_path
        if (
            not path.startswith("/")
            or path.startswith("//")
            or "\\" in path
            or len(path.strip()) != len(path)
        ):
            raise ValidationError({"target_path": _("落地页须为站内路径，以 / 开头，如 /a/某篇文章/")})


class RollupRun(models.Model):
    """One row per rolled-up day; raw events of a day are pruned only once its row exists."""

    date = models.DateField(gettext_lazy("日期"), unique=True)
    events = models.PositiveBigIntegerField(gettext_lazy("事件数"), default=0)
    rolled_at = models.DateTimeField(gettext_lazy("汇总时间"))

    class Meta:
        verbose_name = gettext_lazy("汇总记录")
        verbose_name_plural = pgettext_lazy("plural", "汇总记录")

    def __str__(self) -> str:
        return str(self.date)


class DailyTraffic(models.Model):
    """Events and distinct visitors per day and kind, by channel or by device (or in total)."""

    date = models.DateField()
    kind = models.CharField(max_length=20)
    channel_id = models.IntegerField(default=ALL)
    device = models.CharField(max_length=8, default="")  # "" = all devices
    events = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["date", "kind", "channel_id", "device"], name="traffic_unique")
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.kind} ch={self.channel_id} {self.device or '*'}"


class DailyFunnel(models.Model):
    """Distinct visitors (and events) per day at each funnel step, by channel and category."""

    class Step(models.TextChoices):
        VISIT = "visit", gettext_lazy("访问")
        OFFERING = "offering", gettext_lazy("浏览产品")
        CTA = "cta", gettext_lazy("点击咨询")
        LEAD = "lead", gettext_lazy("提交线索")
        WON = "won", gettext_lazy("成交")

    date = models.DateField()
    step = models.CharField(max_length=10, choices=Step.choices)
    channel_id = models.IntegerField()
    category_id = models.IntegerField()
    visitors = models.PositiveIntegerField(default=0)
    events = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["date", "step", "channel_id", "category_id"], name="funnel_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.step} ch={self.channel_id} cat={self.category_id}"


class DailyObjectStat(models.Model):
    """Per day and article or offering: page views, visitors, reads, CTA clicks, leads."""

    date = models.DateField()
    object_type = models.CharField(max_length=10)  # "article" | "offering"
    object_id = models.IntegerField()
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    reads = models.PositiveIntegerField(default=0)
    ctas = models.PositiveIntegerField(default=0)
    leads = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["date", "object_type", "object_id"], name="object_stat_unique")
        ]
        indexes = [models.Index(fields=["object_type", "object_id", "date"], name="object_stat_lookup")]

    def __str__(self) -> str:
        return f"{self.date} {self.object_type}#{self.object_id}"


class DailySearchTerm(models.Model):
    date = models.DateField()
    term = models.CharField(max_length=100)
    found = models.BooleanField()
    searches = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["date", "term", "found"], name="search_term_unique")]

    def __str__(self) -> str:
        return f"{self.date} {self.term}"


class KpiTarget(models.Model):
    """A target for one metric over one period, edited by operators in the admin."""

    class Metric(models.TextChoices):
        VISITORS = "visitors", gettext_lazy("访客数")
        VIEWS = "views", gettext_lazy("浏览量")
        READS = "reads", gettext_lazy("阅读量")
        SEARCHES = "searches", gettext_lazy("搜索次数")
        CTA_CLICKS = "cta_clicks", gettext_lazy("咨询按钮点击")
        LEADS = "leads", gettext_lazy("线索数")
        WON = "won", gettext_lazy("成交数")

    metric = models.CharField(gettext_lazy("指标"), max_length=12, choices=Metric.choices)
    start = models.DateField(gettext_lazy("开始日期"))
    end = models.DateField(gettext_lazy("结束日期"))
    target = models.PositiveIntegerField(gettext_lazy("目标值"))
    note = models.CharField(
        gettext_lazy("说明"), max_length=100, blank=True, help_text=gettext_lazy("如：2026 年 11 月")
    )

    class Meta:
        verbose_name = gettext_lazy("KPI 目标")
        verbose_name_plural = pgettext_lazy("plural", "KPI 目标")
        ordering = ["-start", "metric"]
        constraints = [
            models.UniqueConstraint(
                fields=["metric", "start", "end"],
                name="kpi_metric_period_unique",
                violation_error_message=gettext_lazy("该指标在这个周期已有目标，请直接修改它。"),
            ),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="kpi_period_order",
                violation_error_message=gettext_lazy("结束日期不能早于开始日期。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_metric_display()} {self.start}–{self.end}: {self.target}"
