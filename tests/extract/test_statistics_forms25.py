"""Figure forms of the q-stats25 round, found by the probe releases of tests/extract/probes25q
(our own wording). Sentences written for these tests, one regression test per defect (each
fails on the code before the round), with their negatives inside."""

from __future__ import annotations

from tests.extract.test_statistics_forms8 import by_value, figures



# ---------------------------------------------------------------- "In <place>, the sector employs ..."

def test_regression_a_sector_subject_after_the_events_own_place_is_about_the_place(extract):
    got = by_value(figures(extract, "In Portugal, the textile sector employs 130,000 people."), 130000)
    assert got.about == "Portugal"
    got = by_value(figures(extract, "In Porto, hotel establishments received 2.1 million guests in 2025."), 2100000)
    assert got.about == "Porto"
    # the counted are the event's: attendance, and what organisers expect
    assert by_value(figures(extract, "In Porto, 600 exhibitors took part."), 600).about != "Porto"
    assert by_value(figures(extract, "In Porto, the organisers expect 30,000 visitors."), 30000).about != "Porto"


# ---------------------------------------------------------------- "between N and M <adjective> <noun>"

def test_regression_a_range_before_a_modified_noun_is_a_range(extract):
    got = figures(extract, "The carnival is expected to draw between 30,000 and 40,000 foreign tourists.")
    assert [(s.value, s.qualifier) for s in got] == [(30000, "AtLeast"), (40000, "UpTo")]
    assert {s.unit for s in got} == {"tourist"}
    got = figures(extract, "Between 200 and 300 local firms took part.")
    assert [(s.value, s.qualifier, s.unit) for s in got] == [(200, "AtLeast", "firm"), (300, "UpTo", "firm")]
    # two figures joined by 'and' without 'between' stay two exact figures
    got = figures(extract, "The fair hosted 120 and 80 exhibitors.")
    assert [(s.value, s.qualifier) for s in got] == [(120, "Exact"), (80, "Exact")]


# ---------------------------------------------------------------- lines of key figures

TABLE = ("Final figures:\n\nExhibitors: 420\nVisitors: 27,300\nCountries represented: 31\n"
         "Exhibition area: 36,000 m2\nTrade visitors from abroad: 4,100\n- Exhibitors registered: 640\n"
         "Doors open at: 9\n\nThe next fair takes place in 2028.")


def test_regression_a_label_with_its_noun_first_counts_that_noun(extract):
    got = figures(extract, TABLE)
    assert (by_value(got, 31).unit, by_value(got, 31).measure) == ("country", "Countries represented")
    assert by_value(got, 4100).measure == "Trade visitors from abroad" and by_value(got, 4100).unit != "square metre"
    assert (by_value(got, 640).unit, by_value(got, 640).measure) == ("exhibitor", "Exhibitors registered")


def test_regression_a_label_names_the_measure_of_a_quantity_or_sum(extract):
    got = figures(extract, TABLE)
    assert by_value(got, 36000).measure == "Exhibition area"
    got = figures(extract, "Key figures:\n- Sales: EUR 4.2 million\n- Total investment – USD 40 million")
    assert by_value(got, 4200000).measure == "Sales" and by_value(got, 40000000).measure == "Total investment"


def test_regression_a_label_that_counts_nothing_takes_no_unit_from_the_line_above(extract):
    text = TABLE.replace("Exhibitors: 420", "Exhibitors: 420 (2024: 395)").replace("Doors open at: 9", "Doors open at: 9\nHall numbers in use: 4")
    assert [s.value for s in figures(extract, text) if s.value == 9] == []
    assert by_value(figures(extract, text), 640).unit == "exhibitor"


def test_regression_a_date_after_a_blank_line_does_not_date_the_figures_above(extract):
    got = figures(extract, TABLE)
    assert {s.period for s in got} == {None}
    # a date in the figure's own line still dates it
    assert by_value(figures(extract, "Key figures:\nExports in 2025: 3,000 tonnes"), 3000).period == "2025"


# ---------------------------------------------------------------- "with sales exceeding ..."

def test_regression_a_participle_of_level_on_a_noun_measures_that_noun(extract):
    got = by_value(figures(extract, "The festival concluded with sales exceeding SAR 1.2 billion."), 1200000000)
    assert (got.measure, got.qualifier) == ("sales", "MoreThan")
    got = figures(extract, "Car sales reached 3.1 million units in 2025, with exports accounting for about 19 percent.")
    assert by_value(got, 19).measure == "exports" and by_value(got, 3100000).measure == "Car sales"
    # the noun of the figure's own clause keeps its measure
    assert by_value(figures(extract, "Sales exceeded 2 billion yuan."), 2000000000).measure == "Sales"


def test_regression_a_bare_number_after_a_participle_counts_the_noun_it_hangs_on(extract):
    got = by_value(figures(extract, "The fair ended with orders exceeding 2 billion yuan and visitors exceeding 50,000."), 50000)
    assert (got.unit, got.qualifier, got.measure) == ("visitor", "MoreThan", "visitors")
    assert by_value(figures(extract, "The show closed with exhibitors totalling 640."), 640).unit == "exhibitor"
    # a participle of another verb counts nothing
    assert figures(extract, "The fair closed with a hall measuring 300.") == []


# ---------------------------------------------------------------- "This represents a rise of 6%" in a paragraph of its own

def test_regression_a_change_that_refers_back_across_a_paragraph_break_changes_the_figure_before(extract):
    got = figures(extract, "The fair closed with 48,500 attendees from 180 countries.\nThis represents a rise of 6% on the 2025 event.")
    assert got[by_value(got, 6).change_of].value == 48500
    got = figures(extract, "The fair closed with 48,500 attendees.\nThat is 6% more than in 2025.")
    assert got[by_value(got, 6).change_of].value == 48500
    # a blank line between them makes a paragraph of its own (test_statistics_forms11)
    got = figures(extract, "The fair closed with 48,500 attendees.\n\nThat is 6% more than in 2025.")
    assert by_value(got, 6).change_of is None
    # a change naming a subject of its own does not refer back
    got = figures(extract, "The fair closed with 48,500 attendees.\nGlobal tourism grew 6% in 2025.")
    assert by_value(got, 6).change_of is None


# ---------------------------------------------------------------- energy units and hyphenated subjects

def test_regression_watt_hours_written_out_are_energy(extract):
    assert by_value(figures(extract, "Wind output reached 140 terawatt-hours."), 140).unit == "TWh"
    assert by_value(figures(extract, "Output reached 12 gigawatt-hours in 2025."), 12).unit == "GWh"
    assert by_value(figures(extract, "Output reached 140 terawatt hours."), 140).unit == "TWh"
    # power stays power
    assert by_value(figures(extract, "The park has 3 gigawatts of capacity."), 3).unit == "GW"


def test_regression_a_hyphenated_modifier_of_the_subject_stays_in_the_measure(extract):
    got = by_value(figures(extract, "The country's wind-power output reached 140 terawatt-hours."), 140)
    assert got.measure == "wind-power output"
    got = by_value(figures(extract, "Cross-border e-commerce sales rose to 3 billion yuan."), 3000000000)
    assert got.measure == "Cross-border e-commerce sales"


# ---------------------------------------------------------------- who a figure is about

def test_regression_a_possessor_named_in_full_before_is_the_organization(extract):
    got = figures(extract, "Norvale Robotics Inc. showcased its picker at the fair. Norvale's revenue grew 34% to $410 million in 2025.")
    assert by_value(got, 410000000).about == "Norvale Robotics Inc" and by_value(got, 34).about == "Norvale Robotics Inc"


def test_regression_a_place_subject_the_tagger_made_a_common_noun_is_the_place(extract):
    got = by_value(figures(extract, "Gujarat accounts for 18 per cent of India's industrial output."), 18)
    assert got.about == "Gujarat"
    # the whole stays the whole when the subject is no place
    got = by_value(figures(extract, "Small firms account for 35 per cent of Nigeria's workforce."), 35)
    assert got.about == "Nigeria"


def test_regression_a_place_anaphor_with_its_name_beside_it_is_that_place(extract):
    got = figures(extract, "The partner country, Albania, welcomed 11.7 million tourists in 2025, a rise of 15 percent.")
    assert by_value(got, 11700000).about == "Albania" and by_value(got, 15).about == "Albania"


def test_regression_the_council_refers_to_the_council_named_before(extract):
    text = "The City of Cardiff Council published the results. The council spent £1.2 million on staging the fair."
    assert by_value(figures(extract, text), 1200000).about == "City of Cardiff Council"
    # those who attend stay the event's
    text = "The City of Cardiff Council published the results. The council expects 30,000 visitors next year."
    assert by_value(figures(extract, text), 30000).about != "City of Cardiff Council"


# ---------------------------------------------------------------- measures the parse hid

def test_regression_a_participle_parsed_as_the_verb_leaves_the_subject_the_measure(extract):
    got = by_value(figures(extract, "Investment commitments announced at the fair reached 9 billion euros."), 9000000000)
    assert got.measure == "Investment commitments"
    # a complement with a subject of its own keeps it
    got = by_value(figures(extract, "The ministry announced exports reached 9 billion euros."), 9000000000)
    assert got.measure == "exports"


def test_regression_a_sum_after_of_and_a_currency_code_measures_the_noun_before(extract):
    got = by_value(figures(extract, "According to the organisers, the fair generated bookings of EUR 2.1 billion."), 2100000000)
    assert got.measure == "bookings"
    assert by_value(figures(extract, "The pavilion secured deals of SAR 450 million."), 450000000).measure == "deals"


# ---------------------------------------------------------------- money with local scales

def test_regression_a_glued_scale_the_recognizer_took_for_an_ordinal_is_a_sum(extract):
    assert by_value(figures(extract, "Sales reached KSh 2bn."), 2000000000).unit == "KES"
    assert by_value(figures(extract, "Sales reached Rs 2bn."), 2000000000).unit == "INR"
    # ordinals stay no figures
    assert [s.value for s in figures(extract, "The 2nd edition drew 300 visitors.")] == [300]


def test_regression_cr_is_crore(extract):
    assert by_value(figures(extract, "Deals worth Rs 500 cr were signed."), 5000000000).unit == "INR"
    assert by_value(figures(extract, "Deals worth Rs 500cr were signed."), 5000000000).measure == "Deals"


def test_regression_soles_are_peruvian_money(extract):
    assert by_value(figures(extract, "Business reached 1,200 million soles."), 1200000000).unit == "PEN"
    assert figures(extract, "The shoe has rubber soles.") == []


def test_regression_a_population_of_a_bare_number_counts_people(extract):
    got = by_value(figures(extract, "The city has a population of 2.3 million."), 2300000)
    assert (got.unit, got.measure) == ("person", "population")
    # a population of counted things keeps what it counts
    assert by_value(figures(extract, "The population of 12 villages grew."), 12).unit == "village"


# ---------------------------------------------------------------- parts of a whole counted before

def test_regression_a_part_said_to_be_something_measures_that(extract):
    got = figures(extract, "A total of 1,500 vehicles were displayed, of which 117 were global premieres.")
    assert (by_value(got, 117).unit, by_value(got, 117).measure) == ("vehicle", "global premieres")


def test_regression_a_part_that_came_from_somewhere_keeps_where_in_its_measure(extract):
    got = by_value(figures(extract, "The fair drew 75,000 visitors. Of these, 20,000 came from abroad."), 20000)
    assert (got.unit, got.measure) == ("visitor", "visitors from abroad")
    got = by_value(figures(extract, "The show had 700 exhibitors. Of these, 300 were from Italy and Spain."), 300)
    assert got.measure == "exhibitors from Italy and Spain"


# ---------------------------------------------------------------- figures in brackets

def test_regression_a_quantity_in_brackets_after_a_noun_measures_the_noun(extract):
    got = by_value(figures(extract, "The exhibition space (180,000 square metres) was fully booked."), 180000)
    assert got.measure == "exhibition space"
    assert by_value(figures(extract, "The budget (EUR 3 million) was approved."), 3000000).measure == "budget"


def test_regression_a_quantity_in_brackets_in_another_unit_restates_the_one_before(extract):
    got = figures(extract, "The fair covers 20,000 square metres (215,000 square feet).")
    assert by_value(got, 215000).measure == by_value(got, 20000).measure == "area covered"


def test_regression_a_demonym_taken_for_a_place_is_its_country(extract):
    text = "Emirati car sales rose 9 percent in 2025 to 310,000 units."
    d = "DUBAI, 20th November, 2026 (WAM) -- The Dubai Motor Festival 2026 opened today with 140 exhibitors.\n"
    got = [s for s in extract(d + text).statistics if s.value == 310000]
    assert got and got[0].about == "United Arab Emirates"


def test_regression_a_figure_in_a_relative_clause_on_a_counted_noun_shares_its_subject(extract):
    got = figures(extract, "The fair drew 9,000 visitors. The city is home to more than 2,000 startups, which employ some 25,000 people.")
    assert by_value(got, 25000).about == by_value(got, 2000).about == "Porto"
    # those of the event stay the event's
    got = figures(extract, "The fair hosted 300 exhibitors, who welcomed 40,000 visitors.")
    assert by_value(got, 40000).about == by_value(got, 300).about


# ---------------------------------------------------------------- "85,000 visitors and sales estimated at ..."

def test_regression_a_conjunct_with_a_sum_of_its_own_is_not_counted_with_the_first(extract):
    got = figures(extract, "The fair closed with 85,000 visitors and sales estimated at THB 4.5 billion.")
    assert by_value(got, 85000).unit == "visitor"
    assert by_value(got, 4500000000).measure == "sales"
    # kinds counted together stay together, whatever follows them
    got = figures(extract, "The fair drew 300 companies and institutions based in 12 countries.")
    assert by_value(got, 300).unit == "company and institution"


def test_regression_a_sum_after_at_on_a_noun_measures_the_noun(extract):
    got = figures(extract, "Hotels reported average occupancy of 95%, and the city estimated visitor spending at 5.7 billion reais.")
    assert by_value(got, 5700000000).measure == "visitor spending"
    assert by_value(figures(extract, "The organisers put the budget at EUR 3 million."), 3000000).measure == "budget"


def test_regression_the_number_of_a_booth_code_is_no_figure(extract):
    got = figures(extract, "Acme will present 12 new products at booth B4-210.")
    assert [s.value for s in got] == [12]
    assert figures(extract, "Acme is in Hall 5, stand C-31.") == []
    # a period written with a hyphen stays a period
    assert by_value(figures(extract, "Exports reached 3 million tonnes in Q3-2025."), 3000000).period == "2025-07/2025-09"


def test_regression_rows_of_a_table_with_bars_count_their_label(extract):
    got = figures(extract, "Visitors | 45,000 | 41,000\nExhibitors | 900 | 860")
    assert [(s.value, s.unit) for s in got] == [(45000, "visitor"), (41000, "visitor"), (900, "exhibitor"), (860, "exhibitor")]


def test_regression_more_local_currencies(extract):
    assert by_value(figures(extract, "Sales reached BD3 million."), 3000000).unit == "BHD"
    assert by_value(figures(extract, "Sales reached KD3 million."), 3000000).unit == "KWD"
    assert by_value(figures(extract, "Sales reached RO3 million."), 3000000).unit == "OMR"
    assert by_value(figures(extract, "Sales reached JD3 million."), 3000000).unit == "JOD"
    assert by_value(figures(extract, "Sales reached 3 billion CFA francs."), 3000000000).unit == "XOF"
    assert by_value(figures(extract, "Sales reached FCFA 3 billion."), 3000000000).unit == "XOF"
    assert by_value(figures(extract, "Sales reached Rwf 3 billion."), 3000000000).unit == "RWF"
    assert by_value(figures(extract, "Sales reached 3 billion drams."), 3000000000).unit == "AMD"
    assert figures(extract, "Hall LE3 is open.") == []


# ---------------------------------------------------------------- "crossed the 5,000 mark"

def test_regression_a_threshold_mark_is_the_level_of_the_subject(extract):
    got = by_value(figures(extract, "Visitors passed the 5,000 mark."), 5000)
    assert (got.unit, got.qualifier, got.measure) == ("visitor", "MoreThan", "Visitors")
    got = by_value(figures(extract, "Sales passed the $1 billion mark."), 1000000000)
    assert (got.unit, got.qualifier, got.measure) == ("USD", "MoreThan", "Sales")
    got = by_value(figures(extract, "Exhibitor numbers passed the 1,000 mark for the first time."), 1000)
    assert (got.unit, got.qualifier) == ("exhibitor", "MoreThan")
    # marks counted are marks
    assert by_value(figures(extract, "The fair awarded 30 marks of excellence."), 30).qualifier == "Exact"


def test_regression_crossed_is_exceeded(extract):
    got = by_value(figures(extract, "Footfall crossed 3.2 lakh on the last day."), 320000)
    assert got.qualifier == "MoreThan"
    got = by_value(figures(extract, "Visitors crossed 5,000."), 5000)
    assert (got.unit, got.qualifier) == ("visitor", "MoreThan")
    got = by_value(figures(extract, "The fair drew north of 20,000 visitors and circa 900 exhibitors."), 900)
    assert got.qualifier == "Approximately"


def test_regression_the_kingdom_is_the_releases_country(extract):
    lead = "The 2026 Date Palm Fair opened in Riyadh, Saudi Arabia on June 2. "
    got = by_value(figures(extract, "The kingdom's date exports reached SAR 1.5 billion in 2025.", lead=lead), 1500000000)
    assert got.about == "Saudi Arabia"


def test_regression_the_subjects_own_name_before_its_possessor(extract):
    got = by_value(figures(extract, "Nigeria's Lagos State generates 30 percent of the country's GDP."), 30)
    assert got.about == "Lagos State"
    # a possessor with a common-noun head stays the subject
    assert by_value(figures(extract, "Shanghai's GDP exceeded 5 trillion yuan in 2025."), 5000000000000).about == "Shanghai"


def test_regression_a_facility_named_with_of_is_the_subject(extract):
    got = by_value(figures(extract, "The Port of Rotterdam handled 440 million tonnes of cargo."), 440000000)
    assert got.about == "Port of Rotterdam"


def test_regression_a_sum_in_a_noun_of_money_after_its_verb_measures_the_noun(extract):
    text = "The Wellington City Council said the Harbourlights Festival 2026 generated NZ$14 million in visitor spending."
    assert by_value(figures(extract, text), 14000000).measure == "visitor spending"
    # where the sum went is no measure
    assert by_value(figures(extract, "The city invested EUR 20 million in the venue."), 20000000).measure == "investment"


def test_regression_a_sentence_naming_nothing_after_one_about_a_sub_event_is_the_sub_events(extract):
    got = figures(extract, "On the sidelines, the Cedar Investment Forum drew 300 investors. "
                           "Some 40 speakers took part, and deals worth EUR 20 million were signed.")
    assert {s.about for s in got} == {"Cedar Investment Forum"}
    # a sentence naming the main event, or a new paragraph, goes back to it
    got = figures(extract, "On the sidelines, the Cedar Investment Forum drew 300 investors. The fair had 40 speakers.")
    assert by_value(got, 40).about == "2026 Cedar Loom Fair"
    got = figures(extract, "On the sidelines, the Cedar Investment Forum drew 300 investors.\nSome 40 speakers took part.")
    assert by_value(got, 40).about == "2026 Cedar Loom Fair"


def test_regression_a_change_by_a_hyphenated_fraction(extract):
    assert by_value(figures(extract, "Sales rose by one-third."), 33.3).unit == "percent"
    assert by_value(figures(extract, "Exports fell by two-thirds in 2025."), -66.7).period == "2025"


# ---------------------------------------------------------------- periods of comparison bases

def test_regression_a_year_prior_untagged_is_the_year_before_the_named_one(extract):
    got = figures(extract, "The city received 5 million tourists in 2025, compared to 4.2 million a year prior.")
    assert by_value(got, 4200000).period == "2024" and by_value(got, 5000000).period == "2025"


def test_regression_the_same_period_of_a_year_takes_the_months_of_the_figure_before(extract):
    got = figures(extract, "Exports reached $3 billion in the first five months, against $2.5 billion in the same period of 2025.")
    assert by_value(got, 2500000000).period == "2025-01/2025-05"
    assert by_value(got, 3000000000).period == "2026-01/2026-05"


def test_regression_a_sum_estimated_at_in_a_misparsed_clause_measures_the_subject(extract):
    got = by_value(figures(extract, "Business deals agreed at the show are estimated at £3.1 billion."), 3100000000)
    assert got.measure == "Business deals"
    assert by_value(figures(extract, "The deals were valued at $40 million."), 40000000).measure == "deals"


# ---------------------------------------------------------------- "..., with imports up 2 percent"

def test_regression_a_change_after_with_names_its_own_measure(extract):
    got = figures(extract, "Exports reached $3 billion, with imports up 2 percent.")
    assert (by_value(got, 2).measure, by_value(got, 2).change_of) == ("imports", None)
    got = figures(extract, "GDP grew 5.6 percent to 4.3 trillion yuan in 2025, with the added value of the service sector up 6.1 percent.")
    assert (by_value(got, 6.1).measure, by_value(got, 6.1).change_of) == ("added value of service sector", None)
    # what the figure before counts keeps the link
    got = figures(extract, "The fair drew 52,000 visitors, with attendance up 8 percent.")
    assert got[by_value(got, 8).change_of].value == 52000


def test_regression_among_them_a_part_counts_the_whole_before(extract):
    got = by_value(figures(extract, "The fair drew 1,200 exhibitors. Among them, 300 came from abroad."), 300)
    assert (got.unit, got.measure) == ("exhibitor", "exhibitors from abroad")


def test_regression_n_of_them_from_somewhere_keeps_where(extract):
    got = by_value(figures(extract, "The fair drew 1,200 exhibitors, 300 of them from abroad."), 300)
    assert (got.unit, got.measure) == ("exhibitor", "exhibitors from abroad")


def test_regression_a_labelled_count_takes_no_word_of_the_line_above(extract):
    got = by_value(figures(extract, "Facts and figures:\nNet area: 36,000 sqm\nCountries: 31"), 31)
    assert (got.unit, got.measure) == ("country", "Countries")
