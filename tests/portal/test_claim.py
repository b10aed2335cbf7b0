"""Claiming a listing: the registration is checked, and an operator approves it in the admin."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from xuanyong.accounts.models import VendorMembership
from xuanyong.catalog.models import Vendor
from xuanyong.portal.models import VendorClaim

from ..base import PersonasTestCase
from ..factories import VendorFactory, valid_uscc


class ClaimTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.unclaimed = VendorFactory(name="丙服务商", legal_name="", uscc="", verified=False)
        cls.registered = VendorFactory(
            name="丁服务商", legal_name="杭州丁科技有限公司", uscc=valid_uscc(4242)
        )

    def claim(self, **overrides: Any) -> Any:
        data = {
            "vendor_name": "丙服务商", "legal_name": "上海丙信息技术有限公司", "uscc": valid_uscc(777),
            "contact_name": "陈经理", "contact_phone": "13700137000",
        }  # fmt: skip
        data.update(overrides)
        return self.client.post(reverse("portal:claim"), data)

    def test_checked_claim_approved_by_an_operator_makes_an_owner(self) -> None:
        self.client.force_login(self.buyer)
        self.assertRedirects(self.claim(), reverse("portal:claim"))
        claim = VendorClaim.objects.get()
        self.assertEqual(
            (claim.vendor, claim.status, claim.contact_phone), (self.unclaimed, "pending", "+8613700137000")
        )
        self.assertContains(self.client.get(reverse("portal:claim")), "待审核")
        self.assertContains(self.claim(), "已有一个待审核的认领申请", status_code=400)
        self.client.force_login(self.admin)
        response = self.client.post(
            reverse("admin:portal_vendorclaim_changelist"),
            {"action": "approve", "_selected_action": [claim.pk]},
            follow=True,
        )
        self.assertContains(response, "已处理 1 条申请")
        claim.refresh_from_db()
        self.assertEqual((claim.status, claim.decided_by), ("approved", self.admin))
        membership = VendorMembership.objects.get(user=self.buyer)
        self.assertEqual((membership.vendor, membership.is_owner), (self.unclaimed, True))
        vendor = Vendor.objects.get(pk=self.unclaimed.pk)
        self.assertEqual(
            (vendor.verified, vendor.uscc, vendor.legal_name),
            (True, valid_uscc(777), "上海丙信息技术有限公司"),
        )
        self.client.force_login(self.buyer)
        self.assertContains(self.client.get(reverse("portal:home")), "丙服务商")

    def test_bad_registration_is_refused_in_chinese(self) -> None:
        self.client.force_login(self.buyer)
        bad_check = valid_uscc(777)[:-1] + ("0" if valid_uscc(777)[-1] != "0" else "1")
        self.assertContains(self.claim(uscc=bad_check), "校验位不正确", status_code=400)
        self.assertContains(self.claim(uscc="123"), "18", status_code=400)
        self.assertContains(self.claim(vendor_name="不存在的服务商"), "平台上没有这个服务商", status_code=400)
        self.assertContains(
            self.claim(vendor_name="丁服务商", legal_name="杭州丁科技有限公司", uscc=valid_uscc(1)),
            "与平台登记的统一社会信用代码不一致", status_code=400,
        )  # fmt: skip
        self.assertContains(
            self.claim(vendor_name="丁服务商", legal_name="别的公司", uscc=valid_uscc(4242)),
            "与平台登记的企业全称不一致", status_code=400,
        )  # fmt: skip
        self.assertContains(self.claim(contact_phone="12345"), "请输入", status_code=400)
        self.assertFalse(VendorClaim.objects.exists())

    def test_members_go_to_their_portal(self) -> None:
        self.client.force_login(self.vendor_a_member)
        self.assertRedirects(self.client.get(reverse("portal:claim")), reverse("portal:home"))

    def test_a_listing_with_members_cannot_be_taken_over_by_a_claim(self) -> None:
        # vendor_a already has a member, who sees its leads: a claim must not add a stranger.
        self.client.force_login(self.buyer)
        response = self.claim(vendor_name="甲服务商")
        self.assertContains(response, "该服务商已被认领", status_code=400)
        self.assertFalse(VendorClaim.objects.exists())
        # A claim filed before the listing got its member is refused at approval too.
        claim = VendorClaim.objects.create(
            user=self.buyer, vendor=self.vendor_a, legal_name="甲公司", uscc=valid_uscc(777),
            contact_name="陈经理", contact_phone="+8613700137000",
        )  # fmt: skip
        self.client.force_login(self.admin)
        response = self.client.post(
            reverse("admin:portal_vendorclaim_changelist"),
            {"action": "approve", "_selected_action": [claim.pk]},
            follow=True,
        )
        self.assertContains(response, "该服务商已被认领")
        claim.refresh_from_db()
        self.assertEqual(claim.status, "pending")
        self.assertFalse(VendorMembership.objects.filter(user=self.buyer).exists())
