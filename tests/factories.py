"""factory_boy factories for catalog and content rows, built through real models."""

from __future__ import annotations

import factory
from django.utils import timezone

from xuanyong.catalog.models import Category, Offering, Plan, Vendor
from xuanyong.content.models import Article
from xuanyong.lib.validators import uscc_check_char


def valid_uscc(n: int) -> str:
    first17 = f"91330100MA{n:07d}"
    return first17 + uscc_check_char(first17)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"测试分类{n}")
    slug = factory.Sequence(lambda n: f"ceshi-fenlei-{n}")


class VendorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vendor

    name = factory.Sequence(lambda n: f"测试服务商{n}")
    slug = factory.Sequence(lambda n: f"ceshi-fuwushang-{n}")
    legal_name = factory.LazyAttribute(lambda o: f"杭州{o.name}科技有限公司")
    uscc = factory.Sequence(valid_uscc)
    verified = True


class OfferingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offering

    vendor = factory.SubFactory(VendorFactory)
    primary_category = factory.SubFactory(CategoryFactory)
    name = factory.Sequence(lambda n: f"测试产品{n}")
    slug = factory.Sequence(lambda n: f"ceshi-chanpin-{n}")
    tagline = "一句话介绍"
    status = Offering.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    pricing_model = Offering.PricingModel.SUBSCRIPTION
    price_min = 99
    price_max = 299
    price_unit = "元/门店/年"


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    offering = factory.SubFactory(OfferingFactory)
    name = "标准版"
    price = 199
    unit = "元/门店/年"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"测试文章{n}")
    slug = factory.Sequence(lambda n: f"ceshi-wenzhang-{n}")
    body = "正文段落。"
    body_html = "<p>正文段落。</p>"
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
