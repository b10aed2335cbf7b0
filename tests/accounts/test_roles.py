from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from xuanyong.accounts.models import Role, VendorMembership
from xuanyong.accounts.services import vendor_membership_create

from ..base import PersonasTestCase


class RoleTests(PersonasTestCase):
    def test_personas_have_their_roles(self) -> None:
        self.assertTrue(self.buyer.has_role(Role.BUYER))
        self.assertFalse(self.buyer.is_editor)
        self.assertTrue(self.vendor_a_member.has_role(Role.VENDOR))
        self.assertEqual(self.vendor_a_member.vendor_membership.vendor, self.vendor_a)
        self.assertTrue(self.editor.is_editor)
        self.assertTrue(self.editor.is_staff)
        self.assertTrue(self.admin.is_superuser)

    def test_a_user_belongs_to_at_most_one_vendor(self) -> None:
        with self.assertRaisesMessage(ValidationError, "一个账号只能加入一个服务商"):
            vendor_membership_create(user=self.vendor_a_member, vendor=self.vendor_b)
        with transaction.atomic(), self.assertRaises(IntegrityError):
            VendorMembership.objects.create(user=self.vendor_a_member, vendor=self.vendor_b)
        self.assertEqual(VendorMembership.objects.get(user=self.vendor_a_member).vendor, self.vendor_a)

    def test_editor_reaches_the_admin_and_edits_articles_but_a_buyer_does_not(self) -> None:
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        self.assertEqual(self.client.get("/admin/content/article/add/").status_code, 200)
        self.assertEqual(self.client.get("/admin/accounts/user/").status_code, 403)
        self.client.force_login(self.buyer)
        self.assertRedirects(self.client.get("/admin/"), "/admin/login/?next=/admin/")
        self.client.force_login(self.vendor_a_member)
        self.assertRedirects(self.client.get("/admin/"), "/admin/login/?next=/admin/")
