"""Which captured ids are logged already: the one-probe answer for a batch of new ids must
never hide an id that is logged (SQLite; PostgreSQL always looks every id up)."""

from __future__ import annotations

from pathlib import Path

from sweetie.events import ChatEvent
from sweetie.evidence import EvidenceLog, SigningKey, verify_log
from sweetie.store import CapturedEventRepository, open_database

ORIGIN = "sweetie.test/ingest"
KEY = SigningKey.generate(ORIGIN)


def _event(event_id: str, text: str = "hello") -> ChatEvent:
    return ChatEvent(
        id=event_id, ts="2026-03-01T20:14:05Z", network="irc.example.net",
        room="#chat", sender="nick", text=text,
    )  # fmt: skip


def test_batches_around_logged_ids_find_exactly_those(tmp_path: Path) -> None:
    with open_database(tmp_path) as db:
        log = EvidenceLog(db, ORIGIN, KEY, batch_size=1000)
        assert log.append_events([_event(i) for i in ("m1", "m3", "m5")]) == [0, 1, 2]
        log.flush()
        # between logged ids, and around all of them: nothing logged, all new
        assert log.append_events([_event("m2"), _event("m4")]) == [3, 4]
        log.flush()
        assert log.append_events([_event("a0"), _event("z9")]) == [5, 6]
        log.flush()
        # a logged id at either end of the batch's range, or alone
        assert log.append_events([_event("a1"), _event("m3")]) == [7, 1]
        assert log.append_events([_event("m5"), _event("z8")]) == [2, 8]
        assert log.append_event(_event("m1")) == 0
        # beyond every logged id: the probe's usual case
        assert log.append_events([_event("zz1"), _event("zz2")]) == [9, 10]
        log.flush()
        assert verify_log(db, KEY.public_key_text()).size == 11


def test_lookup_orders_ids_by_code_point(tmp_path: Path) -> None:
    # U+FF5E sorts before U+1F600 by code point (and in UTF-8), after it in UTF-16: a probe
    # ordered otherwise than Python's min/max would call the logged id new.
    logged, other = "irc.example.net:\U0001f600", "irc.example.net:\uff5e"
    with open_database(tmp_path) as db:
        log = EvidenceLog(db, ORIGIN, KEY)
        assert log.append_event(_event(logged)) == 0
        log.flush()
        assert log.append_events([_event(other), _event(logged)]) == [1, 0]
        log.flush()
        with db.transaction() as conn:
            found = CapturedEventRepository(conn).logged([other, "é", logged, "zz"])
        assert {k: v[0] for k, v in found.items()} == {logged: 0, other: 1}
        with db.transaction() as conn:
            assert CapturedEventRepository(conn).logged(["é", "zz", "\U0001f601"]) == {}
