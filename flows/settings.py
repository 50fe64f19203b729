"""newsmon's one settings object, read at the entry points (CLI, flows).

Precedence: command-line options, then ``NEWSMON_*`` environment variables, then the
config file (``NEWSMON_CONFIG`` or ``./newsmon.toml``), then the defaults below.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from parsers.errors import SourceConfigError
from warehouse.rules import RuleConfig

DEFAULT_DB = "data/newsmon.duckdb"
DEFAULT_SOURCES = "seeds/sources.toml"
TASK_RUNNERS = ("processes", "threads", "dask")  # where parse and extract run: see flows/runners.py
USER_AGENT = "newsmon/0.1 (+https://github.com/newsmon/newsmon; news figure monitor)"


@dataclass(frozen=True)
class Settings:
    db_path: str = DEFAULT_DB
    sources_path: str | None = DEFAULT_SOURCES
    notify_urls: tuple[str, ...] = ()  # Apprise URLs; secrets, never logged or stored
    rules: RuleConfig = field(default_factory=RuleConfig)
    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0  # a whole response, however slowly it drips
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    fetch_attempts: int = 3  # tries per request within a run (transient errors only)
    max_retry_after: float = 30.0  # longest Retry-After honoured within a run, seconds
    host_concurrency: int = 2  # requests in flight per host
    fetch_workers: int = 8
    db_wait_seconds: float = 60.0  # how long to wait for another process's lock on the DuckDB file
    run_wait_seconds: float = 600.0  # how long a run waits for another run writing the same file
    schedule_cron: str | None = None  # newsmon serve: a cron schedule, or else the interval below
    schedule_interval_minutes: float = 30.0
    schedule_timezone: str = "UTC"
    flow_timeout_seconds: float = 3600.0
    max_page_attempts: int = 5  # runs that retry a failed page before giving up on it
    source_failure_threshold: int = 3  # failed runs in a row that raise a feed-health alert
    max_delivery_attempts: int = 50  # runs that retry a failed notification
    batch_size: int = 250  # pages per Prefect task (a task run costs tens of milliseconds)
    pool_min_pages: int = 50  # fewer pages in a run than this are read in one process (a pool takes ~1 s to start)
    task_runner: str = "processes"  # processes | threads | dask: where parse and extract run
    workers: int = 0  # processes for parse and extract (0: one per core)
    dask_address: str = ""  # with task_runner = "dask": a scheduler's address, or empty for a local cluster
    digest_after: int = 5  # more pending alerts than this for one target go out as one digest

    def with_overrides(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


# Prefect settings for a one-shot `newsmon run` in ephemeral mode (no PREFECT_API_URL): no
# analytics (these machines have no network), and none of the automation services, whose
# event processing competes with the workers for the CPU (about 5 % of a run's wall time,
# measured with make bench) while no automation can act on a server that stops with the run.
# Each is a default: the environment wins.  A served deployment talks to a real server instead.
EPHEMERAL_PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
}


@contextlib.contextmanager
def ephemeral_prefect_defaults(environ: dict[str, str] | None = None) -> Iterator[None]:
    """The one-shot defaults above for the duration of a run, unless a Prefect server is configured;
    the environment is as it was afterwards."""
    env = os.environ if environ is None else environ
    added = [] if env.get("PREFECT_API_URL") else [name for name in EPHEMERAL_PREFECT_DEFAULTS if name not in env]
    env.update({name: EPHEMERAL_PREFECT_DEFAULTS[name] for name in added})
    try:
        yield
    finally:
        for name in added:
            env.pop(name, None)


def split_urls(text: str) -> tuple[str, ...]:
    return tuple(u for u in re.split(r"[\s,]+", text.strip()) if u)


def _coerce(name: str, value: object, kind: type) -> object:
    """A config-file value as the type of its setting."""
    if kind is bool:
        if not isinstance(value, bool):
            raise SourceConfigError(f"setting {name} must be true or false, not {value!r}")
        return value
    if kind in (int, float):
        number = _float(value, name)
        return int(number) if kind is int else number
    return str(value)


def _float(value: object, name: str) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SourceConfigError(f"setting {name} must be a number, not {value!r}") from None


def load_settings(environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from the config file, the environment and explicit overrides, in that order."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    rules: dict[str, object] = {}
    config_path = env.get("NEWSMON_CONFIG") or ("newsmon.toml" if Path("newsmon.toml").exists() else None)
    if config_path:
        try:
            doc = tomllib.loads(Path(config_path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SourceConfigError(f"cannot read config file {config_path}: {exc}") from exc
        section = doc.get("newsmon", doc)
        fields = {f.name: f for f in dataclasses.fields(Settings)}
        for key, value in section.items():
            if key == "notify":
                continue
            if key not in fields or key in ("notify_urls", "rules"):
                raise SourceConfigError(f"{config_path}: unknown setting {key!r}")
            values[key] = _coerce(key, value, type(getattr(Settings(), key)))
        if "notify" in section:
            notify = section["notify"]
            values["notify_urls"] = tuple(notify) if isinstance(notify, list) else split_urls(str(notify))
        rules.update(doc.get("rules", {}))
    if env.get("NEWSMON_DB"):
        values["db_path"] = env["NEWSMON_DB"]
    if env.get("NEWSMON_SOURCES"):
        values["sources_path"] = env["NEWSMON_SOURCES"]
    if "NEWSMON_NOTIFY" in env:
        values["notify_urls"] = split_urls(env["NEWSMON_NOTIFY"])
    if env.get("NEWSMON_TOLERANCE"):
        rules["revision_tolerance"] = _float(env["NEWSMON_TOLERANCE"], "NEWSMON_TOLERANCE")
    if env.get("NEWSMON_NEW_PERIOD_THRESHOLD"):
        rules["new_period_threshold_pct"] = _float(env["NEWSMON_NEW_PERIOD_THRESHOLD"],
                                                   "NEWSMON_NEW_PERIOD_THRESHOLD")
    for name in ("task_runner", "dask_address"):
        if env.get(f"NEWSMON_{name.upper()}"):
            values[name] = env[f"NEWSMON_{name.upper()}"]
    known_rules = {f.name for f in dataclasses.fields(RuleConfig)}
    unknown = set(rules) - known_rules
    if unknown:
        raise SourceConfigError(f"unknown rule settings: {', '.join(sorted(unknown))}")
    values["rules"] = RuleConfig(**rules)  # type: ignore[arg-type]
    settings = Settings().with_overrides(**values).with_overrides(**overrides)
    if settings.task_runner not in TASK_RUNNERS:
        raise SourceConfigError(f"task_runner must be processes, threads or dask, not {settings.task_runner!r}")
    return settings
