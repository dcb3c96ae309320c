"""Which steps follow detection, in which order: the one place they are wired.

identify (disclosed identifiers, subjects) → deter (policy ladder, warnings) → cases
(escalations become cases). The parts never call each other; this module hands each step
what it needs from the others (callbacks), so the import order of DESIGN.md holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sweetie.cases.referral import Routing
from sweetie.cases.step import CaseStep
from sweetie.runtime.pipeline import Pipeline, Step

__all__ = ["StepSettings", "build_steps"]


@dataclass
class StepSettings:
    """What the steps need to know of the deployment (from `sweetie.toml`, or defaults)."""

    mode: str = "deterrence"  # platform | deterrence | investigation
    data_dir: Path | None = None
    sections: dict[str, Any] = field(default_factory=dict)  # raw config sections by name


def build_steps(pipeline: Pipeline, settings: StepSettings) -> list[Step]:
    """The steps after detection for this deployment, in order."""
    steps: list[Step] = []
    # identify: disclosed identifiers (encrypted), accounts linked into subjects; the
    # detector reads the subjects, and deterrence the jurisdiction they disclosed.
    from sweetie.identify import IdentifyStep, jurisdiction_of, load_identity_key
    from sweetie.identify.dossier import subject_identifiers

    identify_config = settings.sections.get("identify", {})
    key_file = identify_config.get("key_file") if isinstance(identify_config, dict) else None
    identity_key = load_identity_key(
        settings.data_dir or pipeline.database.data_dir,
        key_file=Path(key_file) if key_file else None,
    )
    identify = IdentifyStep(pipeline.database, identity_key)
    pipeline.detector.subject_of = identify.subject_of
    steps.append(identify)
    # deter: the policy ladder decides on warn-level assessments, logs and stores each
    # Decision, and queues warnings in the outbox (the live runtime sends them; scan never).
    from sweetie.deter import DeterrenceStep, PolicyConfig

    steps.append(
        DeterrenceStep(
            pipeline.database,
            pipeline.log,
            PolicyConfig.from_mapping(
                settings.sections.get("policy", {}), where="sweetie.toml [policy]"
            ),
            settings.mode,
            settings.data_dir or pipeline.database.data_dir or Path("sweetie-data"),
            jurisdiction_of=jurisdiction_of(pipeline.database, identity_key),
        )
    )
    # cases: stored escalations open (or join) cases; it reads the decisions table, so it
    # needs no callback from the deter step and catches up after a crash.
    steps.append(
        CaseStep(
            settings.data_dir or pipeline.database.data_dir or Path("sweetie-data"),
            routing=Routing.from_config(settings.sections.get("referrals")),
            identifiers=subject_identifiers(pipeline.database, identity_key),
        )
    )
    return steps
