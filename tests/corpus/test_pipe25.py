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


# --------------------------------------------------------------------------- whole builds

import json  # noqa: E402

import pyoxigraph as ox  # noqa: E402
import pytest  # noqa: E402

_CITIES = ["Bergen", "Lisbon", "Geneva", "Porto", "Turin", "Lyon", "Ghent", "Basel"]


def _feed(path, n: int, bad: int) -> list[str]:
    """``n`` invented one-paragraph releases as JSON Lines; number ``bad`` names no event."""
    names = []
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            city = _CITIES[i % len(_CITIES)]
            text = (f"{city.upper()}, Norway, March 3, 2031 -- The 2031 Invented Kite Fair {i} will be held "
                    f"from May 10 to May 12, 2031 in {city}. It is organized by the Invented Kite Guild {i % 7}, "
                    f"and {100 + i} exhibitors are expected.\n")
            if i == bad:
                text = "The weather was mild and the shops stayed open late on Tuesday.\n"
            out.write(json.dumps({"id": f"kite-{i:04d}", "text": text, "published": "2031-03-03"}) + "\n")
            names.append(f"kite-{i:04d}")
    return names


def _dump(store) -> list[str]:
    return sorted(str(q) for q in store)


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    path = tmp_path_factory.mktemp("feed") / "kites.jsonl"
    _feed(path, 150, bad=141)  # the bad one in the balanced end
    return path


def test_a_balanced_two_worker_build_writes_what_one_process_writes(nlp, feed, tmp_path):
    from kg.corpus.batch import BuildOptions, build_corpus
    from kg.corpus.store import open_store

    got = {}
    for jobs in (1, 2):
        store = open_store(tmp_path / f"s{jobs}")
        failures: list = []
        stats = build_corpus(BuildOptions(inputs=[str(feed)], jobs=jobs, quiet=True), failures, store=store)
        got[jobs] = (stats.n_ok, [(f.source, f.stage) for f in failures], _dump(store))
        del store
    assert got[1][0] == got[2][0] == 149
    assert got[1][1] == got[2][1] and len(got[2][1]) == 1 and got[2][1][0][1] == "extract"
    assert got[1][2] == got[2][2]


def test_a_store_that_stops_in_a_balanced_build_names_every_document(nlp, feed, tmp_path):
    """Each document landed, failed or not attempted, once: none lost in the held tail."""
    from kg.corpus.batch import BuildOptions, build_corpus

    class Failing:
        def __init__(self) -> None:
            self.store, self.loads = ox.Store(), 0

        def bulk_load(self, data, **kw):
            self.loads += 1
            if self.loads > 1:
                raise OSError(28, "No space left on device")
            self.store.bulk_load(data, **kw)

        def __getattr__(self, name):
            return getattr(self.store, name)

    import kg.corpus.batch

    target = Failing()
    failures: list = []
    # gather fewer documents a load, so that the first load lands and the second fails
    original = kg.corpus.batch.STORE_LOAD_DOCS
    kg.corpus.batch.STORE_LOAD_DOCS = 64
    try:
        stats = build_corpus(BuildOptions(inputs=[str(feed)], jobs=2, quiet=True), failures, store=target)
    finally:
        kg.corpus.batch.STORE_LOAD_DOCS = original
    assert stats.unavailable is not None
    landed = {g.value for g in target.store.named_graphs()}
    named = [f.source for f in failures] + list(stats.not_attempted)
    assert len(named) == len(set(named))
    assert stats.n_ok == len(landed) > 0
    assert stats.n_ok + len(named) == 150
