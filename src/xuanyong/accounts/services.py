"""Writes for accounts: sign-up, roles and vendor membership."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from xuanyong.catalog.models import Vendor
from xuanyong.lib.validators import normalize_mainland_mobile

from .models import Role, User, VendorMembership

# What each staff role may do in the admin. Vendor members work in the vendor portal instead.
ROLE_PERMISSIONS: dict[Role, list[str]] = {
    Role.BUYER: [],
    Role.VENDOR: [],
    Role.EDITOR: [
        "content.add_article", "content.change_article", "content.view_article",
        "content.add_tag", "content.change_tag", "content.view_tag",
        "content.view_comment", "content.change_comment", "content.view_bannedword",
        "content.add_bannedword", "content.change_bannedword", "content.delete_bannedword",
        "content.view_takedownrequest", "content.change_takedownrequest", "content.view_takedownevent",
        "catalog.view_offering", "catalog.change_offering", "catalog.view_vendor",
        "catalog.view_category", "web.add_partnerbrand", "web.change_partnerbrand",
        "web.view_partnerbrand", "web.change_sitesettings", "web.view_sitesettings",
        "analytics.add_channel", "analytics.change_channel", "analytics.view_channel",
        "analytics.add_kpitarget", "analytics.change_kpitarget", "analytics.view_kpitarget",
        "security.view_throttlelock", "security.change_throttlelock",
    ],
    Role.ADMIN: [],  # admins are superusers
}  # fmt: skip


def roles_ensure() -> None:
    """Create the role groups and grant their permissions; safe to run after every migrate."""
    for role, perm_names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role.value)
        perms: list[Permission] = []
        for name in perm_names:
            app_label, codename = name.split(".")
            perms.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
        group.permissions.set(perms)


def user_signup(
    *, email: str, display_name: str, password: str, mobile: str = "", language: str = settings.LANGUAGE_CODE
) -> User:
    """``language``: of the e-mails we will send, the site's language at sign-up."""
    email = email.strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": _("该邮箱已注册，请直接登录或找回密码。")}, code="email_taken")
    user = User(email=email, display_name=display_name.strip(), is_active=True, language=language)
    if mobile.strip():
        user.mobile = normalize_mainland_mobile(mobile)
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    with transaction.atomic():
        user.save()
        user.groups.add(Group.objects.get_or_create(name=Role.BUYER.value)[0])
    return user


def user_language_set(*, user: User, language: str) -> User:
    """The language of the e-mails this user receives."""
    user.language = User._meta.get_field("language").clean(language, user)
    user.save(update_fields=["language"])
    return user


def user_grant_role(*, user: User, role: Role) -> None:
    user.groups.add(Group.objects.get_or_create(name=role.value)[0])
    if role in (Role.EDITOR, Role.ADMIN) and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    if role == Role.ADMIN and not user.is_superuser:
        user.is_superuser = True
        user.save(update_fields=["is_superuser"])
    user.__dict__.pop("_role_names", None)


def vendor_membership_create(*, user: User, vendor: Vendor, is_owner: bool = False) -> VendorMembership:
    if VendorMembership.objects.filter(user=user).exists():
        raise ValidationError(
            _("该用户已属于一个服务商，一个账号只能加入一个服务商。"), code="membership_exists"
        )
    with transaction.atomic():
        membership = VendorMembership.objects.create(user=user, vendor=vendor, is_owner=is_owner)
        user_grant_role(user=user, role=Role.VENDOR)
    return membership
