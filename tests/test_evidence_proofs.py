"""Proofs from the stored log read O(log n) rows; the stored subtree hashes are never trusted."""

from __future__ import annotations

import math
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from hypothesis import given
from hypothesis import strategies as st

from sweetie.events import ChatEvent, InputError, VerificationError
from sweetie.evidence import EvidenceLog, SigningKey, merkle, verify_log
from sweetie.evidence.bundle import contents_from_log
from sweetie.evidence.canonical import canonical_bytes, chat_event_bytes
from sweetie.evidence.proofs import BLOCK, stored_hasher
from sweetie.store import Database, EvidenceRepository, open_database
from sweetie.store.database import DATABASE_FILE

ORIGIN = "sweetie.test/proofs"
KEY = SigningKey.generate(ORIGIN)
PUBLIC = KEY.public_key_text()
N = 100_000


def _clock() -> datetime:
    return datetime(2026, 3, 1, 20, 14, 5, 123456, tzinfo=UTC)


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A log of N entries with checkpoints at 1,000 and at N; copy it before changing it."""
    directory = tmp_path_factory.mktemp("big")
    options = {"clock": _clock, "checkpoint_every": 10 * N}
    with open_database(directory) as db, EvidenceLog(db, ORIGIN, KEY, **options) as log:
        log.append_many(("note", {"n": i}) for i in range(1000))
        log.checkpoint()
        log.append_many(("note", {"n": i}) for i in range(1000, N))
        log.checkpoint()
    return directory


@pytest.fixture
def copy_of_big_log(big_log: Path, tmp_path: Path) -> Path:
    shutil.copy(big_log / DATABASE_FILE, tmp_path / DATABASE_FILE)
    return tmp_path


class CountingSource:
    """An EvidenceRepository that counts the leaf hashes and subtree rows it returns."""

    def __init__(self, repo: EvidenceRepository) -> None:
        self._repo = repo
        self.reads = 0

    def leaf_hashes(self, start: int, end: int) -> list[bytes]:
        found = self._repo.leaf_hashes(start, end)
        self.reads += len(found)
        return found

    def subtree(self, level: int, position: int) -> bytes | None:
        self.reads += 1
        return self._repo.subtree(level, position)


def _roots(db: Database) -> tuple[bytes, bytes]:
    with db.transaction() as conn:
        rows = EvidenceRepository(conn).checkpoints()
    assert [r.size for r in rows] == [1000, N]
    return rows[0].root, rows[1].root


def _bound(n: int) -> int:
    # The leaf block of the entry, the partial block at the right edge, and a stored row or
    # two per level: O(log n), with the 256-leaf blocks as the constant.
    return 2 * BLOCK + 2 * math.ceil(math.log2(n))


@pytest.mark.parametrize("idx", [0, 255, 256, 12_345, 65_535, 65_536, 99_999])
def test_inclusion_proof_reads_o_log_n_rows(big_log: Path, idx: int) -> None:
    with open_database(big_log) as db:
        _, root = _roots(db)
        with db.transaction() as conn:
            repo = EvidenceRepository(conn)
            source = CountingSource(repo)
            proof = merkle.inclusion_proof(idx, N, stored_hasher(source, N))
            leaf = repo.leaf_hashes(idx, idx + 1)[0]
        assert source.reads <= _bound(N) <= 33 * math.log2(N)
        merkle.verify_inclusion(leaf, idx, N, proof, root)


def test_consistency_proof_and_root_read_o_log_n_rows(big_log: Path) -> None:
    with open_database(big_log) as db:
        old, new = _roots(db)
        with db.transaction() as conn:
            source = CountingSource(EvidenceRepository(conn))
            proof = merkle.consistency_proof(1000, N, stored_hasher(source, N))
            assert source.reads <= _bound(N)
            source.reads = 0
            assert stored_hasher(source, N).subtree(0, N) == new
            assert source.reads <= _bound(N)
        merkle.verify_consistency(1000, N, proof, old, new)


def test_log_and_bundle_proofs_use_the_stored_subtrees(
    big_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = [0]
    leaf_hashes, subtree = EvidenceRepository.leaf_hashes, EvidenceRepository.subtree

    def counted_leaves(self: EvidenceRepository, start: int, end: int) -> list[bytes]:
        found = leaf_hashes(self, start, end)
        reads[0] += len(found)
        return found

    def counted_subtree(self: EvidenceRepository, level: int, position: int) -> bytes | None:
        reads[0] += 1
        return subtree(self, level, position)

    monkeypatch.setattr(EvidenceRepository, "leaf_hashes", counted_leaves)
    monkeypatch.setattr(EvidenceRepository, "subtree", counted_subtree)
    with open_database(big_log) as db:
        old, new = _roots(db)
        log = EvidenceLog(db, ORIGIN, KEY, clock=_clock)
        entry = log.entry(77_777)
        assert entry is not None
        reads[0] = 0
        merkle.verify_inclusion(entry.leaf_hash, 77_777, N, log.inclusion_proof(77_777), new)
        merkle.verify_consistency(1000, N, log.consistency_proof(1000), old, new)
        assert log.root_at(1000) == old
        assert reads[0] <= 3 * _bound(N)
        reads[0] = 0
        contents_from_log(
            db,
            [5, 50_000, 99_998],
            checkpoint=log.checkpoint(),
            checkpoint_created_at="2026-03-01T20:14:05Z",
            public_key=PUBLIC,
            exported="case",
            created_at="2026-03-01T20:14:05Z",
        )
        assert reads[0] <= 3 * _bound(N)


def test_proofs_without_stored_subtrees_are_the_same(copy_of_big_log: Path) -> None:
    with open_database(copy_of_big_log) as db:
        log = EvidenceLog(db, ORIGIN, KEY, clock=_clock)
        expected = log.inclusion_proof(31_337), log.consistency_proof(1000)
        with db.transaction() as conn:
            conn.exec_driver_sql("DELETE FROM evidence_subtrees WHERE level < 12")
        assert (log.inclusion_proof(31_337), log.consistency_proof(1000)) == expected
        assert verify_log(db, PUBLIC).size == N


def test_stored_subtrees_match_the_leaves(big_log: Path) -> None:
    with open_database(big_log) as db, db.transaction() as conn:
        repo = EvidenceRepository(conn)
        stored = repo.subtrees()
        expected: dict[tuple[int, int], bytes] = {}
        compact = merkle.CompactRange(
            sink=lambda level, pos, h: expected.__setitem__((level, pos), h)
        )
        for leaf in repo.leaf_hashes(0, N):
            compact.append(leaf)
    assert stored == expected
    assert len(stored) == sum(N >> level for level in range(merkle.STORED_LEVEL, 17))


def test_altered_subtree_fails_verification_and_export(copy_of_big_log: Path) -> None:
    with sqlite3.connect(copy_of_big_log / DATABASE_FILE) as raw:
        raw.execute(
            "UPDATE evidence_subtrees SET hash = zeroblob(32) WHERE level = 10 AND position = 1"
        )
    with open_database(copy_of_big_log) as db:
        with pytest.raises(VerificationError) as caught:
            verify_log(db, PUBLIC)
        assert str(caught.value) == (
            "entry 2047: the stored hash of entries 1024 to 2047 does not match them"
            " (the proof cache was altered)"
        )
        log = EvidenceLog(db, ORIGIN, KEY, clock=_clock)
        with pytest.raises(VerificationError, match="inclusion proof: computed root"):
            contents_from_log(
                db,
                [100],
                checkpoint=log.checkpoint(),
                checkpoint_created_at="2026-03-01T20:14:05Z",
                public_key=PUBLIC,
                exported="case",
                created_at="2026-03-01T20:14:05Z",
            )


def test_forged_or_orphaned_subtree_rows_fail_verification(copy_of_big_log: Path) -> None:
    with sqlite3.connect(copy_of_big_log / DATABASE_FILE) as raw:
        raw.execute("INSERT INTO evidence_subtrees VALUES (8, 1000, zeroblob(32))")
    with open_database(copy_of_big_log) as db, pytest.raises(VerificationError) as caught:
        verify_log(db, PUBLIC)
    assert str(caught.value) == (
        f"entry {N}: missing (a stored subtree hash covers entries 256000 to 256255)"
    )
    with sqlite3.connect(copy_of_big_log / DATABASE_FILE) as raw:
        raw.execute("UPDATE evidence_subtrees SET level = 3 WHERE position = 1000")
    with open_database(copy_of_big_log) as db, pytest.raises(VerificationError) as caught:
        verify_log(db, PUBLIC)
    assert "entry 8007: a stored subtree hash of entries 8000 to 8007 is not one" in str(
        caught.value
    )


def _at_revision(database: Database, revision: str) -> None:
    config = Config()
    with (
        resources.as_file(resources.files("sweetie.store") / "migrations") as scripts,
        database.transaction() as conn,
    ):
        config.set_main_option("script_location", str(scripts))
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_migration_0003_stores_the_subtrees_of_an_existing_log(copy_of_big_log: Path) -> None:
    with open_database(copy_of_big_log) as db, db.transaction() as conn:
        before = EvidenceRepository(conn).subtrees()
    with open_database(copy_of_big_log) as db:
        _at_revision(db, "0002")
        with db.transaction() as conn:
            assert not db.engine.dialect.has_table(conn, "evidence_subtrees")
    with open_database(copy_of_big_log) as db:  # back to head, recomputing the subtrees
        with db.transaction() as conn:
            assert EvidenceRepository(conn).subtrees() == before
        assert verify_log(db, PUBLIC).size == N


def test_append_events_stores_subtrees_across_flushes(tmp_path: Path) -> None:
    events = [
        ChatEvent(id=f"e{i}", ts="2026-03-01T20:14:05Z", network="irc.example.net",
                  room="#chat", sender="nick", text=f"hello {i}")
        for i in range(1500)
    ]  # fmt: skip
    with open_database(tmp_path) as db:
        with EvidenceLog(db, ORIGIN, KEY, clock=_clock, batch_size=100) as log:
            log.append_events(events[:700])
            log.erase(3, "retention period ended")
        with EvidenceLog(db, ORIGIN, KEY, clock=_clock, batch_size=333) as log:
            log.append_events(events)  # 700 already logged, 800 new
            log.checkpoint()
            size = log.size
        with db.transaction() as conn:
            assert {k[0] for k in EvidenceRepository(conn).subtrees()} == {8, 9, 10}
        assert verify_log(db, PUBLIC).size == size == 1501


def _events() -> Iterator[st.SearchStrategy[ChatEvent]]:
    text = st.text(max_size=20)
    yield st.builds(
        ChatEvent,
        id=st.text(min_size=1, max_size=8),
        ts=text,
        network=st.text(min_size=1, max_size=8),
        room=st.none() | text,
        sender=st.text(min_size=1, max_size=8),
        text=text,
        to=st.none() | text,
        conversation=text,
    )


@given(next(_events()))
def test_chat_event_bytes_is_the_canonical_json_of_the_event(event: ChatEvent) -> None:
    try:
        expected = canonical_bytes(event.to_json())
    except InputError:
        with pytest.raises(InputError):
            chat_event_bytes(event)
        return
    assert chat_event_bytes(event) == expected
