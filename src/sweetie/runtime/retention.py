"""`sweetie retention`: erase what no case needs any more; `--dry-run` shows what would go."""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.console import Console

from sweetie.cases.retention import (
    CaseView,
    RetentionPlan,
    RetentionPolicy,
    apply_retention,
    plan_retention,
)
from sweetie.events import ConfigError
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.runtime.pipeline import ORIGIN
from sweetie.store import Database, open_database
from sweetie.store.locking import WriterLock

__all__ = ["load_policy", "run_retention"]


def load_policy(
    config: Path | None, conversations_days: int | None, dismissed_days: int | None
) -> RetentionPolicy:
    """Command-line days, else the [retention] section of --config, else the defaults."""
    section: dict[str, Any] = {}
    if config is not None:
        try:
            document = tomllib.loads(config.read_text("utf-8"))
        except OSError as exc:
            raise ConfigError(f"{config}: cannot read ({exc.strerror})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{config}: not valid TOML ({exc})") from None
        raw = document.get("retention", {})
        if not isinstance(raw, dict):
            raise ConfigError(f"{config}: [retention] must be a table")
        section = dict(raw)
    policy = RetentionPolicy.from_mapping(section, where=f"{config}: [retention]")
    try:
        return RetentionPolicy(
            conversations_days=policy.conversations_days
            if conversations_days is None
            else conversations_days,
            dismissed_days=policy.dismissed_days if dismissed_days is None else dismissed_days,
        )
    except ValueError as exc:
        raise ConfigError(f"--conversations-days/--dismissed-days: {exc}") from None


def _cases(database: Database, log: EvidenceLog, data_dir: Path) -> CaseView | None:
    try:
        from sweetie.cases.service import CaseService
    except ImportError:  # the cases part not installed: no case holds anything
        return None
    return CaseService(database, log, data_dir)


def run_retention(
    data_dir: Path,
    database_url: str | None,
    policy: RetentionPolicy,
    *,
    dry_run: bool,
    console: Console,
    now: datetime | None = None,
) -> RetentionPlan:
    database = open_database(data_dir, database_url)
    try:
        lock = WriterLock.acquire(database, ORIGIN)
        try:
            log = EvidenceLog(database, ORIGIN, load_or_create_signing_key(data_dir, ORIGIN))
            plan = plan_retention(database, policy, _cases(database, log, data_dir), now)
            if not dry_run:
                from sweetie.identify.subjects import recompute_subjects

                apply_retention(
                    database, log, plan, relink=lambda _events: recompute_subjects(database)
                )
                log.close()
        finally:
            lock.release()
    finally:
        database.close()
    _print(console, plan, dry_run)
    return plan


def _print(console: Console, plan: RetentionPlan, dry_run: bool) -> None:
    verb = "would erase" if dry_run else "erased"
    for c in plan.conversations:
        console.print(
            f"{verb} {len(c.entries)} events of {c.conversation} ({c.reason})",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    events = plan.entries if dry_run else plan.erased_entries
    identifiers = plan.identifiers if dry_run else plan.erased_identifiers
    console.print(
        f"retention ({plan.policy.conversations_days} days for conversations in no case,"
        f" {plan.policy.dismissed_days} for dismissed cases): {verb} {events} events of"
        f" {len(plan.conversations)} conversations and {identifiers} identifiers;"
        f" {plan.kept_held} conversations kept for cases",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
