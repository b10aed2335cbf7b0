from __future__ import annotations

from collections.abc import Iterator

import pytest

from xuanyong.analytics import buffer


@pytest.fixture(autouse=True)
def _empty_event_buffer() -> Iterator[None]:
    """Each test starts and ends with an empty buffer (it is per process, like in production)."""
    buffer.discard()
    yield
    buffer.discard()
