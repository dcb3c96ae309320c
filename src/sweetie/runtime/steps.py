"""Which steps follow detection, in which order: the one place they are wired.

identify (disclosed identifiers, subjects) → deter (policy ladder, warnings) → cases
(escalations become cases). The parts never call each other; this module hands each step
what it needs from the others (callbacks), so the import order of DESIGN.md holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    # identify: the identification step goes here.
    # deter: the policy / deterrence step goes here.
    # cases: the case-opening step goes here.
    return steps
