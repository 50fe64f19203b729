-- Baseline policy: which figure of a key is its baseline.  By default the first published; with
-- the policy 'official', a figure from a source marked official comes first; and a figure a user
-- accepted (newsmon alerts ack ID --accept-new) comes before all.
ALTER TABLE sources ADD COLUMN official BOOLEAN DEFAULT false;

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

CREATE OR REPLACE VIEW primary_figures AS
SELECT f.*,
       (f.metric_id IN (SELECT metric_id FROM baseline_overrides)) AS accepted,
       (coalesce(s.official, false) AND
        (SELECT value FROM rule_settings WHERE key = 'baseline_policy') = 'official') AS official_first
FROM metric_series f LEFT JOIN sources s USING (source_id)
WHERE f.kind = 'level' AND f.period IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY f.article_id, f.subject, f.measure, f.unit, f.geo, f.period,
                                        f.baseline_period ORDER BY f.span_start) = 1;

CREATE OR REPLACE VIEW revision_candidates AS
SELECT n.metric_id AS new_metric_id, b.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, b.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, n.baseline_period,
       n.value AS new_value, n.qualifier AS new_qualifier, n.rounding AS new_rounding,
       b.value AS old_value, b.qualifier AS old_qualifier, b.rounding AS old_rounding
FROM primary_figures n
JOIN primary_figures b
  ON  b.subject = n.subject AND b.measure = n.measure AND b.unit = n.unit
  AND b.geo IS NOT DISTINCT FROM n.geo AND b.period = n.period
  AND b.baseline_period IS NOT DISTINCT FROM n.baseline_period
  AND b.article_id <> n.article_id
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY b.accepted DESC, b.official_first DESC, b.published_at NULLS LAST,
                                    b.observed_at, b.metric_id) = 1;

CREATE OR REPLACE VIEW baseline_counts AS
SELECT * FROM primary_figures
WHERE unit <> 'percent' AND baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY subject, measure, unit, geo, period
                           ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                    metric_id) = 1;

-- The baseline of every key, as the rules see it.
CREATE OR REPLACE VIEW baselines AS
SELECT subject, measure, unit, geo, period, value, qualifier, article_title, article_url, published_at,
       accepted, official_first, metric_id
FROM primary_figures
WHERE baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY subject, measure, unit, geo, period
                           ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                    metric_id) = 1;
