"""Sample reviews (示例数据): fictional reviewers and believable ratings, so rankings show.

The five categories with the most offerings get 3–9 reviews per offering (ranked); others get a
few. A handful are rejected (the transparency page has numbers) and three wait in the moderation
queue with their fraud signals. Seeded: every load is the same.
"""

from __future__ import annotations

import datetime as dt
import random

from django.contrib.auth.hashers import make_password
from django.db.models import Count, F
from django.utils import timezone

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Offering
from xuanyong.reviews.models import (
    CompanySize,
    Industry,
    RejectReason,
    Review,
    ReviewerRole,
    UsageDuration,
    Verification,
)
from xuanyong.reviews.services import offerings_rating_refresh, review_create

SEED = 20260601
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
TITLES = ["店长", "经理", "总监", "老板", "主管", "会计", "HR", "IT 工程师", "采购", "运营"]
PROS = [
    "上手很快，新员工培训半天就能独立操作。",
    "功能覆盖了我们日常需要的大部分场景，不用再拼凑几个工具。",
    "手机端和电脑端数据同步及时，出门在外也能随时查看。",
    "客服响应快，工作日基本半小时内有人回复。",
    "价格透明，按需购买模块，小团队用起来负担不重。",
    "报表清晰，老板最关心的几个数字首页就能看到。",
    "系统稳定，用了这么久几乎没有遇到宕机。",
    "支持和我们现有的财务软件对接，省了重复录入。",
    "权限设置细致，不同岗位只看到自己该看的内容。",
    "实施顾问很专业，上线前帮我们梳理了流程。",
    "界面简洁，没有太多花哨的功能，老员工也愿意用。",
    "更新频率高，提的需求有几条已经在新版本里实现了。",
]
CONS = [
    "高级报表要单独付费，基础版的统计维度偏少。",
    "高峰期偶尔有点卡顿，刷新要等几秒。",
    "数据导出格式有限，做二次分析还得手动整理。",
    "部分设置藏得比较深，第一次找不太到。",
    "售后电话晚上和周末不太好打通。",
    "私有化部署的价格比 SaaS 版贵不少。",
    "移动端功能比电脑端少，有些操作只能回电脑处理。",
    "和部分老设备的兼容性一般，换了新硬件才顺畅。",
    "培训资料更新不及时，新功能要自己摸索。",
    "续费涨价没有提前太久通知。",
]
USE_CASES = [
    "{n} 家门店的日常经营管理",
    "总部和分公司之间的协同，约 {m} 人在用",
    "替换原来的 Excel 手工流程",
    "新开门店时一起上线，目前覆盖 {n} 个网点",
    "财务和业务部门共用，按月出经营报表",
]


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _reviewers(rng: random.Random, count: int) -> list[User]:
    password = make_password(None)  # sample reviewers cannot sign in
    joined = timezone.now() - dt.timedelta(days=900)
    users = [
        User(
            email=f"kehu{i:03d}@shili-kehu{i % 17}.example",
            display_name=f"{rng.choice(SURNAMES)}{rng.choice(TITLES)}",
            password=password,
            date_joined=joined,
        )
        for i in range(count)
    ]
    return User.objects.bulk_create(users)


def _review(rng: random.Random, offering: Offering, user: User, base: float, now: dt.datetime) -> Review:
    recommend = _clamp(rng.gauss(base, 1.4), 0, 10)
    rated_at = now - dt.timedelta(days=rng.randint(3, 600), hours=rng.randint(0, 23))

    def sub() -> int:
        return _clamp(recommend / 2 + rng.gauss(0, 0.7), 1, 5)

    level = rng.choices(
        [Verification.EMAIL, Verification.PROOF, Verification.INVITED, Verification.NONE], [35, 15, 10, 40]
    )[0]
    pros = "".join(rng.sample(PROS, 2))
    cons = "".join(rng.sample(CONS, 1 if recommend >= 8 else 2))
    return Review(
        offering=offering, user=user, recommend=recommend, ease_of_use=sub(), features=sub(), support=sub(),
        value=sub(), pros=pros, cons=cons,
        use_case=rng.choice(USE_CASES).format(n=rng.randint(2, 30), m=rng.randint(10, 400)),
        reviewer_role=rng.choice(ReviewerRole.values), company_size=rng.choice(CompanySize.values),
        industry=rng.choice(Industry.values), usage_duration=rng.choice(UsageDuration.values[1:]),
        verification=level, verified_domain=user.email.rpartition("@")[2] if level == Verification.EMAIL else "",
        status=Review.Status.PUBLISHED, rated_at=rated_at, published_at=rated_at + dt.timedelta(hours=2),
        helpful_count=rng.randint(0, 25),
    )  # fmt: skip


def load_reviews() -> int:
    """Create the sample reviews; returns how many."""
    rng = random.Random(SEED)
    now = timezone.now()
    offerings = list(Offering.objects.published().select_related("primary_category").order_by("pk"))
    if not offerings:
        return 0
    busiest = (
        Offering.objects.published()
        .values("primary_category")
        .annotate(n=Count("id"))
        .order_by("-n", "primary_category")
    )
    ranked_categories = {row["primary_category"] for row in busiest[:5]}
    reviewers = _reviewers(rng, 80)
    rows: list[Review] = []
    for offering in offerings:
        count = (
            rng.randint(3, 9)
            if offering.primary_category_id in ranked_categories
            else rng.choice([0, 0, 1, 2])
        )
        base = rng.uniform(5.5, 9.5)
        rows += [_review(rng, offering, user, base, now) for user in rng.sample(reviewers, count)]
    for review in rng.sample(rows, min(8, len(rows))):
        review.status, review.reject_reason = Review.Status.REJECTED, rng.choice(RejectReason.values)
        review.moderated_at = review.published_at
        review.published_at = None
    created = Review.objects.bulk_create(rows)
    # created_at is set on insert; date it as written so no real review sees a sample "burst".
    Review.objects.filter(pk__in=[r.pk for r in created]).update(created_at=F("rated_at"))
    # Three fresh submissions wait in the moderation queue with their signals.
    newcomers = User.objects.bulk_create(
        User(
            email=f"xinkehu{i}@shili-xinkehu.example", display_name=f"新用户{i}", password=make_password(None)
        )
        for i in range(3)
    )
    for user, offering in zip(newcomers, rng.sample(offerings, 3), strict=True):
        data = {
            "recommend": 10, "ease_of_use": 5, "features": 5, "support": 5, "value": 5,
            "pros": "非常好用，强烈推荐，功能强大，价格实惠，服务一流！", "cons": "暂时没有发现任何缺点，非常满意。",
            "use_case": "公司日常使用", "reviewer_role": "owner", "company_size": "1-20", "industry": "other",
            "usage_duration": "lt6m",
        }  # fmt: skip
        review_create(user=user, offering=offering, data=data, ip="203.0.113.7")
    offerings_rating_refresh([o.pk for o in offerings])
    return len(created) + len(newcomers)
