"""`sweetie report deterrence`: per warning variant, who was warned and who offended again."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sweetie.deter.report import WINDOWS, DeterrenceReport, deterrence_report
from sweetie.store import open_database

__all__ = ["print_deterrence", "run_report_deterrence"]


def run_report_deterrence(
    data_dir: Path, database_url: str | None, *, as_json: bool, console: Console
) -> DeterrenceReport:
    with open_database(data_dir, database_url) as database:
        report = deterrence_report(database)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        print_deterrence(console, report)
    return report


def print_deterrence(console: Console, report: DeterrenceReport) -> None:
    table = Table(title="Deterrence: offending again after the first warning (Wilson 95% CI)")
    table.add_column("variant")
    table.add_column("warned", justify="right")
    table.add_column("sent", justify="right")
    for label, _ in WINDOWS:
        table.add_column(f"again ≤{label}", justify="right")
    for name, v in sorted(report.variants.items()):
        cells = []
        for label, _ in WINDOWS:
            rate = v.reoffended[label].to_json()
            lo, hi = rate["ci95"]
            cells.append(
                f"{rate['count']} ({rate['rate']:.0%}; {lo:.0%}–{hi:.0%})" if v.warned else "–"
            )
        table.add_row(name, str(v.warned), str(v.sent), *cells)
    table.caption = (
        "again: a later warn-level assessment of the same subject; times are the events' times"
    )
    console.print(table)
