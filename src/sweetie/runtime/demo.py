"""`sweetie demo`: the bundled sample traffic through the whole pipeline, in a fresh data dir."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from rich.console import Console

from sweetie.runtime.console import print_findings, print_policy
from sweetie.runtime.scan import run_scan

__all__ = ["run_demo"]


def sample_traffic() -> Path:
    return Path(str(resources.files("sweetie") / "data" / "demo_traffic.jsonl"))


def run_demo(data_dir: Path, *, serve: bool, console: Console) -> Path:
    # A fresh folder each run, so the demo never mixes with (or overwrites) real data.
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    fresh = data_dir / f"demo-{stamp}"
    traffic = sample_traffic()
    console.print(f"replaying the sample traffic {traffic.name} into {fresh} …")
    result = run_scan(
        [traffic],
        fmt="chat-jsonl",
        data_dir=fresh,
        database_url=None,
        skip_invalid=False,
        model_path=None,
        progress=True,
        console=console,
    )
    print_findings(console, result.findings)
    print_policy(console, result.findings)
    print_cases(console, fresh)
    console.print(result.summary_line())
    console.print(f"verify the evidence with: sweetie verify --data-dir {fresh}")
    if serve:
        serve_demo(fresh, console=console)
    return fresh


def print_cases(console: Console, data_dir: Path) -> None:
    """The review queue the demo leaves behind: what a reviewer opens first."""
    from rich.table import Table

    from sweetie.store import open_database
    from sweetie.store.cases import CaseRepository

    with open_database(data_dir) as database, database.transaction() as conn:
        rows = CaseRepository(conn).queue(
            status=None, language=None, network=None, stage=None, limit=50
        )
    table = Table(title=f"Opened as cases for human review ({len(rows)})")
    for column in ("case", "subject", "risk", "language", "stage", "status"):
        table.add_column(column)
    for row in rows:
        table.add_row(row.id, row.subject, f"{row.risk:.3f}", row.language, row.stage, row.status)
    console.print(table)


DEMO_USERS = (("demo-reviewer", "reviewer"), ("demo-supervisor", "supervisor"))


def serve_demo(fresh: Path, *, console: Console, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the review UI on the demo data, with two demo accounts (the four eyes of a
    referral). Their passwords are random, made now and printed once: no default password."""
    from sweetie.cases.users import UserService, generate_password
    from sweetie.runtime.serve import run_serve
    from sweetie.store import open_database

    with open_database(fresh) as database:
        users = UserService(database)
        logins = []
        for name, role in DEMO_USERS:
            password = generate_password()
            users.add(name, role, password)
            logins.append((name, role, password))
    console.print(f"\nreview UI: http://{host}:{port}/  — demo logins (shown once):")
    for name, role, password in logins:
        console.print(f"  {name} ({role})  password: {password}", markup=False, highlight=False)
    run_serve(fresh, None, host=host, port=port, console=console)
