"""RFC 3161 timestamps of checkpoints, against a stub authority on 127.0.0.1."""

from __future__ import annotations

import hashlib
import io
import socket
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from rich.console import Console

from golden_bundles import make
from sweetie.events import ConfigError, VerificationError
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.evidence.bundle import TIMESTAMP, verify_bundle, zip_bytes
from sweetie.evidence.timestamp import check_token, request_token, stamp_checkpoint, stored_tokens
from sweetie.runtime.export import run_export
from sweetie.store import open_database

QUIET = Console(file=io.StringIO())


# -- a throwaway timestamp authority -----------------------------------------------------------


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


class StubAuthority:
    """A CA and a TSA certificate under it, signing RFC 3161 responses with RSA."""

    def __init__(self, name: str = "Stub TSA") -> None:
        now = datetime.now(UTC)
        self.ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ca = (
            x509.CertificateBuilder()
            .subject_name(_name(f"{name} Root"))
            .issuer_name(_name(f"{name} Root"))
            .public_key(self.ca_key.public_key())
            .serial_number(1)
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(self.ca_key, hashes.SHA256())
        )
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(_name(name))
            .issuer_name(self.ca.subject)
            .public_key(self.key.public_key())
            .serial_number(2)
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
            .sign(self.ca_key, hashes.SHA256())
        )
        self.serial = 100
        self.requests = 0
        self.mode = "ok"  # or "garbage", "wrong-nonce", "rejection", "no-root"

    def respond(self, query: bytes) -> bytes:
        self.requests += 1
        if self.mode == "garbage":
            return b"not a timestamp"
        request = tsp.TimeStampReq.load(query)
        if self.mode == "rejection":
            return bytes.fromhex("30053003020102")  # status rejection (2), no token
        nonce = request["nonce"].native
        if self.mode == "wrong-nonce":
            nonce = (nonce or 0) + 1
        self.serial += 1
        info = tsp.TSTInfo(
            {
                "version": "v1",
                "policy": "1.3.6.1.4.1.99999.1",
                "message_imprint": request["message_imprint"],
                "serial_number": self.serial,
                "gen_time": datetime.now(UTC).replace(microsecond=0),
                "nonce": nonce,
            }
        )
        content = info.dump()
        tsa_der = self.cert.public_bytes(Encoding.DER)
        attributes = cms.CMSAttributes(
            [
                cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
                cms.CMSAttribute(
                    {"type": "message_digest", "values": [hashlib.sha256(content).digest()]}
                ),
                cms.CMSAttribute(
                    {
                        "type": "signing_certificate_v2",
                        "values": [
                            tsp.SigningCertificateV2(
                                {"certs": [{"cert_hash": hashlib.sha256(tsa_der).digest()}]}
                            )
                        ],
                    }
                ),
            ]
        )
        signature = self.key.sign(attributes.dump(), padding.PKCS1v15(), hashes.SHA256())
        tsa_cert = ax509.Certificate.load(tsa_der)
        signer = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier(
                    {
                        "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                            {"issuer": tsa_cert.issuer, "serial_number": tsa_cert.serial_number}
                        )
                    }
                ),
                "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "signed_attrs": attributes,
                "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}),
                "signature": signature,
            }
        )
        signed = cms.SignedData(
            {
                "version": "v3",
                "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
                "encap_content_info": {
                    "content_type": "tst_info",
                    "content": core.ParsableOctetString(content),
                },
                "certificates": [tsa_cert]
                if self.mode == "no-root"
                else [tsa_cert, ax509.Certificate.load(self.ca.public_bytes(Encoding.DER))],
                "signer_infos": [signer],
            }
        )
        token = cms.ContentInfo({"content_type": "signed_data", "content": signed})
        status = tsp.PKIStatusInfo({"status": "granted"})
        return tsp.TimeStampResp({"status": status, "time_stamp_token": token}).dump()


@pytest.fixture(scope="module")
def authority() -> Iterator[tuple[StubAuthority, str]]:
    stub = StubAuthority()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.headers.get("Content-Type") != "application/timestamp-query":
                self.send_error(415)
                return
            reply = stub.respond(body)
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield stub, f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def _reset(authority: tuple[StubAuthority, str]) -> None:
    authority[0].mode = "ok"


# -- tokens ------------------------------------------------------------------------------------


def test_token_round_trip(authority: tuple[StubAuthority, str]) -> None:
    stub, url = authority
    data = b"sweetie.local/evidence\n3\nAAAA\n"
    token = request_token(url, data)
    info = check_token(token, data)
    assert (info.tsa, info.trust) == ("CN=Stub TSA", "carried root")
    assert info.gen_time.endswith("Z")
    # pinned to the right root, and to a wrong one
    assert check_token(token, data, roots=[stub.ca]).trust == "pinned root"
    other = StubAuthority("Other")
    with pytest.raises(VerificationError, match=r"^signature does not verify"):
        check_token(token, data, roots=[other.ca])
    with pytest.raises(VerificationError, match=r"^the token is not over this checkpoint$"):
        check_token(token, data + b"x")
    with pytest.raises(VerificationError, match=r"^not an RFC 3161 timestamp response$"):
        check_token(b"\x30\x03\x02\x01\x00", data)


def test_token_without_its_root(authority: tuple[StubAuthority, str]) -> None:
    stub, url = authority
    stub.mode = "no-root"
    token = request_token(url, b"data")
    assert check_token(token, b"data").trust == "unchecked"
    assert check_token(token, b"data", roots=[stub.ca]).trust == "pinned root"
    with pytest.raises(VerificationError, match=r"^the token is not over this checkpoint$"):
        check_token(token, b"other")


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("garbage", "bad timestamp from the authority: not an RFC 3161 timestamp response"),
        ("wrong-nonce", "the answer is for another request (nonce differs)"),
        ("rejection", "did not grant the timestamp"),
    ],
)
def test_a_bad_authority_is_a_clear_error(
    authority: tuple[StubAuthority, str], mode: str, message: str
) -> None:
    stub, url = authority
    stub.mode = mode
    with pytest.raises(ConfigError, match=r"^--tsa-url: ") as caught:
        request_token(url, b"data")
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_unreachable_authority_and_bad_url() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConfigError, match=r"^--tsa-url: cannot reach the authority"):
        request_token(f"http://127.0.0.1:{port}/", b"data", timeout=2)
    with pytest.raises(ConfigError, match="is not an http"):
        request_token("file:///etc/passwd", b"data")


# -- beside the checkpoint, and in bundles ------------------------------------------------------


def test_stamp_is_stored_beside_the_checkpoint(
    authority: tuple[StubAuthority, str], tmp_path: Path
) -> None:
    _, url = authority
    key = load_or_create_signing_key(tmp_path, make.ORIGIN)
    make.make_log(tmp_path, key).close()
    with open_database(tmp_path) as db:
        checkpoint = EvidenceLog(db, make.ORIGIN, key).checkpoint()
        info = stamp_checkpoint(db, checkpoint, url)
        assert stored_tokens(db, checkpoint.size) == [info.token]
        check_token(stored_tokens(db, checkpoint.size)[0], checkpoint.note.encode())


def test_timestamped_bundle(authority: tuple[StubAuthority, str], tmp_path: Path) -> None:
    stub, url = authority
    key = load_or_create_signing_key(tmp_path, make.ORIGIN)
    make.make_log(tmp_path, key).close()
    out = tmp_path / "stamped.zip"
    before = stub.requests
    run_export(make.CONVERSATION, out, tmp_path, None, pdf=False, tsa_url=url, console=QUIET)
    assert stub.requests == before + 1
    report = verify_bundle(out)
    assert report.timestamp is not None and report.timestamp.tsa == "CN=Stub TSA"
    with zipfile.ZipFile(out) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    assert b"RFC 3161 token by CN=Stub TSA" in files["report.html"]

    # A token over another checkpoint, with the manifest rewritten to match.
    files[TIMESTAMP] = request_token(url, b"another checkpoint")
    make._remanifest(files)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(zip_bytes(files))
    with pytest.raises(VerificationError) as caught:
        verify_bundle(bad)
    assert str(caught.value) == f"{bad}: checkpoint.tsr: the token is not over this checkpoint"
