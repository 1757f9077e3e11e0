"""How releases write figures: grouping, signs, labels, modifiers; and numbers that are
no figures. One regression test per defect, on sentences written for these tests."""

from __future__ import annotations

LEAD = "The 2026 Marble Craft Show opened in Braga on June 2. "


def figures(extract, text: str):
    return extract(LEAD + text).statistics


def values(extract, text: str) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in figures(extract, text)]


def test_space_grouped_thousands_are_one_number(extract):
    assert values(extract, "The halls welcomed 18 400 guests.") == [(18400, "guest")]
    assert values(extract, "Sculptors sold 2\u00a0750 pieces.") == [(2750, "piece")]


def test_space_grouped_lead_is_no_year(extract):
    got = values(extract, "In 2025 120 carvers attended.")
    assert (2025120, "carver") not in got


def test_apostrophe_grouped_thousands(extract):
    assert values(extract, "The guild counts 3'600 members.") == [(3600, "member")]


def test_dot_grouped_count_is_an_integer(extract):
    assert (1800, "sculptor") in values(extract, "The show gathered 1.800 sculptors.")
    assert (2.75, "ton") in values(extract, "Each block weighs 2.750 tonnes.")


def test_plus_after_a_count_is_at_least(extract):
    got = figures(extract, "It hosts 120+ workshops for 900+ apprentices.")
    assert [(s.value, s.unit, s.qualifier) for s in got if s.unit == "apprentice"] == [(900, "apprentice", "AtLeast")]


def test_glued_scale_at_sentence_end(extract):
    assert values(extract, "Commissions totalled £12m.") == [(12_000_000, "GBP")]


def test_glued_scale_is_no_part_of_the_counted_noun(extract):
    got = figures(extract, "The show drew 25k guests.")
    assert [(s.value, s.unit, s.measure) for s in got] == [(25000, "guest", "guests")]


def test_signed_percent_in_brackets_is_a_change(extract):
    got = figures(extract, "The show drew 9,000 guests (+8%).")
    assert got[1].value == 8 and got[1].change_of == 0


def test_plus_phone_numbers_stay_out(extract):
    assert figures(extract, "Press office: +351 9 555 0123.") == []


def test_change_in_a_period_keeps_the_subjects_measure(extract):
    got = figures(extract, "Marble exports rose 6% in the second quarter.")
    assert got[0].measure == "Marble exports"
    assert got[0].period == "2025-04/2025-06"  # published 2025-05-20


def test_compared_figure_at_last_years_show_alone_is_dated(extract):
    got = figures(extract, "The show drew 700 carvers, compared with 640 at last year's show.")
    assert [(s.value, s.period) for s in got] == [(700, None), (640, "2024")]


def test_label_then_colon_counts_the_label(extract):
    got = extract(LEAD + "\nSculptors: 420\nGuests – 9,800").statistics
    assert [(s.value, s.unit) for s in got] == [(420, "sculptor"), (9800, "guest")]


def test_model_names_times_and_house_numbers_are_no_figures(extract):
    assert figures(extract, "Carvers used 3D scanners and 5G links until 7 pm at 40 Rua das Flores.") == []
    assert figures(extract, "A maker showed its 320 XT.") == []


def test_sum_or_percent_modifying_a_noun_measures_it(extract):
    got = figures(extract, "Carvers competed for a €50,000 prize and guesthouses saw 90 percent occupancy.")
    assert [s.measure for s in got] == ["prize", "occupancy"]


def test_sum_without_an_article_does_not_take_a_misparsed_verb(extract):
    got = figures(extract, "Registration at €90 closes on 1 June.")
    assert got and got[0].measure != "closes"


def test_change_noun_names_what_changed(extract):
    got = figures(extract, "The show saw a 14 percent jump in foreign guests.")
    assert got[0].measure == "jump in foreign guests"


def test_headline_figure_restated_in_the_body_is_one_figure(extract):
    got = extract("Marble Craft Show draws 9,000 guests\n\n" + LEAD + "The show drew 9,000 guests.").statistics
    assert [(s.value, s.unit) for s in got] == [(9000, "guest")]


def test_figure_referred_back_to_is_one_figure(extract):
    got = figures(extract, "About 420 sculptors took part. The 420 sculptors filled four halls.")
    assert [(s.value, s.qualifier) for s in got] == [(420, "Approximately")]


def test_equal_figures_of_the_body_stay_two(extract):
    got = figures(extract, "Some 40 carvers came from Spain. Another 40 carvers came from Italy.")
    assert [s.value for s in got] == [40, 40]


def test_a_counts_measure_names_what_it_counts(extract):
    got = figures(extract, "The show saw the participation of over 300 carvers.")
    assert got[0].measure == "participation of carvers"


def test_classifier_nouns_add_nothing_to_the_measure(extract):
    got = figures(extract, "Sales of marble tiles reached 8,000 units in 2024.")
    assert got[0].measure == "Sales of marble tiles"


def test_origin_count_measures_where_the_counted_come_from(extract):
    got = figures(extract, "Sculptors came from 14 countries.")
    assert got[0].measure == "countries of Sculptors"


def test_origin_of_one_count_does_not_chain_into_the_next(extract):
    got = figures(extract, "The hall hosts 40 Greek studios, 30 from Spain and 20 from France.")
    assert [s.measure for s in got][1:] == ["Greek studios from Spain", "Greek studios from France"]


def test_hyphenated_counted_noun_is_one_word(extract):
    got = figures(extract, "More than 60 start-ups pitched to buyers.")
    assert [(s.value, s.unit, s.measure) for s in got] == [(60, "start-up", "start-ups")]


def test_two_numbers_sharing_one_counted_noun_are_two_figures(extract):
    got = values(extract, "Greece and Spain sent 30 and 25 studios respectively.")
    assert got == [(30, "studio"), (25, "studio")]


def test_three_zero_decimals_are_a_thousands_group(extract):
    assert values(extract, "The halls cover 45.000 m².") == [(45000, "square metre")]


def test_square_units_written_with_sq_or_a_hyphen(extract):
    assert values(extract, "The hall is 9,000 sq. metres.") == [(9000, "square metre")]
    assert values(extract, "A 6,000 square-metre hall opened.") == [(6000, "square metre")]


def test_year_labels_date_the_figures_after_them(extract):
    got = figures(extract, "Visitor numbers by year: 2022 – 7,100; 2023 – 8,300; 2024 – 9,000.")
    assert [(s.value, s.period) for s in got] == [(7100, "2022"), (8300, "2023"), (9000, "2024")]


def test_percent_that_is_a_group_measures_its_share(extract):
    got = figures(extract, "Some 35 percent were foreign sculptors.")
    assert got[0].measure == "share of foreign sculptors"
