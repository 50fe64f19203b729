"""The HTTP and file fetcher: the only place that reads sources from the network or disk.

httpx with a User-Agent naming newsmon, connect and read timeouts, a body-size cap
enforced while streaming, a redirect cap, retries with backoff for transient failures
(timeouts, connection errors, 5xx, 429 with its Retry-After honoured) and a per-host
limit on requests in flight.  Local files are read only when they lie inside a folder
the sources file allowed.  Errors are :class:`FetchError`, transient or permanent.
"""
from __future__ import annotations

import email.utils
import threading
import time
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from flows.settings import Settings
from parsers.errors import FetchError

_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchRequest:
    location: str  # http(s) URL or absolute local path
    local_root: str | None = None  # a local path must lie inside this folder


@dataclass(frozen=True)
class Fetched:
    location: str
    final_location: str
    body: bytes
    content_type: str | None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    parsed = email.utils.parsedate_to_datetime(value) if value else None
    return max(0.0, parsed.timestamp() - time.time()) if parsed else None


class Fetcher:
    """Fetch URLs and allowed local files; thread-safe, use as a context manager."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            follow_redirects=True, max_redirects=settings.max_redirects, trust_env=False,
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
            return self._fetch_http(request.location)
        if scheme and len(scheme) > 1:
            raise FetchError(f"refusing URL scheme {scheme!r}: only http, https and local paths named in "
                             "the sources file are read")
        return self._read_local(request)

    def fetch_many(self, requests: Sequence[FetchRequest]) -> list[Fetched | FetchError]:
        """Fetch in parallel (bounded per host); each result is the body or the error."""
        def one(request: FetchRequest) -> Fetched | FetchError:
            try:
                return self.fetch(request)
            except FetchError as exc:
                return exc
        if len(requests) <= 1:
            return [one(r) for r in requests]
        with ThreadPoolExecutor(max_workers=self.settings.fetch_workers) as pool:
            return list(pool.map(one, requests))

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

    def _fetch_http(self, url: str) -> Fetched:
        attempts = max(1, self.settings.fetch_attempts)
        delay = 0.5
        for attempt in range(1, attempts + 1):
            try:
                with self._slot(url):
                    return self._get_once(url)
            except FetchError as exc:
                wait = getattr(exc, "retry_after", None)
                if not exc.transient or attempt == attempts:
                    raise
                if wait is not None and wait > self.settings.max_retry_after:
                    raise
                time.sleep(wait if wait is not None else delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _get_once(self, url: str) -> Fetched:
        limit = self.settings.max_body_bytes
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    transient = response.status_code in _TRANSIENT_STATUS
                    error = FetchError(f"HTTP {response.status_code} from {url}", transient=transient)
                    error.retry_after = _retry_after(response)  # type: ignore[attr-defined]
                    raise error
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"{url} declares {declared} bytes, over the {limit}-byte limit")
                chunks, size = [], 0
                for chunk in response.iter_bytes():  # decoded: the cap holds after decompression
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"{url} sent more than the {limit}-byte limit")
                    chunks.append(chunk)
                return Fetched(url, str(response.url), b"".join(chunks), response.headers.get("content-type"))
        except httpx.TooManyRedirects:
            raise FetchError(f"too many redirects from {url}") from None
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise FetchError(f"{type(exc).__name__} fetching {url}: {exc}", transient=True) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__} fetching {url}: {exc}") from None
