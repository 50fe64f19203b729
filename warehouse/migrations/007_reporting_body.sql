-- The reporting body a figure is credited to (court, prosecutors, police), part of its identity:
-- a court's count of concluded cases and the prosecutors' count of prosecuted ones are different
-- facts.  A figure that names a body is compared only with figures of that body; one that names
-- none is compared with any.
ALTER TABLE metrics ADD COLUMN reporter TEXT;

CREATE OR REPLACE VIEW metric_series AS
SELECT m.subject, m.measure, m.unit, m.geo, m.period, m.baseline_period,
       m.value, m.qualifier, m.raw, m.evidence, m.confidence, m.kind, m.reporter,
       a.title AS article_title, a.url AS article_url, a.published_at, a.source_id,
       m.observed_at, m.metric_id, m.article_id, m.run_id, m.rounding, m.previous_period, m.span_start
FROM metrics m JOIN articles a USING (article_id);

CREATE OR REPLACE VIEW primary_figures AS
SELECT f.*,
       (f.metric_id IN (SELECT metric_id FROM baseline_overrides)) AS accepted,
       (coalesce(s.official, false) AND
        (SELECT value FROM rule_settings WHERE key = 'baseline_policy') = 'official') AS official_first
FROM metric_series f LEFT JOIN sources s USING (source_id)
WHERE f.kind = 'level' AND f.period IS NOT NULL
-- an article's first figure for a key, and the first it credits to each other body
QUALIFY row_number() OVER (PARTITION BY f.article_id, f.subject, f.measure, f.unit, f.geo, f.period,
                                        f.baseline_period ORDER BY f.span_start) = 1
     OR (f.reporter IS NOT NULL AND
         row_number() OVER (PARTITION BY f.article_id, f.subject, f.measure, f.unit, f.geo, f.period,
                                         f.baseline_period, f.reporter ORDER BY f.span_start) = 1);

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
  AND (n.reporter IS NULL OR b.reporter = n.reporter)
  AND b.article_id <> n.article_id
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY b.accepted DESC, b.official_first DESC, (b.reporter = n.reporter) DESC NULLS LAST,
                                    b.published_at NULLS LAST, b.observed_at, b.metric_id) = 1;

CREATE OR REPLACE VIEW period_changes AS
SELECT n.metric_id AS new_metric_id, p.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, p.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, p.period AS previous_period,
       n.value AS new_value, n.qualifier AS new_qualifier,
       p.value AS old_value, p.qualifier AS old_qualifier
FROM primary_figures n
JOIN primary_figures p
  ON  p.subject = n.subject AND p.measure = n.measure AND p.unit = n.unit
  AND p.geo IS NOT DISTINCT FROM n.geo AND p.period = n.previous_period
  AND (n.reporter IS NULL OR p.reporter = n.reporter)
  AND p.baseline_period IS NULL AND p.article_id <> n.article_id
WHERE n.unit <> 'percent' AND n.baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY p.accepted DESC, p.official_first DESC, p.published_at NULLS LAST,
                                    p.observed_at, p.metric_id) = 1;
