"""Which wording of a warning a subject gets: a keyed hash of the subject, stable for life.

For the research question "which wording deters best", each subject is assigned one variant
and keeps it, across restarts. The assignment is HMAC-SHA256 under a secret key kept in the
data dir (0600, made on first use): without the key nobody can predict or steer which
subjects get which wording, and the same subject always gets the same one.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from sweetie.events import ConfigError

__all__ = ["KEY_FILE", "VariantAssigner", "load_or_create_variant_key"]

KEY_FILE = "deterrence-variants.key"
KEY_BYTES = 32


def load_or_create_variant_key(data_dir: Path) -> bytes:
    path = data_dir / KEY_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            # O_EXCL: two processes starting at once cannot both write a key.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        else:
            key = secrets.token_bytes(KEY_BYTES)
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(key.hex() + "\n")
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(f"{path}: cannot read or create the variant key ({reason})") from None
    if len(key) != KEY_BYTES:
        raise ConfigError(f"{path}: the variant key must be {KEY_BYTES} bytes (hex)")
    return key


class VariantAssigner:
    def __init__(self, key: bytes, variants: Sequence[str]) -> None:
        if not variants:
            raise ConfigError("deterrence: the catalog has no variants")
        self._key = key
        self.variants = tuple(sorted(variants))

    @classmethod
    def for_data_dir(cls, data_dir: Path, variants: Sequence[str]) -> VariantAssigner:
        return cls(load_or_create_variant_key(data_dir), variants)

    def variant(self, subject: str) -> str:
        digest = hmac.new(self._key, subject.encode("utf-8"), hashlib.sha256).digest()
        return self.variants[int.from_bytes(digest[:8], "big") % len(self.variants)]
