-- Which figures the rules compare.  A figure is a level (a count or sum for a period), a change
-- ("a rise of 4,656 cases", "up 5 %"), a share, or one case's figure ("in one case, 39 were
-- charged").  Only levels are compared, and of the levels an article states for one key only
-- its first (the headline total; later ones are mostly breakdowns of it).
ALTER TABLE metrics ADD COLUMN kind TEXT DEFAULT 'level';

CREATE OR REPLACE VIEW metric_series AS
SELECT m.subject, m.measure, m.unit, m.geo, m.period, m.baseline_period,
       m.value, m.qualifier, m.raw, m.evidence, m.confidence, m.kind,
       a.title AS article_title, a.url AS article_url, a.published_at, a.source_id,
       m.observed_at, m.metric_id, m.article_id, m.run_id, m.rounding, m.previous_period, m.span_start
FROM metrics m JOIN articles a USING (article_id);

-- The figure each article gives for each key: its first level figure for that key.
CREATE OR REPLACE VIEW primary_figures AS
SELECT * FROM metric_series
WHERE kind = 'level' AND period IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY article_id, subject, measure, unit, geo, period, baseline_period
                           ORDER BY span_start) = 1;

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
                           ORDER BY b.published_at NULLS LAST, b.observed_at, b.metric_id) = 1;

-- New period: the previous period's baseline must come from another article (an article that
-- states both periods reports the change itself).
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
  AND p.baseline_period IS NULL AND p.article_id <> n.article_id
WHERE n.unit <> 'percent' AND n.baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY p.published_at NULLS LAST, p.observed_at, p.metric_id) = 1;

CREATE OR REPLACE VIEW baseline_counts AS
SELECT * FROM primary_figures
WHERE unit <> 'percent' AND baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY subject, measure, unit, geo, period
                           ORDER BY published_at NULLS LAST, observed_at, metric_id) = 1;

-- Contradiction: a stated change against the change computed from the counts of both periods,
-- taking the stating article's own counts where it gives them, else the baselines; at least one
-- count must come from another article (otherwise the article only restates itself).
CREATE OR REPLACE VIEW stated_vs_computed AS
WITH stated AS (
    SELECT * FROM metric_series WHERE unit = 'percent' AND kind = 'change' AND baseline_period IS NOT NULL
), counts AS (
    SELECT s.metric_id AS stated_metric_id, s.article_id AS stated_article, c.period, c.unit,
           first(c ORDER BY (c.article_id = s.article_id) DESC, c.published_at NULLS LAST, c.observed_at) AS chosen
    FROM stated s
    JOIN primary_figures c
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
FROM stated s
JOIN counts cur ON cur.stated_metric_id = s.metric_id AND cur.period = s.period
JOIN counts prev ON prev.stated_metric_id = s.metric_id AND prev.period = s.baseline_period AND prev.unit = cur.unit
WHERE cur.chosen.article_id <> s.article_id OR prev.chosen.article_id <> s.article_id;

-- Keys on which articles disagree: every article's figure, with how far apart they are.
CREATE OR REPLACE VIEW conflicts AS
SELECT subject, measure, unit, geo, period,
       count(DISTINCT article_id) AS articles, min(value) AS low, max(value) AS high,
       round((max(value) - min(value)) / nullif(abs(min(value)), 0) * 100, 1) AS spread_pct,
       list(struct_pack(value := value, qualifier := qualifier, article := article_title, url := article_url,
                        published := published_at) ORDER BY published_at) AS figures
FROM primary_figures
WHERE baseline_period IS NULL
GROUP BY subject, measure, unit, geo, period
HAVING count(DISTINCT value) > 1 AND count(DISTINCT article_id) > 1;
