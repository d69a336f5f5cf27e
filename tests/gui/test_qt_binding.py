"""The Qt binding jvdesk is pinned to keeps Python's reference counts straight."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_returning_nothing_keep_none_alive() -> None:
    # PySide6 6.12.0 drops a reference to None on every such call under Python 3.11, and the
    # interpreter aborts once None's count reaches zero: the reason for the pin.
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    assert abs(sys.getrefcount(None) - before) < 50
