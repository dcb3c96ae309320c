"""Signed tree heads as C2SP tlog-checkpoint signed notes, signed with Ed25519.

A checkpoint body is "<origin>\\n<size>\\n<base64 root>\\n"; the signed note appends a blank
line and one line per signature, "— <key name> <base64(key hash ‖ signature)>", where the key
hash is the first 4 bytes of SHA-256(key name ‖ "\\n" ‖ 0x01 ‖ public key) (C2SP signed-note,
algorithm 0x01 = Ed25519). Verifier keys are written "<name>+<key hash hex>+<base64(0x01 ‖
public key)>" and private keys "PRIVATE+KEY+<name>+<key hash hex>+<base64(0x01 ‖ seed)>", the
encodings of golang.org/x/mod/sumdb/note, so standard tooling can check our checkpoints.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sweetie.events import ConfigError, InputError, VerificationError

ALG_ED25519 = b"\x01"
KEY_FILE = "evidence-signing.key"
_DASH = "\u2014"  # the em dash that opens every signature line


def _check_name(name: str) -> None:
    if not name or any(c.isspace() or c == "+" or not c.isprintable() for c in name):
        raise ConfigError(f"key name {name!r}: must be non-empty, without spaces or '+'")


def _b64decode(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_hash(name: str, public_key: bytes) -> bytes:
    """The 4-byte key id of a signed-note Ed25519 key."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ALG_ED25519 + public_key).digest()[:4]


@dataclass(frozen=True, slots=True)
class NoteVerifier:
    """A public key that checks signed notes."""

    name: str
    key_id: bytes
    public_key: bytes

    @classmethod
    def from_text(cls, text: str) -> NoteVerifier:
        """Parse "<name>+<hash hex>+<base64(0x01 ‖ public key)>"."""
        parts = text.strip().split("+", 2)  # base64 may hold '+'; names and hex may not
        try:
            if len(parts) != 3:
                raise ValueError("needs three '+'-separated parts")
            name, hash_hex, key_b64 = parts
            _check_name(name)
            key = _b64decode(key_b64)
            if len(key) != 33 or key[:1] != ALG_ED25519:
                raise ValueError("not an Ed25519 key")
            key_id = bytes.fromhex(hash_hex)
            if len(key_id) != 4 or key_id != key_hash(name, key[1:]):
                raise ValueError("key hash does not match name and key")
        except (ValueError, ConfigError, binascii.Error) as exc:
            raise InputError(f"not a verifier key: {exc}", field="public key") from None
        return cls(name, key_id, key[1:])

    def text(self) -> str:
        encoded = base64.b64encode(ALG_ED25519 + self.public_key).decode("ascii")
        return f"{self.name}+{self.key_id.hex()}+{encoded}"

    def open(self, note: str) -> str:
        """The body of `note` if this key signed it; VerificationError otherwise."""
        split = note.rfind("\n\n")
        if split < 0 or not note.endswith("\n"):
            raise VerificationError("signed note: malformed (no blank line before signatures)")
        body, signatures = note[: split + 1], note[split + 2 :]
        for line in signatures.splitlines():
            fields = line.split(" ")
            if len(fields) != 3 or fields[0] != _DASH:
                raise VerificationError(f"signed note: malformed signature line {line!r}")
            if fields[1] != self.name:
                continue
            try:
                blob = _b64decode(fields[2])
            except (ValueError, binascii.Error):
                raise VerificationError("signed note: signature is not base64") from None
            if blob[:4] != self.key_id:
                continue
            try:
                Ed25519PublicKey.from_public_bytes(self.public_key).verify(
                    blob[4:], body.encode("utf-8")
                )
            except InvalidSignature:
                raise VerificationError(
                    f"signed note: signature by {self.name} does not verify"
                ) from None
            return body
        raise VerificationError(f"signed note: no signature by key {self.name}")


class SigningKey:
    """An Ed25519 note-signing key and its name (conventionally the log origin)."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        _check_name(name)
        self.name = name
        self._key = private_key
        public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.verifier = NoteVerifier(name, key_hash(name, public), public)

    @classmethod
    def generate(cls, name: str) -> SigningKey:
        return cls(name, Ed25519PrivateKey.generate())

    @classmethod
    def from_text(cls, text: str, *, source: str | None = None) -> SigningKey:
        """Parse "PRIVATE+KEY+<name>+<hash hex>+<base64(0x01 ‖ seed)>"."""
        parts = text.strip().split("+", 4)
        try:
            if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
                raise ValueError("not a PRIVATE+KEY line")
            seed = _b64decode(parts[4])
            if len(seed) != 33 or seed[:1] != ALG_ED25519:
                raise ValueError("not an Ed25519 key")
            key = cls(parts[2], Ed25519PrivateKey.from_private_bytes(seed[1:]))
            if parts[3] != key.verifier.key_id.hex():
                raise ValueError("key hash does not match name and key")
        except (ValueError, ConfigError, binascii.Error) as exc:
            raise InputError(f"not a signing key: {exc}", source=source) from None
        return key

    def private_text(self) -> str:
        seed = self._key.private_bytes_raw()
        encoded = base64.b64encode(ALG_ED25519 + seed).decode("ascii")
        return f"PRIVATE+KEY+{self.name}+{self.verifier.key_id.hex()}+{encoded}"

    def public_key_text(self) -> str:
        """The verifier key: "<name>+<key hash hex>+<base64(0x01 ‖ public key)>"."""
        return self.verifier.text()

    def sign(self, body: str) -> str:
        """The signed note of `body` (which must end in a newline)."""
        if not body.endswith("\n") or "\n\n" in body:
            raise ValueError("note body must end in one newline and hold no blank line")
        signature = self._key.sign(body.encode("utf-8"))
        blob = base64.b64encode(self.verifier.key_id + signature).decode("ascii")
        return f"{body}\n{_DASH} {self.name} {blob}\n"


def load_or_create_signing_key(data_dir: Path, name: str) -> SigningKey:
    """The data dir's log signing key, created (mode 0600) the first time."""
    path = data_dir / KEY_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        if path.exists():
            key = SigningKey.from_text(path.read_text(encoding="ascii"), source=str(path))
            if key.name != name:
                raise ConfigError(f"{path}: the signing key is named {key.name!r}, not {name!r}")
            return key
        key = SigningKey.generate(name)
        # O_EXCL: two processes starting at once must not each write their own key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(key.private_text() + "\n")
            out.flush()
            os.fsync(out.fileno())
        return key
    except FileExistsError:
        return load_or_create_signing_key(data_dir, name)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"cannot read or create the signing key ({exc})", source=str(path)
        ) from None


@dataclass(frozen=True, slots=True)
class SignedCheckpoint:
    origin: str
    size: int
    root: bytes
    note: str


def checkpoint_body(origin: str, size: int, root: bytes) -> str:
    if not origin or "\n" in origin or not origin.isprintable():
        raise ConfigError(f"log origin {origin!r}: must be one non-empty printable line")
    return f"{origin}\n{size}\n{base64.b64encode(root).decode('ascii')}\n"


def sign_checkpoint(key: SigningKey, origin: str, size: int, root: bytes) -> SignedCheckpoint:
    return SignedCheckpoint(origin, size, root, key.sign(checkpoint_body(origin, size, root)))


def open_checkpoint(note: str, verifier: NoteVerifier) -> SignedCheckpoint:
    """Check the signature and parse the body; VerificationError if either fails."""
    body = verifier.open(note)
    lines = body.split("\n")
    try:
        origin, size_text, root_text = lines[0], lines[1], lines[2]
        size = int(size_text)
        root = _b64decode(root_text)
        if size < 0 or str(size) != size_text or len(root) != 32:
            raise ValueError
    except (IndexError, ValueError, binascii.Error):
        raise VerificationError("checkpoint: malformed body") from None
    return SignedCheckpoint(origin, size, root, note)
