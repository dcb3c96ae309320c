"""Merkle proofs over the stored log in O(log n) reads.

A proof needs O(log n) subtree hashes. Complete subtrees of 256·2^k leaves come from the
stored subtree hashes (one row each); smaller ones from the leaf hashes of their 256-leaf
block, read in one range query and kept for the next lookup. So a proof reads O(log n) stored
hashes and at most a few blocks of leaf hashes, whatever the size of the log.

The stored hashes are a cache written by the log itself: nothing here checks them. A proof
built on a wrong one fails verification against the signed root (bundle export checks every
proof it writes), and `verify_log` recomputes every stored hash from the leaves.
"""

from __future__ import annotations

from typing import Protocol

from sweetie.events import VerificationError
from sweetie.evidence import merkle

BLOCK = 1 << merkle.STORED_LEVEL


class ProofSource(Protocol):
    """Where proofs read from; `EvidenceRepository` is one."""

    def leaf_hashes(self, start: int, end: int) -> list[bytes]: ...

    def subtree(self, level: int, position: int) -> bytes | None: ...


def stored_hasher(source: ProofSource, size: int) -> merkle.SubtreeHasher:
    """A hasher over the first `size` entries of the log that `source` reads."""
    blocks: dict[int, list[bytes]] = {}

    def leaf(i: int) -> bytes:
        number = i >> merkle.STORED_LEVEL
        block = blocks.get(number)
        if block is None:
            start = number << merkle.STORED_LEVEL
            end = min(start + BLOCK, size)
            block = source.leaf_hashes(start, end)
            if len(block) != end - start:
                raise VerificationError(
                    f"evidence log: {end - start - len(block)} of entries"
                    f" {start}..{end - 1} are missing"
                )
            blocks[number] = block
        return block[i & (BLOCK - 1)]

    return merkle.SubtreeHasher(leaf, source.subtree)
