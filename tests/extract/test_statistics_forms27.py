"""Figure forms of the q-stats27 round, found by the probe releases of tests/extract/probes27q
(our own wording). Sentences written for these tests, one regression test per defect (each
fails on the code before the round, main 4d00a58), with their negatives inside."""

from __future__ import annotations

from datetime import date

from tests.extract.test_statistics_forms8 import by_value, figures


# ---------------------------------------------------------------- "in the year to March 2026"

def test_regression_a_span_of_months_to_a_month_is_an_interval(extract):
    got = figures(extract, "Chile's wine exports rose 9 per cent to USD 2 billion in the year to March 2026.")
    assert by_value(got, 2000000000).period == "2025-04/2026-03"
    got = figures(extract, "The group's sales reached EUR 800 million in the nine months to September 2025.")
    assert by_value(got, 800000000).period == "2025-01/2025-09"
    got = figures(extract, "Net profit was $45 million for the fiscal year ended June 30, 2025.")
    assert by_value(got, 45000000).period == "2024-07/2025-06"
    # a month alone stays a month
    assert by_value(figures(extract, "Exports reached USD 2 billion in March 2026."), 2000000000).period == "2026-03"


def test_months_to_reader():
    from kg.extract.statistics.periods import months_to
    ref = date(2026, 6, 5)
    assert months_to("the year to March", ref) == "2025-04/2026-03"   # the last March before publication
    assert months_to("the quarter to August", ref) == "2025-06/2025-08"
    assert months_to("the 12 months to Dec. 2025", ref) == "2025-01/2025-12"
    assert months_to("March 2026", ref) is None
    assert months_to("the year", ref) is None
    assert months_to("the year to March", None) is None


# ---------------------------------------------------------------- "as of end-2025"

def test_regression_end_dash_year_is_that_year(extract):
    got = figures(extract, "As of end-2025, Chile had 48,000 electric cars on its roads.")
    assert by_value(got, 48000).period == "2025"
    got = figures(extract, "By mid-2024 the port handled 2 million containers.")
    assert by_value(got, 2000000).period == "2024"
    # no date, no period
    assert by_value(figures(extract, "Chile had 48,000 electric cars on its roads."), 48000).period is None


# ---------------------------------------------------------------- "per annum"

def test_regression_per_annum_is_per_year(extract):
    got = figures(extract, "The new plant will produce 60,000 tonnes of green hydrogen per annum.")
    assert by_value(got, 60000).unit == "ton per year"
    # the other rates keep their words
    assert by_value(figures(extract, "The line carries 5,000 passengers a day."), 5000).unit == "passenger per day"
    assert by_value(figures(extract, "The mill produces 3 tonnes per capita."), 3).unit == "ton per capita"


# ---------------------------------------------------------------- "S/ 200 million": the Peruvian sol

def test_regression_the_sol_sign_is_a_currency(extract):
    got = figures(extract, "The fair has generated sales of more than S/ 200 million since 2008.")
    assert (by_value(got, 200000000).unit, by_value(got, 200000000).qualifier) == ("PEN", "MoreThan")
    got = figures(extract, "Buyers signed deals worth S/.50 million.")
    assert by_value(got, 50000000).unit == "PEN"


def test_sol_prefix_reader():
    from kg.normalize.units import currency_prefix, split_money
    assert currency_prefix("S/") == "PEN"
    assert split_money("S/300") == ("PEN", "300")
    assert currency_prefix("S") is None


# ---------------------------------------------------------------- "210 exhibitors and business deals of US$ 28 million, 17% more"

def test_regression_a_sum_of_a_conjunct_is_its_own_figure(extract):
    got = figures(extract, "The fair closed with 210 exhibitors and business deals of US$ 28 million, "
                           "17% more than in the 2025 edition.")
    assert by_value(got, 210).unit == "exhibitor"                 # the deals have a number of their own
    assert by_value(got, 28000000).measure == "business deals"
    assert by_value(got, 17).change_of == got.index(by_value(got, 28000000))  # the nearest figure, not the exhibitors
    assert by_value(got, 28000000).period is None                 # "than in the 2025 edition" is the base's date
    assert by_value(got, 210).period is None
    # a sum two nouns share keeps both; an origin hanging on the count is still no base
    assert by_value(figures(extract, "Imports and exports of $5 billion were recorded."), 5000000000).measure \
        == "Imports and exports"
    got = figures(extract, "The fair hosted 7,500 exhibitors from 110 countries, an increase of 3 percent.")
    assert by_value(got, 3).change_of == got.index(by_value(got, 7500))
    got = figures(extract, "The fair hosted 300 exhibitors and visitors of all ages.")
    assert by_value(got, 300).unit == "exhibitor and visitor"


# ---------------------------------------------------------------- "The forum, which opened at the city's centre, has drawn ..."

def test_regression_a_place_word_in_a_clause_of_the_event_leaves_its_counts_the_events(extract):
    lead = "CAPE TOWN -- The Southern Coast Mining Forum 2026 opened on Monday. "
    got = figures(extract, "The forum, which opened on Monday at the city's convention centre and runs until Thursday, "
                           "has drawn 7,500 delegates, organisers said.", lead=lead)
    assert by_value(got, 7500).about == "Southern Coast Mining Forum 2026"
    # the place word as what the subject names still makes the figure the city's
    got = figures(extract, "The city's hotels recorded 2 million overnight stays in 2025.", lead=lead)
    assert by_value(got, 2000000).about == "Cape Town"


# ---------------------------------------------------------------- "Its exports ..." after a one-sentence paragraph

def test_regression_its_at_a_paragraph_start_is_the_subject_of_a_one_sentence_paragraph_before(extract):
    lead = "The 2026 Global Alloy Outlook Conference opened Monday in Beijing.\n\n"
    got = figures(extract, "Chile produced 5.3 million tonnes of copper in 2025.\n\n"
                           "Its copper exports totalled 4.9 million tonnes.", lead=lead)
    assert by_value(got, 4900000).about == "Chile"
    # not across a paragraph of several sentences, whose last subject is not the first's
    got = figures(extract, "Chile produced 5.3 million tonnes of copper in 2025. It was a good year.\n\n"
                           "Its copper exports totalled 4.9 million tonnes.", lead=lead)
    assert by_value(got, 4900000).about != "Chile"


# ---------------------------------------------------------------- "equivalent to 54 percent of world output"

def test_regression_equivalent_to_a_percent_of_a_whole_is_a_share(extract):
    got = figures(extract, "Chile produced 5.3 million tonnes of copper in 2025, equivalent to 24 percent of world output.")
    assert by_value(got, 24).measure == "share of world output"
    assert by_value(got, 24).change_of is None
    # a level a change rises to is no share
    got = figures(extract, "The share of electric cars rose to 24 percent of new sales.")
    assert by_value(got, 24).measure != "share of new sales"


# ---------------------------------------------------------------- "recorded 2 million overnight stays in 2025"

def test_regression_a_number_parsed_as_the_object_still_counts_the_plural_after_it(extract):
    got = figures(extract, "The city's hotels recorded 2 million overnight stays in 2025.")
    assert (by_value(got, 2000000).unit, by_value(got, 2000000).measure) == ("stay", "overnight stays")
    assert by_value(got, 2000000).period == "2025"
    # a number before a date or a duration counts no noun of it
    assert [s.value for s in figures(extract, "The trust raised 2 million over two years.")
            if s.unit in ("year", "two year")] == []


def test_regression_a_sum_on_a_conjunct_of_a_count_is_the_base_of_the_change_after_it(extract):
    lead = "BOGOTA, Colombia -- The 2026 Andes Coffee Fair closed on Sunday. "
    got = figures(extract, "The 2026 Andes Coffee Fair closed on Sunday with 210 exhibitors and business deals of "
                           "US$ 28 million, 17% more than in the 2025 edition.", lead=lead)
    assert by_value(got, 17).change_of == got.index(by_value(got, 28000000))


# ---------------------------------------------------------------- "y/y", "YoY", "m/m"

def test_regression_short_comparisons_are_comparisons_not_measures(extract):
    got = figures(extract, "Chile's wine exports rose 18.5% y/y to US$2 billion in 2025.")
    assert by_value(got, 18.5).comparison == "year-on-year"
    got = figures(extract, "In Q3 2025, output value grew 21 percent YoY.")
    assert (by_value(got, 21).comparison, by_value(got, 21).measure) == ("year-on-year", "output value")
    got = figures(extract, "Retail sales grew 3 percent m/m in May.")
    assert by_value(got, 3).comparison == "month-on-month"
    # a noun after a percent still names what it measures
    assert by_value(figures(extract, "Hotels reported 85 percent occupancy."), 85).measure == "occupancy"


# ---------------------------------------------------------------- "N2.5bn", "Sh3bn": a local prefix with a glued scale

def test_regression_a_local_prefix_before_a_glued_scale_is_the_local_currency(extract):
    got = figures(extract, "Local banks offered N2.5bn in credit lines to Nigerian traders.")
    assert by_value(got, 2500000000).unit == "NGN"
    got = figures(extract, "Kenya's tea earned Sh3bn in 2025.")
    assert by_value(got, 3000000000).unit == "KES"
    # without the country, or without a scale, no sum
    assert [s for s in figures(extract, "Nigerian clinics bought N95 masks.") if s.unit == "NGN"] == []
    assert [s for s in figures(extract, "The lab offered N2.5bn in credit.") if s.unit == "NGN"] == []


# ---------------------------------------------------------------- "52 million skier days", "Austrian ski resorts"

def test_regression_skier_days_are_counted_and_the_resorts_are_the_countrys(extract):
    got = figures(extract, "Austrian ski resorts counted 52 million skier days in the 2024/25 season.")
    s = by_value(got, 52000000)
    assert (s.unit, s.about, s.period) == ("skier day", "Austria", "2024/2025")
    got = figures(extract, "Brazilian growers harvested 60 million bags of coffee in 2025.")
    assert by_value(got, 60000000).about == "Brazil"
    # one producer of a nationality is an exhibitor, not its country; a length of days is no count
    assert by_value(figures(extract, "A Brazilian producer showed 12 new machines."), 12).about != "Brazil"
    assert [s for s in figures(extract, "The fair lasts four days.") if s.value == 4] == []


# ---------------------------------------------------------------- "60 million bags of coffee"

def test_regression_a_count_of_containers_measures_what_fills_them(extract):
    got = figures(extract, "Brazilian growers harvested 60 million bags of coffee in 2025.")
    assert (by_value(got, 60000000).unit, by_value(got, 60000000).measure) == ("bag", "coffee")
    assert by_value(figures(extract, "The cellar sold 2,000 bottles of wine."), 2000).measure == "wine"
    # other counted nouns before 'of' keep their own measure
    assert by_value(figures(extract, "The fair hosted 300 exhibitors of machinery."), 300).unit == "exhibitor"


# ---------------------------------------------------------------- "contributed EUR 1.3 billion to Austria's economy"

def test_regression_a_contribution_to_a_places_economy_is_about_the_place(extract):
    got = figures(extract, "The meetings industry contributed EUR 1.3 billion to Austria's economy.")
    assert by_value(got, 1300000000).about == "Austria"
    got = figures(extract, "Tourism added $2 billion to Kenya's GDP.")
    assert by_value(got, 2000000000).about == "Kenya"
    # a sum sent to a place's banks is not about the place
    got = figures(extract, "The meetings industry sent EUR 1.3 billion to Austria's banks.")
    assert by_value(got, 1300000000).about != "Austria"


# ---------------------------------------------------------------- "Trade between India and Vietnam stood at ..."

def test_regression_a_measure_noun_opening_a_line_is_the_measure_whatever_its_tag(extract):
    lead = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2 with 900 exhibitors.\n"
    got = figures(extract, "Trade between India and Vietnam stood at US$15 billion in 2025.", lead=lead)
    assert by_value(got, 15000000000).measure == "Trade"
    # a name opening the line is no measure
    got = figures(extract, "Sonae reported revenue of EUR 8 billion in 2025.", lead=lead)
    assert by_value(got, 8000000000).measure == "revenue"


# ---------------------------------------------------------------- "Nordmesse GmbH, which organises the show, reported ..."

def test_regression_an_organiser_with_a_clause_naming_the_event_keeps_its_own_figures(extract):
    lead = "The Hanseatic Home Show opened in Hamburg on Friday.\n\n"
    got = figures(extract, "Nordmesse GmbH, which organises the Hanseatic Home Show, reported turnover of "
                           "EUR 410 million for 2025, the highest in its history.", lead=lead)
    assert by_value(got, 410000000).about == "Nordmesse GmbH"
    got = figures(extract, "Nordmesse GmbH reported turnover of EUR 410 million for 2025.", lead=lead)
    assert by_value(got, 410000000).about == "Nordmesse GmbH"
    # the event with a clause naming its organiser keeps its counts
    got = figures(extract, "The show, which is organised by Nordmesse GmbH, drew 30,000 visitors.", lead=lead)
    assert by_value(got, 30000).about == "Hanseatic Home Show"


def test_regression_a_dateline_subject_gives_way_to_the_company_in_apposition(extract):
    got = figures(extract, "HAMBURG -- Nordmesse GmbH, which organises the Hanseatic Home Show, reported turnover of "
                           "EUR 410 million for 2025.\n\nThe show opened on Friday.", lead="")
    assert by_value(got, 410000000).about == "Nordmesse GmbH"


# ---------------------------------------------------------------- "The company staged 38 trade fairs last year"

def test_regression_a_company_referred_back_to_holds_events_it_counts(extract):
    lead = "The Hanseatic Home Show opened in Hamburg on Friday.\n\n"
    got = figures(extract, "Messe Nordhafen AG reported record sales. The company staged 38 trade fairs in Germany "
                           "and abroad last year.", lead=lead)
    assert (by_value(got, 38).unit, by_value(got, 38).period) == ("trade fair", "2025")
    # the event's own session groups stay sessions
    got = figures(extract, "The show features 20 workshops.", lead=lead)
    assert [s for s in got if s.value == 20] == []


# ---------------------------------------------------------------- "Exhibitors numbered 5,200 and visitors 180,000"

def test_regression_a_gapped_clause_counts_its_own_noun(extract):
    got = figures(extract, "Exhibitors numbered 5,200 and visitors 180,000.")
    assert (by_value(got, 5200).unit, by_value(got, 180000).unit) == ("exhibitor", "visitor")
    got = figures(extract, "Exhibitors totalled 5,200, visitors 180,000 and journalists 900.")
    assert [by_value(got, v).unit for v in (5200, 180000, 900)] == ["exhibitor", "visitor", "journalist"]
    got = figures(extract, "Exhibitors numbered 5,200 (2025: 4,800) and visitors 180,000 (2025: 162,000).")
    assert (by_value(got, 162000).unit, by_value(got, 162000).period) == ("visitor", "2025")
    # "respectively" lists and bases keep the first noun
    got = figures(extract, "Exhibitors and visitors numbered 1,200 and 40,000 respectively.")
    assert by_value(got, 1200).unit.startswith("exhibitor")
    got = figures(extract, "The fair drew 5,200 exhibitors, up from 4,800.")
    assert by_value(got, 4800).unit == "exhibitor"


# ---------------------------------------------------------------- "1H 2025", "9M2025", "Q1-Q3 2025", "last quarter", "year-to-date"

def test_regression_short_report_spans_are_intervals(extract):
    # published 2026-06-05
    assert by_value(figures(extract, "Chile's exports reached $21 billion in 1H 2025."), 21000000000).period == "2025-01/2025-06"
    assert by_value(figures(extract, "Chile's exports reached $22 billion in 9M2025."), 22000000000).period == "2025-01/2025-09"
    assert by_value(figures(extract, "Chile's exports reached $24 billion in 9M 2025."), 24000000000).period == "2025-01/2025-09"
    assert by_value(figures(extract, "Chile's exports reached $23 billion in Q1-Q3 2025."), 23000000000).period \
        == "2025-01/2025-09"
    assert by_value(figures(extract, "Chile's exports reached $15 billion last quarter."), 15000000000).period \
        == "2026-01/2026-03"
    # the fourth quarter of a year stays that quarter; H1 keeps working
    assert by_value(figures(extract, "Exports reached $10 billion in the fourth quarter of 2025."), 10000000000).period \
        == "2025-10/2025-12"
    assert by_value(figures(extract, "Exports reached $9 billion in H1 2025."), 9000000000).period == "2025-01/2025-06"


def test_short_span_reader():
    from kg.extract.statistics.periods import short_span
    ref = date(2026, 2, 1)
    assert short_span("2H 2025", ref) == "2025-07/2025-12"
    assert short_span("the previous quarter", ref) == "2025-10/2025-12"   # before the first quarter: the last of the year before
    assert short_span("13M 2025", ref) is None
    assert short_span("Q3-Q1 2025", ref) is None
    assert short_span("last quarter", None) is None


def test_regression_a_sum_before_year_to_date_is_a_figure(extract):
    got = figures(extract, "Chile's exports reached $6 billion year-to-date.")
    assert by_value(got, 6000000000).unit == "USD"
    # a length of years is still no figure
    assert [s for s in figures(extract, "The programme runs 3 years.") if s.value == 3] == []


# ---------------------------------------------------------------- "fell by EUR 20 million to EUR 180 million"

def test_regression_by_and_to_after_a_past_change_are_the_change_and_the_level(extract):
    got = figures(extract, "Revenue fell by EUR 20 million to EUR 180 million.")
    assert (by_value(got, -20000000).qualifier, by_value(got, 180000000).qualifier) == ("Exact", "Exact")
    assert by_value(got, -20000000).change_of == got.index(by_value(got, 180000000))
    # a forecast range keeps both ends
    got = figures(extract, "Sales will rise by 3 to 5 percent.")
    assert (by_value(got, 3).qualifier, by_value(got, 5).qualifier) == ("AtLeast", "UpTo")
    got = figures(extract, "The group expects growth by 3 to 5 percent.")
    assert (by_value(got, 3).qualifier, by_value(got, 5).qualifier) == ("AtLeast", "UpTo")


def test_regression_on_the_year_is_year_on_year(extract):
    got = figures(extract, "Exports climbed 9 percent on the year to 4 million tonnes.")
    assert by_value(got, 9).comparison == "year-on-year"


# ---------------------------------------------------------------- "The fair drew 40,000 visitors. This was an increase of 5,000"

def test_regression_an_increase_of_a_bare_number_changes_the_count_before(extract):
    got = figures(extract, "The fair drew 40,000 visitors. This was an increase of 5,000 on last year.")
    assert by_value(got, 5000).unit == "visitor"
    assert by_value(got, 5000).change_of == got.index(by_value(got, 40000))
    # a change with a measure of its own takes no unit from the count before
    got = figures(extract, "The fair drew 40,000 visitors. Exhibitors reported an increase of 5,000 in sales.")
    assert [s for s in got if s.value == 5000 and s.unit == "visitor"] == []


# ---------------------------------------------------------------- "61,000 visitors, against 55,000 in 2025 and 48,000 in 2024"

def test_regression_dates_of_listed_bases_do_not_date_the_headline_figure(extract):
    got = figures(extract, "Organisers counted a record 61,000 visitors, against 55,000 in 2025 and 48,000 in 2024.")
    assert [by_value(got, v).period for v in (61000, 55000, 48000)] == [None, "2025", "2024"]
    # a plain list of year-value pairs keeps each year
    got = figures(extract, "The city had 20,000 visitors in 2022, 24,900 in 2023 and 27,400 in 2024.")
    assert [by_value(got, v).period for v in (20000, 24900, 27400)] == ["2022", "2023", "2024"]


def test_regression_a_fronted_nine_months_span_dates_the_sentence(extract):
    got = figures(extract, "In 9M 2025, orders had totalled EUR 910 million.")
    assert by_value(got, 910000000).period == "2025-01/2025-09"
    # a number of millions before a year is no span
    got = figures(extract, "The firm sold 10M phones in 2025.")
    assert all(s.period in (None, "2025") for s in got)


def test_regression_plural_builders_of_a_nationality_are_the_countrys(extract):
    got = figures(extract, "Italian boatbuilders delivered 5,800 yachts in 2025.")
    assert by_value(got, 5800).about == "Italy"


# ---------------------------------------------------------------- "the Gulf kingdom's", "In the kingdom, ..."

def test_regression_described_and_fronted_place_anaphors_are_the_releases_place(extract):
    lead = "The 2026 Pearl Expo opened in Manama, Bahrain on Monday. "
    got = figures(extract, "The Gulf kingdom's pearl exports reached $20 million in 2025.", lead=lead)
    assert by_value(got, 20000000).about == "Bahrain"
    got = figures(extract, "In the kingdom, tourism receipts reached $2 billion in 2025.", lead=lead)
    assert by_value(got, 2000000000).about == "Bahrain"
    # the event's own count stays the event's; a named region stays the region
    got = figures(extract, "In the kingdom, the expo drew 30,000 visitors.", lead=lead)
    assert by_value(got, 30000).about == "2026 Pearl Expo"
    got = figures(extract, "The Mallee region produced 2.9 million tonnes.",
                  lead="The 2026 Wheat Expo opened in Mildura, Australia on Monday. ")
    assert by_value(got, 2900000).about == "Mallee region"


# ---------------------------------------------------------------- "a record 230 start-ups", "to the tune of"

def test_regression_words_before_the_number_are_no_part_of_the_measure(extract):
    assert by_value(figures(extract, "A record 230 start-ups pitched to investors."), 230).measure == "start-ups"
    assert by_value(figures(extract, "The fair drew 230 foreign start-ups."), 230).measure == "foreign start-ups"
    got = figures(extract, "The fair recorded transactions to the tune of $40 million.")
    assert by_value(got, 40000000).measure == "transactions"
