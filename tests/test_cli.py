"""The command line as a user runs it: exit codes, one-line errors, the JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "data" / "train"
HELDOUT = ROOT / "data" / "heldout"


def sweetie(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sweetie.runtime.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def small_traffic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 40 conversations of the held-out split, with their labels."""
    folder = tmp_path_factory.mktemp("small")
    labels = [json.loads(x) for x in (HELDOUT / "labels.jsonl").read_text().splitlines()][:40]
    keep = {lab["conversation"] for lab in labels}
    lines = [
        x
        for x in (HELDOUT / "events.jsonl").read_text().splitlines()
        if json.loads(x)["conversation"] in keep
    ]
    (folder / "events.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "labels.jsonl").write_text("\n".join(json.dumps(x) for x in labels) + "\n")
    return folder


def test_scan_prints_tables_and_stores_evidence(small_traffic: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = sweetie("scan", small_traffic / "events.jsonl", "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert "Flagged conversations" in result.stdout
    assert "Subjects" in result.stdout
    assert (data / "sweetie.db").is_file()
    verified = sweetie("verify", "--data-dir", data)
    assert verified.returncode == 0, verified.stderr
    assert "evidence log verifies" in verified.stdout


def test_scan_json_and_rescan_is_idempotent(small_traffic: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = json.loads(
        sweetie("scan", small_traffic / "events.jsonl", "--data-dir", data, "--json").stdout
    )
    again = json.loads(
        sweetie("scan", small_traffic / "events.jsonl", "--data-dir", data, "--json").stdout
    )
    assert first["new_events"] == first["events"] > 0
    assert again["new_events"] == 0
    assert again["evidence_log_size"] == first["evidence_log_size"]
    assert first["conversations"], "some conversation is flagged"
    flagged = first["conversations"][0]
    assert {"conversation", "level", "score", "stage", "indicators", "senders"} <= set(flagged)


def test_eval_json_has_the_documented_shape(small_traffic: Path) -> None:
    result = sweetie(
        "eval", small_traffic / "events.jsonl", "--labels", small_traffic / "labels.jsonl", "--json"
    )
    assert result.returncode == 0, result.stderr
    m = json.loads(result.stdout)
    for label in ("solicitation", "facilitation", "offending"):
        assert set(m["conversations"][label]) == {"precision", "recall", "f1"}
    assert set(m["offenders"]) == {"precision", "recall", "f05"}
    assert isinstance(m["false_warning_rate"], float)
    assert set(m["delay"]) == {"median", "p90"}
    assert set(m["recall_by_language"]) <= {"en", "nl", "de", "tl", "ceb", "es"}


def test_eval_table(small_traffic: Path) -> None:
    result = sweetie(
        "eval", small_traffic / "events.jsonl", "--labels", small_traffic / "labels.jsonl"
    )
    assert result.returncode == 0
    assert "false-warning rate" in result.stdout
    assert "language" in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"id": "1", "ts": "2026-01-01T00:00:00Z"\n', "bad.jsonl:1: not valid JSON"),
        (
            b'{"id": "1", "ts": "2026-01-01T00:00:00Z", "network": "n", "sender": "a"}\n',
            "bad.jsonl:1: text: missing",
        ),
        (
            b'{"id": "1", "ts": "2026-01-01T00:00:00Z", "network": "n", "sender": "a", '
            b'"text": "\xff"}\n',
            "bad.jsonl:1: invalid UTF-8",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, expected: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content)
    result = sweetie("scan", bad, "--data-dir", tmp_path / "d")
    assert result.returncode == 2
    assert expected in one_line_error(result)


def test_skip_invalid_counts_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "1", "ts": "2026-01-01T00:00:00Z", "network": "n", "sender": "a", "text": "hi"}\n'
        "not json\n"
    )
    result = sweetie("scan", bad, "--data-dir", tmp_path / "d", "--skip-invalid", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["events"] == 1
    assert "skipped 1 invalid line: 1 bad JSON" in result.stderr


def test_missing_file_and_bad_usage(tmp_path: Path) -> None:
    missing = sweetie("scan", tmp_path / "nope.jsonl")
    assert missing.returncode == 2
    assert "nope.jsonl: no such file" in one_line_error(missing)
    assert sweetie("scan").returncode == 2
    assert sweetie("eval", tmp_path / "x.jsonl").returncode == 2  # --labels is required


def test_bad_model_file(small_traffic: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.json.gz"
    model.write_bytes(b"not a model")
    result = sweetie(
        "eval",
        small_traffic / "events.jsonl",
        "--labels",
        small_traffic / "labels.jsonl",
        "--model",
        model,
    )
    assert result.returncode == 2
    assert "model.json.gz: not a Sweetie model file" in one_line_error(result)


def test_verify_without_a_log(tmp_path: Path) -> None:
    result = sweetie("verify", "--data-dir", tmp_path)
    assert result.returncode == 2
    assert "no evidence log here" in one_line_error(result)


def test_demo_no_serve(tmp_path: Path) -> None:
    result = sweetie("demo", "--no-serve", "--data-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Flagged conversations" in result.stdout
    assert "warn level" in result.stdout
    assert len(list(tmp_path.glob("demo-*/sweetie.db"))) == 1


def test_train_writes_a_versioned_model_that_eval_uses(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    labels = [json.loads(x) for x in (TRAIN / "labels.jsonl").read_text().splitlines()]
    per_language: dict[str, int] = {}
    keep = set()
    for lab in labels:
        key = f"{lab['language']}/{lab['label']}"
        if per_language.get(key, 0) < 5:
            per_language[key] = per_language.get(key, 0) + 1
            keep.add(lab["conversation"])
    (corpus / "labels.jsonl").write_text(
        "\n".join(json.dumps(x) for x in labels if x["conversation"] in keep) + "\n"
    )
    (corpus / "events.jsonl").write_text(
        "\n".join(
            x
            for x in (TRAIN / "events.jsonl").read_text().splitlines()
            if json.loads(x)["conversation"] in keep
        )
        + "\n"
    )
    model = tmp_path / "model.json.gz"
    result = sweetie("train", corpus, "--out", model)
    assert result.returncode == 0, result.stderr
    assert "Held-out writer group" in result.stdout  # the labels name their writers
    assert "version m-" in result.stdout
    evaluated = sweetie(
        "eval",
        corpus / "events.jsonl",
        "--labels",
        corpus / "labels.jsonl",
        "--model",
        model,
        "--json",
    )
    assert evaluated.returncode == 0, evaluated.stderr
    assert json.loads(evaluated.stdout)["conversations"]["offending"]["recall"] > 0.5

    missing = sweetie("train", tmp_path / "nowhere", "--out", model)
    assert missing.returncode == 2
    assert "events.jsonl: missing" in one_line_error(missing)


READERS = Path(__file__).parent / "data" / "readers"


def test_pan12_scan_and_eval(tmp_path: Path) -> None:
    scanned = sweetie(
        "scan", READERS / "pan12_small.xml", "--format", "pan12", "--data-dir", tmp_path, "--json"
    )
    assert scanned.returncode == 0, scanned.stderr
    assert json.loads(scanned.stdout)["events"] == 5
    evaluated = sweetie(
        "eval",
        READERS / "pan12_small.xml",
        "--labels",
        READERS / "pan12_predators.txt",
        "--format",
        "pan12",
        "--json",
    )
    assert evaluated.returncode == 0, evaluated.stderr
    assert "offenders" in json.loads(evaluated.stdout)


def test_truncated_pan12_is_one_line_exit_2(tmp_path: Path) -> None:
    result = sweetie(
        "scan", READERS / "pan12_truncated.xml", "--format", "pan12", "--data-dir", tmp_path
    )
    assert result.returncode == 2
    assert "pan12_truncated.xml:" in one_line_error(result)


def test_ten_megabyte_message_is_refused_by_scan(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    text = "a" * (10 * 1024 * 1024)
    big.write_text(
        json.dumps(
            {"id": "1", "ts": "2026-01-01T00:00:00Z", "network": "n", "sender": "a", "text": text}
        )
        + "\n"
    )
    result = sweetie("scan", big, "--data-dir", tmp_path / "d")
    assert result.returncode == 2
    assert "big.jsonl:1:" in one_line_error(result)
