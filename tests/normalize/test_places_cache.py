"""The per-user city cache (SQLite) answers exactly as the in-memory indexes do."""

from __future__ import annotations

import pytest

from kg.normalize import places


@pytest.fixture()
def cached(tmp_path, monkeypatch):
    monkeypatch.setenv("EKG_CACHE_DIR", str(tmp_path))
    gaz = places.load_gazetteer(places._DIR)
    assert isinstance(gaz.city_index, places._CityIndex)  # the cache was written and is used
    assert list(tmp_path.glob("cities-*.sqlite"))
    return gaz


def test_city_cache_matches_the_in_memory_indexes(cached) -> None:
    memory = places._Gazetteer(places._DIR)
    assert len(cached.city_rows) == len(memory.city_rows)
    for i, row in enumerate(memory.city_rows):
        assert cached.city_rows[i] == row
    for ours, theirs in ((cached.city_index, memory.city_index),
                         (cached.city_folded(), memory.city_folded()),
                         (cached.city_alt_index(), memory.city_alt_index())):
        assert len(ours) == len(theirs)
        for key, rows in theirs.items():
            assert ours.get(key) == rows, key
        assert ours.get("Nowhere-on-earth") is None and ours.get("Nowhere", ()) == ()


def test_city_cache_is_read_by_the_next_process(cached, tmp_path) -> None:
    again = places.load_gazetteer(places._DIR)
    assert isinstance(again.city_index, places._CityIndex)
    assert again.city_rows[0] == cached.city_rows[0]
    assert len(list(tmp_path.glob("cities-*.sqlite"))) == 1


def test_city_cache_off_or_unwritable_falls_back_to_memory(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EKG_CACHE_DIR", "off")
    assert isinstance(places.load_gazetteer(places._DIR).city_index, dict)
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("EKG_CACHE_DIR", str(blocker / "sub"))
    assert isinstance(places.load_gazetteer(places._DIR).city_index, dict)


def test_broken_city_cache_falls_back_to_memory(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EKG_CACHE_DIR", str(tmp_path))
    path = places.city_cache_path(places._DIR)
    path.write_bytes(b"this is no SQLite file")
    gaz = places.load_gazetteer(places._DIR)
    assert isinstance(gaz.city_index, dict) and gaz.city_index.get("Munich")


def test_country_and_region_tables_cached_beside_the_cities(cached, tmp_path) -> None:
    """The country / region tables read back from the cached pickle equal the TSV-built ones,
    and a region Place shared by several names is still one object."""
    assert list(tmp_path.glob("cities-*.tables.pickle"))
    again = places.load_gazetteer(places._DIR)
    memory = places._Gazetteer(places._DIR)
    for name in places._Gazetteer._TABLES:
        assert getattr(again, name) == getattr(memory, name), name
    shared = {id(p) for p in again.regions_by_code.values()}
    for index in (again.region_index, again.region_folded):
        assert all(id(p) in shared for rows in index.values() for p in rows)


def test_broken_tables_pickle_falls_back_to_the_tsv_files(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EKG_CACHE_DIR", str(tmp_path))
    places.load_gazetteer(places._DIR)
    pickle_path = next(tmp_path.glob("cities-*.tables.pickle"))
    pickle_path.write_bytes(b"no pickle")
    gaz = places.load_gazetteer(places._DIR)
    memory = places._Gazetteer(places._DIR)
    assert gaz.region_folded == memory.region_folded and gaz.countries == memory.countries
