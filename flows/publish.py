"""What a run tells the world besides alerts: Prefect events and a markdown report.

Events (``newsmon.figure.new``, ``newsmon.alert.raised``, ``newsmon.source.failing``) carry
the metric key, values and article, so that Prefect automations can act on what newsmon
finds, which Prefect itself cannot see.  The markdown artifact lists the run's figures and
alerts in the Prefect UI.
"""
from __future__ import annotations

from collections.abc import Sequence

from prefect.artifacts import create_markdown_artifact
from prefect.events import emit_event

from warehouse.alerts import AlertView
from warehouse.health import SourceAlert
from warehouse.runs import NewFigure

MAX_FIGURE_EVENTS = 200  # a run that stores more sends the first ones; the artifact says how many


def emit_events(figures: Sequence[NewFigure], alerts: Sequence[AlertView], failing: Sequence[SourceAlert]) -> int:
    sent = 0
    for f in figures[:MAX_FIGURE_EVENTS]:
        emit_event(event="newsmon.figure.new",
                   resource={"prefect.resource.id": f"newsmon.figure.{f.metric_id}",
                             "prefect.resource.name": f"{f.subject} {f.measure} {f.geo or ''} {f.period or ''}"},
                   related=[{"prefect.resource.id": f"newsmon.article.{f.article_url}",
                             "prefect.resource.role": "article"}],
                   payload={"subject": f.subject, "measure": f.measure, "unit": f.unit, "geo": f.geo,
                            "period": f.period, "value": f.value, "article": f.article_url})
        sent += 1
    for a in alerts:
        for name in (["newsmon.figure.changed"] if a.rule == "revision" else []) + ["newsmon.alert.raised"]:
            emit_event(event=name,
                       resource={"prefect.resource.id": f"newsmon.alert.{a.alert_id}",
                                 "prefect.resource.name": a.summary[:120]},
                       payload={"rule": a.rule, "severity": a.severity, "summary": a.summary,
                                "old_value": a.baseline.value, "new_value": a.new.value, "change_pct": a.change_pct,
                                "baseline_article": a.baseline.url, "new_article": a.new.url})
            sent += 1
    for s in failing:
        emit_event(event="newsmon.source.failing",
                   resource={"prefect.resource.id": f"newsmon.source.{s.source_id}", "prefect.resource.name": s.name},
                   payload={"location": s.location, "failures": s.failures, "last_error": s.last_error})
        sent += 1
    return sent


def run_report(summary: dict[str, object], figures: Sequence[NewFigure], alerts: Sequence[AlertView]) -> str:
    lines = [f"# newsmon run {summary['run_id']}", "",
             f"{summary['sources_ok']} sources ok, {summary['sources_failed']} failed; "
             f"{summary['articles_new']} articles new, {summary['figures_new']} figures new, "
             f"{summary['alerts_raised']} alerts raised.", ""]
    if alerts:
        lines += ["## Alerts", "", "| severity | rule | what | baseline | new |", "|---|---|---|---|---|"]
        lines += [f"| {a.severity} | {a.rule} | {a.summary} | [{a.baseline.value:,g}]({a.baseline.url}) | "
                  f"[{a.new.value:,g}]({a.new.url}) |" for a in alerts]
        lines.append("")
    if figures:
        lines += ["## New figures", "", "| subject | measure | geo | period | value | article |", "|---|---|---|---|---|---|"]
        lines += [f"| {f.subject} | {f.measure} | {f.geo or ''} | {f.period or ''} | {f.value:,g} {f.unit} | "
                  f"[{f.article_title or f.article_url}]({f.article_url}) |" for f in figures[:100]]
        if len(figures) > 100:
            lines.append(f"\n… and {len(figures) - 100} more: see the metric_series view for this run_id.")
    return "\n".join(lines)


def publish(summary: dict[str, object], figures: Sequence[NewFigure], alerts: Sequence[AlertView],
            failing: Sequence[SourceAlert]) -> int:
    create_markdown_artifact(run_report(summary, figures, alerts), key="newsmon-run",
                             description="Figures and alerts of this newsmon run")
    return emit_events(figures, alerts, failing)
