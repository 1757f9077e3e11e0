"""Regression tests: what is no programme part of the event (corpus convention 10).

Each test is named for the defect it fixes; the sentences are our own."""


def _labels(x):
    return {s.label for s in x.sessions}


def test_exhibitors_booths_are_no_sessions(extract):
    x = extract("The 2025 Harbour Trade Fair opened in Lagos. Some 400 companies are taking part, "
                "operating a combined 900 booths, and the fair will feature seminars.")
    assert "booth" not in _labels(x)
    assert "seminar" in _labels(x)
