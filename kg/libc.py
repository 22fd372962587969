"""glibc's allocator, for the few tunings kg makes to it (arenas, trimming, thresholds)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

__all__ = ["glibc"]


@cache
def glibc() -> ctypes.CDLL | None:
    """Return the C library when it is glibc on Linux, else ``None``.

    Its ``mallopt`` and ``malloc_trim`` tune the allocator; elsewhere (another C library,
    another system) kg leaves the allocator alone.
    """
    if sys.platform != "linux":
        return None
    try:
        library = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return library if hasattr(library, "mallopt") and hasattr(library, "malloc_trim") else None
