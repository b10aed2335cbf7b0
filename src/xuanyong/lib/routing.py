"""Where this request's reads may go, decided once per request and read by the router.

Outside a request (tasks, commands, the shell) nothing is set and every read goes to the
primary: background work is where freshness matters most and load matters least.
"""

from __future__ import annotations

from contextvars import ContextVar, Token
from dataclasses import dataclass


@dataclass
class ReadRouting:
    replica_allowed: bool
    wrote: bool = False  # once a request writes, its later reads see the primary
    replica_used: str | None = None
    invalidated_at: float | None = None  # when the cache was last invalidated (read once, see versions)


_current: ContextVar[ReadRouting | None] = ContextVar("xuanyong_read_routing", default=None)


def begin(*, replica_allowed: bool) -> Token[ReadRouting | None]:
    return _current.set(ReadRouting(replica_allowed=replica_allowed))


def end(token: Token[ReadRouting | None]) -> None:
    _current.reset(token)


def current() -> ReadRouting | None:
    return _current.get()
