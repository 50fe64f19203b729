"""One error hierarchy for the whole project.

Every error newsmon raises on purpose derives from :class:`NewsmonError` and says whether
trying again later can help (``transient``) or not (permanent).  Callers decide on retries
from that flag alone, never from the message.
"""
from __future__ import annotations


class NewsmonError(Exception):
    """Base class of newsmon's own errors."""

    transient: bool = False

    def __init__(self, message: str, *, transient: bool | None = None) -> None:
        super().__init__(message)
        if transient is not None:
            self.transient = transient

    @property
    def kind(self) -> str:
        return "transient" if self.transient else "permanent"


class SourceConfigError(NewsmonError):
    """The sources file or an ad-hoc source is malformed."""


class FeedParseError(NewsmonError):
    """Bytes that should be a feed could not be read as one."""


class ArticleParseError(NewsmonError):
    """A page or text could not be turned into an article."""


class FetchError(NewsmonError):
    """A source or page could not be fetched; transient for timeouts, 5xx and 429."""


class WarehouseError(NewsmonError):
    """The DuckDB file could not be opened or written."""


class DatabaseLockedError(WarehouseError):
    """Another process holds the DuckDB file; waiting and retrying can help."""

    transient = True


class NotifyError(NewsmonError):
    """A notification target refused or could not be reached."""

    transient = True


class WriterBusyError(NewsmonError):
    """Another newsmon run is writing the same DuckDB file; this run waited and gave up."""

    transient = True
