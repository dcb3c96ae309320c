"""Message variants (stable keyed assignment), the outbox, and the deterrence report."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from deter_helpers import MakeItem, Store

from sweetie.deter import DeterrenceStep, Outbox, PolicyConfig, VariantAssigner, deterrence_report
from sweetie.deter.report import FirstWarning, compute_report, wilson_interval
from sweetie.deter.variants import KEY_FILE
from sweetie.events import ConfigError, InputError

VARIANTS = ("both", "help", "legal")


def test_variants_are_stable_across_restarts_and_spread(tmp_path: Path) -> None:
    subjects = [f"irc.example.net/nick{i}" for i in range(300)]
    first = VariantAssigner.for_data_dir(tmp_path, VARIANTS)
    assigned = [first.variant(s) for s in subjects]
    assert (tmp_path / KEY_FILE).stat().st_mode & 0o777 == 0o600
    again = VariantAssigner.for_data_dir(tmp_path, list(reversed(VARIANTS)))
    assert [again.variant(s) for s in subjects] == assigned
    counts = Counter(assigned)
    assert set(counts) == set(VARIANTS) and min(counts.values()) > 60
    # Another deployment (another key) assigns differently: the key, not the nick, decides.
    other = VariantAssigner.for_data_dir(tmp_path / "other", VARIANTS)
    assert [other.variant(s) for s in subjects] != assigned


def test_a_broken_variant_key_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / KEY_FILE).write_text("not hex\n")
    with pytest.raises(ConfigError, match=KEY_FILE):
        VariantAssigner.for_data_dir(tmp_path, VARIANTS)


@pytest.mark.parametrize(
    ("k", "n", "lo", "hi"),
    [
        # Published values: Newcombe (1998), Statistics in Medicine 17:857-872, Table I,
        # method 3 (Wilson score interval without continuity correction), to 4 places.
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_interval_known_values(k: int, n: int, lo: float, hi: float) -> None:
    got = wilson_interval(k, n)
    assert got == pytest.approx((lo, hi), abs=5e-5)


def test_report_counts_reoffending_within_each_window() -> None:
    t0 = datetime(2026, 3, 1, tzinfo=UTC)
    warned = [
        FirstWarning("a", "legal", t0),
        FirstWarning("b", "legal", t0, sent=True),
        FirstWarning("c", "legal", t0),
        FirstWarning("d", "help", t0),
    ]
    times = {
        "a": [t0 - timedelta(hours=1), t0 + timedelta(hours=2)],  # again within a day
        "b": [t0 + timedelta(days=3)],  # within a week
        "c": [t0 - timedelta(days=1)],  # only before the warning: not again
        "d": [t0 + timedelta(days=29, hours=23)],
    }
    report = compute_report(warned, times, ["both", "help", "legal"]).to_json()
    legal = report["variants"]["legal"]
    assert legal["warned"] == 3 and legal["sent"] == 1
    assert [legal["reoffended"][w]["count"] for w in ("1d", "7d", "30d")] == [1, 2, 2]
    assert legal["reoffended"]["7d"]["rate"] == pytest.approx(2 / 3, abs=1e-6)
    assert legal["reoffended"]["7d"]["ci95"] == pytest.approx(wilson_interval(2, 3), abs=1e-6)
    assert [report["variants"]["help"]["reoffended"][w]["count"] for w in ("1d", "7d", "30d")] == [
        0,
        0,
        1,
    ]
    both = report["variants"]["both"]
    assert both["warned"] == 0 and both["reoffended"]["1d"] == {
        "count": 0,
        "rate": 0.0,
        "ci95": [0.0, 1.0],
    }
    json.dumps(report)


def test_outbox_drains_and_records_what_was_sent(store: Store, item: MakeItem) -> None:
    step = DeterrenceStep(store.database, store.log, PolicyConfig(), "deterrence", store.data_dir)
    step.on_batch(
        None, [item("e1", "2026-03-01T20:00:00Z"), item("f1", "2026-03-01T20:00:01Z", "other")]
    )
    outbox = Outbox(store.database, store.log)
    assert outbox.pending(network="elsewhere") == []
    pending = outbox.pending(limit=10)
    assert [w.target for _, w in pending] == ["offender", "other"]
    assert outbox.pending(limit=1) == pending[:1]
    (first, warning), (second, _) = pending
    size = store.log.size
    outbox.mark_sent(first, "2026-03-01T20:00:05Z")
    outbox.mark_sent(first, "2026-03-01T20:00:06Z")  # idempotent: nothing more recorded
    assert store.log.size == size + 1
    record = store.log.record(size)
    assert record is not None and record["text"] == warning.text and record["outbox_id"] == first
    assert store.log.entry(size).kind == "warning_sent"  # type: ignore[union-attr]
    outbox.mark_failed(second, "target left\nthe network")
    assert store.log.record(size + 1)["reason"] == "target left the network"  # type: ignore[index]
    assert outbox.pending() == []
    with pytest.raises(InputError, match="outbox id 99"):
        outbox.mark_sent(99, "2026-03-01T20:00:05Z")
    report = deterrence_report(store.database).to_json()
    assert sum(v["warned"] for v in report["variants"].values()) == 2
    assert sum(v["sent"] for v in report["variants"].values()) == 1
