"""How the command line shows findings and metrics: rich tables on a terminal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.table import Table

from sweetie.detect.evaluation import summary_rows
from sweetie.runtime.findings import Findings

__all__ = ["print_findings", "print_metrics"]


def print_findings(console: Console, findings: Findings, *, limit: int = 40) -> None:
    flagged = findings.flagged()
    table = Table(title=f"Flagged conversations ({len(flagged)})", show_lines=False)
    for column in ("conversation", "level", "score", "label", "stage", "senders", "indicators"):
        table.add_column(column, overflow="fold")
    for c in flagged[:limit]:
        rules = ", ".join(
            f"{rule}×{n}" if n > 1 else rule for rule, n in sorted(c.indicators.items())
        )
        table.add_row(
            c.conversation,
            c.level.value,
            f"{c.score:.3f}",
            c.label.value,
            c.stage.value,
            ", ".join(sorted(c.senders)),
            rules or "(classifier)",
        )
    if len(flagged) > limit:
        table.caption = f"… and {len(flagged) - limit} more"
    console.print(table)

    subjects = findings.flagged_subjects()
    st = Table(title=f"Subjects ({len(subjects)})")
    for column in ("subject", "level", "score", "conversations", "cues"):
        st.add_column(column, overflow="fold")
    for s in subjects[:limit]:
        st.add_row(
            s.subject,
            s.level.value,
            f"{s.score:.3f}",
            str(len(s.conversations)),
            ", ".join(sorted(s.cues)),
        )
    if len(subjects) > limit:
        st.caption = f"… and {len(subjects) - limit} more"
    console.print(st)


def print_metrics(console: Console, metrics: Mapping[str, Any], title: str = "Evaluation") -> None:
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value")
    for name, value in summary_rows(metrics):
        table.add_row(name, value)
    console.print(table)


def print_policy(console: Console, findings: Findings, *, limit: int = 40) -> None:
    """The warnings the policy queued in this run (not sent by scan or demo) and the
    subjects it escalated to human review."""
    from sweetie.events import DecisionKind

    wt = Table(title=f"Warnings queued ({len(findings.warnings)}; nothing is sent by a scan)")
    for column in ("to", "step", "language", "jurisdiction", "variant", "text"):
        wt.add_column(column, overflow="fold")
    for w in findings.warnings[:limit]:
        wt.add_row(
            w.target,
            w.catalog_entry.split("/")[2],
            w.language,
            w.jurisdiction,
            w.variant,
            w.text,
        )
    if len(findings.warnings) > limit:
        wt.caption = f"… and {len(findings.warnings) - limit} more"
    console.print(wt)

    escalations = [d for d in findings.decisions if d.kind is DecisionKind.ESCALATE]
    et = Table(title=f"Escalated to human review ({len(escalations)})")
    for column in ("subject", "conversation", "at", "reason"):
        et.add_column(column, overflow="fold")
    for d in escalations[:limit]:
        et.add_row(d.subject, d.conversation or "", d.at, d.reason)
    if len(escalations) > limit:
        et.caption = f"… and {len(escalations) - limit} more"
    console.print(et)
