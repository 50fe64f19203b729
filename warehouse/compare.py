"""The baseline rules over the slice of the warehouse a run touched.

The rule macros of ``003_rule_scope.sql`` run on any relation shaped like ``rule_figures``.
The user views apply them to the whole warehouse; a run applies them to temporary tables
holding only the keys its figures belong to (and the periods they are compared with), so a
run's comparison reads thousands of rows however many millions are stored.  The pure
deciders of :mod:`warehouse.rules` then judge each pair.
"""
from __future__ import annotations

from collections.abc import Iterable

import duckdb

from warehouse.rules import (AlertDecision, Figure, MetricKey, RuleConfig, decide_contradiction,
                             decide_new_period, decide_revision)

_SAME_KEY = """f.subject = t.subject AND f.measure = t.measure AND f.unit = t.unit
               AND f.geo IS NOT DISTINCT FROM t.geo AND f.period = t.period"""


def prepare_scope(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Temporary tables of the figures the rules need for ``run_id``: its keys, their leaders, stated changes."""
    # keys of the run's figures, and the keys one period earlier they are compared with
    con.execute("""CREATE OR REPLACE TEMP TABLE touched AS
                   SELECT DISTINCT subject, measure, unit, geo, period FROM metrics WHERE run_id = ?
                   UNION SELECT DISTINCT subject, measure, unit, geo, previous_period FROM metrics
                   WHERE run_id = ? AND previous_period IS NOT NULL""", [run_id, run_id])
    con.execute(f"""CREATE OR REPLACE TEMP TABLE scope_figures AS
                    SELECT f.* FROM rule_figures f SEMI JOIN touched t ON {_SAME_KEY}""")
    con.execute("CREATE OR REPLACE TEMP TABLE scope_leaders AS SELECT * FROM leaders_of('scope_figures')")
    # the figures to judge: the run's own, and those of keys where one of the run's figures leads now
    con.execute(f"""CREATE OR REPLACE TEMP TABLE scope_judged AS
                    SELECT f.* FROM scope_figures f WHERE f.run_id = ?
                    UNION ALL
                    SELECT f.* FROM scope_figures f SEMI JOIN (SELECT * FROM scope_leaders WHERE run_id = ?) t
                    ON {_SAME_KEY} AND f.baseline_period IS NOT DISTINCT FROM t.baseline_period
                    WHERE f.run_id IS DISTINCT FROM ?""", [run_id, run_id, run_id])
    # stated changes on the run's (subject, measure, geo), and the counts of both their periods
    con.execute("""CREATE OR REPLACE TEMP TABLE scope_stated AS
                   SELECT s.* FROM stated_changes s SEMI JOIN (SELECT DISTINCT subject, measure, geo FROM metrics
                                                               WHERE run_id = ?) r
                   ON s.subject = r.subject AND s.measure = r.measure AND s.geo IS NOT DISTINCT FROM r.geo""",
                [run_id])
    con.execute("""CREATE OR REPLACE TEMP TABLE scope_counts AS
                   SELECT f.* FROM rule_figures f SEMI JOIN scope_stated s
                   ON f.subject = s.subject AND f.measure = s.measure AND f.geo IS NOT DISTINCT FROM s.geo
                  AND f.period IN (s.period, s.baseline_period)""")


def _decided(found: Iterable[AlertDecision | None]) -> list[AlertDecision]:
    return [decision for decision in found if decision]


def revisions(con: duckdb.DuckDBPyConnection, run_id: str, config: RuleConfig) -> list[AlertDecision]:
    rows = con.execute(
        """SELECT subject, measure, unit, geo, period, baseline_metric_id, old_value, old_qualifier,
                  old_rounding, new_metric_id, new_value, new_qualifier, new_rounding
           FROM revision_pairs('scope_judged', 'scope_leaders') WHERE new_run_id = ? OR baseline_run_id = ?
           ORDER BY new_run_id = ?, new_metric_id""", [run_id, run_id, run_id]).fetchall()  # this run's last: they win
    return _decided(decide_revision(MetricKey(*r[:5]), r[5], Figure(r[6], r[7], r[8] or 1.0), r[9],
                                    Figure(r[10], r[11], r[12] or 1.0), config) for r in rows)


def new_periods(con: duckdb.DuckDBPyConnection, run_id: str, config: RuleConfig) -> list[AlertDecision]:
    rows = con.execute(
        """SELECT subject, measure, unit, geo, period, previous_period, baseline_metric_id, old_value,
                  old_qualifier, new_metric_id, new_value, new_qualifier
           FROM period_pairs('scope_judged', 'scope_leaders') WHERE new_run_id = ?
           ORDER BY new_metric_id""", [run_id]).fetchall()
    return _decided(decide_new_period(MetricKey(*r[:5]), r[5], r[6], Figure(r[7], r[8]), r[9],
                                      Figure(r[10], r[11]), config) for r in rows)


def contradictions(con: duckdb.DuckDBPyConnection, run_id: str, config: RuleConfig) -> list[AlertDecision]:
    rows = con.execute(
        """SELECT subject, measure, geo, period, baseline_period, stated_metric_id, stated_pct,
                  stated_rounding, current_metric_id, current_value, previous_value
           FROM stated_pairs('scope_stated', 'scope_counts')
           WHERE ? IN (stated_run_id, current_run_id, previous_run_id)
           ORDER BY stated_metric_id""", [run_id]).fetchall()
    return _decided(decide_contradiction(MetricKey(r[0], r[1], "percent", r[2], r[3]), r[4], r[5], r[6],
                                         r[7] or 0.0, r[8], r[9], r[10], config) for r in rows)


def compare_run(con: duckdb.DuckDBPyConnection, run_id: str, config: RuleConfig) -> list[AlertDecision]:
    """Every rule's decisions for the figures ``run_id`` stored (or made baselines)."""
    prepare_scope(con, run_id)
    return revisions(con, run_id, config) + new_periods(con, run_id, config) + contradictions(con, run_id, config)
