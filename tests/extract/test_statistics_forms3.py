"""Figure forms of issue 10 (classes 8 'Figures' and 9 'Period and change', and what a
figure is about): one regression test per defect, on sentences written for these tests,
with the negatives that must stay no figures (dates, ages, phones, ordinals, years)."""

from __future__ import annotations

from decimal import Decimal

import pytest

LEAD = "The 2026 Cedar Loom Fair opened in Porto on June 2. "


def figures(extract, text: str, lead: str = LEAD):
    return extract(lead + text).statistics


def values(extract, text: str, lead: str = LEAD) -> list[tuple[Decimal, str]]:
    return [(Decimal(str(s.value)), s.unit) for s in figures(extract, text, lead)]


# ---------------------------------------------------------------- change and its base

def test_change_base_is_new_level_after_a_comparison(extract):
    got = figures(extract, "Attendance rose 18 percent over last year to 52,000.")
    change = next(s for s in got if s.unit == "percent")
    level = next(i for i, s in enumerate(got) if s.value == 52000)
    assert change.change_of == level
    assert "attendance" in change.measure.lower()


def test_change_base_after_year_on_year(extract):
    got = figures(extract, "Cork exports grew 12.5 percent year-on-year to 3.4 billion euros.")
    change = next(s for s in got if s.unit == "percent")
    assert change.change_of == next(i for i, s in enumerate(got) if s.unit == "EUR")


def test_generic_subject_refers_back_to_previous_sentence(extract):
    got = figures(extract, "Exhibitors numbered 1,100 this year. The figure was 20 percent higher than in 2025.")
    change = next(s for s in got if s.unit == "percent")
    assert change.change_of == 0 and change.measure == "Exhibitors"


def test_old_level_after_from_is_no_change(extract):
    got = figures(extract, "The share of women among weavers rose from 30% to 45%.")
    assert [s.change_of for s in got] == [None, None]


def test_level_with_a_verb_between_is_no_base(extract):
    got = figures(extract, "Loom sales rose 5 percent, and the fair moved to 2 new halls.")
    assert all(s.change_of is None for s in got)


# ---------------------------------------------------------------- bare numbers

def test_counted_subject_beyond_event_units(extract):
    assert (Decimal(45000), "registration") in values(extract, "Online registrations rose to 45,000 this year.")


def test_amount_subject_gives_no_count(extract):
    assert not [u for _, u in values(extract, "Wool prices rose to 45 in the spring.") if u == "price"]


def test_included_numbers_count_the_subject(extract):
    got = values(extract, "Exhibitors included 300 from Portugal, 200 from Spain and 150 from Italy.")
    assert got == [(Decimal(300), "exhibitor"), (Decimal(200), "exhibitor"), (Decimal(150), "exhibitor")]


def test_respectively_counts_each_subject(extract):
    got = figures(extract, "Exhibitors and visitors numbered 1,200 and 40,000 respectively.")
    assert [(s.value, s.unit) for s in got] == [(1200, "exhibitor"), (40000, "visitor")]


def test_top_as_a_verb_is_no_rank(extract):
    got = figures(extract, "Visitor numbers are expected to top 100,000 for the first time.")
    assert [(s.value, s.unit, s.qualifier) for s in got] == [(100000, "visitor", "MoreThan")]
    assert figures(extract, "The top 10 weavers showed their rugs.") == []


def test_half_a_million_is_a_number(extract):
    got = figures(extract, "The textile sector employs nearly half a million people.")
    assert [(s.value, s.unit, s.qualifier) for s in got] == [(500000, "person", "Nearly")]
    assert values(extract, "Half a dozen ministers toured the halls.") == [(Decimal(6), "minister")]


def test_mixed_case_acronym_plural(extract):
    assert values(extract, "The fair saw 25 MoUs signed.") == [(Decimal(25), "MoU")]


# ---------------------------------------------------------------- measure and about

def test_worth_after_a_plural_tagged_as_verb(extract):
    got = figures(extract, "Business deals worth over $2 billion are expected to be signed.")
    assert got[0].measure == "deals" and got[0].qualifier == "MoreThan"


def test_which_clause_on_unrecognized_company(extract):
    got = figures(extract, "\n\nNorte Tecelagem Lda, which employs 420 people, showed its new looms.")
    assert got[0].about == "Norte Tecelagem Lda"


# ---------------------------------------------------------------- currencies

@pytest.mark.parametrize("lead, text, unit", [
    ("The 2026 Lahore Loom Fair opened in Lahore, Pakistan on June 2. ", "Buyers placed orders worth Rs 2.5 billion.", "PKR"),
    ("The 2026 Colombo Loom Fair opened in Colombo, Sri Lanka on June 2. ", "Sales reached 400 million rupees.", "LKR"),
    ("The 2026 Mumbai Loom Fair opened in Mumbai, India on June 2. ", "Sales reached Rs 500 crore.", "INR"),
    ("The 2026 Casablanca Loom Fair opened in Casablanca, Morocco on June 2. ", "Deals worth 200 million dirhams were signed.", "MAD"),
    ("The 2026 Casablanca Loom Fair opened in Casablanca, Morocco on June 2. ", "Emirati buyers paid AED 5 million.", "AED"),
    ("The 2026 Dubai Loom Fair opened in Dubai on June 2. ", "Deals worth 200 million dirhams were signed.", "AED"),
    ("The 2026 Cairo Loom Fair opened in Cairo, Egypt on June 2. ", "Sales reached 30 million pounds.", "EGP"),
    ("The 2026 Accra Loom Fair opened in Accra, Ghana on June 2. ", "Traders recorded sales of GH¢2 million.", "GHS"),
    ("The 2026 Plovdiv Loom Fair opened in Plovdiv, Bulgaria on June 2. ", "Firms signed contracts worth 10 million leva.", "BGN"),
    ("The 2026 Plovdiv Loom Fair opened in Plovdiv, Bulgaria on June 2. ", "Sales reached BGN 4 million.", "BGN"),
    ("The 2026 Ulaanbaatar Loom Fair opened in Ulaanbaatar, Mongolia on June 2. ", "Contracts worth 3 billion tugriks were signed.", "MNT"),
])
def test_local_currencies(extract, lead, text, unit):
    assert [s.unit for s in figures(extract, text, lead)] == [unit]


# ---------------------------------------------------------------- periods

def test_change_base_date_is_not_the_period(extract):
    got = figures(extract, "Ticket sales reached 3.5 million euros, up from last year.")
    assert got[0].period is None


def test_founding_year_is_not_the_period(extract):
    got = figures(extract, "The weaving firm was founded in 1998 and employs 2,500 people.")
    assert [(s.value, s.period) for s in got] == [(2500, None)]


def test_own_period_stays(extract):
    got = figures(extract, "Rug exports fell 4 percent in 2025, down from a record in 2024.")
    assert got[0].period == "2025"


# ---------------------------------------------------------------- no figures

@pytest.mark.parametrize("text", [
    "The 2026 edition runs from June 3 to 5 in Hall 7.",
    "The founder, 45, opened the 12th edition on Monday.",
    "For details call +351 22 123 4567 or 800-555-0199.",
    "The fair, now in its 25th year, is the largest in the region.",
    "The three-day fair features a two-seat loom.",
    "The museum was opened in 2010 and stands at 12 Harbour Road.",
])
def test_not_figures(extract, text):
    assert figures(extract, text) == []


# ---------------------------------------------------------------- "the number of ..." counts its noun

def test_regression_number_of_counts_the_noun_not_its_modifier(extract):
    """'the number of international visitors' counted 'international' (the word after 'of')."""
    got = values(extract, "The number of international visitors rose from 7,000 to 9,400.")
    assert (Decimal(7000), "visitor") in got and (Decimal(9400), "visitor") in got


def test_number_of_with_a_participle_before_the_noun(extract):
    got = values(extract, "The number of participating cooperatives reached 340.")
    assert (Decimal(340), "cooperative") in got


def test_number_of_a_plain_noun_is_unchanged(extract):
    got = values(extract, "The number of exhibitors reached 510.")
    assert (Decimal(510), "exhibitor") in got
