-- Conditional GET state per source, and feed-health alerts kept apart from metric alerts.
ALTER TABLE sources ADD COLUMN etag TEXT;
ALTER TABLE sources ADD COLUMN last_modified TEXT;
ALTER TABLE sources ADD COLUMN allow_private BOOLEAN DEFAULT false;

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

CREATE OR REPLACE VIEW source_health AS
SELECT s.source_id, s.name, s.kind, s.location, s.last_status, s.last_error, s.consecutive_failures,
       s.last_attempt_at, s.last_success_at,
       (SELECT count(*) FROM articles a WHERE a.source_id = s.source_id) AS articles,
       EXISTS (SELECT 1 FROM source_alerts x WHERE x.source_id = s.source_id AND x.resolved_at IS NULL) AS alerting
FROM sources s;
