"""`sweetie verify`: recompute the evidence log of a data dir and check every checkpoint."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from sweetie.events import InputError
from sweetie.evidence import load_or_create_signing_key, verify_log
from sweetie.runtime.pipeline import ORIGIN
from sweetie.store import open_database

__all__ = ["run_verify"]


def run_verify(
    data_dir: Path, database_url: str | None, *, public_key: bool, console: Console
) -> None:
    if database_url is None and not (data_dir / "sweetie.db").is_file():
        raise InputError(
            "no evidence log here (run `sweetie scan` or `sweetie run` first)", source=str(data_dir)
        )
    key = load_or_create_signing_key(data_dir, ORIGIN)
    if public_key:
        console.print(key.public_key_text(), markup=False, highlight=False)
        return
    with open_database(data_dir, database_url) as db:
        report = verify_log(db, key.public_key_text())
    erased = f", {len(report.erased)} erased (verified by hash)" if report.erased else ""
    console.print(
        f"evidence log verifies: {report.size} entries, root {report.root.hex()}, "
        f"{report.checkpoints} signed checkpoints{erased}",
        markup=False,
        highlight=False,
    )
