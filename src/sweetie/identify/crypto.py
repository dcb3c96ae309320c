"""The identity key: identifiers are stored encrypted, and matched by a keyed blind index.

AES-256-GCM encrypts each identifier (its kind is the associated data, so a ciphertext cannot
be passed off as another kind). Matching two disclosures uses HMAC-SHA256 of the normalised
value under a second key, derived separately from the same master key: the database alone
reveals no e-mail address or phone number, and equal identifiers still meet.

The master key (32 bytes) comes from, in order: the environment variable
SWEETIE_IDENTITY_KEY (base64), a key file (SWEETIE_IDENTITY_KEY_FILE or the caller's path),
or `identity.key` in the data dir, created on first use with mode 0600.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sweetie.events import ConfigError

__all__ = ["KEY_ENV", "KEY_FILE", "KEY_FILE_ENV", "IdentityKey", "load_identity_key"]

KEY_ENV = "SWEETIE_IDENTITY_KEY"
KEY_FILE_ENV = "SWEETIE_IDENTITY_KEY_FILE"
KEY_FILE = "identity.key"
_NONCE = 12


def _derive(master: bytes, purpose: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"sweetie.identify", info=purpose)
    return hkdf.derive(master)


class IdentityKey:
    def __init__(self, master: bytes) -> None:
        if len(master) != 32:
            raise ConfigError(f"identity key: {len(master)} bytes, expected 32")
        self._aead = AESGCM(_derive(master, b"encrypt identifiers"))
        self._index = _derive(master, b"blind index")

    def encrypt(self, kind: str, plaintext: bytes) -> tuple[bytes, bytes]:
        """(nonce, ciphertext)."""
        nonce = os.urandom(_NONCE)
        return nonce, self._aead.encrypt(nonce, plaintext, kind.encode())

    def decrypt(self, kind: str, nonce: bytes, ciphertext: bytes) -> bytes:
        try:
            return self._aead.decrypt(nonce, ciphertext, kind.encode())
        except InvalidTag:
            raise ConfigError(
                "identity key: cannot decrypt a stored identifier (is this the key the data"
                " was written with?)"
            ) from None

    def blind_index(self, kind: str, match: str) -> bytes:
        message = kind.encode() + b"\x00" + match.encode()
        return hmac.new(self._index, message, hashlib.sha256).digest()

    @classmethod
    def generate(cls) -> IdentityKey:
        return cls(os.urandom(32))


def _read_key_file(path: Path) -> bytes:
    try:
        raw = path.read_bytes().strip()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the identity key ({exc.strerror})") from None
    return _decode(raw, str(path))


def _decode(raw: bytes | str, where: str) -> bytes:
    try:
        key = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(f"{where}: the identity key is not base64") from None
    if len(key) != 32:
        raise ConfigError(f"{where}: the identity key has {len(key)} bytes, expected 32")
    return key


def load_identity_key(
    data_dir: Path | None,
    *,
    key_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    create: bool = True,
) -> IdentityKey:
    env = os.environ if environ is None else environ
    if env.get(KEY_ENV):
        return IdentityKey(_decode(env[KEY_ENV], KEY_ENV))
    path = key_file or (Path(env[KEY_FILE_ENV]) if env.get(KEY_FILE_ENV) else None)
    if path is not None:
        return IdentityKey(_read_key_file(path))
    if data_dir is None:
        raise ConfigError(
            f"identity key: set {KEY_ENV} or {KEY_FILE_ENV} (no data dir to keep {KEY_FILE} in)"
        )
    path = data_dir / KEY_FILE
    if not path.exists():
        if not create:
            raise ConfigError(f"{path}: no identity key")
        data_dir.mkdir(parents=True, exist_ok=True)
        master = os.urandom(32)
        # Created 0600 from the start: never readable by others, not even for a moment.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return IdentityKey(_read_key_file(path))  # another process made it just now
        with os.fdopen(fd, "wb") as f:
            f.write(base64.b64encode(master) + b"\n")
        return IdentityKey(master)
    return IdentityKey(_read_key_file(path))
