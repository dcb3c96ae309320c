"""The deter part (see DESIGN.md): the policy ladder, the warning catalog, message variants,
the warning outbox, and the report of what the warned did next."""

from sweetie.deter.catalog import Catalog, CatalogEntry, builtin_catalog, load_catalog
from sweetie.deter.config import MODES, PolicyConfig
from sweetie.deter.ladder import LadderStep, decide
from sweetie.deter.outbox import Outbox
from sweetie.deter.record import DECISION, EvidenceRecorder
from sweetie.deter.report import DeterrenceReport, deterrence_report
from sweetie.deter.step import DeterrenceStep, JurisdictionOf, OnEscalate, RunTally
from sweetie.deter.variants import VariantAssigner

__all__ = [
    "DECISION",
    "MODES",
    "Catalog",
    "CatalogEntry",
    "DeterrenceReport",
    "DeterrenceStep",
    "EvidenceRecorder",
    "JurisdictionOf",
    "LadderStep",
    "OnEscalate",
    "Outbox",
    "PolicyConfig",
    "RunTally",
    "VariantAssigner",
    "builtin_catalog",
    "decide",
    "deterrence_report",
    "load_catalog",
]
