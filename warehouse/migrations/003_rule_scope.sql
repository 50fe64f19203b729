-- A stored "primary" flag, and the rules as table macros that run on the whole warehouse (the
-- user views) or on the slice a run touched (raise_alerts): a run's comparison reads its keys'
-- figures only, so it costs the same in a warehouse of a thousand figures or of millions.

-- Of the levels an article states for one key, its first (the headline total; later ones are
-- mostly breakdowns), plus the first it credits to each other body. Set when figures are stored.
ALTER TABLE metrics ADD COLUMN is_primary BOOLEAN DEFAULT true;

UPDATE metrics SET is_primary = false WHERE kind IS DISTINCT FROM 'level' OR period IS NULL;
UPDATE metrics SET is_primary = p.flag
FROM (SELECT metric_id,
             row_number() OVER (PARTITION BY article_id, subject, measure, unit, geo, period, baseline_period
                                ORDER BY span_start) = 1
             OR (reporter IS NOT NULL AND
                 row_number() OVER (PARTITION BY article_id, subject, measure, unit, geo, period, baseline_period,
                                                 reporter ORDER BY span_start) = 1) AS flag
      FROM metrics WHERE kind = 'level' AND period IS NOT NULL) p
WHERE metrics.metric_id = p.metric_id;

CREATE OR REPLACE VIEW metric_series AS
SELECT m.subject, m.measure, m.unit, m.geo, m.period, m.baseline_period,
       m.value, m.qualifier, m.raw, m.evidence, m.confidence, m.kind, m.reporter,
       a.title AS article_title, a.url AS article_url, a.published_at, a.source_id,
       count(DISTINCT m.article_id) OVER fact AS citations,
       min(a.published_at) OVER fact AS first_published,
       m.observed_at, m.metric_id, m.article_id, m.run_id, m.rounding, m.previous_period, m.span_start,
       m.is_primary
FROM metrics m JOIN articles a USING (article_id)
WINDOW fact AS (PARTITION BY m.subject, m.measure, m.unit, m.geo, m.period, m.baseline_period, m.value);

-- The figures the rules compare, with only the columns the rules read (no citation windows):
-- primary levels with a period, and how the baseline policy ranks them.  A run's slice is cut
-- from here.
CREATE VIEW rule_figures AS
SELECT m.metric_id, m.article_id, m.run_id, m.subject, m.measure, m.unit, m.geo, m.period, m.previous_period,
       m.baseline_period, m.value, m.qualifier, m.rounding, m.reporter, m.observed_at, a.published_at, a.source_id,
       (m.metric_id IN (SELECT metric_id FROM baseline_overrides)) AS accepted,
       (coalesce(s.official, false) AND
        (SELECT value FROM rule_settings WHERE key = 'baseline_policy') = 'official') AS official_first
FROM metrics m JOIN articles a USING (article_id) LEFT JOIN sources s USING (source_id)
WHERE m.kind = 'level' AND m.period IS NOT NULL AND m.is_primary;

-- The same figures for people: every column of metric_series.
CREATE OR REPLACE VIEW primary_figures AS
SELECT f.*, r.accepted, r.official_first
FROM metric_series f JOIN rule_figures r USING (metric_id);

-- Stated changes against a baseline period: what the contradiction rule checks.
CREATE VIEW stated_changes AS
SELECT m.metric_id, m.article_id, m.run_id, m.subject, m.measure, m.geo, m.period, m.baseline_period,
       m.value, m.rounding
FROM metrics m
WHERE m.unit = 'percent' AND m.kind = 'change' AND m.baseline_period IS NOT NULL;

-- The first three figures of each key, overall and for each reporting body: the only figures a
-- new one is ever compared with, so that a key cited a thousand times costs three comparisons.
CREATE MACRO leaders_of(figures) AS TABLE
SELECT *,
       row_number() OVER (PARTITION BY subject, measure, unit, geo, period, baseline_period
                          ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                   metric_id) AS overall_rank,
       row_number() OVER (PARTITION BY subject, measure, unit, geo, period, baseline_period, reporter
                          ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                   metric_id) AS reporter_rank
FROM query_table(figures)
QUALIFY overall_rank <= 3 OR reporter_rank <= 3;

CREATE MACRO revision_pairs(figures, leaders) AS TABLE
SELECT n.metric_id AS new_metric_id, b.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, b.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, n.baseline_period,
       n.value AS new_value, n.qualifier AS new_qualifier, n.rounding AS new_rounding,
       b.value AS old_value, b.qualifier AS old_qualifier, b.rounding AS old_rounding
FROM query_table(figures) n
JOIN query_table(leaders) b
  ON  b.subject = n.subject AND b.measure = n.measure AND b.unit = n.unit
  AND b.geo IS NOT DISTINCT FROM n.geo AND b.period = n.period
  AND b.baseline_period IS NOT DISTINCT FROM n.baseline_period
  AND ((n.reporter IS NULL AND b.overall_rank <= 3) OR (b.reporter = n.reporter AND b.reporter_rank <= 3))
  AND b.article_id <> n.article_id
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY b.accepted DESC, b.official_first DESC, b.published_at NULLS LAST,
                                    b.observed_at, b.metric_id) = 1;

CREATE MACRO period_pairs(figures, leaders) AS TABLE
SELECT n.metric_id AS new_metric_id, p.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, p.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, p.period AS previous_period,
       n.value AS new_value, n.qualifier AS new_qualifier,
       p.value AS old_value, p.qualifier AS old_qualifier
FROM query_table(figures) n
JOIN query_table(leaders) p
  ON  p.subject = n.subject AND p.measure = n.measure AND p.unit = n.unit
  AND p.geo IS NOT DISTINCT FROM n.geo AND p.period = n.previous_period
  AND ((n.reporter IS NULL AND p.overall_rank <= 3) OR (p.reporter = n.reporter AND p.reporter_rank <= 3))
  AND p.baseline_period IS NULL AND p.article_id <> n.article_id
WHERE n.unit <> 'percent' AND n.baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY p.accepted DESC, p.official_first DESC, p.published_at NULLS LAST,
                                    p.observed_at, p.metric_id) = 1;

-- Contradiction: a stated change against the change computed from the counts of both periods,
-- taking the stating article's own counts where it gives them, else the baselines; at least one
-- count must come from another article (otherwise the article only restates itself).
CREATE MACRO stated_pairs(stated, figures) AS TABLE
WITH counts AS (
    SELECT s.metric_id AS stated_metric_id, s.article_id AS stated_article, c.period, c.unit,
           first(c ORDER BY (c.article_id = s.article_id) DESC, c.published_at NULLS LAST, c.observed_at) AS chosen
    FROM query_table(stated) s
    JOIN query_table(figures) c
      ON c.subject = s.subject AND c.measure = s.measure AND c.geo IS NOT DISTINCT FROM s.geo
     AND c.unit <> 'percent' AND c.baseline_period IS NULL AND c.period IN (s.period, s.baseline_period)
    GROUP BY ALL
)
SELECT s.metric_id AS stated_metric_id, cur.chosen.metric_id AS current_metric_id,
       prev.chosen.metric_id AS previous_metric_id,
       s.run_id AS stated_run_id, cur.chosen.run_id AS current_run_id, prev.chosen.run_id AS previous_run_id,
       s.subject, s.measure, cur.unit AS count_unit, s.geo, s.period, s.baseline_period,
       s.value AS stated_pct, s.rounding AS stated_rounding,
       cur.chosen.value AS current_value, prev.chosen.value AS previous_value
FROM query_table(stated) s
JOIN counts cur ON cur.stated_metric_id = s.metric_id AND cur.period = s.period
JOIN counts prev ON prev.stated_metric_id = s.metric_id AND prev.period = s.baseline_period AND prev.unit = cur.unit
WHERE cur.chosen.article_id <> s.article_id OR prev.chosen.article_id <> s.article_id;

-- The user views, now over the whole warehouse through the same macros.
CREATE OR REPLACE VIEW key_leaders AS SELECT * FROM leaders_of('primary_figures');
CREATE OR REPLACE VIEW revision_candidates AS SELECT * FROM revision_pairs('primary_figures', 'key_leaders');
CREATE OR REPLACE VIEW period_changes AS SELECT * FROM period_pairs('primary_figures', 'key_leaders');
CREATE OR REPLACE VIEW stated_vs_computed AS SELECT * FROM stated_pairs('stated_changes', 'primary_figures');
