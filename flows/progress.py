"""Progress of a run in the terminal: rich bars on a TTY, plain lines otherwise, nothing when served.

The CLI installs a reporter before it starts the flow; the flow's tasks (threads of the same
process) report to it.  Served runs keep the default, which reports nothing.
"""
from __future__ import annotations

import sys
import threading
from typing import TextIO


class Reporter:
    """Reports nothing: the default, for served and test runs."""

    def stage(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, name: str, amount: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


class PlainReporter(Reporter):
    """One line per stage as it starts and ends: for logs, pipes and --quiet."""

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out
        self.counts: dict[str, list[int | None]] = {}
        self.lock = threading.Lock()

    @property
    def out(self) -> TextIO:
        return self._out or sys.stderr

    def stage(self, name: str, total: int | None = None) -> None:
        with self.lock:
            self.counts[name] = [0, total]
            print(f"{name}: {total if total is not None else ''}".rstrip(": "), file=self.out, flush=True)

    def advance(self, name: str, amount: int = 1) -> None:
        with self.lock:
            done, total = self.counts.setdefault(name, [0, None])
            self.counts[name][0] = (done or 0) + amount
            if total is not None and self.counts[name][0] == total:
                print(f"{name}: done {total}", file=self.out, flush=True)


class RichReporter(Reporter):
    """A progress bar per stage, on a terminal."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        self.progress = Progress(TextColumn("{task.description:<16}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), transient=False, console=None)
        self.tasks: dict[str, int] = {}
        self.progress.start()

    def stage(self, name: str, total: int | None = None) -> None:
        self.tasks[name] = self.progress.add_task(name, total=total)

    def advance(self, name: str, amount: int = 1) -> None:
        if name in self.tasks:
            self.progress.advance(self.tasks[name], amount)

    def close(self) -> None:
        self.progress.stop()


_current: Reporter = Reporter()


def install(reporter: Reporter) -> None:
    global _current
    _current = reporter


def current() -> Reporter:
    return _current


def for_terminal(quiet: bool, machine: bool) -> Reporter:
    if machine:
        return Reporter()
    if quiet or not sys.stderr.isatty():
        return PlainReporter()
    return RichReporter()
