"""Evidence bundles: one zip that proves a set of log entries with nothing but itself.

A bundle holds, for a chosen set of log entries (a conversation's events and the assessments
about them):

    events.jsonl      the chat events, one Chat JSONL line each (their canonical record text)
    entries.jsonl     one line per entry: index, kind, time, content hash, leaf hash, the
                      canonical record text (null once erased) and an RFC 9162 inclusion proof
                      against the checkpoint below
    checkpoint.txt    a signed checkpoint (C2SP signed note) of the log, made at export time
    public-key.txt    the log's verifier key
    checkpoint.tsr    optional: an RFC 3161 timestamp token over checkpoint.txt
    case.jsonld       the same evidence as CASE/UCO 1.4 JSON-LD
    report.html/.pdf  the human-readable report
    manifest.json     the SHA-256 of every other file
    manifest.sig      a signed note, by the log key, over the SHA-256 of manifest.json

The entries are proved by the checkpoint alone; the manifest signature covers the derived
files (report, JSON-LD), so nothing in a bundle can change without `verify_bundle` saying
which part no longer holds. Verification checks in this order and stops at the first failure:
the zip, the manifest hashes, the public key (against a pinned one, if given), the checkpoint
signature, each entry (content hash, leaf hash, inclusion proof), events.jsonl against the
entries, the timestamp token if there is one, and last the manifest signature.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sweetie.events import InputError, SweetieError, VerificationError
from sweetie.evidence import merkle
from sweetie.evidence.canonical import canonical_bytes
from sweetie.evidence.checkpoint import NoteVerifier, SignedCheckpoint, SigningKey, open_checkpoint
from sweetie.evidence.log import CHAT_EVENT, check_leaf, check_record
from sweetie.evidence.proofs import stored_hasher
from sweetie.store import Database, EvidenceRepository

FORMAT = "sweetie-evidence-bundle"
VERSION = 1
EVENTS = "events.jsonl"
ENTRIES = "entries.jsonl"
CHECKPOINT = "checkpoint.txt"
PUBLIC_KEY = "public-key.txt"
TIMESTAMP = "checkpoint.tsr"
CASE_JSONLD = "case.jsonld"
REPORT_HTML = "report.html"
REPORT_PDF = "report.pdf"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
REQUIRED = (EVENTS, ENTRIES, CHECKPOINT, PUBLIC_KEY)
ASSESSMENT_KIND = "assessment"  # the kind the pipeline logs assessments under
# What was done about the evidence, logged by the other parts before they act: decisions
# (sweetie.events.Decision), warnings sent or given up on (deter), reviewers' reads and
# actions (cases). A bundle carries those about what it exports; see `related_entries`.
DECISION_KIND = "decision"
WARNING_SENT_KIND = "warning_sent"
WARNING_FAILED_KIND = "warning_failed"
AUDIT_KIND = "audit"
ACTION_KINDS = (DECISION_KIND, WARNING_SENT_KIND, WARNING_FAILED_KIND, AUDIT_KIND)

# A bundle is a few conversations; anything near this is damage or an attack (a zip bomb).
MAX_FILE_BYTES = 512 * 1024 * 1024
# Zip entries get a fixed time so the same evidence gives the same bytes.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class BundleEntry:
    """One log entry as a bundle carries it."""

    idx: int
    kind: str
    recorded_at: str
    content_hash: bytes
    leaf_hash: bytes
    record: bytes | None  # canonical JSON; None once erased
    proof: tuple[bytes, ...]

    def record_json(self) -> dict[str, Any] | None:
        if self.record is None:
            return None
        value = json.loads(self.record)
        return value if isinstance(value, dict) else None

    def to_json(self) -> dict[str, Any]:
        return {
            "idx": self.idx,
            "kind": self.kind,
            "recorded_at": self.recorded_at,
            "content_hash": self.content_hash.hex(),
            "leaf_hash": self.leaf_hash.hex(),
            "record": None if self.record is None else self.record.decode("utf-8"),
            "proof": [p.hex() for p in self.proof],
        }


@dataclass(frozen=True, slots=True)
class BundleContents:
    """What a bundle proves, in the shape the report and the JSON-LD are built from."""

    exported: str  # what was asked for: a conversation id or a subject
    created_at: str
    checkpoint: SignedCheckpoint
    checkpoint_created_at: str
    public_key: str
    entries: tuple[BundleEntry, ...]
    timestamp: TimestampInfo | None = None

    @property
    def events(self) -> list[tuple[BundleEntry, dict[str, Any]]]:
        return [
            (e, rec)
            for e in self.entries
            if e.kind == CHAT_EVENT and (rec := e.record_json()) is not None
        ]

    @property
    def assessments(self) -> list[tuple[BundleEntry, dict[str, Any]]]:
        return [
            (e, rec)
            for e in self.entries
            if e.kind == ASSESSMENT_KIND and (rec := e.record_json()) is not None
        ]

    @property
    def decisions(self) -> list[tuple[BundleEntry, dict[str, Any]]]:
        return self._of_kinds((DECISION_KIND,))

    @property
    def warnings(self) -> list[tuple[BundleEntry, dict[str, Any]]]:
        """Warnings sent, and those given up on."""
        return self._of_kinds((WARNING_SENT_KIND, WARNING_FAILED_KIND))

    @property
    def audits(self) -> list[tuple[BundleEntry, dict[str, Any]]]:
        return self._of_kinds((AUDIT_KIND,))

    def _of_kinds(self, kinds: tuple[str, ...]) -> list[tuple[BundleEntry, dict[str, Any]]]:
        return [
            (e, rec)
            for e in self.entries
            if e.kind in kinds and (rec := e.record_json()) is not None
        ]

    @property
    def erased(self) -> list[BundleEntry]:
        return [e for e in self.entries if e.record is None]


@dataclass(frozen=True, slots=True)
class TimestampInfo:
    """An RFC 3161 token over checkpoint.txt, as read back from it."""

    token: bytes
    gen_time: str
    tsa: str  # the TSA certificate's subject
    # How far the TSA's signature was checked: "pinned root", "carried root" (intact and
    # signed by the chain the token carries), or "unchecked" (the token carries no root).
    trust: str = "pinned root"


@dataclass(frozen=True, slots=True)
class BundleReport:
    origin: str
    checkpoint_size: int
    root: bytes
    public_key: str
    entries: int
    events: int
    assessments: int
    erased: tuple[int, ...]
    files: tuple[str, ...]
    timestamp: TimestampInfo | None = None
    exported: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


# -- writing -----------------------------------------------------------------------------------


def related_entries(
    database: Database, *, conversations: Sequence[str] = (), subjects: Sequence[str] = ()
) -> list[int]:
    """The log entries of what was done about these conversations or subjects.

    Decisions whose conversation or subject is among them; the warnings sent (or given up
    on) for those decisions, or for any decision about one of the subjects; audit entries
    naming one of those decisions, or aimed at one of the subjects or conversations.
    Erased records cannot be matched and are left out.
    """
    convs, subs = set(conversations), set(subjects)
    if not convs and not subs:
        return []
    with database.transaction() as conn:
        rows = [
            (row.idx, row.kind, row.body)
            for row in EvidenceRepository(conn).with_kinds(ACTION_KINDS)
        ]
    records: list[tuple[int, str, dict[str, Any]]] = []
    for idx, kind, body in rows:
        try:
            record = json.loads(body) if body is not None else None
        except ValueError:
            continue  # verification names a damaged record; it is about nothing here
        if isinstance(record, dict):
            records.append((idx, kind, record))
    picked: set[int] = set()
    keys: set[str] = set()  # of the decisions picked
    subject_of: dict[str, Any] = {}  # decision key -> its subject, over every decision
    for idx, kind, record in records:
        if kind != DECISION_KIND:
            continue
        key = record.get("key")
        if isinstance(key, str):
            subject_of[key] = record.get("subject")
        if record.get("conversation") in convs or record.get("subject") in subs:
            picked.add(idx)
            if isinstance(key, str):
                keys.add(key)
    for idx, kind, record in records:
        if kind in (WARNING_SENT_KIND, WARNING_FAILED_KIND):
            key = record.get("decision_key")
            if isinstance(key, str) and (key in keys or subject_of.get(key) in subs):
                picked.add(idx)
        elif kind == AUDIT_KIND:
            detail = record.get("detail")
            decision = detail.get("decision") if isinstance(detail, dict) else None
            target = record.get("target")
            if decision in keys or target in subs or target in convs:
                picked.add(idx)
    return sorted(picked)


def contents_from_log(
    database: Database,
    indexes: Sequence[int],
    *,
    checkpoint: SignedCheckpoint,
    checkpoint_created_at: str,
    public_key: str,
    exported: str,
    created_at: str,
    timestamp: TimestampInfo | None = None,
    conversations: Sequence[str] = (),
    subjects: Sequence[str] = (),
) -> BundleContents:
    """The entries at `indexes`, each checked and proved against `checkpoint`; with
    `conversations` or `subjects`, also the decision, warning and audit entries about them
    that the checkpoint covers (`related_entries`).

    Refuses (VerificationError) to export an entry whose stored record or leaf no longer
    matches: a bundle must never carry evidence the log itself would not verify.
    """
    size = checkpoint.size
    related = related_entries(database, conversations=conversations, subjects=subjects)
    wanted = sorted(set(indexes).union(i for i in related if i < size))
    if wanted and not 0 <= wanted[0] <= wanted[-1] < size:
        raise ValueError(f"entries {wanted[0]}..{wanted[-1]} are not all in a log of {size}")
    entries: list[BundleEntry] = []
    with database.transaction() as conn:
        repo = EvidenceRepository(conn)
        hasher = stored_hasher(repo, size)  # O(log n) reads a proof
        for idx in wanted:
            row = repo.entry(idx)
            if row is None:
                raise VerificationError(f"entry {idx}: missing from the evidence log")
            check_record(idx, row.content_hash, row.body)
            leaf = check_leaf(
                idx, row.kind, row.content_hash, row.recorded_at, row.leaf_hash, stored=True
            )
            proof = merkle.inclusion_proof(idx, size, hasher)
            # The proof is checked here too: a log whose leaves disagree with its signed
            # root must fail at export, not in the hands of whoever receives the bundle.
            merkle.verify_inclusion(leaf, idx, size, proof, checkpoint.root)
            entries.append(
                BundleEntry(
                    idx, row.kind, row.recorded_at, row.content_hash, leaf, row.body, tuple(proof)
                )
            )
    return BundleContents(
        exported=exported,
        created_at=created_at,
        checkpoint=checkpoint,
        checkpoint_created_at=checkpoint_created_at,
        public_key=public_key,
        entries=tuple(entries),
        timestamp=timestamp,
    )


def events_jsonl(contents: BundleContents) -> bytes:
    return b"".join(e.record + b"\n" for e, _ in contents.events if e.record is not None)


def entries_jsonl(contents: BundleContents) -> bytes:
    return b"".join(canonical_bytes(e.to_json()) + b"\n" for e in contents.entries)


def manifest_note_body(manifest: bytes) -> str:
    # Line 2 is no integer, so this note can never be read as a checkpoint.
    return f"{FORMAT}/{VERSION} manifest\nsha256 {sha256_hex(manifest)}\n"


def build_files(
    contents: BundleContents,
    key: SigningKey,
    *,
    case_jsonld: Callable[[BundleContents, Mapping[str, bytes]], bytes] | None = None,
    report_html: Callable[[BundleContents, Mapping[str, bytes]], bytes] | None = None,
    report_pdf: Callable[[bytes], bytes | None] | None = None,
) -> dict[str, bytes]:
    """Every file of the bundle, in the order they are written.

    The derived files are built by the callables handed in, each seeing the files made
    before it (so the report can list their hashes).
    """
    if key.public_key_text() != contents.public_key:
        raise ValueError("the signing key is not the key of the bundled checkpoint")
    files: dict[str, bytes] = {
        EVENTS: events_jsonl(contents),
        ENTRIES: entries_jsonl(contents),
        CHECKPOINT: contents.checkpoint.note.encode("utf-8"),
        PUBLIC_KEY: (contents.public_key + "\n").encode("ascii"),
    }
    if contents.timestamp is not None:
        files[TIMESTAMP] = contents.timestamp.token
    if case_jsonld is not None:
        files[CASE_JSONLD] = case_jsonld(contents, files)
    if report_html is not None:
        html = report_html(contents, files)
        files[REPORT_HTML] = html
        if report_pdf is not None:
            pdf = report_pdf(html)
            if pdf is not None:
                files[REPORT_PDF] = pdf
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "exported": contents.exported,
        "created_at": contents.created_at,
        "origin": contents.checkpoint.origin,
        "checkpoint_size": contents.checkpoint.size,
        "files": {name: sha256_hex(data) for name, data in files.items()},
    }
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    files[MANIFEST] = manifest_bytes
    files[MANIFEST_SIG] = key.sign(manifest_note_body(manifest_bytes)).encode("utf-8")
    return files


def zip_bytes(files: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buffer.getvalue()


def write_bundle(path: Path, files: Mapping[str, bytes]) -> None:
    """Write the zip next to `path` and move it into place, so no half bundle is left."""
    tmp = path.with_name(path.name + ".partial")
    try:
        tmp.write_bytes(zip_bytes(files))
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write the bundle ({exc.strerror})", source=str(path)) from None


# -- reading and verifying ---------------------------------------------------------------------


class _Fail(Exception):
    """One check failed; `verify_bundle` turns it into a VerificationError naming the bundle."""


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such bundle file", source=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the bundle ({exc.strerror})", source=str(path)) from None
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _Fail("not a readable zip archive (truncated or damaged)") from None
    files: dict[str, bytes] = {}
    with zf:
        for info in zf.infolist():
            name = info.filename
            if name in files:
                raise _Fail(f"{name}: appears twice in the zip")
            if "/" in name or "\\" in name or name.startswith("."):
                raise _Fail(f"{name!r}: unexpected path in the zip")
            if info.file_size > MAX_FILE_BYTES:
                raise _Fail(f"{name}: {info.file_size} bytes, more than a bundle file may hold")
            try:
                files[name] = zf.read(info)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
                raise _Fail(f"{name}: damaged in the zip (truncated or bad CRC)") from None
    return files


def _manifest(files: Mapping[str, bytes]) -> dict[str, Any]:
    if MANIFEST not in files:
        raise _Fail(f"{MANIFEST}: missing")
    try:
        manifest = json.loads(files[MANIFEST])
    except (ValueError, UnicodeDecodeError):
        raise _Fail(f"{MANIFEST}: not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _Fail(f"{MANIFEST}: not a {FORMAT} manifest")
    if manifest.get("version") != VERSION:
        raise _Fail(
            f"{MANIFEST}: version {manifest.get('version')!r} (this sweetie reads {VERSION})"
        )
    listed = manifest.get("files")
    if not isinstance(listed, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in listed.items()
    ):
        raise _Fail(f"{MANIFEST}: files: must map file names to SHA-256 hex")
    return manifest


def _check_manifest(files: Mapping[str, bytes], listed: Mapping[str, str]) -> None:
    for name in files:
        if name not in listed and name not in (MANIFEST, MANIFEST_SIG):
            raise _Fail(f"{name}: not listed in {MANIFEST}")
    for name, digest in listed.items():
        if name not in files:
            raise _Fail(f"{name}: listed in {MANIFEST} but missing from the bundle")
        if sha256_hex(files[name]) != digest:
            raise _Fail(f"{name}: SHA-256 does not match {MANIFEST}")
    for name in REQUIRED:
        if name not in files:
            raise _Fail(f"{name}: missing")


def _text(files: Mapping[str, bytes], name: str) -> str:
    try:
        return files[name].decode("utf-8")
    except UnicodeDecodeError:
        raise _Fail(f"{name}: not UTF-8 text") from None


def _verifier(files: Mapping[str, bytes], expected: NoteVerifier | None) -> NoteVerifier:
    try:
        verifier = NoteVerifier.from_text(_text(files, PUBLIC_KEY))
    except InputError as exc:
        raise _Fail(f"{PUBLIC_KEY}: {exc.message}") from None
    if expected is not None and verifier != expected:
        raise _Fail(
            f"{PUBLIC_KEY}: the bundle's key {verifier.text()} is not the expected key"
            f" {expected.text()}"
        )
    return verifier


def _checkpoint(files: Mapping[str, bytes], verifier: NoteVerifier) -> SignedCheckpoint:
    try:
        return open_checkpoint(_text(files, CHECKPOINT), verifier)
    except VerificationError as exc:
        message = str(exc).removeprefix("signed note: ")
        if message.startswith("no signature by key"):
            message = (
                f"not signed by the bundle's public key {verifier.text()}"
                " (a checkpoint of another log, or the wrong key)"
            )
        raise _Fail(f"{CHECKPOINT}: {message}") from None


def _hex32(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise ValueError(f"{what}: must be a hex string")
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raise ValueError(f"{what}: not hex") from None
    if len(raw) != merkle.HASH_SIZE:
        raise ValueError(f"{what}: {len(raw)} bytes, not {merkle.HASH_SIZE}")
    return raw


def parse_entry(line: bytes) -> BundleEntry:
    """One entries.jsonl line; ValueError saying which field is wrong."""
    try:
        value = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise ValueError("not JSON") from None
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    idx, kind, recorded_at = value.get("idx"), value.get("kind"), value.get("recorded_at")
    if type(idx) is not int or idx < 0:
        raise ValueError("idx: must be a non-negative integer")
    if not isinstance(kind, str) or not kind:
        raise ValueError("kind: must be a non-empty string")
    if not isinstance(recorded_at, str):
        raise ValueError("recorded_at: must be a string")
    record = value.get("record")
    if record is not None and not isinstance(record, str):
        raise ValueError("record: must be a string or null")
    proof = value.get("proof")
    if not isinstance(proof, list):
        raise ValueError("proof: must be a list of hex hashes")
    return BundleEntry(
        idx=idx,
        kind=kind,
        recorded_at=recorded_at,
        content_hash=_hex32(value.get("content_hash"), "content_hash"),
        leaf_hash=_hex32(value.get("leaf_hash"), "leaf_hash"),
        record=None if record is None else record.encode("utf-8"),
        proof=tuple(_hex32(p, f"proof[{i}]") for i, p in enumerate(proof)),
    )


def _entries(files: Mapping[str, bytes], checkpoint: SignedCheckpoint) -> list[BundleEntry]:
    entries: list[BundleEntry] = []
    for number, line in enumerate(files[ENTRIES].splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = parse_entry(line)
        except ValueError as exc:
            raise _Fail(f"{ENTRIES}:{number}: {exc}") from None
        if entries and entry.idx <= entries[-1].idx:
            raise _Fail(f"{ENTRIES}:{number}: entry {entry.idx} is out of order or repeated")
        entries.append(entry)
    if not entries:
        raise _Fail(f"{ENTRIES}: holds no entry")
    for entry in entries:
        i = entry.idx
        try:
            check_record(i, entry.content_hash, entry.record)
            leaf = check_leaf(
                i, entry.kind, entry.content_hash, entry.recorded_at, entry.leaf_hash, stored=False
            )
        except VerificationError as exc:
            raise _Fail(str(exc)) from None
        if i >= checkpoint.size:
            raise _Fail(
                f"entry {i}: not covered by the checkpoint of {checkpoint.size} entries"
                " (is the checkpoint from another log?)"
            )
        try:
            merkle.verify_inclusion(leaf, i, checkpoint.size, entry.proof, checkpoint.root)
        except VerificationError as exc:
            message = str(exc).replace("the expected root", "the checkpoint root")
            if "proof hashes than" in message:
                message += " (the proofs were made for another checkpoint)"
            raise _Fail(f"entry {i}: {message}") from None
    return entries


def _check_events(files: Mapping[str, bytes], entries: Sequence[BundleEntry]) -> int:
    logged = {e.record: e.idx for e in entries if e.kind == CHAT_EVENT and e.record is not None}
    seen: set[int] = set()
    for number, line in enumerate(files[EVENTS].splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{EVENTS}:{number}"
        try:
            value = json.loads(line)
            if not isinstance(value, dict):
                raise ValueError
            body = canonical_bytes(value)
        except (ValueError, UnicodeDecodeError, InputError):
            raise _Fail(f"{where}: not a chat event JSON object") from None
        idx = logged.get(body)
        if idx is None:
            event_id = value.get("id")
            raise _Fail(f"{where}: event {event_id!r} does not match any chat event in {ENTRIES}")
        if idx in seen:
            raise _Fail(f"{where}: event repeats entry {idx}")
        seen.add(idx)
    for idx in sorted(set(logged.values()) - seen):
        raise _Fail(f"entry {idx}: chat event is missing from {EVENTS}")
    return len(seen)


def _check_manifest_signature(files: Mapping[str, bytes], verifier: NoteVerifier) -> None:
    if MANIFEST_SIG not in files:
        raise _Fail(f"{MANIFEST_SIG}: missing")
    try:
        body = verifier.open(_text(files, MANIFEST_SIG))
    except VerificationError as exc:
        raise _Fail(f"{MANIFEST_SIG}: {str(exc).removeprefix('signed note: ')}") from None
    if body != manifest_note_body(files[MANIFEST]):
        raise _Fail(
            f"{MANIFEST_SIG}: signs another {MANIFEST}"
            " (a file of the bundle was changed and the manifest rewritten)"
        )


TokenChecker = Callable[[bytes, bytes], TimestampInfo]


def verify_bundle(
    path: Path,
    *,
    public_key: str | NoteVerifier | None = None,
    check_timestamp: TokenChecker | None = None,
) -> BundleReport:
    """Check a bundle with nothing but itself (and a pinned key, if given).

    Raises VerificationError "<path>: <what failed>" at the first failure, InputError if
    the file cannot be read at all.
    """
    expected = NoteVerifier.from_text(public_key) if isinstance(public_key, str) else public_key
    try:
        return _verify(path, expected, check_timestamp)
    except _Fail as exc:
        raise VerificationError(f"{path}: {exc}") from None


def _verify(
    path: Path, expected: NoteVerifier | None, check_timestamp: TokenChecker | None
) -> BundleReport:
    files = _read_zip(path)
    manifest = _manifest(files)
    _check_manifest(files, manifest["files"])
    verifier = _verifier(files, expected)
    checkpoint = _checkpoint(files, verifier)
    entries = _entries(files, checkpoint)
    events = _check_events(files, entries)
    timestamp = None
    notes: list[str] = []
    if TIMESTAMP in files:
        if check_timestamp is None:
            from sweetie.evidence.timestamp import check_token

            check_timestamp = check_token
        try:
            timestamp = check_timestamp(files[TIMESTAMP], files[CHECKPOINT])
        except SweetieError as exc:
            raise _Fail(f"{TIMESTAMP}: {exc}") from None
    _check_manifest_signature(files, verifier)
    if REPORT_PDF not in files and REPORT_HTML in files:
        notes.append("no PDF report in this bundle")
    exported = manifest.get("exported")
    return BundleReport(
        origin=checkpoint.origin,
        checkpoint_size=checkpoint.size,
        root=checkpoint.root,
        public_key=verifier.text(),
        entries=len(entries),
        events=events,
        assessments=sum(1 for e in entries if e.kind == ASSESSMENT_KIND),
        erased=tuple(e.idx for e in entries if e.record is None),
        files=tuple(sorted(files)),
        timestamp=timestamp,
        exported=exported if isinstance(exported, str) else "",
        notes=tuple(notes),
    )


def read_entries(data: bytes) -> list[BundleEntry]:
    """entries.jsonl as written (for tools and tests; does not verify)."""
    return [parse_entry(line) for line in data.splitlines() if line.strip()]


__all__ = [
    "CASE_JSONLD",
    "CHECKPOINT",
    "ENTRIES",
    "EVENTS",
    "MANIFEST",
    "MANIFEST_SIG",
    "PUBLIC_KEY",
    "REPORT_HTML",
    "REPORT_PDF",
    "TIMESTAMP",
    "BundleContents",
    "BundleEntry",
    "BundleReport",
    "TimestampInfo",
    "build_files",
    "contents_from_log",
    "read_entries",
    "related_entries",
    "sha256_hex",
    "verify_bundle",
    "write_bundle",
    "zip_bytes",
]
