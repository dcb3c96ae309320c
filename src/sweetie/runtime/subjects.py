"""`sweetie subjects`: subjects, the identifiers that link their accounts, risk, warnings;
`sweetie subjects SUBJECT --export FILE.json`: everything held about one subject."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sweetie.events import InputError
from sweetie.identify.crypto import load_identity_key
from sweetie.identify.dossier import subject_dossier
from sweetie.identify.subjects import list_subjects
from sweetie.store import open_database

__all__ = ["run_subjects"]


def run_subjects(
    data_dir: Path,
    database_url: str | None,
    *,
    subject: str | None,
    export: Path | None,
    as_json: bool,
    key_file: Path | None,
    console: Console,
) -> None:
    if database_url is None and not (data_dir / "sweetie.db").is_file():
        raise InputError(
            "no data here (run `sweetie scan` or `sweetie run` first)", source=str(data_dir)
        )
    if export is not None and subject is None:
        raise InputError("--export needs a SUBJECT (see `sweetie subjects`)", field="--export")
    key = load_identity_key(data_dir, key_file=key_file, create=False)
    with open_database(data_dir, database_url) as database:
        if subject is not None:
            dossier = subject_dossier(database, subject, key)
            text = json.dumps(dossier, indent=2, ensure_ascii=False) + "\n"
            if export is None:
                console.print(text, markup=False, highlight=False, soft_wrap=True, end="")
                return
            try:
                # Decrypted identifiers: readable by the auditor only.
                export.touch(mode=0o600, exist_ok=True)
                export.write_text(text, "utf-8")
            except OSError as exc:
                raise InputError(f"cannot write ({exc.strerror})", source=str(export)) from None
            console.print(
                f"wrote everything held about {dossier['subject']} to {export}"
                f" ({len(dossier['identifiers'])} identifiers, {len(dossier['events'])} events)",
                markup=False,
                highlight=False,
            )
            return
        subjects = list_subjects(database, key)
    if as_json:
        console.print_json(json.dumps([s.to_json() for s in subjects]))
        return
    table = Table(title=f"Subjects ({len(subjects)})")
    for column in ("subject", "accounts", "linked by"):
        table.add_column(column, overflow="fold")
    for column in ("risk", "warnings"):
        table.add_column(column, justify="right", no_wrap=True)
    for s in subjects:
        links = "\n".join(f"{link.kind.value} {link.masked}" for link in s.links)
        hints = "\n".join(
            f"? {h.reason}: {', '.join(a.key for a in h.accounts)}" for h in s.suggestions
        )
        table.add_row(
            s.subject,
            "\n".join(a.key for a in s.accounts),
            "\n".join(x for x in (links, hints) if x) or "-",
            f"{s.risk:.3f}",
            str(s.warnings),
        )
    console.print(table)
