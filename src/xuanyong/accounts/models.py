from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xuanyong.lib.validators import validate_mainland_mobile


class Role(models.TextChoices):
    """Roles are Django groups with these names; vendor membership is a row, not a role alone."""

    BUYER = "buyer", _("采购者")
    VENDOR = "vendor", _("服务商成员")
    EDITOR = "editor", _("运营编辑")
    ADMIN = "admin", _("管理员")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(_("电子邮箱"), unique=True)
    display_name = models.CharField(_("昵称"), max_length=40)
    mobile = models.CharField(
        _("手机号"),
        max_length=16,
        blank=True,
        validators=[validate_mainland_mobile],
        help_text=_("中国大陆手机号，选填"),
    )
    # The language of the e-mails we send: the site's language when the account was made,
    # changed on the account's privacy page. Pages follow the URL, not this.
    language = models.CharField(_("语言"), max_length=10, choices=settings.LANGUAGES, default="zh-hans")

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["display_name"]
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("用户")
        verbose_name_plural = pgettext_lazy("plural", "用户")
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]

    def __str__(self) -> str:
        return self.display_name or self.email

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name

    def has_role(self, role: Role) -> bool:
        if self.is_superuser:
            return True
        if not hasattr(self, "_role_names"):
            self._role_names = set(self.groups.values_list("name", flat=True))
        return role.value in self._role_names

    @property
    def is_editor(self) -> bool:
        return self.is_active and (self.has_role(Role.EDITOR) or self.has_role(Role.ADMIN))


class VendorMembership(models.Model):
    """A user belongs to at most one vendor (the one-to-one enforces it in the database)."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="vendor_membership")
    vendor = models.ForeignKey("catalog.Vendor", on_delete=models.CASCADE, related_name="memberships")
    is_owner = models.BooleanField(_("管理员"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("服务商成员")
        verbose_name_plural = pgettext_lazy("plural", "服务商成员")

    def __str__(self) -> str:
        return f"{self.user} @ {self.vendor}"
