"""A full disk or a read-only data dir: `sweetie scan` stops with one clear line (exit 2),
what was committed still verifies, and a later run with room finishes exactly once.

The data dir is a small tmpfs mounted by the test (as root; this container allows it): full
means the filesystem's real ENOSPC, read-only a real `remount,ro` (EROFS). chmod would not
stop root. Without root, the read-only case uses chmod and the full-disk case cannot run.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pg_support import Target, run_sweetie, snapshot

ROOT = os.geteuid() == 0


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _remount(path: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(path)], check=True)


def _head(traffic: Path, out: Path, lines: int) -> Path:
    with traffic.open() as src, out.open("w") as dst:
        for _, line in zip(range(lines), src, strict=False):
            dst.write(line)
    return out


def _one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # no traceback
    assert any(w in lines[0] for w in words), lines[0]
    return lines[0]


def _verify_then_finish(target: Target, traffic: Path) -> None:
    verified = run_sweetie("verify", *target.args())
    assert verified.returncode == 0, verified.stdout + verified.stderr
    finished = run_sweetie("scan", str(traffic), *target.args())
    assert finished.returncode == 0, finished.stderr
    found = snapshot(target)
    events = sum(1 for _ in traffic.open())
    assert found["distinct_events"] == found["kinds"]["chat_event"] == events


def test_read_only_data_dir(traffic: Path, tmp_path: Path) -> None:
    first = _head(traffic, tmp_path / "first.jsonl", 1000)
    traffic = _head(traffic, tmp_path / "more.jsonl", 4000)
    if not ROOT:
        target = Target(tmp_path / "data")
        assert run_sweetie("scan", str(first), *target.args()).returncode == 0
        target.data_dir.chmod(0o555)
        try:
            _one_line_error(run_sweetie("scan", str(traffic), *target.args()), "read-only")
        finally:
            target.data_dir.chmod(0o755)
        _verify_then_finish(target, traffic)
        return
    with tmpfs(tmp_path / "mnt", "64m") as mnt:
        target = Target(mnt / "data")
        assert run_sweetie("scan", str(first), *target.args()).returncode == 0
        _remount(mnt, "ro")
        _one_line_error(run_sweetie("scan", str(traffic), *target.args()), "read-only")
        _remount(mnt, "rw")
        _verify_then_finish(target, traffic)


@pytest.mark.skipif(not ROOT, reason="filling a disk needs a tmpfs mount, which needs root")
def test_full_disk(traffic: Path, tmp_path: Path) -> None:
    traffic = _head(traffic, tmp_path / "some.jsonl", 6000)
    with tmpfs(tmp_path / "mnt", "1m") as mnt:
        target = Target(mnt / "data")
        _one_line_error(run_sweetie("scan", str(traffic), *target.args()), "disk is full")
        _remount(mnt, "size=64m")
        _verify_then_finish(target, traffic)
