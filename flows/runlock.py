"""One writer per DuckDB file: a run holds an exclusive lock on ``<db>.lock`` for its whole length.

A second run waits up to ``wait_seconds`` for the first to finish, then gives up with
:class:`WriterBusyError`.  The lock is an ``flock`` on a file beside the database, so it
holds across processes on one machine and disappears with the process that held it.
(With a Prefect server, the deployments also carry a concurrency limit of one.)
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from parsers.errors import WriterBusyError


@contextlib.contextmanager
def writer_lock(db_path: str, wait_seconds: float) -> Iterator[None]:
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WriterBusyError(f"another newsmon run is writing {db_path}; waited {wait_seconds:.0f} s "
                                          "(raise run_wait_seconds to wait longer)") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
