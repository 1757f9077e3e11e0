"""Issue 10, classes 8-9: general forms of how releases write figures (sentences of our own)."""

import pytest


def _by(x, value, unit):
    return [s for s in x.statistics if float(s.value) == value and s.unit == unit]


@pytest.mark.xfail(strict=True, reason="rule parts-of-a-counted-whole dropped: it lifted half A only (0.967 -> 0.969, "
                   "half B unchanged); the specification of a form still missed")
def test_parts_of_a_counted_whole_in_later_paragraphs_follow_the_whole(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened in Ghent on June 4. Ghent signed 30 contracts at the expo.\n"
        "Among the signed contracts, 10 were signed on stage, with a total value of 40 million euros.\n"
        "The other 20 contracts were signed online, with a total value of 60 million euros.\n"
        "The expo also hosted 50 other contracts."
    )
    assert [s.about for s in _by(x, 10, "contract")] == ["Ghent"]
    assert [s.about for s in _by(x, 20, "contract")] == ["Ghent"]
    assert [s.about for s in _by(x, 60_000_000, "EUR")] == ["Ghent"]
    assert [s.about for s in _by(x, 50, "contract")] != ["Ghent"]  # "50 other contracts": no part



def test_a_crowd_of_a_bare_number_counts_attendees(extract):
    x = extract("The 2025 Willow Craft Expo opened in Ghent on June 4. Its night parade drew a crowd of some 12,000.")
    got = _by(x, 12000, "person")
    assert got and got[0].qualifier == "Approximately" and "crowd" in got[0].measure


def test_a_narrowed_subject_in_a_later_sentence_does_not_change_the_total(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened in Ghent on June 4. The expo welcomed 30,000 visitors. "
        "International visitors grew 12% on last year."
    )
    change = _by(x, 12, "percent")
    assert change and change[0].change_of is None


def test_a_change_in_the_next_sentence_changes_the_headline_not_the_origin_count(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened in Ghent on June 4. The expo hosted 640 exhibitors from 28 countries. "
        "This is 10% more than at the last edition."
    )
    change = _by(x, 10, "percent")
    assert change and change[0].change_of == 0


def test_those_counted_at_the_events_venue_are_the_events(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened at the Ghent Trade Hall on June 4. "
        "At the Ghent Trade Hall, 250 exhibitors and 9,000 visitors met over three days."
    )
    assert {s.about for s in x.statistics if s.unit in ("exhibitor", "visitor")} == {"2025 Willow Craft Expo"}


def test_the_last_place_of_an_origin_list_is_no_subject(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened in Ghent on June 4. Buyers travelled from Lyon, Bonn and Leeds, "
        "with 4,000 attending in all."
    )
    assert [s.about for s in x.statistics if float(s.value) == 4000] == ["2025 Willow Craft Expo"]


def test_a_change_referring_back_skips_the_old_level(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened in Ghent on June 4. Some 640 exhibitors took part, up from 600 in 2024. "
        "That represents a rise of 6.7%."
    )
    change = _by(x, 6.7, "percent")
    assert change and change[0].change_of == 0


def test_a_fronted_comparison_makes_a_bare_comparative_a_change(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened in Ghent on June 4. The expo hosted 640 exhibitors. "
        "Compared to the last edition, that is 10% more."
    )
    change = _by(x, 10, "percent")
    assert change and change[0].change_of == 0


def test_a_change_noun_alone_is_no_measure_of_a_change_referring_back(extract):
    x = extract(
        "The 2025 Willow Craft Expo opened in Ghent on June 4. The expo hosted 640 exhibitors. "
        "That marks an 8 percent jump compared with last year."
    )
    change = _by(x, 8, "percent")
    assert change and change[0].change_of == 0 and "exhibitor" in change[0].measure
