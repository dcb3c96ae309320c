"""The evidence log: appends, checkpoints, erasure, crash safety and verification.

Every test that takes `template` runs on SQLite and on PostgreSQL (a real server, see
tests/pgserver.py); tampering goes through SQLAlchemy, so the same statements hit both."""

from __future__ import annotations

import base64
import hashlib
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from pgserver import shared_server
from sweetie.events import ChatEvent, InputError, VerificationError
from sweetie.evidence import (
    EvidenceLog,
    NoteVerifier,
    SigningKey,
    load_or_create_signing_key,
    merkle,
    open_checkpoint,
    verify_log,
)
from sweetie.evidence import log as log_module
from sweetie.evidence.canonical import canonical_bytes
from sweetie.evidence.log import entry_leaf_hash, leaf_entry
from sweetie.store import Database, EvidenceRepository, open_database
from sweetie.store.database import DATABASE_FILE

ORIGIN = "sweetie.test/evidence"
KEY = SigningKey.generate(ORIGIN)
PUBLIC = KEY.public_key_text()


def _clock() -> datetime:
    return datetime(2026, 3, 1, 20, 14, 5, 123456, tzinfo=UTC)


@dataclass(frozen=True)
class Template:
    """A migrated, empty database: a SQLite file to copy, or a PostgreSQL database to empty."""

    file: Path | None
    url: str | None


# data dir -> the PostgreSQL database that stands for its SQLite file (postgresql runs)
_URLS: dict[Path, str] = {}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Template:
    """Copying (SQLite) or emptying (PostgreSQL) a migrated database is cheaper than migrating."""
    if request.param == "sqlite":
        directory = tmp_path_factory.mktemp("template")
        open_database(directory).close()
        return Template(directory / DATABASE_FILE, None)
    url = shared_server().create_database()
    open_database(database_url=url).close()
    return Template(None, url)


@contextmanager
def fresh_dir(template: Template) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        d = Path(name)
        if template.file is not None:
            shutil.copy(template.file, d / DATABASE_FILE)
            yield d
            return
        assert template.url is not None
        _sql(template.url, _EMPTY_ALL)
        _URLS[d] = template.url
        try:
            yield d
        finally:
            del _URLS[d]


_EMPTY_ALL = """DO $$ DECLARE names text; BEGIN
  SELECT string_agg(quote_ident(tablename), ', ') INTO names FROM pg_tables
  WHERE schemaname = 'public' AND tablename <> 'alembic_version';
  EXECUTE 'TRUNCATE ' || names || ' CASCADE';
END $$"""


def _url(d: Path) -> str:
    return _URLS.get(d) or f"sqlite:///{d / DATABASE_FILE}"


def _open(d: Path) -> Database:
    return open_database(d, _URLS.get(d))


def _sql(url: str, *statements: str, **params: Any) -> list[Any]:
    """Run statements on a database, behind any log's back; the rows of the last one."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            rows: list[Any] = []
            for statement in statements:
                result = conn.execute(text(statement), params)
                rows = list(result) if result.returns_rows else []
            return rows
    finally:
        engine.dispose()


def _log(db: Database, **options: Any) -> EvidenceLog:
    return EvidenceLog(db, ORIGIN, KEY, clock=_clock, **options)


def _tamper(data_dir: Path, *statements: str, **params: Any) -> list[Any]:
    """Edit the database behind the log's back, as an attacker with database access would."""
    return _sql(_url(data_dir), *statements, **params)


def _verify_error(data_dir: Path) -> str:
    with _open(data_dir) as db, pytest.raises(VerificationError) as caught:
        verify_log(db, PUBLIC)
    return str(caught.value)


def _fill(data_dir: Path, n: int, **options: Any) -> None:
    with _open(data_dir) as db, _log(db, **options) as log:
        for i in range(n):
            log.append("note", {"n": i, "text": f"entry {i}"})
        log.checkpoint()


# -- canonical JSON and the leaf ------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(st.text(), json_values, max_size=6))
def test_canonical_fast_path_is_rfc8785(record: dict[str, Any]) -> None:
    try:
        expected = bytes(rfc8785.dumps(record))
    except rfc8785.CanonicalizationError:
        with pytest.raises(InputError):
            canonical_bytes(record)
        return
    assert canonical_bytes(record) == expected


def test_canonical_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(InputError, match="record: not representable"):
        canonical_bytes({"n": 2**60})
    with pytest.raises(InputError, match="record: not representable"):
        canonical_bytes({"x": "\ud800"})


def test_leaf_entry_is_canonical_json() -> None:
    content_hash = hashlib.sha256(b"{}").digest()
    entry = leaf_entry(41, "chat_event", content_hash, "2026-03-01T20:14:05.123456Z")
    assert entry == rfc8785.dumps(
        {
            "content_hash": content_hash.hex(),
            "idx": 41,
            "kind": "chat_event",
            "recorded_at": "2026-03-01T20:14:05.123456Z",
        }
    )


# -- checkpoints as C2SP signed notes -------------------------------------------------------


def test_checkpoint_is_a_c2sp_signed_note(template: Template) -> None:
    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db)
        for i in range(5):
            log.append("note", {"n": i})
        signed = log.checkpoint()
    body, _, signature_lines = signed.note.partition("\n\n")
    assert body == f"{ORIGIN}\n5\n{base64.b64encode(signed.root).decode()}"
    dash, name, blob_b64 = signature_lines.rstrip("\n").split(" ")
    assert (dash, name) == ("\u2014", ORIGIN)
    blob = base64.b64decode(blob_b64)
    public = KEY.verifier.public_key
    key_id = hashlib.sha256(ORIGIN.encode() + b"\n\x01" + public).digest()[:4]
    assert blob[:4] == key_id
    Ed25519PublicKey.from_public_bytes(public).verify(blob[4:], (body + "\n").encode())
    encoded = base64.b64encode(b"\x01" + public).decode()
    assert f"{ORIGIN}+{key_id.hex()}+{encoded}" == PUBLIC
    assert NoteVerifier.from_text(PUBLIC) == KEY.verifier
    assert open_checkpoint(signed.note, KEY.verifier).size == 5


def test_note_verifier_refusals() -> None:
    other = SigningKey.generate(ORIGIN)
    note = KEY.sign("hello\n")
    with pytest.raises(VerificationError, match="no signature by key"):
        NoteVerifier.from_text(SigningKey.generate("elsewhere").public_key_text()).open(note)
    with pytest.raises(VerificationError, match="no signature by key"):
        other.verifier.open(note)  # same name, another key: the key hash differs
    forged = note.replace("hello", "hallo")
    with pytest.raises(VerificationError, match="does not verify"):
        KEY.verifier.open(forged)
    with pytest.raises(InputError, match="not a verifier key"):
        NoteVerifier.from_text("name+00000000+AAAA")


def test_signing_key_file(tmp_path: Path) -> None:
    key = load_or_create_signing_key(tmp_path, ORIGIN)
    path = tmp_path / "evidence-signing.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith(f"PRIVATE+KEY+{ORIGIN}+")
    again = load_or_create_signing_key(tmp_path, ORIGIN)
    assert again.public_key_text() == key.public_key_text()
    with pytest.raises(Exception, match="named"):
        load_or_create_signing_key(tmp_path, "another.origin")
    path.write_text("garbage\n")
    with pytest.raises(InputError, match="not a signing key"):
        load_or_create_signing_key(tmp_path, ORIGIN)


# -- the log ---------------------------------------------------------------------------------


def test_append_flush_root_and_records(template: Template) -> None:
    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db, batch_size=3)
        indexes = [log.append("note", {"n": i}) for i in range(10)]
        assert indexes == list(range(10))
        assert log.size == 10 and log.durable_size == 9  # three batches of three flushed
        log.flush()
        leaves = [
            entry_leaf_hash(
                i, "note", hashlib.sha256(b'{"n":%d}' % i).digest(), "2026-03-01T20:14:05.123456Z"
            )
            for i in range(10)
        ]
        assert log.root() == merkle.root(leaves)
        assert log.record(4) == {"n": 4}
        assert log.record(99) is None
        with pytest.raises(ValueError, match="not a valid kind"):
            log.append("erasure", {})
        with pytest.raises(ValueError, match="not a valid kind"):
            log.append("Bad Kind", {})
        report = verify_log(db, PUBLIC)
        assert (report.size, report.root) == (10, log.root())


def test_reopened_log_continues_the_same_tree(template: Template) -> None:
    with fresh_dir(template) as d:
        with _open(d) as db, _log(db) as log:
            log.append_many([("note", {"n": i}) for i in range(7)])
        with _open(d) as db:
            log = _log(db)
            assert log.size == 7
            log.append("note", {"n": 7})
            log.flush()
            _tamper(d, "DELETE FROM evidence_frontier")
        with _open(d) as db:
            rebuilt = _log(db)
            assert rebuilt.root() == log.root()
            rebuilt.checkpoint()
            assert verify_log(db, PUBLIC).size == 8


def test_a_frontier_saved_entries_ago_is_continued_on_open(
    template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frontier is saved every FRONTIER_EVERY entries, not at each commit: a log opened
    (after a crash, say) with the saved one behind the leaves continues it over them."""
    monkeypatch.setattr(log_module, "FRONTIER_EVERY", 5)
    with fresh_dir(template) as d:
        with _open(d) as db:
            log = _log(db, checkpoint_every=1000)
            for i in range(13):  # one commit an entry: saved at sizes 1, 6 and 11
                log.append("note", {"n": i})
                log.flush()
            with db.transaction() as conn:
                saved = EvidenceRepository(conn).frontier()
            assert saved is not None and saved[0] == 11
            root = log.root()
            # the process dies here: no checkpoint, no close
        with _open(d) as db:
            reopened = _log(db)
            assert (reopened.size, reopened.root()) == (13, root)
            reopened.append("note", {"n": 13})
            reopened.checkpoint()  # saves it at once
            with db.transaction() as conn:
                saved = EvidenceRepository(conn).frontier()
            assert saved is not None and saved[0] == 14
            assert verify_log(db, PUBLIC).size == 14
        # a frontier that does not fit the leaves (damaged, or ahead of them) is rebuilt
        _tamper(d, "UPDATE evidence_frontier SET size = 99")
        with _open(d) as db:
            assert _log(db).root() == reopened.root()
        _tamper(d, "UPDATE evidence_frontier SET size = 3")  # 3 leaves need 2 hashes, not 3
        with _open(d) as db:
            assert _log(db).root() == reopened.root()


def test_a_write_rides_on_the_next_commit(
    template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`write_with_next_commit`: done in the transaction of the next commit of entries,
    kept when that commit fails, done alone by `commit_waiting_write`."""
    from sweetie.store import ProgressRepository

    def marker(size: int) -> Any:
        def write(conn: Any) -> None:
            ProgressRepository(conn).set("rider", size)

        return write

    def stored(db: Database) -> int | None:
        with db.transaction() as conn:
            return ProgressRepository(conn).get("rider")

    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db)
        log.write_with_next_commit(marker(1))
        log.flush()  # nothing to commit: it waits
        assert log.write_waiting and stored(db) is None
        log.append("note", {"n": 0})
        original = EvidenceRepository.add_subtrees

        def broken(self: EvidenceRepository, rows: Any) -> None:
            raise InputError("disk full", source="test")

        monkeypatch.setattr(EvidenceRepository, "add_subtrees", broken)
        with pytest.raises(InputError, match="disk full"):
            log.flush()
        assert log.write_waiting and stored(db) is None  # rolled back with the entries
        monkeypatch.setattr(EvidenceRepository, "add_subtrees", original)
        log.flush()
        assert not log.write_waiting and stored(db) == 1
        log.write_with_next_commit(marker(2))
        log.write_with_next_commit(marker(3))  # in place of the one still waiting
        log.commit_waiting_write()
        assert not log.write_waiting and stored(db) == 3
        assert log.durable_size == 1


def test_crash_loses_only_the_unflushed_buffer(template: Template) -> None:
    with fresh_dir(template) as d:
        with _open(d) as db:
            log = _log(db, batch_size=4)
            for i in range(10):
                log.append("note", {"n": i})
            # the process dies here: no flush, no close
        with _open(d) as db:
            log = _log(db)
            assert log.size == 8
            assert verify_log(db, PUBLIC).size == 8


def test_failed_flush_keeps_the_buffer(template: Template, monkeypatch: pytest.MonkeyPatch) -> None:
    from sweetie.store import EvidenceRepository

    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db)
        log.append("note", {"n": 0})
        original = EvidenceRepository.save_frontier

        def broken(self: EvidenceRepository, size: int, hashes: Any) -> None:
            raise InputError("disk full", source="test")

        monkeypatch.setattr(EvidenceRepository, "save_frontier", broken)
        with pytest.raises(InputError, match="disk full"):
            log.flush()
        assert log.durable_size == 0
        monkeypatch.setattr(EvidenceRepository, "save_frontier", original)
        log.flush()
        assert log.durable_size == 1
        assert verify_log(db, PUBLIC).size == 1


def test_automatic_checkpoints(template: Template) -> None:
    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db, batch_size=10, checkpoint_every=25)
        for i in range(100):
            log.append("note", {"n": i})
        log.flush()
        report = verify_log(db, PUBLIC)
        assert report.checkpoints == 3  # at 30, 60, 90: the first flushes past 25 more
        assert report.latest_checkpoint == 90
        assert report.origin == ORIGIN
    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db, batch_size=5, checkpoint_interval=1e-9)
        for i in range(10):
            log.append("note", {"n": i})
        assert verify_log(db, PUBLIC).checkpoints == 2


def test_proofs_from_the_log_verify_against_checkpoints(template: Template) -> None:
    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db)
        for i in range(37):
            log.append("note", {"n": i})
        old = log.checkpoint()
        for i in range(37, 300):
            log.append("note", {"n": i})
        new = log.checkpoint()
        entry = log.entry(20)
        assert entry is not None
        merkle.verify_inclusion(entry.leaf_hash, 20, 300, log.inclusion_proof(20), new.root)
        merkle.verify_consistency(37, 300, log.consistency_proof(37), old.root, new.root)
        assert log.root_at(37) == old.root


def test_append_events_is_idempotent(template: Template) -> None:
    def event(i: int, text: str = "hello") -> ChatEvent:
        return ChatEvent(
            id=f"e{i}", ts="2026-03-01T20:14:05Z", network="irc.example.net",
            room="#chat", sender="nick", text=text,
        )  # fmt: skip

    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db, batch_size=3)
        first = log.append_events([event(i) for i in range(5)])
        assert first == [0, 1, 2, 3, 4]
        again = log.append_events([event(2), event(4), event(5), event(5)])
        assert again == [2, 4, 5, 5]
        changed = log.append_event(event(1, "edited"))  # same id, other content: logged too
        assert changed == 6
        log.flush()
        assert log.append_event(event(1)) == 1
        assert log.record(6) == event(1, "edited").to_json()
        assert verify_log(db, PUBLIC).size == 7


def test_new_events_in_bulk_match_one_at_a_time(template: Template) -> None:
    # A batch of new ids takes a list-at-a-time path; a batch naming an id twice takes the
    # general loop. Same entries, same flushes at the batch size, same subtrees.
    events = [
        ChatEvent(f"b{i}", "2026-03-01T20:14:05Z", "irc.example.net", "#chat", f"n{i % 7}", "hi")
        for i in range(700)
    ]
    results = []
    for bulk in (True, False):
        with fresh_dir(template) as d, _open(d) as db:
            log = _log(db, batch_size=300)
            log.append("note", {"n": 1})
            if bulk:
                indexes = log.append_events(events[:650]) + log.append_events(events[600:])
            else:
                indexes = [log.append_events([e, e])[1] for e in events[:650] + events[600:]]
            assert log.durable_size == 600  # flushed at 300 and 600 entries, the rest buffered
            log.checkpoint()
            assert verify_log(db, PUBLIC).size == 701
            assert log.record(300) == events[299].to_json()
            with db.transaction() as conn:
                subtrees = EvidenceRepository(conn).subtrees()
            results.append((indexes, log.root(), log.inclusion_proof(5), subtrees))
    assert results[0] == results[1]
    assert results[0][0] == list(range(1, 651)) + list(range(601, 651)) + list(range(651, 701))


def test_erasure_keeps_the_log_verifiable(template: Template) -> None:
    with fresh_dir(template) as d:
        with _open(d) as db:
            log = _log(db)
            for i in range(6):
                log.append("note", {"n": i})
            log.checkpoint()
            erasure = log.erase(2, "retention period ended")
            assert erasure == 6
            assert log.record(2) is None
            assert log.record(6) == {"erased": 2, "reason": "retention period ended"}
            with pytest.raises(InputError, match="no record to erase"):
                log.erase(2, "again")
            with pytest.raises(InputError, match="erasure entry"):
                log.erase(6, "no")
            with pytest.raises(InputError, match="no entry 60"):
                log.erase(60, "no")
            log.checkpoint()
            report = verify_log(db, PUBLIC)
            assert report.erased == (2,)
            assert report.size == 7
        _tamper(d, "UPDATE evidence_entries SET body = NULL WHERE idx = 4")
        assert _verify_error(d) == "entry 4: record is missing and no erasure entry names it"


def test_wrong_key_and_forged_checkpoints(template: Template) -> None:
    with fresh_dir(template) as d:
        _fill(d, 20)
        with _open(d) as db, pytest.raises(VerificationError, match="no signature by"):
            verify_log(db, SigningKey.generate("elsewhere").public_key_text())
        _tamper(d, "UPDATE checkpoints SET root = :zero", zero=bytes(32))
        assert _verify_error(d) == (
            "checkpoint at size 20: stored size or root differs from its signed note"
        )


def test_truncated_log_names_the_first_missing_entry(template: Template) -> None:
    with fresh_dir(template) as d:
        _fill(d, 20)
        _tamper(d, "DELETE FROM evidence_entries WHERE idx >= 15")
        assert _verify_error(d) == (
            "entry 15: missing (a signed checkpoint covers 20 entries, the log holds 15)"
        )


def test_consistently_rehashed_change_is_caught_by_the_checkpoint(template: Template) -> None:
    with fresh_dir(template) as d:
        _fill(d, 20)
        body = b'{"n":7,"text":"changed"}'
        content = hashlib.sha256(body).digest()
        ((recorded_at,),) = _tamper(d, "SELECT recorded_at FROM evidence_entries WHERE idx = 7")
        leaf = entry_leaf_hash(7, "note", content, recorded_at)
        _tamper(
            d,
            "UPDATE evidence_entries SET body = :body, content_hash = :content, leaf_hash = :leaf"
            " WHERE idx = 7",
            body=body,
            content=content,
            leaf=leaf,
        )
        assert _verify_error(d).startswith(
            "checkpoint at size 20: signed root does not match the root recomputed from the log"
        )


# -- properties ------------------------------------------------------------------------------

records = st.fixed_dictionaries(
    {"text": st.text(max_size=30), "n": st.integers(min_value=0, max_value=10**6)}
)
PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _appended(d: Path, items: list[dict[str, Any]], checkpoint: bool = True) -> None:
    with _open(d) as db, _log(db, batch_size=7) as log:
        log.append_many(("note", r) for r in items)
        if checkpoint:
            log.checkpoint()


@PROPERTY
@given(st.lists(records, max_size=40))
def test_any_appends_verify(template: Template, items: list[dict[str, Any]]) -> None:
    with fresh_dir(template) as d:
        _appended(d, items)
        with _open(d) as db:
            report = verify_log(db, PUBLIC)
    assert report.size == len(items)


@PROPERTY
@given(st.lists(records, min_size=1, max_size=40), st.data())
def test_changed_byte_names_the_entry(
    template: Template, items: list[dict[str, Any]], data: st.DataObject
) -> None:
    idx = data.draw(st.integers(min_value=0, max_value=len(items) - 1), label="idx")
    with fresh_dir(template) as d:
        _appended(d, items)
        ((body,),) = _tamper(d, "SELECT body FROM evidence_entries WHERE idx = :idx", idx=idx)
        pos = data.draw(st.integers(min_value=0, max_value=len(body) - 1), label="pos")
        flip = data.draw(st.integers(min_value=1, max_value=255), label="flip")
        changed = bytearray(body)
        changed[pos] ^= flip
        _tamper(
            d, "UPDATE evidence_entries SET body = :body WHERE idx = :idx", body=changed, idx=idx
        )
        assert _verify_error(d) == f"entry {idx}: record does not match its content hash"


def _shift(d: Path, from_idx: int, by: int) -> None:
    """Renumber entries from `from_idx` on by `by`, records and all."""
    _tamper(
        d,
        f"UPDATE evidence_entries SET idx = -idx - 1000 WHERE idx >= {from_idx}",
        f"UPDATE evidence_entries SET idx = -idx - 1000 + {by} WHERE idx < 0",
    )


@PROPERTY
@given(st.lists(records, min_size=2, max_size=40), st.data(), st.booleans())
def test_dropped_entry_names_the_entry(
    template: Template, items: list[dict[str, Any]], data: st.DataObject, renumber: bool
) -> None:
    idx = data.draw(st.integers(min_value=0, max_value=len(items) - 2), label="idx")
    with fresh_dir(template) as d:
        _appended(d, items)
        _tamper(d, f"DELETE FROM evidence_entries WHERE idx = {idx}")
        if renumber:
            _shift(d, idx + 1, -1)
        assert _verify_error(d).startswith(f"entry {idx}: ")


@PROPERTY
@given(st.lists(records, min_size=2, max_size=40, unique_by=lambda r: r["n"]), st.data())
def test_reordered_entries_name_the_first(
    template: Template, items: list[dict[str, Any]], data: st.DataObject
) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(items) - 2), label="i")
    j = data.draw(st.integers(min_value=i + 1, max_value=len(items) - 1), label="j")
    with fresh_dir(template) as d:
        _appended(d, items)
        _tamper(
            d,
            f"UPDATE evidence_entries SET idx = -1 WHERE idx = {i}",
            f"UPDATE evidence_entries SET idx = {i} WHERE idx = {j}",
            f"UPDATE evidence_entries SET idx = {j} WHERE idx = -1",
        )
        assert _verify_error(d).startswith(f"entry {i}: ")


@PROPERTY
@given(st.lists(records, min_size=2, max_size=40, unique_by=lambda r: r["n"]), st.data())
def test_inserted_entry_names_its_position(
    template: Template, items: list[dict[str, Any]], data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(items)), label="at")
    copy_of = data.draw(st.integers(min_value=0, max_value=len(items) - 1), label="copy_of")
    with fresh_dir(template) as d:
        _appended(d, items)
        _shift(d, at, 1)
        source = copy_of if copy_of < at else copy_of + 1
        if source == at + 1:
            # a copy of its own successor is indistinguishable from it until the next entry
            source = at - 1 if at > 0 else at + 2
        if source >= len(items) + 1:
            return
        _tamper(
            d,
            "INSERT INTO evidence_entries (idx, kind, content_hash, leaf_hash, recorded_at, body)"
            f" SELECT {at}, kind, content_hash, leaf_hash, recorded_at, body FROM evidence_entries"
            f" WHERE idx = {source}",
        )
        assert _verify_error(d).startswith(f"entry {at}: ")


def test_forged_self_consistent_insertion_is_caught_at_the_next_entry(template: Template) -> None:
    with fresh_dir(template) as d:
        _fill(d, 10)
        _shift(d, 4, 1)
        body = b'{"n":99}'
        content = hashlib.sha256(body).digest()
        leaf = entry_leaf_hash(4, "note", content, "2026-03-01T20:14:05.123456Z")
        _tamper(
            d,
            "INSERT INTO evidence_entries (idx, kind, content_hash, leaf_hash, recorded_at, body)"
            " VALUES (4, 'note', :content, :leaf, :at, :body)",
            content=content,
            leaf=leaf,
            at="2026-03-01T20:14:05.123456Z",
            body=body,
        )
        # Entry 4 is well formed on its own; its successor no longer sits where it was signed.
        assert _verify_error(d).startswith("entry 5: stored leaf hash does not match")


@PROPERTY
@given(st.integers(min_value=1, max_value=1200), st.data())
def test_log_proofs_verify_for_random_sizes(
    template: Template, n: int, data: st.DataObject
) -> None:
    with fresh_dir(template) as d, _open(d) as db:
        log = _log(db, batch_size=500)
        log.append_many(("note", {"n": i}) for i in range(n))
        log.flush()
        root = log.root()
        idx = data.draw(st.integers(min_value=0, max_value=n - 1), label="idx")
        size1 = data.draw(st.integers(min_value=1, max_value=n), label="size1")
        entry = log.entry(idx)
        assert entry is not None
        merkle.verify_inclusion(entry.leaf_hash, idx, n, log.inclusion_proof(idx), root)
        proof = log.consistency_proof(size1)
        merkle.verify_consistency(size1, n, proof, log.root_at(size1), root)
