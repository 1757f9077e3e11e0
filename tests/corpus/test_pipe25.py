"""The batch plumbing of issue 13 (the corpus rows): speed changes that change no graph."""

from __future__ import annotations

from kg.corpus.batch import _Lookahead
from kg.corpus.parallel import MIN_TAIL_CHUNK, balanced_chunks, chunked


def _sizes(n: int, size: int, jobs: int) -> list[list[int]]:
    docs = _Lookahead(range(n), size * jobs)
    return list(balanced_chunks(docs, size, jobs, lambda: len(docs) if docs.ended else None))


def test_balanced_chunks_keep_every_item_in_order():
    for n in (0, 1, 15, 64, 65, 128, 300, 1000, 1037):
        for jobs in (2, 3):
            chunks = _sizes(n, 64, jobs)
            assert [x for c in chunks for x in c] == list(range(n))
            assert all(0 < len(c) <= 64 for c in chunks)
            assert all(len(c) >= MIN_TAIL_CHUNK for c in chunks[:-1])


def test_balanced_chunks_cut_the_end_finer():
    assert [len(c) for c in chunked(range(300), 64)] == [64, 64, 64, 64, 44]
    assert [len(c) for c in _sizes(300, 64, 2)] == [64, 64, 64, 27, 21, 16, 16, 16, 12]


def _finish_time(sizes: list[int], jobs: int) -> int:
    """When the last of ``jobs`` workers ends, each taking the next chunk when free."""
    free = [0] * jobs
    for s in sizes:
        free[free.index(min(free))] += s
    return max(free)


def test_two_workers_end_closer_together():
    for n in (300, 1000):
        whole = _finish_time([len(c) for c in chunked(range(n), 64)], 2)
        balanced = _finish_time([len(c) for c in _sizes(n, 64, 2)], 2)
        assert balanced <= whole and balanced <= n / 2 + MIN_TAIL_CHUNK
    assert _finish_time([len(c) for c in chunked(range(300), 64)], 2) == 172
