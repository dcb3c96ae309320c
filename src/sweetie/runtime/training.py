"""`sweetie train`: fit on most of the corpus, report on the rest, then fit on all of it.

The rest is a whole writer group when the labels name groups (phrasing the model never
saw), else a random share stratified by label and language."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from sweetie.connectors import ConversationLabel, read_chat_jsonl, read_cue_labels, read_labels
from sweetie.detect.cues import ADULT, MINOR, NONE
from sweetie.detect.evaluation import evaluate
from sweetie.detect.state import CUE_CATEGORIES
from sweetie.detect.training import Corpus, split_by_group, split_corpus, train_model
from sweetie.events import ChatEvent, InputError
from sweetie.runtime.console import print_metrics
from sweetie.runtime.evaluate import detect_all

__all__ = ["load_corpus", "run_train"]


def load_corpus(folders: list[Path]) -> Corpus:
    events: list[ChatEvent] = []
    labels: list[ConversationLabel] = []
    cues: dict[str, str] = {}
    for folder in folders:
        ev_path, lab_path = folder / "events.jsonl", folder / "labels.jsonl"
        for p in (ev_path, lab_path):
            if not p.is_file():
                raise InputError(
                    "missing (a corpus folder holds events.jsonl and labels.jsonl)", source=str(p)
                )
        events.extend(read_chat_jsonl(ev_path))
        labels.extend(read_labels(lab_path))
        # Optional: the cue each message carries, for the cue model.
        if (folder / "cues.jsonl").is_file():
            allowed = (*CUE_CATEGORIES, MINOR, ADULT, NONE)
            cues.update(read_cue_labels(folder / "cues.jsonl", allowed))
    known = {lab.conversation for lab in labels}
    missing = sorted({e.conversation for e in events} - known)
    if missing:
        raise InputError(
            f"{len(missing)} conversations have no label, e.g. {missing[0]!r}",
            source=str(folders[0]),
        )
    events.sort(key=lambda e: e.ts)
    ids = {e.id for e in events}
    stray = sorted(set(cues) - ids)
    if stray:
        raise InputError(
            f"{len(stray)} cue labels name no event, e.g. {stray[0]!r}", source=str(folders[0])
        )
    return Corpus(tuple(events), tuple(labels), cues)


def run_train(
    folders: list[Path], out: Path, *, holdout: float, folds: int, console: Console
) -> None:
    corpus = load_corpus(folders)
    description = ", ".join(str(f) for f in folders)
    if holdout > 0:
        by_group = split_by_group(corpus)
        if by_group is not None:
            fit, held, group = by_group
            title = f"Held-out writer group {group!r} ({len(held.labels)} conversations)"
        else:
            fit, held = split_corpus(corpus, holdout)
            title = f"Held-out split ({len(held.labels)} conversations)"
        console.print(
            f"training on {len(fit.labels)} conversations, holding out {len(held.labels)} …"
        )
        report = train_model(fit, folds=folds, description=description)
        found = detect_all(list(held.events), report.model)
        metrics = evaluate(held.labels, held.events, found).to_json()
        print_metrics(console, metrics, title=title)
    console.print(f"training the final model on all {len(corpus.labels)} conversations …")
    final = train_model(corpus, folds=folds, description=description).model
    final.save(out)
    console.print(
        f"wrote {out} (version {final.version}; warn ≥ {final.warn_threshold:.3f}, "
        f"watch ≥ {final.watch_threshold:.3f})"
    )
