"""Keeping a long run's memory flat: page-sized buffers go back to the system when freed.

glibc serves allocations above a threshold (128 KiB) with their own mappings, returned to
the system on free, but raises that threshold each time such a block is freed.  A run that
fetches thousands of 100-200 KiB pages in many threads then keeps them in its heaps, which
fragment and grow with the page count (about 45 MB more at 5,000 pages than at 1,000,
measured with ``make bench``).  Pinning the threshold keeps page buffers in their own
mappings.  Elsewhere than glibc this does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools

_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
PAGE_BUFFER_THRESHOLD = 128 * 1024


@functools.cache
def release_large_buffers() -> bool:
    """Pin glibc's mmap threshold for this process; True when it was set."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, PAGE_BUFFER_THRESHOLD))
    except (OSError, AttributeError):
        return False
