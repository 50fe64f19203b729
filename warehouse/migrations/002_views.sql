-- Views offered to users, and the views the baseline rules read.

-- Every figure with the article that states it, and its citations: how many articles state the
-- same value for the same key, and when it was first published.
CREATE VIEW metric_series AS
SELECT m.subject, m.measure, m.unit, m.geo, m.period, m.baseline_period,
       m.value, m.qualifier, m.raw, m.evidence, m.confidence, m.kind, m.reporter,
       a.title AS article_title, a.url AS article_url, a.published_at, a.source_id,
       count(DISTINCT m.article_id) OVER fact AS citations,
       min(a.published_at) OVER fact AS first_published,
       m.observed_at, m.metric_id, m.article_id, m.run_id, m.rounding, m.previous_period, m.span_start
FROM metrics m JOIN articles a USING (article_id)
WINDOW fact AS (PARTITION BY m.subject, m.measure, m.unit, m.geo, m.period, m.baseline_period, m.value);

-- Facts: one row per value of a key, with every article that cites it.
CREATE VIEW facts AS
SELECT subject, measure, unit, geo, period, baseline_period, value,
       min(published_at) AS first_published, count(DISTINCT article_id) AS citations,
       list(DISTINCT article_url) AS articles
FROM metric_series
WHERE kind = 'level'
GROUP BY ALL;

-- The newest figure of each key (subject, measure, unit, geo, period, baseline_period),
-- with how many articles cite a figure for that key.
CREATE VIEW latest_figures AS
SELECT subject, measure, unit, geo, period, baseline_period, value, qualifier,
       article_title, article_url, published_at, evidence, citations
FROM (
    SELECT * EXCLUDE (citations), count(DISTINCT article_id) OVER k AS citations,
           row_number() OVER (k ORDER BY published_at DESC NULLS LAST, observed_at DESC, metric_id) AS newest
    FROM metric_series
    WINDOW k AS (PARTITION BY subject, measure, unit, geo, period, baseline_period)
)
WHERE newest = 1;

-- Which figures the rules compare: levels only (not changes, shares or one case's figures), and
-- of the levels an article states for one key its first (the headline total; later ones are mostly
-- breakdowns), plus the first it credits to each other body.
CREATE VIEW primary_figures AS
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

-- The first three figures of each key, overall and for each reporting body: the only figures a
-- new one is ever compared with, so that a key cited a thousand times costs three comparisons.
CREATE VIEW key_leaders AS
SELECT *,
       row_number() OVER (PARTITION BY subject, measure, unit, geo, period, baseline_period
                          ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                   metric_id) AS overall_rank,
       row_number() OVER (PARTITION BY subject, measure, unit, geo, period, baseline_period, reporter
                          ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                   metric_id) AS reporter_rank
FROM primary_figures
QUALIFY overall_rank <= 3 OR reporter_rank <= 3;

CREATE VIEW revision_candidates AS
SELECT n.metric_id AS new_metric_id, b.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, b.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, n.baseline_period,
       n.value AS new_value, n.qualifier AS new_qualifier, n.rounding AS new_rounding,
       b.value AS old_value, b.qualifier AS old_qualifier, b.rounding AS old_rounding
FROM primary_figures n
JOIN key_leaders b
  ON  b.subject = n.subject AND b.measure = n.measure AND b.unit = n.unit
  AND b.geo IS NOT DISTINCT FROM n.geo AND b.period = n.period
  AND b.baseline_period IS NOT DISTINCT FROM n.baseline_period
  AND ((n.reporter IS NULL AND b.overall_rank <= 3) OR (b.reporter = n.reporter AND b.reporter_rank <= 3))
  AND b.article_id <> n.article_id
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY b.accepted DESC, b.official_first DESC, b.published_at NULLS LAST,
                                    b.observed_at, b.metric_id) = 1;

CREATE VIEW period_changes AS
SELECT n.metric_id AS new_metric_id, p.metric_id AS baseline_metric_id,
       n.run_id AS new_run_id, p.run_id AS baseline_run_id,
       n.subject, n.measure, n.unit, n.geo, n.period, p.period AS previous_period,
       n.value AS new_value, n.qualifier AS new_qualifier,
       p.value AS old_value, p.qualifier AS old_qualifier
FROM primary_figures n
JOIN key_leaders p
  ON  p.subject = n.subject AND p.measure = n.measure AND p.unit = n.unit
  AND p.geo IS NOT DISTINCT FROM n.geo AND p.period = n.previous_period
  AND ((n.reporter IS NULL AND p.overall_rank <= 3) OR (p.reporter = n.reporter AND p.reporter_rank <= 3))
  AND p.baseline_period IS NULL AND p.article_id <> n.article_id
WHERE n.unit <> 'percent' AND n.baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY n.metric_id
                           ORDER BY p.accepted DESC, p.official_first DESC, p.published_at NULLS LAST,
                                    p.observed_at, p.metric_id) = 1;

CREATE VIEW baseline_counts AS
SELECT * FROM primary_figures
WHERE unit <> 'percent' AND baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY subject, measure, unit, geo, period
                           ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                    metric_id) = 1;

-- Contradiction: a stated change against the change computed from the counts of both periods,
-- taking the stating article's own counts where it gives them, else the baselines; at least one
-- count must come from another article (otherwise the article only restates itself).
CREATE VIEW stated_vs_computed AS
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

-- The baseline of every key, as the rules see it.
CREATE VIEW baselines AS
SELECT subject, measure, unit, geo, period, value, qualifier, article_title, article_url, published_at,
       accepted, official_first, metric_id
FROM primary_figures
WHERE baseline_period IS NULL
QUALIFY row_number() OVER (PARTITION BY subject, measure, unit, geo, period
                           ORDER BY accepted DESC, official_first DESC, published_at NULLS LAST, observed_at,
                                    metric_id) = 1;

-- Keys on which articles disagree: every article's figure, with how far apart they are.
CREATE VIEW conflicts AS
SELECT subject, measure, unit, geo, period,
       count(DISTINCT article_id) AS articles, min(value) AS low, max(value) AS high,
       round((max(value) - min(value)) / nullif(abs(min(value)), 0) * 100, 1) AS spread_pct,
       list(struct_pack(value := value, qualifier := qualifier, article := article_title, url := article_url,
                        published := published_at) ORDER BY published_at) AS figures
FROM primary_figures
WHERE baseline_period IS NULL
GROUP BY subject, measure, unit, geo, period
HAVING count(DISTINCT value) > 1 AND count(DISTINCT article_id) > 1;

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

CREATE VIEW source_health AS
SELECT s.source_id, s.name, s.kind, s.location, s.last_status, s.last_error, s.consecutive_failures,
       s.last_attempt_at, s.last_success_at,
       (SELECT count(*) FROM articles a WHERE a.source_id = s.source_id) AS articles,
       EXISTS (SELECT 1 FROM source_alerts x WHERE x.source_id = s.source_id AND x.resolved_at IS NULL) AS alerting
FROM sources s;
