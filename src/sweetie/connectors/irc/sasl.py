"""SASL PLAIN (RFC 4616) for IRC's AUTHENTICATE: the payload, base64, in 400-byte pieces."""

from __future__ import annotations

import base64

__all__ = ["SASL_CHUNK", "plain_payload_chunks"]

SASL_CHUNK = 400


def plain_payload_chunks(username: str, password: str, authzid: str = "") -> list[str]:
    """The AUTHENTICATE arguments that carry the credentials. A payload that is an exact
    multiple of 400 bytes ends with `+` so the server knows it is complete."""
    if "\0" in username or "\0" in password or "\0" in authzid:
        raise ValueError("sasl: credentials must not contain NUL")
    raw = f"{authzid}\0{username}\0{password}".encode()
    encoded = base64.b64encode(raw).decode("ascii")
    chunks = [encoded[i : i + SASL_CHUNK] for i in range(0, len(encoded), SASL_CHUNK)]
    if not chunks or len(chunks[-1]) == SASL_CHUNK:
        chunks.append("+")
    return chunks
