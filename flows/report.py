"""Console rendering: run summaries, alerts and query results as text, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence

from warehouse.alerts import AlertView
from warehouse.runs import QueryResult, rows_as_dicts


def summary_text(summary: Mapping[str, object], totals: Mapping[str, int]) -> str:
    s = summary
    lines = [
        f"run {s['run_id']}",
        f"  sources   {s['sources_ok']} ok, {s['sources_failed']} failed",
        f"  articles  {s['articles_new']} new, {s['articles_skipped']} unchanged, {s['pages_failed']} failed",
        f"  figures   {s['figures_new']} new",
        f"  alerts    {s['alerts_raised']} raised, {s['alerts_delivered']} delivered",
        f"warehouse: {totals['sources']} sources, {totals['articles']} articles, {totals['figures']} figures, "
        f"{totals['open_alerts']} open alerts",
    ]
    if not s["articles_new"] and not s["figures_new"] and not s["alerts_raised"]:
        lines.append("nothing new: no articles, figures or alerts were added by this run")
    return "\n".join(lines)


def _value(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def alert_text(alert: AlertView) -> str:
    b, n = alert.baseline, alert.new
    return "\n".join([
        f"[{alert.severity}] {alert.rule:<13} {alert.summary}",
        f"    id {alert.alert_id}  status {alert.status}",
        f"    baseline {_value(b.value):>12}  {b.title or ''} ({b.published or 'undated'}) {b.url}",
        f"             “{b.evidence}”",
        f"    new      {_value(n.value):>12}  {n.title or ''} ({n.published or 'undated'}) {n.url}",
        f"             “{n.evidence}”",
    ])


def alerts_text(alerts: Sequence[AlertView], heading: str) -> str:
    if not alerts:
        return f"{heading}: none"
    return f"{heading}: {len(alerts)}\n" + "\n".join(alert_text(a) for a in alerts)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    return " ".join(str(value).split())


def table_text(result: QueryResult, max_width: int = 60) -> str:
    cells = [[_cell(v)[:max_width] for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(result.columns, widths))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join([line, rule, *body, f"({len(cells)} rows)"])


def csv_text(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([["" if v is None else v for v in row] for row in result.rows])
    return out.getvalue().rstrip("\n")


def json_text(result: QueryResult) -> str:
    return json.dumps(rows_as_dicts(result), ensure_ascii=False, default=str)
