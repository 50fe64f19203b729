-- Views offered to users, and the views the baseline rules read.

-- Every figure with the article that states it.
CREATE VIEW metric_series AS
SELECT m.subject, m.measure, m.unit, m.geo, m.period, m.baseline_period,
       m.value, m.qualifier, m.raw, m.evidence, m.confidence,
       a.title AS article_title, a.url AS article_url, a.published_at, a.source_id,
       m.observed_at, m.metric_id, m.article_id, m.run_id, m.rounding, m.previous_period
FROM metrics m JOIN articles a USING (article_id);

-- The newest figure of each key (subject, measure, unit, geo, period, baseline_period),
-- with how many articles cite a figure for that key.
CREATE VIEW latest_figures AS
SELECT subject, measure, unit, geo, period, baseline_period, value, qualifier,
       article_title, article_url, published_at, evidence, citations
FROM (
    SELECT *, count(DISTINCT article_id) OVER k AS citations,
           row_number() OVER (k ORDER BY published_at DESC NULLS LAST, observed_at DESC, metric_id) AS newest
    FROM metric_series
    WINDOW k AS (PARTITION BY subject, measure, unit, geo, period, baseline_period)
)
WHERE newest = 1;

-- Revision rule input: each figure paired with the baseline of its key, the earliest
-- published figure of the same key stated by another article.
CREATE VIEW revision_candidates AS
SELECT n.metric_id AS new_metric_id, b.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, b.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, n.baseline_period,
       n.value AS new_value, n.qualifier AS new_qualifier, n.rounding AS new_rounding,
       b.value AS old_value, b.qualifier AS old_qualifier, b.rounding AS old_rounding
FROM metric_series n
JOIN metric_series b
  ON  b.subject = n.subject AND b.measure = n.measure AND b.unit = n.unit
  AND b.geo IS NOT DISTINCT FROM n.geo AND b.period = n.period
  AND b.baseline_period IS NOT DISTINCT FROM n.baseline_period
  AND b.article_id <> n.article_id
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY b.published_at NULLS LAST, b.observed_at, b.metric_id) = 1;

-- New-period rule input: a figure for a year-long (or same-months) period paired with the
-- baseline figure of the period one year earlier in the same series.
CREATE VIEW period_changes AS
SELECT n.metric_id AS new_metric_id, p.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, p.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, p.period AS previous_period,
       n.value AS new_value, n.qualifier AS new_qualifier,
       p.value AS old_value, p.qualifier AS old_qualifier
FROM metric_series n
JOIN metric_series p
  ON  p.subject = n.subject AND p.measure = n.measure AND p.unit = n.unit
  AND p.geo IS NOT DISTINCT FROM n.geo AND p.period = n.previous_period
  AND p.baseline_period IS NULL
WHERE n.unit <> 'percent' AND n.baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY p.published_at NULLS LAST, p.observed_at, p.metric_id) = 1;

-- The earliest published count of each key: what stated changes are checked against.
CREATE VIEW baseline_counts AS
SELECT * FROM metric_series
WHERE unit <> 'percent' AND baseline_period IS NULL AND period IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY subject, measure, unit, geo, period
                           ORDER BY published_at NULLS LAST, observed_at, metric_id) = 1;

-- Contradiction rule input: a stated percentage change next to the change computed from
-- the stored figures of its period and of its baseline period.
CREATE VIEW stated_vs_computed AS
SELECT s.metric_id AS stated_metric_id, cur.metric_id AS current_metric_id,
       prev.metric_id AS previous_metric_id,
       s.run_id AS stated_run_id, cur.run_id AS current_run_id, prev.run_id AS previous_run_id,
       s.subject, s.measure, cur.unit AS count_unit, s.geo, s.period, s.baseline_period,
       s.value AS stated_pct, s.rounding AS stated_rounding,
       cur.value AS current_value, prev.value AS previous_value
FROM metric_series s
JOIN baseline_counts cur
  ON cur.subject = s.subject AND cur.measure = s.measure AND cur.geo IS NOT DISTINCT FROM s.geo
 AND cur.period = s.period
JOIN baseline_counts prev
  ON prev.subject = s.subject AND prev.measure = s.measure AND prev.geo IS NOT DISTINCT FROM s.geo
 AND prev.period = s.baseline_period AND prev.unit = cur.unit
WHERE s.unit = 'percent' AND s.baseline_period IS NOT NULL;

-- Alerts not yet acknowledged, with their delivery state.
CREATE VIEW open_alerts AS
SELECT a.alert_id, a.rule, a.severity, a.subject, a.measure, a.unit, a.geo, a.period,
       a.old_value, a.new_value, a.change_pct, a.summary, a.created_at,
       count(d.target_id) AS targets,
       count(d.delivered_at) AS delivered,
       max(d.last_error) AS last_delivery_error
FROM alerts a LEFT JOIN alert_deliveries d USING (alert_id)
WHERE a.status = 'open'
GROUP BY ALL;

-- How each source is doing.
CREATE VIEW source_health AS
SELECT source_id, name, kind, location, last_status, last_error, consecutive_failures,
       last_attempt_at, last_success_at,
       (SELECT count(*) FROM articles a WHERE a.source_id = s.source_id) AS articles
FROM sources s;
