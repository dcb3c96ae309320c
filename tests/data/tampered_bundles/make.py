"""Make the golden evidence bundles of this folder: one good, the others each tampered once.

    .venv/bin/python tests/data/tampered_bundles/make.py

Everything is fixed (keys from fixed seeds, a fixed clock, fixed zip times, no PDF), so a
run gives the same bytes; tests/test_bundle.py checks the committed files against EXPECTED
and imports `make_log`/`good_files` from here to build fresh bundles the same way.

The conversation conveys intent only through context cues (stated age, "alone", a move to
another app, secrecy, payment for a private show), as every test corpus here must.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sweetie.events import Assessment, ChatEvent, Indicator, Label, Level, Stage
from sweetie.evidence import EvidenceLog, SigningKey
from sweetie.evidence.bundle import (
    CHECKPOINT,
    ENTRIES,
    EVENTS,
    MANIFEST,
    PUBLIC_KEY,
    REPORT_HTML,
    BundleContents,
    build_files,
    contents_from_log,
    sha256_hex,
    zip_bytes,
)
from sweetie.evidence.caseuco import case_jsonld
from sweetie.evidence.report import report_html
from sweetie.store import AssessmentRepository, Database, open_database

HERE = Path(__file__).resolve().parent
ORIGIN = "sweetie.local/evidence"
CONVERSATION = "irc.example.net/bob_77+mia_11"
SUBJECT = "irc.example.net/bob_77"
CREATED_AT = "2026-03-02T09:00:00Z"
START = datetime(2026, 3, 1, 20, 14, 5, tzinfo=UTC)


def fixed_key(seed: int) -> SigningKey:
    return SigningKey(ORIGIN, Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32))


def _clock() -> Callable[[], datetime]:
    moment = [START]

    def tick() -> datetime:
        moment[0] += timedelta(milliseconds=250)
        return moment[0]

    return tick


LINES = [
    ("anna", None, "hello all, anyone from the north?"),
    ("bob_77", "mia_11", "hi there, how old are you?"),
    ("mia_11", "bob_77", "11, i am in grade 5"),
    ("bob_77", "mia_11", "are you alone at home now?"),
    ("bob_77", "mia_11", "lets move to another app, dont tell your parents"),
    ("bob_77", "mia_11", "i can send you money for a private show on cam"),
    ("carl", None, "good evening room"),
]


def _events() -> list[ChatEvent]:
    events = []
    for i, (sender, to, text) in enumerate(LINES, start=1):
        events.append(
            ChatEvent(
                id=f"e{i:03d}",
                ts=(START + timedelta(seconds=30 * i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                network="irc.example.net",
                room="#chat" if to is None else None,
                sender=sender,
                to=to,
                text=text,
            )
        )
    return events


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


# event id -> (indicators as (rule, category, words in the text, value), level, stage, score)
CUES: dict[str, tuple[list[tuple[str, str, str, str | None]], Level, Stage, float]] = {
    "e002": (
        [("en.age_question", "age_question", "how old are you", None)],
        Level.NONE,
        Stage.CONTACT,
        0.08,
    ),
    "e004": (
        [("en.alone", "alone_check", "alone at home", None)],
        Level.WATCH,
        Stage.ISOLATION,
        0.41,
    ),
    "e005": (
        [
            ("en.move_app", "move_private_app", "move to another app", None),
            ("en.secrecy", "secrecy", "dont tell your parents", None),
        ],
        Level.WARN,
        Stage.ISOLATION,
        0.83,
    ),
    "e006": (
        [
            ("en.payment", "payment", "send you money", None),
            ("en.show", "private_show", "private show on cam", None),
        ],
        Level.WARN,
        Stage.PAYMENT,
        0.97,
    ),
}


def _assessment(event: ChatEvent, cues: list[str]) -> Assessment:
    found, level, stage, score = CUES[event.id]
    indicators = tuple(
        Indicator(rule, category, "en", 1.0, *_span(event.text, words), value)
        for rule, category, words, value in found
    )
    return Assessment(
        event_id=event.id,
        conversation=event.conversation,
        sender=event.sender,
        subject=f"{event.network}/{event.sender}",
        score=score,
        conversation_score=score,
        subject_score=score,
        level=level,
        label=Label.SOLICITATION if score >= 0.5 else Label.BENIGN,
        stage=stage,
        indicators=indicators,
        cues=tuple(cues),
        explanation={"rules": round(score * 0.8, 6), "classifier": round(score * 0.2, 6)},
        model_version="test-model-1",
        language="en",
    )


def make_log(data_dir: Path, key: SigningKey, *, lines: int | None = None) -> Database:
    """A data dir whose log holds the conversation's events and assessments, checkpointed."""
    db = open_database(data_dir)
    log = EvidenceLog(db, ORIGIN, key, clock=_clock())
    events = _events()[:lines]
    log.append_events(events)
    log.flush()
    rows: list[tuple[Assessment, int | None]] = []
    cues: list[str] = []
    for event in events:
        if event.id in CUES:
            cues.extend(c for _, c, _, _ in CUES[event.id][0])
            a = _assessment(event, list(dict.fromkeys(cues)))
            rows.append((a, log.append("assessment", a.to_json())))
    log.checkpoint()
    with db.transaction() as conn:
        AssessmentRepository(conn).add_many(rows)
    return db


def good_contents(db: Database, key: SigningKey, exported: str = CONVERSATION) -> BundleContents:
    from sweetie.runtime.export import select_entries

    log = EvidenceLog(db, ORIGIN, key)
    checkpoint = log.checkpoint()
    return contents_from_log(
        db,
        select_entries(db, exported).indexes,
        checkpoint=checkpoint,
        checkpoint_created_at=CREATED_AT,
        public_key=key.public_key_text(),
        exported=exported,
        created_at=CREATED_AT,
    )


def good_files(db: Database, key: SigningKey) -> dict[str, bytes]:
    return build_files(
        good_contents(db, key), key, case_jsonld=case_jsonld, report_html=report_html
    )


# -- tampering ---------------------------------------------------------------------------------


def _remanifest(files: dict[str, bytes]) -> dict[str, bytes]:
    """Rewrite manifest.json to the files as they now are (what a careful forger does)."""
    manifest = json.loads(files[MANIFEST])
    manifest["files"] = {n: sha256_hex(d) for n, d in files.items() if n in manifest["files"]}
    files[MANIFEST] = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    return files


def _entry_lines(files: dict[str, bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in files[ENTRIES].splitlines()]


def _set_entries(files: dict[str, bytes], entries: list[dict[str, object]]) -> None:
    files[ENTRIES] = b"".join(
        json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
        for e in entries
    )


def changed_text(files: dict[str, bytes], _other: dict[str, bytes]) -> dict[str, bytes]:
    old, new = "send you money", "see you soon"
    files[EVENTS] = files[EVENTS].replace(old.encode(), new.encode())
    entries = _entry_lines(files)
    for e in entries:
        if isinstance(e["record"], str) and old in e["record"] and e["kind"] == "chat_event":
            e["record"] = e["record"].replace(old, new)
    _set_entries(files, entries)
    return _remanifest(files)


def removed_entry(files: dict[str, bytes], _other: dict[str, bytes]) -> dict[str, bytes]:
    entries = [e for e in _entry_lines(files) if e["idx"] != 3]
    _set_entries(files, entries)
    return _remanifest(files)


def swapped_proof_hash(files: dict[str, bytes], _other: dict[str, bytes]) -> dict[str, bytes]:
    entries = _entry_lines(files)
    proof = entries[0]["proof"]
    assert isinstance(proof, list) and len(proof) >= 2
    proof[0], proof[1] = proof[1], proof[0]
    _set_entries(files, entries)
    return _remanifest(files)


def forged_signature(files: dict[str, bytes], _other: dict[str, bytes]) -> dict[str, bytes]:
    note = files[CHECKPOINT].decode()
    body, _, signature_line = note.rstrip("\n").rpartition("\n")
    dash, name, blob = signature_line.split(" ")
    import base64

    raw = bytearray(base64.b64decode(blob))
    raw[10] ^= 0xFF  # a byte of the signature proper, after the 4-byte key id
    forged = f"{dash} {name} {base64.b64encode(bytes(raw)).decode()}"
    files[CHECKPOINT] = f"{body}\n{forged}\n".encode()
    return _remanifest(files)


def wrong_public_key(files: dict[str, bytes], other: dict[str, bytes]) -> dict[str, bytes]:
    files[PUBLIC_KEY] = other[PUBLIC_KEY]
    return _remanifest(files)


def truncated(files: dict[str, bytes], _other: dict[str, bytes]) -> bytes:
    data = zip_bytes(files)
    return data[: len(data) * 2 // 3]


def manifest_mismatch(files: dict[str, bytes], _other: dict[str, bytes]) -> dict[str, bytes]:
    files[EVENTS] = files[EVENTS].replace(b"grade 5", b"grade 9")
    return files  # the manifest is left as it was


def other_log_checkpoint(files: dict[str, bytes], other: dict[str, bytes]) -> dict[str, bytes]:
    files[CHECKPOINT] = other[CHECKPOINT]
    files[PUBLIC_KEY] = other[PUBLIC_KEY]
    return _remanifest(files)


def changed_report(files: dict[str, bytes], _other: dict[str, bytes]) -> dict[str, bytes]:
    files[REPORT_HTML] = files[REPORT_HTML].replace(b"bob_77", b"someone_else")
    return _remanifest(files)


Tamper = Callable[[dict[str, bytes], dict[str, bytes]], "dict[str, bytes] | bytes"]

# name -> (how, the one line `verify_bundle` must raise, after "<path>: ")
TAMPERS: dict[str, tuple[Tamper, str]] = {
    "changed_text": (changed_text, "entry 5: record does not match its content hash"),
    "removed_entry": (
        removed_entry,
        "events.jsonl:3: event 'e004' does not match any chat event in entries.jsonl",
    ),
    "swapped_proof_hash": (
        swapped_proof_hash,
        "entry 1: inclusion proof: computed root does not match the checkpoint root",
    ),
    "forged_signature": (
        forged_signature,
        "checkpoint.txt: signature by sweetie.local/evidence does not verify",
    ),
    "wrong_public_key": (wrong_public_key, "WRONG_KEY"),
    "truncated": (truncated, "not a readable zip archive (truncated or damaged)"),
    "manifest_mismatch": (manifest_mismatch, "events.jsonl: SHA-256 does not match manifest.json"),
    "other_log_checkpoint": (
        other_log_checkpoint,
        "entry 1: inclusion proof: more proof hashes than a tree of size 6 has"
        " (the proofs were made for another checkpoint)",
    ),
    "changed_report": (
        changed_report,
        "manifest.sig: signs another manifest.json"
        " (a file of the bundle was changed and the manifest rewritten)",
    ),
}


def expected_message(name: str) -> str:
    message = TAMPERS[name][1]
    if message == "WRONG_KEY":
        return (
            f"checkpoint.txt: not signed by the bundle's public key"
            f" {fixed_key(2).public_key_text()} (a checkpoint of another log, or the wrong key)"
        )
    return message


def build_all(out: Path, work: Path) -> dict[str, bytes]:
    """Every golden bundle as name -> zip bytes (good.zip and one per tamper)."""
    key, other_key = fixed_key(1), fixed_key(2)
    with make_log(work / "a", key) as db:
        good = good_files(db, key)
    # Another log: same origin name, another key, fewer entries.
    with make_log(work / "b", other_key, lines=4) as db:
        other = good_files(db, other_key)
    bundles = {"good.zip": zip_bytes(good)}
    for name, (tamper, _) in TAMPERS.items():
        result = tamper(dict(good), other)
        bundles[f"{name}.zip"] = result if isinstance(result, bytes) else zip_bytes(result)
    return bundles


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        bundles = build_all(HERE, Path(work))
    for name, data in bundles.items():
        (HERE / name).write_bytes(data)
        print(f"wrote {name} ({len(data)} bytes)")


if __name__ == "__main__":
    sys.exit(main())
