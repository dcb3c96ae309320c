"""The policy ladder: the pure function, its config, and the step on a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from deter_helpers import NETWORK, Item, MakeItem, Store, make_assessment
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sweetie.deter import DeterrenceStep, PolicyConfig, builtin_catalog, decide
from sweetie.deter.ladder import ladder_steps, parse_time
from sweetie.events import (
    ChatEvent,
    ConfigError,
    Decision,
    DecisionKind,
    Label,
    Level,
)
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.store import DecisionRepository, open_database
from sweetie.store.deterrence import OutboxRepository

T0 = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
K = DecisionKind


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def run(
    script: list[tuple[int, dict[str, object]]],
    config: PolicyConfig | None = None,
    mode: str = "deterrence",
    subject: str = "s",
) -> list[DecisionKind | None]:
    """Feed warn-level assessments (minute offset, assessment overrides) to the ladder."""
    config = config or PolicyConfig(cooldown_seconds=60)
    history: list[Decision] = []
    out: list[DecisionKind | None] = []
    for i, (minute, kw) in enumerate(script):
        at = T0 + timedelta(minutes=minute)
        event = ChatEvent(
            id=f"e{i}", ts=iso(at), network=NETWORK, room=None, sender=subject, to="x", text="."
        )
        a = make_assessment(event, **kw)  # type: ignore[arg-type]
        step = decide(history, a, at, config, mode)
        out.append(None if step is None else step.kind)
        if step is not None:
            history.append(
                Decision(
                    key=f"{event.id}:{a.subject}:{step.label}",
                    kind=step.kind,
                    subject=a.subject,
                    actor="policy",
                    at=iso(at),
                    event_id=event.id,
                    conversation=a.conversation,
                )
            )
    return out


def test_warn_1_then_warn_2_then_escalate() -> None:
    assert run([(0, {}), (5, {}), (10, {})]) == [K.WARN_1, K.WARN_2, K.ESCALATE]


def test_after_escalation_the_same_conversation_gets_nothing_more() -> None:
    assert run([(0, {}), (5, {}), (10, {}), (15, {})]) == [K.WARN_1, K.WARN_2, K.ESCALATE, None]


def test_below_warn_level_nothing_happens() -> None:
    script: list[tuple[int, dict[str, object]]] = [(0, {"level": Level.WATCH}), (5, {})]
    assert run(script) == [None, K.WARN_1]
    strict = PolicyConfig(warn_threshold=0.99, cooldown_seconds=60)
    assert run([(0, {"score": 0.98}), (5, {"score": 0.995})], strict) == [None, K.WARN_1]


def test_facilitation_and_the_severest_cues_escalate_at_once() -> None:
    assert run([(0, {"label": Label.FACILITATION})]) == [K.ESCALATE]
    assert run([(0, {"cues": ("cam_request", "younger_child")})]) == [K.ESCALATE]
    lenient = PolicyConfig(escalate_on_facilitation=False, escalate_cues=())
    assert run([(0, {"label": Label.FACILITATION})], lenient) == [K.WARN_1]


def test_cooldown_holds_the_ladder_and_records_suppressed() -> None:
    config = PolicyConfig(cooldown_seconds=600)
    got = run([(0, {}), (2, {}), (9, {}), (11, {}), (12, {}), (30, {})], config)
    assert got == [K.WARN_1, K.SUPPRESSED, K.SUPPRESSED, K.WARN_2, K.SUPPRESSED, K.ESCALATE]


def test_daily_cap() -> None:
    config = PolicyConfig(cooldown_seconds=0, max_warnings_per_day=1)
    got = run([(0, {}), (60, {}), (60 * 25, {}), (60 * 26, {})], config)
    assert got == [K.WARN_1, K.SUPPRESSED, K.WARN_2, K.ESCALATE]


def test_investigation_mode_withholds_warnings_but_keeps_the_ladder() -> None:
    got = run([(0, {}), (5, {}), (10, {})], mode="investigation")
    assert got == [K.SUPPRESSED, K.SUPPRESSED, K.ESCALATE]
    enabled = PolicyConfig(cooldown_seconds=60, warn_in_investigation=True)
    assert run([(0, {}), (5, {})], enabled, "investigation") == [K.WARN_1, K.WARN_2]
    for mode in ("platform", "deterrence"):
        assert run([(0, {})], mode=mode) == [K.WARN_1]


def test_config_from_mapping_and_its_errors() -> None:
    config = PolicyConfig.from_mapping(
        {"cooldown_seconds": 30, "max_warnings_per_day": 1, "warn_in_investigation": True},
        where="sweetie.toml [policy]",
    )
    assert config.cooldown_seconds == 30.0 and config.max_warnings_per_day == 1
    assert PolicyConfig.from_mapping({}, where="x") == PolicyConfig()
    bad: list[tuple[dict[str, object], str]] = [
        ({"cooldown": 3}, "sweetie.toml [policy]: cooldown: unknown setting"),
        ({"warn_threshold": 2}, "sweetie.toml [policy]: warn_threshold: 2.0 is not between"),
        ({"max_warnings_per_day": "2"}, "max_warnings_per_day: expected a whole number"),
        ({"warn_in_investigation": 1}, "warn_in_investigation: expected true or false"),
        ({"escalate_cues": ["nonsense"]}, "escalate_cues: expected cue categories"),
    ]
    for mapping, message in bad:
        with pytest.raises(ConfigError) as err:
            PolicyConfig.from_mapping(mapping, where="sweetie.toml [policy]")
        assert message in str(err.value) and "\n" not in str(err.value)


# --- properties ---------------------------------------------------------------------------

gaps = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 60 * 30), st.sampled_from(list(Label)[:2])),
    min_size=1,
    max_size=25,
)
configs = st.builds(
    PolicyConfig,
    cooldown_seconds=st.sampled_from([0.0, 60.0, 600.0, 3600.0]),
    max_warnings_per_day=st.integers(0, 3),
    escalate_on_facilitation=st.booleans(),
)
modes = st.sampled_from(["platform", "deterrence", "investigation"])


@given(gaps, configs, modes)
def test_no_subject_gets_more_warnings_a_day_than_the_cap(
    script: list[tuple[int, int, Label]], config: PolicyConfig, mode: str
) -> None:
    histories: dict[str, list[Decision]] = {}
    at = T0
    assessments = []
    for i, (who, gap, label) in enumerate(script):
        at += timedelta(seconds=gap)
        event = ChatEvent(
            id=f"e{i}", ts=iso(at), network=NETWORK, room=None, sender=f"s{who}", to="x", text="."
        )
        a = make_assessment(event, label=label)
        assessments.append((a, at))
        history = histories.setdefault(a.subject, [])
        step = decide(history, a, at, config, mode)
        if step is not None:
            history.append(
                Decision(
                    key=f"{event.id}:{a.subject}:{step.label}",
                    kind=step.kind,
                    subject=a.subject,
                    actor="policy",
                    at=iso(at),
                    event_id=event.id,
                    conversation=a.conversation,
                )
            )
    for history in histories.values():
        sent = [parse_time(d.at) for d in history if d.kind in (K.WARN_1, K.WARN_2)]
        for start in sent:
            in_day = [t for t in sent if start <= t < start + timedelta(days=1)]
            assert len(in_day) <= config.max_warnings_per_day
        assert len(ladder_steps(history)) <= 2
        if mode == "investigation":
            assert not sent
    # Replaying every assessment against the final state decides nothing new.
    for a, when in assessments:
        assert decide(histories[a.subject], a, when, config, mode) is None


def _step(
    store: Store, mode: str = "deterrence", config: PolicyConfig | None = None
) -> DeterrenceStep:
    return DeterrenceStep(
        store.database,
        store.log,
        config or PolicyConfig(cooldown_seconds=60),
        mode,
        store.data_dir,
    )


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 600)), min_size=1, max_size=12), modes)
def test_replaying_a_batch_decides_nothing_new(
    tmp_path_factory: pytest.TempPathFactory, script: list[tuple[int, int]], mode: str
) -> None:
    folder = tmp_path_factory.mktemp("replay")
    database = open_database(folder)
    log = EvidenceLog(database, "t/e", load_or_create_signing_key(folder, "t/e"))
    try:
        store = Store(database, log, folder)
        at = T0
        batch = []
        for i, (who, gap) in enumerate(script):
            at += timedelta(seconds=gap)
            event = ChatEvent(
                id=f"e{i}",
                ts=iso(at),
                network=NETWORK,
                room=None,
                sender=f"s{who}",
                to="x",
                text=".",
            )
            batch.append(Item(event, i, True, (make_assessment(event),)))
        _step(store, mode).on_batch(None, batch)
        with database.transaction() as conn:
            first = DecisionRepository(conn).all()
            queued = OutboxRepository(conn).pending(None, 1000)
        size = log.size
        again = _step(store, mode)  # a restart: state from the decisions table only
        again.on_batch(None, batch)
        again.on_batch(None, batch[: len(batch) // 2])
        with database.transaction() as conn:
            assert DecisionRepository(conn).all() == first
            assert OutboxRepository(conn).pending(None, 1000) == queued
        assert log.size == size and not again.tally.decisions
        assert len(first) >= 1
        warned = {d.key for d in first if d.kind in (K.WARN_1, K.WARN_2)}
        assert {w.decision_key for _, w in queued} == warned
    finally:
        log.close()
        database.close()


def test_the_step_records_before_it_queues(store: Store, item: MakeItem) -> None:
    escalated: list[Decision] = []
    step = _step(store)
    step.on_escalate = escalated.append
    batch = [
        item("e1", "2026-03-01T20:00:00Z"),
        item("e2", "2026-03-01T20:05:00+00:00"),
        item("e3", "2026-03-01T20:10:00Z", new=False),  # a replay: not acted on
        item("e4", "2026-03-01T21:10:00Z"),
        item("e5", "2026-03-01T21:11:00Z", level=Level.WATCH),
    ]
    step.on_batch(None, batch)
    with store.database.transaction() as conn:
        decisions = DecisionRepository(conn).all()
        pending = OutboxRepository(conn).pending(None, 10)
    assert [d.kind for d in decisions] == [K.WARN_1, K.WARN_2, K.ESCALATE]
    assert [d.at for d in decisions][1] == "2026-03-01T20:05:00Z"  # normalised to UTC "Z"
    assert decisions[0].key == f"e1:{NETWORK}/offender:warn_1"
    assert escalated == [decisions[2]]
    assert [w.decision_key for _, w in pending] == [decisions[0].key, decisions[1].key]
    warning = pending[1][1]
    assert warning.target == "offender" and warning.network == NETWORK
    assert "identified" in warning.text and warning.jurisdiction == "generic"
    # Each decision is in the evidence log, at the index the table records.
    store.log.flush()
    with store.database.transaction() as conn:
        rows = conn.exec_driver_sql("SELECT key, evidence_idx FROM decisions").all()
    for key, idx in rows:
        record = store.log.record(idx)
        assert record is not None and record["key"] == key


def test_jurisdiction_and_language_choose_the_text(store: Store, item: MakeItem) -> None:
    step = DeterrenceStep(
        store.database,
        store.log,
        PolicyConfig(),
        "platform",
        store.data_dir,
        jurisdiction_of=lambda subject: "PH" if subject.endswith("/juan") else "FR",
    )
    step.on_batch(
        None,
        [
            item("a1", "2026-03-01T20:00:00Z", "juan", language="tl"),
            item("b1", "2026-03-01T20:00:00Z", "jean", language="fr"),  # no French texts
        ],
    )
    ph, fr = step.tally.warnings
    assert ph.language == "tl" and ph.jurisdiction == "PH"
    assert ph.text == builtin_catalog().entry("tl", "PH", "warn_1", ph.variant).text
    assert fr.language == "en" and fr.jurisdiction == "EU"
    assert fr.text == builtin_catalog().entry("en", "EU", "warn_1", fr.variant).text
    assert ph.catalog_entry == f"tl/PH/warn_1/{ph.variant}"


def test_bad_mode_is_a_config_error(store: Store) -> None:
    with pytest.raises(ConfigError, match="mode: 'police'"):
        DeterrenceStep(store.database, store.log, PolicyConfig(), "police", store.data_dir)


def test_variant_key_is_created_in_the_data_dir(store: Store) -> None:
    _step(store)
    key = next(Path(store.data_dir).glob("deterrence-variants.key"))
    assert key.stat().st_mode & 0o777 == 0o600
