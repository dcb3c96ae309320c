"""The same identify path on a real PostgreSQL server (bytea columns, VACUUM after erasure)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from sweetie.cases.retention import RetentionPolicy
from sweetie.events import ChatEvent
from sweetie.evidence import load_or_create_signing_key, verify_log
from sweetie.identify import jurisdiction_of, load_identity_key
from sweetie.identify.subjects import list_subjects
from sweetie.runtime.pipeline import ORIGIN, open_pipeline
from sweetie.runtime.retention import run_retention
from sweetie.runtime.steps import StepSettings, build_steps
from sweetie.store import open_database
from sweetie.store.identities import IdentityRepository


def _event(n: int, network: str, sender: str, to: str, text: str) -> ChatEvent:
    return ChatEvent(f"g{n}", f"2026-03-01T21:00:{n:02d}Z", network, None, sender, text, to)


def test_link_jurisdiction_and_erasure_on_postgres(fresh_postgres_url: str, tmp_path: Path) -> None:
    pipeline = open_pipeline(tmp_path, fresh_postgres_url)
    try:
        pipeline.steps = build_steps(pipeline, StepSettings(data_dir=tmp_path))
        pipeline.process_batch(
            [
                _event(1, "irc.a", "rick77", "mia", "add me on kik: rick_77, im 45 from the uk"),
                _event(2, "irc.a", "mia", "rick77", "my name is Mia"),
            ]
        )
        pipeline.process_batch([_event(3, "irc.b", "quiet", "ana", "kik: Rick_77")])
    finally:
        pipeline.close()
    key = load_identity_key(tmp_path)
    with open_database(tmp_path, fresh_postgres_url) as db:
        [rick] = [s for s in list_subjects(db, key) if len(s.accounts) > 1]
        assert [a.key for a in rick.accounts] == ["irc.a/rick77", "irc.b/quiet"]
        assert jurisdiction_of(db, key)("irc.b/quiet") == "GB"

    plan = run_retention(
        tmp_path,
        fresh_postgres_url,
        RetentionPolicy(conversations_days=0),
        dry_run=False,
        console=Console(file=None, quiet=True),
    )
    assert plan.erased_entries == 3
    with open_database(tmp_path, fresh_postgres_url) as db:
        with db.transaction() as conn:
            assert IdentityRepository(conn).all() == []
        public = load_or_create_signing_key(tmp_path, ORIGIN).public_key_text()
        report = verify_log(db, public)
        assert len(report.erased) == 3
