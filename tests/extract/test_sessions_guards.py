"""Regression tests: what is no programme part of the event (corpus convention 10).

Each test is named for the defect it fixes; the sentences are our own."""


def _labels(x):
    return {s.label for s in x.sessions}


def test_exhibitors_booths_are_no_sessions(extract):
    x = extract("The 2025 Harbour Trade Fair opened in Lagos. Some 400 companies are taking part, "
                "operating a combined 900 booths, and the fair will feature seminars.")
    assert "booth" not in _labels(x)
    assert "seminar" in _labels(x)


def test_press_conference_before_the_event_is_no_session(extract):
    from datetime import date

    text = ("The 2025 Granite Valley Stone Fair will run from August 20 to 23 in Denver. More than 300 "
            "exhibitors will attend, the organizers told a press conference.")
    assert "press conference" not in _labels(extract(text, published=date(2025, 8, 1)))
    # published after the opening: the press conference is part of the fair
    assert "press conference" in _labels(extract(text, published=date(2025, 8, 21)))
