"""Validators for Chinese identifiers: 统一社会信用代码 and mainland mobile numbers."""

from __future__ import annotations

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# GB 32100-2015: 31 symbols (no I, O, S, V, Z) and the weights of positions 1–17.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(value: str) -> None:
    code = value.strip().upper()
    if len(code) != 18:
        raise ValidationError(_("统一社会信用代码应为 18 位。"), code="uscc_length")
    if any(c not in USCC_ALPHABET for c in code):
        raise ValidationError(_("统一社会信用代码含有无效字符（不使用 I、O、S、V、Z）。"), code="uscc_chars")
    if uscc_check_char(code[:17]) != code[17]:
        raise ValidationError(_("统一社会信用代码校验位不正确，请核对营业执照。"), code="uscc_checksum")


def normalize_mainland_mobile(value: str) -> str:
    """Return the number as +86XXXXXXXXXXX, or raise ValidationError with a Chinese message."""
    try:
        number = phonenumbers.parse(value.strip(), "CN")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(_("请输入有效的手机号码。"), code="phone_invalid") from exc
    if number.country_code != 86:
        raise ValidationError(_("目前仅支持中国大陆手机号码。"), code="phone_not_mainland")
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise ValidationError(_("请输入有效的中国大陆手机号码。"), code="phone_invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_mainland_mobile(value: str) -> None:
    normalize_mainland_mobile(value)
