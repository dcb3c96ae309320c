"""Helpers for the identify tests (a module of its own: `conftest` names clash across folders)."""

from __future__ import annotations

import json
from pathlib import Path

Line = tuple[str, str, str, str, str, str]  # id, network, conversation, sender, to, text


def write_jsonl(path: Path, lines: list[Line]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for n, (event_id, network, conversation, sender, to, text) in enumerate(lines):
            f.write(
                json.dumps(
                    {
                        "id": event_id,
                        "ts": f"2026-03-01T20:{n // 60:02d}:{n % 60:02d}Z",
                        "network": network,
                        "room": None,
                        "conversation": conversation,
                        "sender": sender,
                        "to": to,
                        "text": text,
                    }
                )
                + "\n"
            )
    return path
