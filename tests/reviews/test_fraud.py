"""Fraud signals fire on constructed bursts, shared browsers/IPs, near-duplicates, vendor domains and
new accounts, and stay quiet on ordinary reviews."""

from __future__ import annotations

import datetime as dt

from django.test import TestCase
from django.utils import timezone

from xuanyong.accounts.models import User
from xuanyong.reviews import fraud
from xuanyong.reviews.models import Review
from xuanyong.reviews.services import review_create

from .helpers import ReviewsTestCase, age_account, review_post

ORDINARY = [
    (
        "收银速度快，支持扫码和刷卡，会员功能也够用，老板在手机上就能看每天的营业额。",
        "硬件要单独买，价格不便宜，售后电话不太好打通。",
    ),
    (
        "排班和考勤打通以后省了很多对账时间，手机端打卡定位准确，审批流可以自己配置。",
        "薪资模块的个税规则更新慢，需要手动调整很多地方。",
    ),
    (
        "库存盘点用手持终端很方便，调拨单据清楚，多门店之间的库存一眼就能看明白。",
        "初始化导入商品资料花了两天，模板字段说明不够详细。",
    ),
    (
        "直播间的弹幕抽奖和商品讲解卡片很好用，开播前的彩排模式帮我们少犯了很多错。",
        "高峰期推流偶尔掉帧，回放剪辑功能还比较粗糙。",
    ),
    (
        "语音转写准确率高，会议纪要自动分出说话人，方言口音也能识别个七七八八。",
        "专业术语要自己加热词，按时长计费对长会议不太友好。",
    ),
]


def _data(i: int, **changes: object) -> dict[str, object]:
    pros, cons = ORDINARY[i % len(ORDINARY)]
    return review_post(**{"pros": pros, "cons": cons, "use_case": f"第{i}家门店的日常使用", **changes})


class SimHashTests(TestCase):
    def test_small_edits_stay_close_and_different_texts_stay_far(self) -> None:
        base = ORDINARY[0][0] + ORDINARY[0][1]
        edited = base.replace("收银速度快", "收银速度很快").replace("不便宜", "偏贵")
        self.assertLessEqual(
            fraud.hamming(fraud.simhash(base), fraud.simhash(edited)), fraud.SIMHASH_MAX_DISTANCE
        )
        for other in ORDINARY[1:]:
            distance = fraud.hamming(fraud.simhash(base), fraud.simhash(other[0] + other[1]))
            self.assertGreater(distance, fraud.SIMHASH_MAX_DISTANCE)

    def test_short_texts_are_not_fingerprinted(self) -> None:
        self.assertEqual(fraud.simhash("很好用，推荐"), 0)


class SignalTests(ReviewsTestCase):
    def _buyers(self, n: int, prefix: str = "kehu") -> list[User]:
        return [self.make_buyer(f"{prefix}{i}@company{i}.cn", f"客户{i}") for i in range(n)]

    def _codes(self, review: Review) -> list[str]:
        return [s["code"] for s in review.signals]

    def test_ordinary_reviews_raise_no_signal(self) -> None:
        reviews = []
        for i, user in enumerate(self._buyers(4)):
            offering = self.offering_a if i % 2 else self.offering_b
            reviews.append(
                review_create(
                    user=user,
                    offering=offering,
                    data=_data(i),
                    visitor_id=f"visitor-{i:012d}",
                    ip=f"10.0.0.{i}",
                )
            )
        self.assertEqual([r.signals for r in reviews], [[]] * 4)

    def test_a_burst_for_one_offering_is_flagged_from_the_fifth_review(self) -> None:
        reviews = [
            review_create(user=u, offering=self.offering_a, data=_data(i), ip=f"10.1.0.{i}")
            for i, u in enumerate(self._buyers(5))
        ]
        self.assertEqual([self._codes(r) for r in reviews[:4]], [[]] * 4)
        self.assertEqual(self._codes(reviews[4]), ["burst"])
        self.assertIn("24 小时内收到 5 条评价", reviews[4].signals[0]["detail"])

    def test_reviews_spread_over_days_are_not_a_burst(self) -> None:
        for i, user in enumerate(self._buyers(4)):
            review = review_create(user=user, offering=self.offering_a, data=_data(i))
            Review.objects.filter(pk=review.pk).update(created_at=timezone.now() - dt.timedelta(days=2 + i))
        fifth = review_create(user=self.buyer, offering=self.offering_a, data=_data(4))
        self.assertEqual(fifth.signals, [])

    def test_several_accounts_from_one_browser_or_ip(self) -> None:
        first, second, third, fourth = self._buyers(4)
        review_create(
            user=first, offering=self.offering_a, data=_data(0), visitor_id="same-browser-0001", ip="10.2.0.1"
        )
        same_browser = review_create(
            user=second,
            offering=self.offering_b,
            data=_data(1),
            visitor_id="same-browser-0001",
            ip="10.2.0.2",
        )
        self.assertEqual(self._codes(same_browser), ["same_visitor"])
        review_create(user=third, offering=self.offering_a, data=_data(2), ip="10.9.9.9")
        one_other = review_create(user=fourth, offering=self.offering_b, data=_data(3), ip="10.9.9.9")
        self.assertEqual(one_other.signals, [])  # one colleague behind the office NAT is normal
        fifth = self.make_buyer("fifth@company5.cn")
        two_others = review_create(user=fifth, offering=self.offering_a, data=_data(4), ip="10.9.9.9")
        self.assertEqual(self._codes(two_others), ["same_ip"])

    def test_near_duplicate_text_is_flagged_against_any_offering(self) -> None:
        first, second = self._buyers(2)
        original = review_create(user=first, offering=self.offering_a, data=_data(0))
        pros, cons = ORDINARY[0]
        copy = review_create(
            user=second, offering=self.offering_b,
            data=_data(0, pros=pros.replace("收银速度快", "收银速度很快"), cons=cons.replace("不便宜", "偏贵")),
        )  # fmt: skip
        self.assertEqual(self._codes(copy), ["near_duplicate"])
        self.assertIn(f"#{original.pk}", copy.signals[0]["detail"])

    def test_reviewer_from_the_vendors_domain(self) -> None:
        colleague = self.make_buyer("zhang@vendor-b.example.com", "乙方同事")  # not a member, same domain
        review = review_create(user=colleague, offering=self.offering_b, data=_data(0))
        self.assertEqual(self._codes(review), ["vendor_domain"])
        self.assertEqual(review.status, Review.Status.PENDING)

    def test_brand_new_account(self) -> None:
        newcomer = self.make_user("new@company9.cn", "新用户")
        review = review_create(user=newcomer, offering=self.offering_a, data=_data(0))
        self.assertEqual(self._codes(review), ["new_account"])
        age_account(newcomer, 4)
        self.assertEqual(fraud.compute_signals(review), [])

    def test_signals_are_shown_to_moderators(self) -> None:
        newcomer = self.make_user("new@company9.cn", "新用户")
        review_create(user=newcomer, offering=self.offering_a, data=_data(0))
        self.client.force_login(self.editor)
        page = self.client.get("/reviews/moderation/")
        self.assertContains(page, "新注册账号")
        self.assertContains(page, "账号注册不足 3 天")
