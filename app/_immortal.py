"""Workaround for a reference-counting bug of PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 drops one reference to ``None`` each time Qt calls a Python slot that returns
None, and one to ``True`` each time Python calls ``Signal.emit()`` (measured: −1 per call; see
tests/test_app_units.py). On CPython ≥ 3.12 these singletons are immortal and nothing happens; on
3.11 their count reaches zero after some minutes of a 10 ms timer or a long import, and the
interpreter aborts ("deallocating None"). Giving them a huge count makes them as immortal as
3.12 does: they are never freed anyway, so nothing else changes. PySide6 ≤ 6.11.3 is not affected.

No Qt import here, so `registre search` does not load Qt by importing ``app.cli``.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # far more calls than any session can make


def protect_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
        if refcount.value < _MARGIN:
            refcount.value += _MARGIN
