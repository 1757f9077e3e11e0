"""Regression tests for what a release file or a Python string can hold (issue 11):
front matter, source IRIs, unencodable characters, sizes, and what kg.build accepts.
Every text here is our own."""

from __future__ import annotations

import os
import time
import warnings
from datetime import date

import pytest

import kg
from kg.errors import BadInput, KGError
from kg.pipeline.document import (
    MAX_BYTES,
    clean_source_url,
    parse_document,
    read_document,
)

BODY = ("The Harbour Robotics Expo 2031 will be held in Porto, Portugal, from May 6 to 8, 2031, "
        "organized by Quay Events Lda. More than 9,000 visitors are expected at the expo.\n")


def _front(lines: str) -> str:
    return f"---\n{lines}\n---\n{BODY}"


# ---------------------------------------------------------------- front matter
def test_impossible_front_matter_date_is_a_warning():
    doc = parse_document(_front("published: 2024-02-30"))
    assert doc.published is None and doc.text == BODY
    assert any("2024-02-30" in w and "not a date that exists" in w for w in doc.warnings)


def test_front_matter_timestamp_gives_its_date():
    doc = parse_document(_front("published: 2024-09-03T10:00:00Z"))
    assert doc.published == date(2024, 9, 3) and type(doc.published) is date
    assert doc.warnings == []


@pytest.mark.parametrize("value, expected", [("2024-09-03", date(2024, 9, 3)), ("2024-9-3", date(2024, 9, 3)),
                                             ('"2024-09-03 10:00"', date(2024, 9, 3))])
def test_front_matter_dates_still_read(value, expected):
    assert parse_document(_front(f"published: {value}")).published == expected


def test_front_matter_nested_500_deep_is_a_warning_not_recursion_error():
    doc = parse_document(_front("tags: " + "[" * 500 + "]" * 500 + "\ntitle: Kept?"))
    assert doc.text == BODY and doc.title is None  # the whole block is ignored
    assert any("nested more than" in w for w in doc.warnings)


def test_front_matter_that_does_not_parse_is_a_warning():
    doc = parse_document(_front("title: [unclosed"))
    assert doc.text == BODY and any("does not parse" in w for w in doc.warnings)


def test_front_matter_field_of_the_wrong_type_is_dropped():
    doc = parse_document(_front("title:\n  - a\n  - b\npublished: [1, 2]"))
    assert doc.title is None and doc.published is None and len(doc.warnings) == 2


# ---------------------------------------------------------------- source IRIs
@pytest.mark.parametrize("url", ['https://ex.org/a<b', 'https://ex.org/"q"', "https://ex.org/{x}",
                                 "https://ex.org/a|b", "https://ex.org/a^b", "https://ex.org/a`b",
                                 "https://ex.org/a%zz", "https://ex.org/a b", "https://ex.org/p#a#b",
                                 "https://ex.org/50%"])
def test_invalid_source_iri_is_percent_encoded(url):
    from pyoxigraph import NamedNode

    fixed, problem = clean_source_url(url)
    assert fixed is not None and fixed != url and problem
    NamedNode(fixed)  # valid for the store
    assert not any(ch in fixed for ch in '<>"{}|^` ')


@pytest.mark.parametrize("url", ["http://[::1", "http://exa mple.org/", "https://ex.org:port/"])
def test_source_iri_with_bad_host_is_dropped(url):
    doc = parse_document(_front(f"source: '{url}'"))
    assert doc.source_url is None and any("not a valid IRI" in w for w in doc.warnings)


def test_valid_source_iri_is_kept_exactly():
    for url in ("https://ex.org/news/2031/expo?id=4&x=y#top", "https://ex.org/caf%C3%A9", "https://ex.org/café"):
        assert clean_source_url(url) == (url, None)


@pytest.mark.slow
def test_invalid_source_iri_never_reaches_the_graph():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = kg.build(_front('source: https://ex.org/a<b>{c}|d^`e"%zz'))
    urls = [str(r[0]).strip("<>") for r in g.query("SELECT ?u WHERE { ?d <https://schema.org/url> ?u }", limit=None)]
    assert urls == ["https://ex.org/a%3Cb%3E%7Bc%7D%7Cd%5E%60e%22%25zz"]
    assert g.serialize("nt")  # serializes (rdflib refuses an invalid IRI)


# ---------------------------------------------------------------- characters
def test_surrogates_are_replaced_with_a_warning():
    doc = parse_document(BODY + "\ud800 and \udcff")
    assert "\ud800" not in doc.text and doc.text.count("\ufffd") == 2
    doc.text.encode("utf-8")
    assert any("unpaired surrogates" in w for w in doc.warnings)


@pytest.mark.slow
def test_build_with_surrogate_does_not_raise_unicode_error():
    with pytest.warns(UserWarning, match="surrogates"):
        g = kg.build(BODY + "\ud800")
    assert g.events()


# ---------------------------------------------------------------- sizes
def test_dev_zero_is_too_large_without_reading_it_whole():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    t0 = time.perf_counter()
    with pytest.raises(BadInput, match="under 5,000,000"):
        read_document("/dev/zero")
    assert time.perf_counter() - t0 < 5


def test_huge_sparse_file_is_too_large_from_its_size(tmp_path):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024**3)  # 50 GB of holes: reading it would take minutes and memory
    with pytest.raises(BadInput, match="53,687,091,200 bytes"):
        read_document(path)


def test_file_one_byte_over_the_limit_is_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(BadInput, match="under"):
        read_document(path)


def test_fifo_without_writer_reads_as_empty(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match="empty"):
        read_document(fifo)  # no writer: does not hang


def test_directory_is_bad_input(tmp_path):
    with pytest.raises(BadInput, match="is a directory"):
        read_document(tmp_path)


# ---------------------------------------------------------------- Python API
def test_build_missing_txt_is_no_such_file():
    with pytest.raises(BadInput, match="no such file"):
        kg.build("missing.txt")
    with pytest.raises(BadInput, match="no such file"):
        kg.build("feeds/none-here.jsonl")


@pytest.mark.slow
def test_build_bytes_is_decoded():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert kg.build(BODY.encode("utf-8")).events()


def test_build_bytes_not_utf8_is_bad_input():
    with pytest.raises(BadInput, match="not valid UTF-8"):
        kg.build("Expo in Zürich".encode("latin-1"))


@pytest.mark.parametrize("source", [None, 42, 3.5, {"text": BODY}, object()])
def test_build_of_something_else_is_bad_input(source):
    with pytest.raises(BadInput, match="kg.build takes"):
        kg.build(source)


def test_build_published_that_is_no_date_is_bad_input():
    with pytest.raises(BadInput, match="published"):
        kg.build(BODY, published="2024-02-30")


def test_build_of_empty_text_is_bad_input():
    for text in ("", "   \n\t", b"", "\x00\x01 binary"):
        with pytest.raises(KGError):
            kg.build(text)


def test_jsonl_line_nested_too_deep_is_bad_input(tmp_path):
    from kg.corpus.inputs import iter_documents

    feed = tmp_path / "feed.jsonl"
    feed.write_text("[" * 100_000 + "\n" + '{"text": "%s"}\n' % BODY.strip(), encoding="utf-8")
    items = list(iter_documents([str(feed)]))
    assert isinstance(items[0], BadInput) and "JSON" in items[0].message
    assert items[1].text == BODY.strip()


def test_jsonl_line_not_utf8_loses_only_that_line(tmp_path):
    from kg.corpus.inputs import iter_documents

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"text": "caf\xe9"}\n' + ('{"text": "%s"}\n' % BODY.strip()).encode())
    items = list(iter_documents([str(feed)]))
    assert isinstance(items[0], BadInput) and not isinstance(items[1], KGError)


def test_front_matter_with_control_character_is_a_warning():
    doc = parse_document(_front("source:\x0c https://ex.org/a\npublished: 2030\x0b-03-14"))
    assert doc.text == BODY and any("does not parse" in w for w in doc.warnings)


@pytest.mark.slow
def test_document_made_by_the_caller_gets_the_reader_checks():
    from kg.pipeline.document import Document

    doc = Document(text=BODY + "\ud800", source_url="https://ex.org/a b")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = kg.build(doc)
    assert "\ud800" not in g.serialize("nt")
    assert any("surrogates" in w for w in g.warnings) and any("percent-encoded" in w for w in g.warnings)


@pytest.mark.slow
def test_bad_item_of_a_list_is_its_error_not_the_lists():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = kg.build([BODY, "", b"\xff\xfe", "missing.txt", 42])
    assert len(g.events()) == 1 and len(g.errors) == 4
    assert all(isinstance(r.error, BadInput) for r in g.errors)


# --------------------------------------------------------------------------- found by scripts/fuzz.py -n 10000

WEEKDAY_RELEASE = ("---\npublished: {published}\ntitle: {title}\n---\n"
                   "The Delta Green Energy Forum opens on Tuesday in Porto, Portugal, from May 6 to 8, hosted by the "
                   "Delta Energy Council. Some 1,200 delegates came last Friday.\n")


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "1799-12-31", "2201-01-01"])
def test_regression_published_at_the_calendars_edge_is_a_warning_not_an_overflow(published):
    """'published: 9999-12-31' counted weekdays and years past date.max: an internal
    OverflowError lost the release. Such a date is now the field's problem (ignored, warned)."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        g = kg.build(WEEKDAY_RELEASE.format(published=published, title="T"))
    assert g.events and seen and any("not a plausible publication date" in w for w in g.warnings)


def test_regression_published_at_the_calendars_edge_is_refused_by_the_api():
    with pytest.raises(BadInput, match="plausible"):
        kg.build(BODY, published=date(9999, 12, 31))


@pytest.mark.parametrize("title", ['"a\\ude9eb"', '"\\udf49 Forum"'])
def test_regression_surrogate_escape_in_front_matter_title(title):
    """A YAML escape in a double-quoted title ("\\ude9e") decodes to an unpaired surrogate,
    which no encoder writes: an internal UnicodeEncodeError lost the release."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        g = kg.build(WEEKDAY_RELEASE.format(published="2031-05-01", title=title))
    nt = g.serialize("nt")
    nt.encode("utf-8")
    assert "\ufffd" in nt and seen and any("unpaired surrogates" in w for w in g.warnings)
