"""The HTTP and file fetcher: the only place that reads sources from the network or disk.

httpx with a User-Agent naming newsmon; connect, read and total timeouts; a body-size cap
enforced while streaming and after decompression; redirects followed by hand, at most
``max_redirects``, each hop checked like the first (http or https only, no private,
loopback, link-local or CGNAT address unless the source allows it); conditional GET with
ETag and Last-Modified; retries with backoff for transient failures (timeouts, connection
errors, 408/425/429/5xx with Retry-After honoured); a per-host limit on requests in flight.
Local files are read only inside a folder the sources file allowed.  Errors are
:class:`FetchError`, transient or permanent.
"""
from __future__ import annotations

import email.utils
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from flows.netguard import check_destination
from flows.settings import Settings
from parsers.errors import FetchError

_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Content types that cannot be a page or a feed (feeds come as text/xml, application/rss+xml,
# application/x-rss+xml, application/feed+json, even application/octet-stream).
_NOT_TEXT = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/gzip",
             "application/x-gzip", "application/x-tar", "application/x-msdownload", "application/msword",
             "application/vnd.ms-", "application/vnd.openxmlformats", "application/wasm")


@dataclass(frozen=True)
class FetchRequest:
    location: str  # http(s) URL or absolute local path
    local_root: str | None = None  # a local path must lie inside this folder
    allow_private: bool | tuple[str, ...] = False  # may reach private addresses: all, none or these networks
    etag: str | None = None  # from the last successful fetch: conditional GET
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    location: str
    final_location: str
    body: bytes
    content_type: str | None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # 304: nothing changed since the last fetch

    @property
    def charset(self) -> str | None:
        for part in (self.content_type or "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"\' ').lower()
        return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, parsed.timestamp() - time.time())


def _error(message: str, *, transient: bool = False, retry_after: float | None = None) -> FetchError:
    error = FetchError(message, transient=transient)
    error.retry_after = retry_after  # type: ignore[attr-defined]
    return error


class Fetcher:
    """Fetch URLs and allowed local files; thread-safe, use as a context manager."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            follow_redirects=False, trust_env=False,
        )
        self._host_slots: dict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(settings.host_concurrency))
        self._slots_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def fetch(self, request: FetchRequest) -> Fetched:
        scheme = urlsplit(request.location).scheme
        if scheme in ("http", "https"):
            return self._fetch_http(request)
        if scheme and len(scheme) > 1:
            raise FetchError(f"refusing URL scheme {scheme!r}: only http, https and local paths named in "
                             "the sources file are read")
        return self._read_local(request)

    def _fetch_or_error(self, request: FetchRequest) -> Fetched | FetchError:
        try:
            return self.fetch(request)
        except FetchError as exc:
            return exc

    def fetch_many(self, requests: Sequence[FetchRequest]) -> list[Fetched | FetchError]:
        """Fetch in parallel (bounded per host); each result is the body or the error, in order."""
        if len(requests) <= 1:
            return [self._fetch_or_error(r) for r in requests]
        results: list[Fetched | FetchError] = [FetchError("not fetched")] * len(requests)
        self.fetch_each(requests, results.__setitem__)
        return results

    def fetch_each(self, requests: Sequence[FetchRequest],
                   handle: Callable[[int, Fetched | FetchError], None]) -> None:
        """Fetch in parallel and hand each result (by its index) to ``handle`` as soon as it arrives.

        ``handle`` runs in the fetching thread: when it blocks, fetching slows down, which is how
        a consumer keeps the pages in memory few.
        """
        def one(index: int) -> None:
            handle(index, self._fetch_or_error(requests[index]))
        with ThreadPoolExecutor(max_workers=self.settings.fetch_workers) as pool:
            for done in [pool.submit(one, n) for n in range(len(requests))]:
                done.result()  # re-raise a bug in handle rather than lose it

    def _read_local(self, request: FetchRequest) -> Fetched:
        path = Path(request.location).resolve()
        if request.local_root is not None:
            root = Path(request.local_root).resolve()
            if root != path and root not in path.parents:
                raise FetchError(f"refusing to read {request.location}: outside {request.local_root}")
        try:
            size = path.stat().st_size
            if size > self.settings.max_body_bytes:
                raise FetchError(f"{path} is {size} bytes, over the {self.settings.max_body_bytes}-byte limit")
            body = path.read_bytes()
        except FileNotFoundError:
            raise FetchError(f"no such file: {request.location}") from None
        except OSError as exc:
            raise FetchError(f"cannot read {request.location}: {exc.strerror or exc}") from exc
        content_type = "text/plain" if path.suffix.lower() == ".txt" else None
        return Fetched(request.location, str(path), body, content_type)

    def _slot(self, url: str) -> threading.BoundedSemaphore:
        with self._slots_lock:
            return self._host_slots[urlsplit(url).netloc.lower()]

    def _fetch_http(self, request: FetchRequest) -> Fetched:
        attempts = max(1, self.settings.fetch_attempts)
        delay = 0.5
        for attempt in range(1, attempts + 1):
            try:
                return self._follow(request)
            except FetchError as exc:
                wait = getattr(exc, "retry_after", None)
                if not exc.transient or attempt == attempts:
                    raise
                if wait is not None and wait > self.settings.max_retry_after:
                    raise
                time.sleep(wait if wait is not None else delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _follow(self, request: FetchRequest) -> Fetched:
        url = request.location
        for _ in range(self.settings.max_redirects + 1):
            check_destination(url, allow_private=request.allow_private)
            with self._slot(url):
                outcome = self._get_once(url, request)
            if isinstance(outcome, Fetched):
                return outcome
            url = outcome
        raise FetchError(f"too many redirects from {request.location} (more than {self.settings.max_redirects})")

    def _get_once(self, url: str, request: FetchRequest) -> Fetched | str:
        """The body, or the next URL of a redirect."""
        headers = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        limit = self.settings.max_body_bytes
        deadline = time.monotonic() + self.settings.total_timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code in _REDIRECTS:
                    target = response.headers.get("location")
                    if not target:
                        raise _error(f"HTTP {response.status_code} from {url} without a Location")
                    return urljoin(url, target)
                if response.status_code == 304:
                    return Fetched(request.location, url, b"", None, request.etag, request.last_modified, True)
                if response.status_code >= 400:
                    raise _error(f"HTTP {response.status_code} from {url}",
                                 transient=response.status_code in _TRANSIENT_STATUS,
                                 retry_after=_retry_after(response))
                content_type = response.headers.get("content-type")
                if content_type and content_type.lower().startswith(_NOT_TEXT):
                    raise _error(f"{url} is {content_type.split(';')[0]}, not a page or a feed")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise _error(f"{url} declares {declared} bytes, over the {limit}-byte limit")
                chunks, size = [], 0
                for chunk in response.iter_bytes():  # decoded: the cap holds after decompression
                    size += len(chunk)
                    if size > limit:
                        raise _error(f"{url} sent more than the {limit}-byte limit")
                    if time.monotonic() > deadline:
                        raise _error(f"{url} took longer than {self.settings.total_timeout:.0f} s", transient=True)
                    chunks.append(chunk)
                return Fetched(request.location, url, b"".join(chunks), content_type,
                               response.headers.get("etag"), response.headers.get("last-modified"))
        except httpx.DecodingError as exc:
            raise _error(f"{url} sent a body that does not decompress: {exc}") from None
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _error(f"{type(exc).__name__} fetching {url}: {exc}", transient=True) from None
        except httpx.HTTPError as exc:
            raise _error(f"{type(exc).__name__} fetching {url}: {exc}") from None
