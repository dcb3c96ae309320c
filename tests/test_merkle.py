"""RFC 9162 Merkle tree: reference vectors (transparency-dev/merkle) and properties."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sweetie.events import VerificationError
from sweetie.evidence import merkle

TESTDATA = Path(__file__).parent / "data" / "merkle-testdata"

LEAVES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
LEAF_HASHES = [merkle.leaf_hash(leaf) for leaf in LEAVES]


def _b64(text: str) -> bytes:
    return base64.b64decode(text)


def _vectors(kind: str) -> list[Any]:
    files = sorted((TESTDATA / kind).rglob("*.json"))
    assert files, f"no test vectors under {TESTDATA / kind}"
    return [pytest.param(json.loads(f.read_text()), id=str(f.relative_to(TESTDATA))) for f in files]


def test_known_roots() -> None:
    assert merkle.root(LEAF_HASHES[:1]).hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )
    assert merkle.root(LEAF_HASHES).hex() == (
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    )
    assert merkle.root([]) == merkle.EMPTY_ROOT


@pytest.mark.parametrize("vector", _vectors("inclusion"))
def test_inclusion_vectors(vector: dict[str, Any]) -> None:
    args = (
        _b64(vector["leafHash"]),
        vector["leafIdx"],
        vector["treeSize"],
        [_b64(p) for p in vector["proof"] or []],
        _b64(vector["root"]),
    )
    if vector["wantErr"]:
        with pytest.raises(VerificationError, match=r"^inclusion proof: "):
            merkle.verify_inclusion(*args)
    else:
        merkle.verify_inclusion(*args)


@pytest.mark.parametrize("vector", _vectors("consistency"))
def test_consistency_vectors(vector: dict[str, Any]) -> None:
    args = (
        vector["size1"],
        vector["size2"],
        [_b64(p) for p in vector["proof"] or []],
        _b64(vector["root1"]),
        _b64(vector["root2"]),
    )
    if vector["wantErr"]:
        with pytest.raises(VerificationError, match=r"^consistency proof: "):
            merkle.verify_consistency(*args)
    else:
        merkle.verify_consistency(*args)


def test_every_broken_vector_is_covered() -> None:
    broken = [
        f
        for kind in ("inclusion", "consistency")
        for f in (TESTDATA / kind).rglob("*.json")
        if json.loads(f.read_text())["wantErr"]
    ]
    assert len(broken) > 150


@pytest.mark.parametrize("vector", [v for v in _vectors("inclusion") if "happy-path" in v.id])
def test_generated_inclusion_proofs_match_vectors(vector: dict[str, Any]) -> None:
    if vector["treeSize"] > len(LEAF_HASHES):
        pytest.skip("vector tree is larger than the reference leaves")
    proof = merkle.inclusion_proof(vector["leafIdx"], vector["treeSize"], LEAF_HASHES.__getitem__)
    assert proof == [_b64(p) for p in vector["proof"] or []]


@pytest.mark.parametrize("vector", [v for v in _vectors("consistency") if "happy-path" in v.id])
def test_generated_consistency_proofs_match_vectors(vector: dict[str, Any]) -> None:
    if vector["size1"] == 0 or vector["size2"] > len(LEAF_HASHES):
        pytest.skip("outside what the reference leaves cover")
    proof = merkle.consistency_proof(vector["size1"], vector["size2"], LEAF_HASHES.__getitem__)
    assert proof == [_b64(p) for p in vector["proof"] or []]


def _reference_root(hashes: list[bytes]) -> bytes:
    """MTH straight from the RFC's recursive definition."""
    if not hashes:
        return merkle.EMPTY_ROOT
    if len(hashes) == 1:
        return hashes[0]
    k = 1 << ((len(hashes) - 1).bit_length() - 1)
    return merkle.node_hash(_reference_root(hashes[:k]), _reference_root(hashes[k:]))


def _leaves(n: int) -> list[bytes]:
    return [merkle.leaf_hash(i.to_bytes(4, "big")) for i in range(n)]


@given(st.integers(min_value=0, max_value=300))
def test_compact_range_matches_recursive_definition(n: int) -> None:
    hashes = _leaves(n)
    compact = merkle.CompactRange()
    for h in hashes:
        compact.append(h)
    assert compact.size == n
    assert compact.root() == _reference_root(hashes)
    restored = merkle.CompactRange(n, compact.hashes)
    assert restored.root() == compact.root()


@given(st.integers(min_value=0, max_value=1100), st.integers(min_value=0, max_value=600))
def test_extend_is_append_in_a_loop(start: int, n: int) -> None:
    hashes = _leaves(start + n)
    one: list[tuple[int, int, bytes]] = []
    many: list[tuple[int, int, bytes]] = []
    by_one = merkle.CompactRange(sink=lambda *node: one.append(node))
    by_list = merkle.CompactRange(sink=lambda *node: many.append(node))
    for h in hashes:
        by_one.append(h)
    for h in hashes[:start]:
        by_list.append(h)
    by_list.extend(hashes[start:])
    assert (by_list.size, by_list.hashes, many) == (by_one.size, by_one.hashes, one)
    without_sink = merkle.CompactRange()
    without_sink.extend(hashes[:start])
    without_sink.extend(iter(hashes[start:]))  # any iterable, not only a list
    assert (without_sink.size, without_sink.hashes) == (by_one.size, by_one.hashes)


@settings(max_examples=200)
@given(st.data())
def test_generated_proofs_verify(data: st.DataObject) -> None:
    size = data.draw(st.integers(min_value=1, max_value=1100), label="size")
    index = data.draw(st.integers(min_value=0, max_value=size - 1), label="index")
    size1 = data.draw(st.integers(min_value=1, max_value=size), label="size1")
    hashes = _leaves(size)
    hasher = merkle.SubtreeHasher(hashes.__getitem__)
    root = merkle.root(hashes)
    proof = merkle.inclusion_proof(index, size, hasher)
    merkle.verify_inclusion(hashes[index], index, size, proof, root)
    with pytest.raises(VerificationError):
        merkle.verify_inclusion(hashes[index], index, size, proof, merkle.leaf_hash(b"x"))
    cproof = merkle.consistency_proof(size1, size, hasher)
    root1 = merkle.root(hashes[:size1])
    merkle.verify_consistency(size1, size, cproof, root1, root)
    if size1 < size:
        with pytest.raises(VerificationError):
            merkle.verify_consistency(size1, size, cproof, root, root)


def test_proof_of_a_large_tree_reads_few_leaves_the_second_time() -> None:
    size = 60_000
    hashes = _leaves(size)
    reads: list[int] = []

    def get(i: int) -> bytes:
        reads.append(i)
        return hashes[i]

    hasher = merkle.SubtreeHasher(get)
    merkle.inclusion_proof(10, size, hasher)
    assert len(reads) >= size // 2
    reads.clear()
    proof = merkle.inclusion_proof(40_000, size, hasher)
    # Complete subtrees above 256 leaves come from the memo: a few leaf blocks per level.
    assert len(reads) < 4 * 256 * 2
    merkle.verify_inclusion(hashes[40_000], 40_000, size, proof, merkle.root(hashes))


def test_exact_failure_messages() -> None:
    root = merkle.root(LEAF_HASHES)
    proof = merkle.inclusion_proof(3, 8, LEAF_HASHES.__getitem__)
    with pytest.raises(VerificationError, match=r"^inclusion proof: computed root does not match"):
        merkle.verify_inclusion(LEAF_HASHES[2], 3, 8, proof, root)
    with pytest.raises(VerificationError, match=r"^inclusion proof: leaf index 8 is not below"):
        merkle.verify_inclusion(LEAF_HASHES[2], 8, 8, proof, root)
    with pytest.raises(VerificationError, match=r"^inclusion proof: fewer proof hashes"):
        merkle.verify_inclusion(LEAF_HASHES[3], 3, 8, proof[:-1], root)
    with pytest.raises(VerificationError, match=r"^inclusion proof: more proof hashes"):
        merkle.verify_inclusion(LEAF_HASHES[3], 3, 8, [*proof, root], root)
    with pytest.raises(VerificationError, match=r"^consistency proof: empty proof"):
        merkle.verify_consistency(3, 8, [], root, root)
    with pytest.raises(ValueError, match="not in a tree"):
        merkle.inclusion_proof(8, 8, LEAF_HASHES.__getitem__)
