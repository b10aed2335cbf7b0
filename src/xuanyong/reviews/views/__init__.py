from __future__ import annotations

from typing import cast

from django.http import HttpRequest

from xuanyong.accounts.models import User


def current_user(request: HttpRequest) -> User:
    """The signed-in user (views call it behind login checks)."""
    return cast(User, request.user)
