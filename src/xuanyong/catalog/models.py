from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _

from xuanyong.lib.storage import PrivateStorage
from xuanyong.lib.uploads import UploadValidator
from xuanyong.lib.validators import validate_uscc

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# No SVG: an SVG is a document that can carry script, and uploads are served from our origin.
IMAGE_UPLOAD = UploadValidator(("png", "jpg", "jpeg", "webp", "gif"), max_mb=2, what=gettext_lazy("图片"))


def slug_url(name: str, slug: str) -> str:
    """``reverse(name, args=[slug])``, remembered: every page's menu links 20 categories and a
    page of cards as many offerings, and reverse() costs more than the rest of a link."""
    return _reversed(name, slug, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF, get_language())


@lru_cache(maxsize=8192)
def _reversed(name: str, slug: str, script_prefix: str, urlconf: str, language: str | None) -> str:
    # The key holds what the result depends on: the language adds the /en/ prefix.
    return reverse(name, args=[slug], urlconf=urlconf)


class Category(models.Model):
    parent = models.ForeignKey(
        "self",
        verbose_name=gettext_lazy("上级分类"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    name = models.CharField(gettext_lazy("名称"), max_length=40, unique=True)
    slug = models.SlugField(gettext_lazy("拼音标识"), max_length=80, unique=True)
    aliases = models.JSONField(
        gettext_lazy("别名"), default=list, blank=True, help_text=gettext_lazy("同义词与英文名，如 POS、HR")
    )
    description = models.CharField(gettext_lazy("简介"), max_length=200, blank=True)
    position = models.PositiveIntegerField(gettext_lazy("排序"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("分类")
        verbose_name_plural = pgettext_lazy("plural", "分类")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("catalog:category", self.slug)


class Attribute(models.Model):
    """One field of a category's schema: what its offerings are filtered and compared on."""

    class Kind(models.TextChoices):
        BOOL = "bool", gettext_lazy("是/否")
        CHOICE = "choice", gettext_lazy("单选")
        MULTI = "multi", gettext_lazy("多选")
        NUMBER = "number", gettext_lazy("数值")
        TEXT = "text", gettext_lazy("文本")

    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="attributes")
    key = models.SlugField(gettext_lazy("字段标识"), max_length=40)
    label = models.CharField(gettext_lazy("名称"), max_length=40)
    kind = models.CharField(gettext_lazy("类型"), max_length=10, choices=Kind.choices)
    choices = models.JSONField(
        gettext_lazy("选项"), default=list, blank=True, help_text=gettext_lazy('[["code", "名称"], …]')
    )
    unit = models.CharField(gettext_lazy("单位"), max_length=20, blank=True)
    help_text = models.CharField(gettext_lazy("说明"), max_length=200, blank=True)
    group = models.CharField(gettext_lazy("分组"), max_length=20, default="基本")
    position = models.PositiveIntegerField(gettext_lazy("排序"), default=0)

    class Meta:
        verbose_name = gettext_lazy("分类属性")
        verbose_name_plural = pgettext_lazy("plural", "分类属性")
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["category", "key"], name="attribute_key_per_category")]

    def __str__(self) -> str:
        return f"{self.category.name} · {self.label}"

    @property
    def choice_labels(self) -> dict[str, str]:
        return dict(self.choices)


class Vendor(models.Model):
    name = models.CharField(gettext_lazy("品牌名"), max_length=60, unique=True)
    slug = models.SlugField(gettext_lazy("拼音标识"), max_length=80, unique=True)
    legal_name = models.CharField(gettext_lazy("企业全称"), max_length=100, blank=True)
    uscc = models.CharField(
        gettext_lazy("统一社会信用代码"), max_length=18, blank=True, validators=[validate_uscc]
    )
    verified = models.BooleanField(gettext_lazy("已认证"), default=False, db_index=True)
    hotline = models.CharField(gettext_lazy("服务热线"), max_length=30, blank=True)
    website = models.URLField(gettext_lazy("官网"), blank=True)
    logo = models.FileField(gettext_lazy("标志"), upload_to="vendors/", blank=True, validators=[IMAGE_UPLOAD])
    city = models.CharField(gettext_lazy("所在城市"), max_length=20, blank=True)
    founded_year = models.PositiveSmallIntegerField(gettext_lazy("成立年份"), null=True, blank=True)
    description = models.TextField(gettext_lazy("简介"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("服务商")
        verbose_name_plural = pgettext_lazy("plural", "服务商")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["uscc"], condition=~Q(uscc=""), name="vendor_uscc_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("catalog:vendor", self.slug)


class OfferingQuerySet(models.QuerySet["Offering"]):
    def published(self) -> OfferingQuerySet:
        return self.filter(status=Offering.Status.PUBLISHED)

    def in_category(self, category: Category) -> OfferingQuerySet:
        """Offerings whose primary or extra category is this one or one below it."""
        return self.filter(pk__in=CategoryMembership.objects.filter(category=category).values("offering_id"))

    def for_cards(self) -> OfferingQuerySet:
        """Only what a card shows (includes/offering_card.html): no description or attributes."""
        return self.select_related("vendor").only(*CARD_FIELDS)


# What includes/offering_card.html reads; a field it starts to show must be added here, or each
# card costs one more query.
CARD_FIELDS = (
    "id", "slug", "name", "tagline", "pricing_model", "price_min", "price_max", "price_unit", "free_trial",
    "primary_category_id", "vendor__id", "vendor__slug", "vendor__name", "vendor__verified", "credential_badges",
)  # fmt: skip


BROWSE_COLUMNS = [
    "id", "status", "deployment", "pricing_model", "free_trial", "kind", "price_min",
    "featured", "rating_avg", "view_count", "review_count", "published_at",
]  # fmt: skip


class Offering(models.Model):
    class Kind(models.TextChoices):
        SOFTWARE = "software", gettext_lazy("软件")
        SERVICE = "service", gettext_lazy("服务")

    class Deployment(models.TextChoices):
        SAAS = "saas", "SaaS"
        PRIVATE = "private", gettext_lazy("私有化部署")
        HYBRID = "hybrid", gettext_lazy("混合部署")

    class PricingModel(models.TextChoices):
        FREE = "free", gettext_lazy("免费")
        FREEMIUM = "freemium", gettext_lazy("基础免费")
        SUBSCRIPTION = "subscription", gettext_lazy("订阅")
        ONE_TIME = "one_time", gettext_lazy("买断")
        QUOTE = "quote", gettext_lazy("询价")

    class Status(models.TextChoices):
        DRAFT = "draft", gettext_lazy("草稿")
        PUBLISHED = "published", gettext_lazy("已发布")
        ARCHIVED = "archived", gettext_lazy("已下架")

    PLATFORM_LABELS = {
        "web": gettext_lazy("网页"),
        "windows": "Windows",
        "mac": "macOS",
        "ios": "iOS",
        "android": "Android",
        "miniprogram": gettext_lazy("小程序"),
        "pos": gettext_lazy("收银机"),
    }

    kind = models.CharField(gettext_lazy("类型"), max_length=10, choices=Kind.choices, default=Kind.SOFTWARE)
    vendor = models.ForeignKey(
        Vendor, verbose_name=gettext_lazy("服务商"), on_delete=models.PROTECT, related_name="offerings"
    )
    primary_category = models.ForeignKey(
        Category,
        verbose_name=gettext_lazy("主分类"),
        on_delete=models.PROTECT,
        related_name="primary_offerings",
    )
    extra_categories = models.ManyToManyField(
        Category, verbose_name=gettext_lazy("其他分类"), blank=True, related_name="extra_offerings"
    )
    name = models.CharField(gettext_lazy("名称"), max_length=80)
    slug = models.SlugField(gettext_lazy("拼音标识"), max_length=100, unique=True)
    aliases = models.JSONField(
        gettext_lazy("别名"), default=list, blank=True, help_text=gettext_lazy("英文名、缩写等")
    )
    tagline = models.CharField(gettext_lazy("一句话介绍"), max_length=60, blank=True)
    description = models.TextField(gettext_lazy("介绍（Markdown）"), blank=True)
    description_html = models.TextField(editable=False, blank=True)
    deployment = models.CharField(
        gettext_lazy("部署方式"), max_length=10, choices=Deployment.choices, default=Deployment.SAAS
    )
    platforms = models.JSONField(gettext_lazy("支持平台"), default=list, blank=True)
    pricing_model = models.CharField(
        gettext_lazy("计费模式"),
        max_length=12,
        choices=PricingModel.choices,
        default=PricingModel.SUBSCRIPTION,
    )
    price_min = models.DecimalField(
        gettext_lazy("最低价"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    price_max = models.DecimalField(
        gettext_lazy("最高价"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    price_unit = models.CharField(
        gettext_lazy("价格单位"), max_length=20, blank=True, help_text=gettext_lazy("如 元/用户/月")
    )
    free_trial = models.BooleanField(gettext_lazy("免费试用"), default=False)
    attributes = models.JSONField(gettext_lazy("属性"), default=dict, blank=True)
    # The card's credential badges, [{"label", "verified"}], kept by credentials.credentials_refresh.
    credential_badges = models.JSONField(gettext_lazy("资质标签"), default=list, blank=True, editable=False)
    # Filled by the reviews app; sorting and the interim ranking read them.
    rating_avg = models.DecimalField(
        gettext_lazy("平均评分"), max_digits=3, decimal_places=2, null=True, blank=True, editable=False
    )
    review_count = models.PositiveIntegerField(gettext_lazy("评价数"), default=0, editable=False)
    featured = models.BooleanField(gettext_lazy("首页推荐"), default=False)
    view_count = models.PositiveIntegerField(gettext_lazy("浏览量"), default=0)
    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(gettext_lazy("发布时间"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferingQuerySet.as_manager()

    class Meta:
        verbose_name = gettext_lazy("产品/服务")
        verbose_name_plural = pgettext_lazy("plural", "产品/服务")
        ordering = ["-published_at", "id"]
        indexes = [
            models.Index(fields=["status", "primary_category", "-published_at"], name="offering_cat_pub"),
            models.Index(fields=["status", "pricing_model"], name="offering_pricing"),
            models.Index(fields=["status", "deployment"], name="offering_deployment"),
            models.Index(fields=["status", "free_trial"], name="offering_trial"),
            models.Index(fields=["status", "price_min"], name="offering_price"),
            # The home page's featured offerings, most viewed first. Partial: the few featured rows
            # alone, or SQLite, seeing two values of featured, walks offering_popular instead.
            models.Index(
                fields=["status", "-view_count"], condition=Q(featured=True), name="offering_featured_popular"
            ),
            models.Index(fields=["status", "-view_count"], name="offering_popular"),
            models.Index(fields=["status", "-rating_avg"], name="offering_rating"),
            # A category's most viewed first: alternatives' candidates, the home page's hot lists.
            models.Index(
                fields=["status", "primary_category", "-view_count", "id"], name="offering_cat_popular"
            ),
            # Covers every column a category page filters, counts or sorts on, found by id from
            # CategoryMembership: its queries never read the wide rows (descriptions) of the table.
            models.Index(fields=BROWSE_COLUMNS, name="offering_browse"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(price_min__isnull=True)
                | Q(price_max__isnull=True)
                | Q(price_min__lte=models.F("price_max")),
                name="offering_price_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("catalog:offering", self.slug)

    @property
    def platform_labels(self) -> list[str]:
        return [str(self.PLATFORM_LABELS.get(p, p)) for p in self.platforms]

    @property
    def price_display(self) -> str:
        if self.pricing_model == self.PricingModel.FREE:
            return _("免费")
        if self.pricing_model == self.PricingModel.QUOTE or self.price_min is None:
            return _("询价")
        low = f"{self.price_min:,.0f}"
        text = low if self.price_max in (None, self.price_min) else f"{low}–{self.price_max:,.0f}"
        return f"¥{text} {self.price_unit}".strip()


class CategoryMembership(models.Model):
    """An offering listed in a category: its primary and extra categories and their ancestors.

    The services rewrite an offering's rows in the same transaction as the offering (as with
    ``OfferingAttributeValue``), so a category page filters on one indexed column instead of
    ``primary_category IN (…) OR id IN (extra …)``, which no index can serve. Rows exist whatever
    the offering's status: pages still filter on ``Offering.status``.
    """

    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="+", db_index=False)
    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        verbose_name = gettext_lazy("分类归属")
        verbose_name_plural = pgettext_lazy("plural", "分类归属")
        constraints = [
            # Also the index a category page reads: (category_id, offering_id).
            models.UniqueConstraint(fields=["category", "offering"], name="category_membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.category_id} ∋ {self.offering_id}"


class Plan(models.Model):
    class BillingPeriod(models.TextChoices):
        MONTH = "month", gettext_lazy("按月")
        YEAR = "year", gettext_lazy("按年")
        ONCE = "once", gettext_lazy("一次性")
        NONE = "", "—"

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="plans")
    name = models.CharField(gettext_lazy("套餐名称"), max_length=40)
    price = models.DecimalField(
        gettext_lazy("价格"), max_digits=12, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)],
        help_text=gettext_lazy("留空表示询价"),
    )  # fmt: skip
    unit = models.CharField(gettext_lazy("单位"), max_length=20, blank=True)
    billing_period = models.CharField(
        gettext_lazy("计费周期"), max_length=8, choices=BillingPeriod.choices, blank=True
    )
    features = models.JSONField(gettext_lazy("包含功能"), default=list, blank=True)
    position = models.PositiveIntegerField(gettext_lazy("排序"), default=0)
    last_verified_on = models.DateField(gettext_lazy("价格核实日期"), null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("套餐")
        verbose_name_plural = pgettext_lazy("plural", "套餐")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.offering.name} · {self.name}"


class FeeItem(models.Model):
    """A cost line of a service (官费, 代理费 …) that the fee estimator adds up."""

    class Kind(models.TextChoices):
        OFFICIAL = "official", gettext_lazy("官费")
        AGENCY = "agency", gettext_lazy("代理费")
        OTHER = "other", gettext_lazy("其他费用")

    class Per(models.TextChoices):
        ORDER = "order", gettext_lazy("每单")
        ITEM = "item", gettext_lazy("每件")

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="fee_items")
    kind = models.CharField(gettext_lazy("费用类型"), max_length=10, choices=Kind.choices)
    name = models.CharField(gettext_lazy("名称"), max_length=60)
    amount_min = models.DecimalField(
        gettext_lazy("金额下限"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    amount_max = models.DecimalField(
        gettext_lazy("金额上限"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    per = models.CharField(gettext_lazy("计费方式"), max_length=8, choices=Per.choices, default=Per.ORDER)
    conditions = models.JSONField(
        gettext_lazy("适用条件"), default=dict, blank=True, help_text=gettext_lazy('如 {"urgency": "urgent"}')
    )
    region = models.CharField(gettext_lazy("地区"), max_length=20, default="全国")
    last_verified_on = models.DateField(gettext_lazy("核实日期"), null=True, blank=True)
    source_url = models.URLField(gettext_lazy("来源"), blank=True)
    position = models.PositiveIntegerField(gettext_lazy("排序"), default=0)

    class Meta:
        verbose_name = gettext_lazy("费用项")
        verbose_name_plural = pgettext_lazy("plural", "费用项")
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_min__lte=models.F("amount_max")), name="fee_range_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.name}"

    def applies(self, params: dict[str, Any]) -> bool:
        return all(params.get(key) == value for key, value in self.conditions.items())


class OfferingAttributeValue(models.Model):
    """One (key, value) pair of an offering's attributes.

    The services keep these rows in step with ``Offering.attributes`` in the same transaction, so
    facets filter and count through an index on SQLite and PostgreSQL alike (JSON containment is
    not portable). Booleans are stored as "1"/"0", numbers as text plus ``number``.
    """

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="attribute_values")
    key = models.CharField(max_length=40)
    value = models.CharField(max_length=60)
    number = models.FloatField(null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("属性取值")
        verbose_name_plural = pgettext_lazy("plural", "属性取值")
        indexes = [models.Index(fields=["key", "value", "offering"], name="attr_value_lookup")]
        constraints = [
            models.UniqueConstraint(fields=["offering", "key", "value"], name="attr_value_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.key}={self.value}"


class SlugRedirect(models.Model):
    """An old slug that answers with a 301 to the object's current URL after a rename."""

    class Target(models.TextChoices):
        CATEGORY = "category", gettext_lazy("分类")
        OFFERING = "offering", gettext_lazy("产品")
        VENDOR = "vendor", gettext_lazy("服务商")
        ARTICLE = "article", gettext_lazy("文章")

    target = models.CharField(max_length=10, choices=Target.choices)
    old_slug = models.SlugField(max_length=120)
    target_id = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("旧链接跳转")
        verbose_name_plural = pgettext_lazy("plural", "旧链接跳转")
        constraints = [models.UniqueConstraint(fields=["target", "old_slug"], name="slug_redirect_unique")]

    def __str__(self) -> str:
        return f"{self.target}:{self.old_slug} → {self.target_id}"


# --- Credentials: 信创, 等保, ICP/EDI, 软著, ISO/CMMI, 专票 ------------------------------------------

XINCHUANG_CPUS: list[tuple[str, StrOrPromise]] = [
    ("kunpeng", gettext_lazy("鲲鹏")), ("phytium", gettext_lazy("飞腾")), ("hygon", gettext_lazy("海光")), ("loongson", gettext_lazy("龙芯")), ("zhaoxin", gettext_lazy("兆芯")),
    ("sunway", gettext_lazy("申威")),
]  # fmt: skip
XINCHUANG_OSES: list[tuple[str, StrOrPromise]] = [
    ("kylin", gettext_lazy("麒麟")),
    ("uos", gettext_lazy("统信 UOS")),
    ("nfs", gettext_lazy("中科方德")),
    ("openeuler", "openEuler"),
]
XINCHUANG_DBS: list[tuple[str, StrOrPromise]] = [
    ("dameng", gettext_lazy("达梦")), ("kingbase", gettext_lazy("人大金仓")), ("oceanbase", "OceanBase"), ("gbase", gettext_lazy("南大通用 GBase")),
    ("opengauss", "openGauss"),
]  # fmt: skip
XINCHUANG_PLATFORMS = XINCHUANG_CPUS + XINCHUANG_OSES + XINCHUANG_DBS


class Credential(models.Model):
    """A credential a vendor states, for itself or one of its offerings, and whether an operator
    checked it. Rejected and expired ones do not count anywhere a buyer filters or compares."""

    class Kind(models.TextChoices):
        XINCHUANG = "xinchuang", gettext_lazy("信创适配")
        DENGBAO = "dengbao", gettext_lazy("等保测评")
        RUANZHU = "ruanzhu", gettext_lazy("软件著作权")
        ICP = "icp", gettext_lazy("ICP 许可证/备案")
        EDI = "edi", gettext_lazy("EDI 许可证")
        ISO27001 = "iso27001", "ISO 27001"
        ISO9001 = "iso9001", "ISO 9001"
        CMMI = "cmmi", "CMMI"
        VAT_INVOICE = "vat_invoice", gettext_lazy("可开增值税专用发票")

    class Status(models.TextChoices):
        SELF_REPORTED = "self", gettext_lazy("服务商自填")
        VERIFIED = "verified", gettext_lazy("已核验")
        REJECTED = "rejected", gettext_lazy("未通过核验")

    vendor = models.ForeignKey(
        Vendor, verbose_name=gettext_lazy("服务商"), on_delete=models.CASCADE, related_name="credentials"
    )
    offering = models.ForeignKey(
        Offering,
        verbose_name=gettext_lazy("产品"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="credentials",
    )
    kind = models.CharField(gettext_lazy("资质类型"), max_length=12, choices=Kind.choices)
    number = models.CharField(gettext_lazy("证书/备案编号"), max_length=60, blank=True)
    name = models.CharField(
        gettext_lazy("登记名称"), max_length=100, blank=True, help_text=gettext_lazy("软件著作权的软件全称")
    )
    level = models.PositiveSmallIntegerField(
        gettext_lazy("级别"), null=True, blank=True, help_text=gettext_lazy("等保 2–4 级；CMMI 3–5 级")
    )
    platforms = models.JSONField(
        gettext_lazy("适配平台"),
        default=list,
        blank=True,
        help_text=gettext_lazy("信创：CPU、操作系统、数据库"),
    )
    issued_on = models.DateField(gettext_lazy("发证/测评日期"), null=True, blank=True)
    expires_on = models.DateField(gettext_lazy("有效期至"), null=True, blank=True)
    evidence = models.FileField(
        gettext_lazy("证明文件"), upload_to="%Y/%m/", blank=True,
        storage=PrivateStorage("CREDENTIALS_EVIDENCE_ROOT"),
        validators=[UploadValidator(("pdf", "png", "jpg", "jpeg"), max_mb=5, what=gettext_lazy("证明文件"))],
    )  # fmt: skip
    evidence_name = models.CharField(gettext_lazy("原文件名"), max_length=200, blank=True)
    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.SELF_REPORTED
    )
    decision_note = models.CharField(gettext_lazy("核验说明"), max_length=200, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("提交人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("核验人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    verified_at = models.DateTimeField(gettext_lazy("核验时间"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(gettext_lazy("到期提醒时间"), null=True, blank=True)
    lapsed_on = models.DateField(gettext_lazy("过期处理日期"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(gettext_lazy("提交时间"), auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("资质认证")
        verbose_name_plural = pgettext_lazy("plural", "资质认证")
        ordering = ["kind", "-created_at"]
        indexes = [
            models.Index(fields=["status", "created_at"], name="credential_queue"),
            models.Index(fields=["vendor", "kind"], name="credential_vendor"),
            models.Index(fields=["expires_on"], name="credential_expiry"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}".strip()

    @property
    def platform_labels(self) -> list[str]:
        names = dict(XINCHUANG_PLATFORMS)
        return [str(names.get(code, code)) for code in self.platforms]


class OfferingCredentialTag(models.Model):
    """One filterable fact per offering (``kunpeng``, ``dengbao:3``, ``icp``…), from its counting
    credentials and its vendor's: what category pages, search and rankings filter and count on."""

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="credential_tags")
    code = models.CharField(max_length=20)
    verified = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["code", "offering"], name="credential_tag_lookup")]
        constraints = [models.UniqueConstraint(fields=["offering", "code"], name="credential_tag_unique")]

    def __str__(self) -> str:
        return f"{self.offering_id}:{self.code}"
