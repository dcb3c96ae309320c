"""The identity key: where it comes from, what it protects, and refusing the wrong one."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import pytest

from sweetie.events import ConfigError
from sweetie.identify import IdentityKey, load_identity_key
from sweetie.identify.crypto import KEY_ENV, KEY_FILE_ENV


def test_key_file_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    key = load_identity_key(tmp_path, environ={})
    path = tmp_path / "identity.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_identity_key(tmp_path, environ={})
    assert key.blind_index("email", "a@b.c") == again.blind_index("email", "a@b.c")


def test_environment_key_and_key_file_take_precedence(tmp_path: Path) -> None:
    master = bytes(range(32))
    encoded = base64.b64encode(master).decode()
    from_env = load_identity_key(tmp_path, environ={KEY_ENV: encoded})
    assert not (tmp_path / "identity.key").exists()
    file = tmp_path / "elsewhere.key"
    file.write_text(encoded + "\n")
    from_file = load_identity_key(None, environ={KEY_FILE_ENV: str(file)})
    assert from_env.blind_index("phone", "+1") == from_file.blind_index("phone", "+1")
    with pytest.raises(ConfigError, match="not base64"):
        load_identity_key(tmp_path, environ={KEY_ENV: "%%%"})
    with pytest.raises(ConfigError, match="expected 32"):
        load_identity_key(tmp_path, environ={KEY_ENV: base64.b64encode(b"short").decode()})
    with pytest.raises(ConfigError, match="SWEETIE_IDENTITY_KEY"):
        load_identity_key(None, environ={})


def test_ciphertext_is_bound_to_key_and_kind() -> None:
    key, other = IdentityKey(b"a" * 32), IdentityKey(b"b" * 32)
    nonce, sealed = key.encrypt("email", b"john@gmail.com")
    assert b"john" not in sealed
    assert key.decrypt("email", nonce, sealed) == b"john@gmail.com"
    with pytest.raises(ConfigError, match="cannot decrypt"):
        other.decrypt("email", nonce, sealed)
    with pytest.raises(ConfigError, match="cannot decrypt"):
        key.decrypt("phone", nonce, sealed)  # the kind is authenticated too


def test_blind_index_is_keyed_and_separate_from_encryption() -> None:
    key, other = IdentityKey(b"a" * 32), IdentityKey(b"b" * 32)
    assert key.blind_index("email", "x@y.z") != other.blind_index("email", "x@y.z")
    assert key.blind_index("email", "x@y.z") != key.blind_index("handle", "x@y.z")
    import hashlib
    import hmac

    # Not an HMAC under the master key itself: the index key is derived separately.
    assert (
        key.blind_index("email", "x@y.z")
        != hmac.new(b"a" * 32, b"email\x00x@y.z", hashlib.sha256).digest()
    )
