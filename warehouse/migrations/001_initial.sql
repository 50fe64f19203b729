-- Sources, runs, articles, metrics, fetch failures, alerts, feed-health alerts and their outboxes,
-- and the baseline policy.
CREATE TABLE sources (
    source_id            TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL,          -- article | feed
    location             TEXT NOT NULL,          -- URL or local path
    country              TEXT,                   -- default ISO country of its articles
    first_seen_at        TIMESTAMP NOT NULL DEFAULT current_timestamp,
    last_attempt_at      TIMESTAMP,
    last_success_at      TIMESTAMP,
    last_status          TEXT,                   -- ok | not_modified | malformed | failed
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    etag                 TEXT,                   -- validators of the last fetch, for conditional GETs
    last_modified        TEXT,
    allow_private        BOOLEAN DEFAULT false,
    official             BOOLEAN DEFAULT false   -- its figures win under the 'official' baseline policy
);

CREATE TABLE runs (
    run_id           TEXT PRIMARY KEY,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    status           TEXT NOT NULL,              -- running | completed | failed
    sources_ok       INTEGER,
    sources_failed   INTEGER,
    articles_new     INTEGER,
    articles_skipped INTEGER,
    pages_failed     INTEGER,
    figures_new      INTEGER,
    alerts_raised    INTEGER,
    alerts_delivered INTEGER
);

-- One row per article revision: the same canonical URL with other content is a new row.
CREATE TABLE articles (
    article_id    TEXT PRIMARY KEY,              -- hash of canonical URL and content hash
    source_id     TEXT NOT NULL,
    url           TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    guid          TEXT,
    title         TEXT,
    published_at  DATE,
    fetched_at    TIMESTAMP NOT NULL,
    content_hash  TEXT NOT NULL,
    text          TEXT NOT NULL,
    run_id        TEXT,
    entry_updated TIMESTAMP,                     -- the feed's last update of the entry: later ones are refetched
    UNIQUE (canonical_url, content_hash)
);

-- Every figure with every GUIDE.md field, its span in the article text and provenance.
CREATE TABLE metrics (
    metric_id         TEXT PRIMARY KEY,          -- hash of article id, span, measure and unit
    article_id        TEXT NOT NULL,
    run_id            TEXT,
    value             DOUBLE NOT NULL,
    unit              TEXT NOT NULL,
    measure           TEXT NOT NULL,
    subject           TEXT NOT NULL,
    period            TEXT,
    previous_period   TEXT,                      -- the period one year earlier, for the new-period rule
    baseline_period   TEXT,
    geo               TEXT,
    qualifier         TEXT NOT NULL,
    evidence          TEXT NOT NULL,
    raw               TEXT,
    span_start        INTEGER,
    span_end          INTEGER,
    rounding          DOUBLE,
    confidence        DOUBLE,
    extractor_version TEXT NOT NULL,
    observed_at       TIMESTAMP NOT NULL,
    kind              TEXT DEFAULT 'level',      -- level | change | share | case: only levels are compared
    reporter          TEXT                       -- court | prosecutors | police, when the sentence says
);

-- Feeds and pages that failed; retried on later runs until resolved or given up.
CREATE TABLE fetch_failures (
    url             TEXT PRIMARY KEY,
    source_id       TEXT NOT NULL,
    target          TEXT NOT NULL,               -- source | page
    entry_guid      TEXT,
    entry_title     TEXT,
    entry_published DATE,
    first_failed_at TIMESTAMP NOT NULL,
    last_failed_at  TIMESTAMP NOT NULL,
    attempts        INTEGER NOT NULL,
    transient       BOOLEAN NOT NULL,
    last_error      TEXT NOT NULL,
    resolved_at     TIMESTAMP
);

CREATE TABLE alerts (
    alert_id           TEXT PRIMARY KEY,         -- deterministic: the same finding has the same id
    rule               TEXT NOT NULL,            -- revision | new_period | contradiction
    severity           TEXT NOT NULL,            -- low | medium | high
    status             TEXT NOT NULL DEFAULT 'open',
    subject            TEXT NOT NULL,
    measure            TEXT NOT NULL,
    unit               TEXT NOT NULL,
    geo                TEXT,
    period             TEXT,
    baseline_metric_id TEXT NOT NULL,
    new_metric_id      TEXT NOT NULL,
    old_value          DOUBLE,
    new_value          DOUBLE,
    change_pct         DOUBLE,
    summary            TEXT NOT NULL,
    created_at         TIMESTAMP NOT NULL DEFAULT current_timestamp,
    run_id             TEXT,
    acknowledged_at    TIMESTAMP
);

-- The delivery outbox: one row per alert and notification target (never the target's URL).
CREATE TABLE alert_deliveries (
    alert_id        TEXT NOT NULL,
    target_id       TEXT NOT NULL,               -- hash of the target URL
    target_label    TEXT NOT NULL,               -- scheme and host only, no secrets
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_attempt_at TIMESTAMP,
    delivered_at    TIMESTAMP,
    PRIMARY KEY (alert_id, target_id)
);

-- One row per failing streak of a source: raised when it has failed N runs in a row,
-- closed when it succeeds again.  Delivered through the same targets as metric alerts.
CREATE TABLE source_alerts (
    source_alert_id TEXT PRIMARY KEY,            -- hash of source id and the streak's first failure
    source_id       TEXT NOT NULL,
    raised_at       TIMESTAMP NOT NULL DEFAULT current_timestamp,
    failures        INTEGER NOT NULL,
    last_error      TEXT,
    resolved_at     TIMESTAMP
);

CREATE TABLE source_alert_deliveries (
    source_alert_id TEXT NOT NULL,
    target_id       TEXT NOT NULL,
    target_label    TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_attempt_at TIMESTAMP,
    delivered_at    TIMESTAMP,
    PRIMARY KEY (source_alert_id, target_id)
);

-- The baseline policy in force, written by each run, read by the rule views.
CREATE TABLE rule_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO rule_settings VALUES ('baseline_policy', 'first_seen');

CREATE TABLE baseline_overrides (
    metric_id  TEXT PRIMARY KEY,
    alert_id   TEXT,
    set_at     TIMESTAMP NOT NULL DEFAULT current_timestamp
);
