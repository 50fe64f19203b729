"""Opening the DuckDB file: one short-lived connection at a time, migrations applied first.

DuckDB lets one process hold a file for writing and refuses every other process meanwhile,
readers included.  Connections here are therefore held briefly (open, do a batch in one
transaction, close) and opening waits and retries for ``wait_seconds`` before giving up
with :class:`DatabaseLockedError`.
"""
from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from parsers.errors import DatabaseLockedError, WarehouseError

_LOCK_MESSAGES = ("Could not set lock", "Conflicting lock", "database is locked")


def _migrations() -> list[tuple[int, str, str]]:
    found = []
    for entry in resources.files("warehouse.migrations").iterdir():
        match = re.fullmatch(r"(\d{3})_([\w-]+)\.sql", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the numbered migrations not yet recorded in ``schema_migrations``; return them."""
    con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL,
        applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""")
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in _migrations():
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _connect(path: str, read_only: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_seconds
    delay = 0.05
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not any(m in str(exc) for m in _LOCK_MESSAGES):
                raise WarehouseError(f"cannot open {path}: {exc}") from exc
            if time.monotonic() >= deadline:
                raise DatabaseLockedError(
                    f"database {path} is locked by another newsmon process; waited {wait_seconds:.0f} s") from exc
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


@contextlib.contextmanager
def connect(path: str | Path, *, wait_seconds: float = 30.0, read_only: bool = False
            ) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated connection to the warehouse file, closed on exit."""
    target = str(path)
    if target != ":memory:":
        if read_only and not Path(target).exists():
            raise WarehouseError(f"no database at {target}: run `newsmon run` first")
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    con = _connect(target, read_only, wait_seconds)
    try:
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def bulk_insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[list[object]],
                 conflict: str = "ON CONFLICT DO NOTHING") -> None:
    """Many rows in one statement from an Arrow table: about a thousand times faster than row by row."""
    if not rows:
        return
    batch = pa.table({name: pa.array([row[i] for row in rows]) for i, name in enumerate(columns)})
    names = ", ".join(columns)
    con.register("_newsmon_batch", batch)
    try:
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _newsmon_batch {conflict}")
    finally:
        con.unregister("_newsmon_batch")
