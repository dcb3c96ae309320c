"""RFC 3161 trusted timestamps of checkpoints (optional, off unless a TSA URL is given).

A signed checkpoint proves what the log held, but its time is only the log's own word. A
timestamp authority (TSA) countersigns the SHA-256 of the checkpoint note, so a court can
see the evidence existed no later than the TSA's time. The token (the DER TimeStampResp, the
`.tsr` of `openssl ts -reply`) is stored beside the checkpoint and put in export bundles.

Request building, response parsing and the CMS signature check are rfc3161-client's.
Without pinned roots, `check_token` proves the token is intact and signed by the
certificates it carries, and covers the checkpoint; trust in the TSA itself needs its root
certificate (`roots`).
"""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from datetime import UTC, datetime

from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerifierBuilder,
    decode_timestamp_response,
)
from rfc3161_client import VerificationError as TspVerificationError
from sqlalchemy import insert, select

from sweetie.events import ConfigError, VerificationError
from sweetie.evidence.bundle import TimestampInfo
from sweetie.evidence.checkpoint import SignedCheckpoint
from sweetie.store import Database
from sweetie.store.models import checkpoint_timestamps

__all__ = ["check_token", "request_token", "stamp_checkpoint", "stored_tokens"]

_HASHES = {
    "2.16.840.1.101.3.4.2.1": hashlib.sha256,
    "2.16.840.1.101.3.4.2.2": hashlib.sha384,
    "2.16.840.1.101.3.4.2.3": hashlib.sha512,
}
MAX_RESPONSE_BYTES = 1024 * 1024


def _decode(token: bytes) -> TimeStampResponse:
    try:
        return decode_timestamp_response(token)
    except (ValueError, TypeError):
        raise VerificationError("not an RFC 3161 timestamp response") from None


def _signer(response: TimeStampResponse) -> x509.Certificate | None:
    infos = list(response.signed_data.signer_infos)
    if len(infos) != 1:
        return None
    for der in response.signed_data.certificates:
        cert = x509.load_der_x509_certificate(der)
        if cert.issuer == infos[0].issuer and cert.serial_number == infos[0].serial_number:
            return cert
    return None


def check_token(
    token: bytes, data: bytes, *, roots: Sequence[x509.Certificate] | None = None
) -> TimestampInfo:
    """Check that `token` is a granted, intact timestamp over `data`; VerificationError if not.

    With `roots`, the TSA's certificate must chain to one of them. Without, the chain the
    token carries is taken as is (its self-signed certificates as roots).
    """
    response = _decode(token)
    if response.status not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        raise VerificationError(f"the authority did not grant the timestamp ({response.status})")
    try:
        info = response.tst_info
    except (ValueError, TypeError):
        raise VerificationError("the response holds no timestamp token") from None
    imprint = info.message_imprint
    hash_fn = _HASHES.get(imprint.hash_algorithm.dotted_string)
    if hash_fn is None:
        raise VerificationError(f"unsupported hash {imprint.hash_algorithm.dotted_string}")
    if imprint.message != hash_fn(data).digest():
        raise VerificationError("the token is not over this checkpoint")
    carried = [x509.load_der_x509_certificate(c) for c in response.signed_data.certificates]
    anchors = list(roots) if roots is not None else [c for c in carried if c.issuer == c.subject]
    trust = "pinned root" if roots is not None else "carried root"
    if anchors:
        builder = VerifierBuilder(
            roots=anchors, intermediates=[c for c in carried if c.issuer != c.subject]
        )
        try:
            builder.build().verify_message(response, data)
        except TspVerificationError as exc:
            raise VerificationError(f"signature does not verify ({exc})") from None
    else:
        # Most public TSAs leave their root out of the token: the imprint still proves the
        # token is about this checkpoint, but whose signature it bears needs a pinned root.
        trust = "unchecked"
    signer = _signer(response)
    tsa = signer.subject.rfc4514_string() if signer is not None else "an unnamed authority"
    gen_time = info.gen_time
    if gen_time.tzinfo is None:
        gen_time = gen_time.replace(tzinfo=UTC)
    when = gen_time.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"
    return TimestampInfo(token=token, gen_time=when, tsa=tsa, trust=trust)


def request_token(url: str, data: bytes, *, timeout: float = 20.0) -> bytes:
    """Ask the TSA at `url` for a timestamp over `data`; the checked DER response."""
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise ConfigError(f"--tsa-url: {url!r} is not an http(s) URL")
    query = (
        TimestampRequestBuilder()
        .data(data)
        .hash_algorithm(HashAlgorithm.SHA256)
        .nonce(nonce=True)
        .cert_request(cert_request=True)
        .build()
    )
    request = urllib.request.Request(
        url,
        data=query.as_bytes(),
        headers={"Content-Type": "application/timestamp-query"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            token: bytes = reply.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise ConfigError(f"--tsa-url: the authority answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ConfigError(f"--tsa-url: cannot reach the authority ({reason})") from None
    if len(token) > MAX_RESPONSE_BYTES:
        raise ConfigError("--tsa-url: the authority's answer is too large")
    try:
        check_token(token, data)
        if query.nonce is not None and _decode(token).tst_info.nonce != query.nonce:
            raise VerificationError("the answer is for another request (nonce differs)")
    except VerificationError as exc:
        raise ConfigError(f"--tsa-url: bad timestamp from the authority: {exc}") from None
    return token


def stamp_checkpoint(
    database: Database, checkpoint: SignedCheckpoint, url: str, *, timeout: float = 20.0
) -> TimestampInfo:
    """Timestamp a stored checkpoint at the TSA `url` and store the token beside it."""
    note = checkpoint.note.encode("utf-8")
    token = request_token(url, note, timeout=timeout)
    info = check_token(token, note)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    with database.transaction() as conn:
        conn.execute(
            insert(checkpoint_timestamps).values(
                size=checkpoint.size,
                tsa_url=url,
                token=token,
                gen_time=info.gen_time,
                created_at=now,
            )
        )
    return info


def stored_tokens(database: Database, size: int) -> list[bytes]:
    """The timestamp tokens stored for the checkpoint at `size`, oldest first."""
    t = checkpoint_timestamps.c
    with database.transaction() as conn:
        rows = conn.execute(select(t.token).where(t.size == size).order_by(t.id)).scalars()
        return [bytes(r) for r in rows]
