"""RFC 9162 (RFC 6962) Merkle tree hashing, proofs and proof verification.

Pure: no storage and no I/O. Leaf hashes come in through a getter, so the same code serves
the evidence log (leaf hashes from the database) and an exported bundle (from a file).

Cost of proofs: an inclusion or consistency proof needs O(log n) subtree hashes. Computed from
leaf hashes alone, a subtree hash costs one hash per leaf, so a first proof over a tree of n
leaves would read up to n leaf hashes. Complete, aligned subtrees of 256·2^k leaves ("stored
levels", level >= STORED_LEVEL) never change in an append-only log, so a `CompactRange` can
report each as it completes (the evidence log stores them), and a `SubtreeHasher` given those
stored hashes answers a proof with O(log n) lookups plus at most a few 256-leaf blocks. Without
them it memoises the complete subtrees it computes (bounded to about n/128 hashes).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

from sweetie.events import VerificationError

HASH_SIZE = 32
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()

LeafHashGetter = Callable[[int], bytes]
# (level, index) -> the hash of leaves [index·2^level, (index+1)·2^level), or None if unknown
StoredSubtreeGetter = Callable[[int, int], bytes | None]
# called with (level, index, hash) for each complete subtree at a stored level
SubtreeSink = Callable[[int, int, bytes], None]

STORED_LEVEL = 8  # subtrees of 256 leaves and up are stored; smaller ones come from leaves
_STORED_MASK = (1 << STORED_LEVEL) - 1


def leaf_hash(entry: bytes) -> bytes:
    """SHA-256(0x00 ‖ entry): the hash of one log entry."""
    return hashlib.sha256(LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 ‖ left ‖ right): the hash of an interior node."""
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1): where RFC 9162 splits a tree."""
    return 1 << ((n - 1).bit_length() - 1)


class CompactRange:
    """The complete subtrees that cover leaves [0, size), largest first.

    There is one hash per set bit of `size`, so appending a leaf and computing the root are
    both O(log n), and building the tree of n leaves one by one is O(n) overall.
    """

    __slots__ = ("_hashes", "_sink", "_size")

    def __init__(
        self, size: int = 0, hashes: Iterable[bytes] = (), sink: SubtreeSink | None = None
    ) -> None:
        hash_list = list(hashes)
        if size < 0 or len(hash_list) != size.bit_count():
            raise ValueError(f"compact range: {len(hash_list)} hashes cannot cover {size} leaves")
        if any(len(h) != HASH_SIZE for h in hash_list):
            raise ValueError(f"compact range: every hash must be {HASH_SIZE} bytes")
        self._size = size
        self._hashes = hash_list
        self._sink = sink

    @property
    def size(self) -> int:
        return self._size

    @property
    def hashes(self) -> tuple[bytes, ...]:
        return tuple(self._hashes)

    def copy(self, sink: SubtreeSink | None = None) -> CompactRange:
        """The same range; the copy reports completed subtrees to `sink` (none by default)."""
        return CompactRange(self._size, self._hashes, sink)

    def append(self, leaf: bytes) -> None:
        """Add the next leaf hash, merging the complete subtrees it completes.

        With a sink, each completed subtree at a stored level is reported to it.
        """
        hashes = self._hashes
        hashes.append(leaf)
        n = self._size
        self._size = n + 1
        if self._sink is not None and not (n + 1) & _STORED_MASK:
            self._merge_reporting(n)
            return
        while n & 1:
            right = hashes.pop()
            hashes[-1] = node_hash(hashes[-1], right)
            n >>= 1

    def extend(self, leaves: Iterable[bytes]) -> None:
        """`append` each leaf in turn: the batched append path.

        Whole aligned blocks of 2^STORED_LEVEL leaves are hashed a tree level at a time (a
        list comprehension per level, a third cheaper than merging leaf by leaf), then
        added as one complete subtree; the leaves around them go one at a time.
        """
        batch = leaves if type(leaves) is list else list(leaves)
        block = 1 << STORED_LEVEL
        total = len(batch)
        pos = 0
        while pos < total:
            if self._size & _STORED_MASK or total - pos < block:
                end = min(total, pos + block - (self._size & _STORED_MASK))
                self._extend_one_by_one(batch[pos:end])
                pos = end
                continue
            level = batch[pos : pos + block]
            sha256 = hashlib.sha256
            while len(level) > 1:
                pairs = iter(level)  # zipped with itself: (0, 1), (2, 3), ... without slices
                level = [
                    sha256(NODE_PREFIX + a + b).digest() for a, b in zip(pairs, pairs, strict=True)
                ]
            self._append_block(level[0])
            pos += block

    def _extend_one_by_one(self, leaves: list[bytes]) -> None:
        hashes = self._hashes
        sink = self._sink
        sha256 = hashlib.sha256
        n = self._size
        for leaf in leaves:
            hashes.append(leaf)
            if sink is not None and not (n + 1) & _STORED_MASK:
                self._size = n + 1
                self._merge_reporting(n)
            else:
                m = n
                while m & 1:
                    right = hashes.pop()
                    hashes[-1] = sha256(NODE_PREFIX + hashes[-1] + right).digest()
                    m >>= 1
            n += 1
        self._size = n

    def _append_block(self, block_hash: bytes) -> None:
        """Add the hash of the complete subtree of the next 2^STORED_LEVEL leaves (the size
        is a multiple of that), merging and reporting as `append` would have."""
        hashes = self._hashes
        hashes.append(block_hash)
        n = self._size >> STORED_LEVEL
        self._size += 1 << STORED_LEVEL
        level = STORED_LEVEL
        sink = self._sink
        if sink is not None:
            sink(level, n, block_hash)
        while n & 1:
            right = hashes.pop()
            hashes[-1] = node_hash(hashes[-1], right)
            n >>= 1
            level += 1
            if sink is not None:
                sink(level, (self._size >> level) - 1, hashes[-1])

    def _merge_reporting(self, n: int) -> None:
        assert self._sink is not None
        hashes = self._hashes
        level = 0
        while n & 1:
            right = hashes.pop()
            hashes[-1] = node_hash(hashes[-1], right)
            n >>= 1
            level += 1
            if level >= STORED_LEVEL:
                self._sink(level, (self._size >> level) - 1, hashes[-1])

    def root(self) -> bytes:
        """The Merkle tree hash of leaves [0, size)."""
        hashes = self._hashes
        if not hashes:
            return EMPTY_ROOT
        h = hashes[-1]
        for left in reversed(hashes[:-1]):
            h = node_hash(left, h)
        return h


def root(leaf_hashes: Iterable[bytes]) -> bytes:
    """The RFC 9162 Merkle tree hash of a list of leaf hashes."""
    compact = CompactRange()
    for h in leaf_hashes:
        compact.append(h)
    return compact.root()


class SubtreeHasher:
    """Hashes of subtrees D[start:end] of one append-only tree, with a memo (see the module).

    `stored`, if given, returns known hashes of complete subtrees at stored levels; a subtree
    it does not know is computed from its two halves. Nothing here checks a stored hash: a
    wrong one yields a proof that fails verification against a signed root.
    """

    def __init__(
        self, get_leaf_hash: LeafHashGetter, stored: StoredSubtreeGetter | None = None
    ) -> None:
        self._get = get_leaf_hash
        self._stored = stored
        self._memo: dict[tuple[int, int], bytes] = {}

    def subtree(self, start: int, end: int) -> bytes:
        n = end - start
        if n <= 0:
            raise ValueError(f"subtree: empty range {start}..{end}")
        if n & (n - 1) == 0 and start % n == 0:
            return self._complete(n.bit_length() - 1, start // n)
        k = _split(n)
        return node_hash(self.subtree(start, start + k), self.subtree(start + k, end))

    def _complete(self, level: int, index: int) -> bytes:
        if level >= STORED_LEVEL and self._stored is not None:
            key = (level, index)
            cached = self._memo.get(key)
            if cached is not None:
                return cached
            found = self._stored(level, index)
            if found is not None:
                self._memo[key] = found
                return found
        if level <= STORED_LEVEL:
            first = index << level
            compact = CompactRange()
            for i in range(first, first + (1 << level)):
                compact.append(self._get(i))
            return compact.root()
        key = (level, index)
        cached = self._memo.get(key)
        if cached is None:
            cached = node_hash(
                self._complete(level - 1, 2 * index), self._complete(level - 1, 2 * index + 1)
            )
            self._memo[key] = cached
        return cached


def _hasher(source: LeafHashGetter | SubtreeHasher) -> SubtreeHasher:
    return source if isinstance(source, SubtreeHasher) else SubtreeHasher(source)


def inclusion_proof(
    index: int, size: int, get_leaf_hash: LeafHashGetter | SubtreeHasher
) -> list[bytes]:
    """PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, deepest sibling first."""
    if not 0 <= index < size:
        raise ValueError(f"inclusion proof: index {index} is not in a tree of size {size}")
    hasher = _hasher(get_leaf_hash)
    path: list[bytes] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            path.append(hasher.subtree(start + k, end))
            end = start + k
        else:
            path.append(hasher.subtree(start, start + k))
            start += k
    path.reverse()
    return path


def consistency_proof(
    size1: int, size2: int, get_leaf_hash: LeafHashGetter | SubtreeHasher
) -> list[bytes]:
    """PROOF(size1, D[0:size2]) of RFC 9162 §2.1.4.1 (empty when the sizes are equal)."""
    if not 0 < size1 <= size2:
        raise ValueError(f"consistency proof: sizes {size1} and {size2} need 0 < size1 <= size2")
    hasher = _hasher(get_leaf_hash)
    path: list[bytes] = []
    start, end, m = 0, size2, size1
    whole_old_tree = True  # the `b` flag of SUBPROOF: D[0:m] itself is the old root
    while True:
        n = end - start
        if m == n:
            if not whole_old_tree:
                path.append(hasher.subtree(start, end))
            break
        k = _split(n)
        if m <= k:
            path.append(hasher.subtree(start + k, end))
            end = start + k
        else:
            path.append(hasher.subtree(start, start + k))
            start += k
            m -= k
            whole_old_tree = False
    path.reverse()
    return path


def _check_sizes(what: str, leaf: bytes | None, proof: Sequence[bytes]) -> None:
    if leaf is not None and len(leaf) != HASH_SIZE:
        raise VerificationError(f"{what}: leaf hash is {len(leaf)} bytes, not {HASH_SIZE}")
    for i, p in enumerate(proof):
        if len(p) != HASH_SIZE:
            raise VerificationError(f"{what}: proof hash {i} is {len(p)} bytes, not {HASH_SIZE}")


def verify_inclusion(
    leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> None:
    """RFC 9162 §2.1.3.2; raises VerificationError saying what failed."""
    what = "inclusion proof"
    _check_sizes(what, leaf_hash, proof)
    # Step 1.
    if not 0 <= index < size:
        raise VerificationError(f"{what}: leaf index {index} is not below the tree size {size}")
    # Steps 2-3.
    fn, sn = index, size - 1
    r = leaf_hash
    # Step 4.
    for p in proof:
        if sn == 0:
            raise VerificationError(f"{what}: more proof hashes than a tree of size {size} has")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    # Step 5.
    if sn != 0:
        raise VerificationError(f"{what}: fewer proof hashes than a tree of size {size} needs")
    if r != root:
        raise VerificationError(f"{what}: computed root does not match the expected root")


def verify_consistency(
    size1: int, size2: int, proof: Sequence[bytes], root1: bytes, root2: bytes
) -> None:
    """RFC 9162 §2.1.4.2; raises VerificationError saying what failed.

    The RFC defines proofs for 0 < size1 < size2. Equal sizes are consistent when the proof
    is empty and the roots are equal; size1 = 0 proves nothing and is refused.
    """
    what = "consistency proof"
    _check_sizes(what, None, proof)
    if size1 > size2:
        raise VerificationError(f"{what}: size1 {size1} is greater than size2 {size2}")
    if size1 == 0:
        raise VerificationError(f"{what}: size1 is 0, and the empty tree proves nothing")
    if size1 == size2:
        if proof:
            raise VerificationError(f"{what}: sizes are equal but the proof is not empty")
        if root1 != root2:
            raise VerificationError(f"{what}: sizes are equal but the roots differ")
        return
    # Step 1.
    if not proof:
        raise VerificationError(f"{what}: empty proof for sizes {size1} and {size2}")
    path = list(proof)
    # Step 2.
    if size1 & (size1 - 1) == 0:
        path.insert(0, root1)
    # Step 3.
    fn, sn = size1 - 1, size2 - 1
    # Step 4.
    while fn & 1:
        fn >>= 1
        sn >>= 1
    # Step 5.
    fr = sr = path[0]
    # Step 6.
    for c in path[1:]:
        if sn == 0:
            raise VerificationError(f"{what}: more proof hashes than sizes {size1}, {size2} need")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    # Step 7.
    if sn != 0:
        raise VerificationError(f"{what}: fewer proof hashes than sizes {size1}, {size2} need")
    if fr != root1:
        raise VerificationError(f"{what}: computed old root does not match root1")
    if sr != root2:
        raise VerificationError(f"{what}: computed new root does not match root2")
