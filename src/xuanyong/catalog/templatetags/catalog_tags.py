from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def get_answer(answers: dict[str, Any], key: str) -> Any:
    """The estimator's answer for one question (templates cannot index by a variable)."""
    return answers.get(key, "")
