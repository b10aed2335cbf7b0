"""The base of every request body: text with control or bidi characters is refused, as the
input guard refuses it in forms (security.inputs)."""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import field_validator

from xuanyong.security.inputs import forbidden_character


class InputSchema(Schema):
    model_config = {"extra": "forbid"}

    @field_validator("*", mode="before")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and (char := forbidden_character(text)):
                raise ValueError(f"含有不可见的控制字符 {char}，请删除后重试")
        return value
