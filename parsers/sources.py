"""The sources file (TOML) and ad-hoc sources, read into :class:`SourceSpec` records.

A source is an article (an HTML page or a ``.txt`` file) or a feed (RSS, Atom or JSON
Feed), at an http(s) URL or a local path.  Local paths are resolved against the sources
file's folder; only local paths named here (and the pages their local feeds link to,
inside the same folder) are ever read from disk.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
import tomllib
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlparse

from parsers.dates import parse_loose_date
from parsers.errors import SourceConfigError

KINDS = ("article", "feed")


@dataclass(frozen=True)
class SourceSpec:
    """One source to watch."""

    source_id: str
    name: str
    kind: str  # "article" or "feed"
    location: str  # http(s) URL or absolute local path
    country: str | None  # ISO code used when an article does not say
    published: dt.date | None  # for article files that carry no date
    allow_private: bool | tuple[str, ...]  # may fetch from private addresses: all, none, or these networks
    official: bool = False  # an official source (a court, the police): its figures win under that policy

    @property
    def is_local(self) -> bool:
        return not urlparse(self.location).scheme.startswith("http")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "source"


def resolve_location(location: str, base_dir: str | None) -> str:
    scheme = urlparse(location).scheme
    if scheme in ("http", "https"):
        return location
    if scheme and len(scheme) > 1:
        raise SourceConfigError(f"unsupported URL scheme {scheme!r} in {location!r}: use http, https or a path")
    path = PurePath(location)
    if not path.is_absolute() and base_dir:
        path = PurePath(base_dir) / path
    return str(path)


def _networks(name: str, value: object) -> bool | tuple[str, ...]:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise SourceConfigError(f"source {name!r}: allow_private is true, false or a list of addresses")
    for item in value:
        try:
            ipaddress.ip_network(str(item), strict=False)
        except ValueError:
            raise SourceConfigError(f"source {name!r}: {item!r} in allow_private is not an address or network") from None
    return tuple(str(item) for item in value)


def make_source(name: str, kind: str, location: str, *, country: str | None = None,
                published: str | None = None, allow_private: object = False,
                base_dir: str | None = None, official: bool = False) -> SourceSpec:
    if kind not in KINDS:
        raise SourceConfigError(f"source {name!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not location:
        raise SourceConfigError(f"source {name!r}: location is empty")
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise SourceConfigError(f"source {name!r}: country must be an ISO 3166-1 alpha-2 code like 'CN'")
    date = parse_loose_date(published) if published else None
    if published and date is None:
        raise SourceConfigError(f"source {name!r}: published must be YYYY-MM-DD, not {published!r}")
    return SourceSpec(slug(name), name, kind, resolve_location(location, base_dir), country, date,
                      _networks(name, allow_private), bool(official))


def parse_sources_toml(text: str, base_dir: str | None = None) -> tuple[SourceSpec, ...]:
    """Read a sources file: a list of ``[[source]]`` tables with name, kind, location, country."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourceConfigError(f"sources file is not valid TOML: {exc}") from exc
    tables = doc.get("source", [])
    if not isinstance(tables, list):
        raise SourceConfigError("sources file: use [[source]] tables")
    specs: list[SourceSpec] = []
    for n, table in enumerate(tables, 1):
        unknown = set(table) - {"name", "kind", "location", "country", "published", "allow_private", "official"}
        if unknown:
            raise SourceConfigError(f"source #{n}: unknown keys {', '.join(sorted(unknown))}")
        name = str(table.get("name") or table.get("location") or f"source {n}")
        specs.append(make_source(name, str(table.get("kind", "")), str(table.get("location", "")),
                                 country=table.get("country"), published=table.get("published"),
                                 allow_private=table.get("allow_private", False), base_dir=base_dir,
                                 official=bool(table.get("official", False))))
    seen: set[str] = set()
    for spec in specs:
        if spec.source_id in seen:
            raise SourceConfigError(f"two sources share the name {spec.name!r}")
        seen.add(spec.source_id)
    return tuple(specs)
