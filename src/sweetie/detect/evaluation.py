"""The metrics of `sweetie eval` (DESIGN.md, "Metrics"), from labels and assessments.

A conversation counts as flagged when any of its assessments reaches the warn level; its
predicted label is facilitation when any warned party in it offers a child, else
solicitation (a facilitator's customer is warned as a solicitor, but the conversation is
still a sale of a child). An offender is a sender so
flagged in a conversation labelled offending. Offenders are counted per (conversation,
sender): a nick is not a person, and the same nick in two conversations may be two people.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sweetie.connectors.labels import ConversationLabel
from sweetie.events import Assessment, ChatEvent, Label, Level

__all__ = ["Evaluation", "evaluate"]


@dataclass
class _Flags:
    first_warn_event: str | None = None
    label: Label = Label.BENIGN
    senders: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Evaluation:
    metrics: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return self.metrics


def _prf(tp: int, fp: int, fn: int, beta: float = 1.0) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    b2 = beta * beta
    denom = b2 * precision + recall
    f = (1 + b2) * precision * recall / denom if denom else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f": round(f, 4)}


def _quantile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    # Nearest-rank: a reported p90 is a delay that really happened.
    rank = max(0, min(len(ordered) - 1, int(-(-q * len(ordered) // 1)) - 1))
    return float(ordered[rank])


def evaluate(
    labels: Iterable[ConversationLabel],
    events: Iterable[ChatEvent],
    assessments: Iterable[Assessment],
) -> Evaluation:
    truth: dict[str, ConversationLabel] = {lab.conversation: lab for lab in labels}
    position: dict[str, int] = {}
    per_conversation: dict[str, int] = defaultdict(int)
    for ev in events:
        if ev.conversation in truth:
            position[ev.id] = per_conversation[ev.conversation]
            per_conversation[ev.conversation] += 1

    flags: dict[str, _Flags] = defaultdict(_Flags)
    for a in assessments:
        if a.level is not Level.WARN or a.conversation not in truth:
            continue
        flag = flags[a.conversation]
        if flag.first_warn_event is None:
            flag.first_warn_event = a.event_id
            flag.label = a.label
        elif a.label is Label.FACILITATION:
            flag.label = a.label
        flag.senders.add(a.sender)

    offending = (Label.SOLICITATION, Label.FACILITATION)
    counts: dict[str, list[int]] = {
        k: [0, 0, 0] for k in ("solicitation", "facilitation", "offending")
    }
    off_tp = off_fp = off_fn = 0
    benign = benign_flagged = 0
    delays: list[float] = []
    early = 0
    by_language: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    for conv, lab in truth.items():
        f: _Flags | None = flags.get(conv)
        predicted = f.label if f is not None else Label.BENIGN
        is_off = lab.label in offending
        flagged = f is not None
        for name, truth_hit, pred_hit in (
            ("solicitation", lab.label is Label.SOLICITATION, predicted is Label.SOLICITATION),
            ("facilitation", lab.label is Label.FACILITATION, predicted is Label.FACILITATION),
            ("offending", is_off, flagged),
        ):
            c = counts[name]
            c[0] += truth_hit and pred_hit
            c[1] += pred_hit and not truth_hit
            c[2] += truth_hit and not pred_hit

        lang = by_language[lab.language or "?"]
        lang["conversations"] += 1
        if is_off:
            lang["offending"] += 1
            lang["detected"] += flagged
            true_offenders = set(lab.offenders)
            found = f.senders if f is not None else set()
            off_tp += len(found & true_offenders)
            off_fp += len(found - true_offenders)
            off_fn += len(true_offenders - found)
            if f is not None and f.first_warn_event is not None and lab.first_offence in position:
                d = position[f.first_warn_event] - position[lab.first_offence]
                early += d < 0
                delays.append(float(max(0, d)))
        else:
            benign += 1
            lang["benign"] += 1
            if flagged:
                benign_flagged += 1
                lang["false_warnings"] += 1
                off_fp += len(f.senders) if f is not None else 0

    def conv_metrics(name: str) -> dict[str, float]:
        tp, fp, fn = counts[name]
        m = _prf(tp, fp, fn)
        return {"precision": m["precision"], "recall": m["recall"], "f1": m["f"]}

    offenders = _prf(off_tp, off_fp, off_fn, beta=0.5)
    metrics: dict[str, Any] = {
        "conversations": {name: conv_metrics(name) for name in counts},
        "offenders": {
            "precision": offenders["precision"],
            "recall": offenders["recall"],
            "f05": offenders["f"],
        },
        "false_warning_rate": round(benign_flagged / benign, 4) if benign else 0.0,
        "delay": {
            "median": float(statistics.median(delays)) if delays else 0.0,
            "p90": _quantile(delays, 0.9),
        },
        "recall_by_language": {
            lang: round(v["detected"] / v["offending"], 4)
            for lang, v in sorted(by_language.items())
            if v["offending"]
        },
        "by_language": {
            lang: {
                "conversations": v["conversations"],
                "offending": v["offending"],
                "recall": round(v["detected"] / v["offending"], 4) if v["offending"] else None,
                "false_warning_rate": round(v["false_warnings"] / v["benign"], 4)
                if v["benign"]
                else None,
            }
            for lang, v in sorted(by_language.items())
        },
        "counts": {
            "conversations": len(truth),
            "offending": sum(1 for t in truth.values() if t.label in offending),
            "benign": benign,
            "flagged_before_first_offence": early,
        },
    }
    return Evaluation(metrics)


def summary_rows(metrics: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The metrics as (name, value) rows, for the table `sweetie eval` prints."""
    rows: list[tuple[str, str]] = []
    for label, m in metrics["conversations"].items():
        rows.append(
            (
                f"conversations · {label}",
                f"P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}",
            )
        )
    o = metrics["offenders"]
    rows.append(("offenders", f"P {o['precision']:.3f}  R {o['recall']:.3f}  F0.5 {o['f05']:.3f}"))
    rows.append(("false-warning rate (benign)", f"{metrics['false_warning_rate']:.4f}"))
    d = metrics["delay"]
    rows.append(("detection delay (messages)", f"median {d['median']:.1f}  p90 {d['p90']:.1f}"))
    for lang, v in metrics["by_language"].items():
        recall = "-" if v["recall"] is None else f"{v['recall']:.3f}"
        fwr = "-" if v["false_warning_rate"] is None else f"{v['false_warning_rate']:.4f}"
        rows.append(
            (
                f"language · {lang}",
                f"recall {recall}  false warnings {fwr}  ({v['conversations']} conv.)",
            )
        )
    return rows
