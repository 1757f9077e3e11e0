"""Figure forms of the q-stats5 round: conjunct units, counts sharing one plural noun, the
base a bare comparison figure continues. One regression test per defect, sentences written
for these tests, with negatives."""

from __future__ import annotations

from decimal import Decimal

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def figures(extract, text: str, lead: str = LEAD):
    return extract(lead + text).statistics


def units(extract, text: str, lead: str = LEAD) -> list[tuple[Decimal, str]]:
    return [(Decimal(str(s.value)), s.unit) for s in figures(extract, text, lead)]


# ---------------------------------------------------------------- conjunct units

def test_conjunct_with_its_own_number_is_not_the_first_unit(extract):
    assert units(extract, "The fair drew 95,000 visitors and 1,150 exhibitors.") == [
        (Decimal(95000), "visitor"), (Decimal(1150), "exhibitor")]


def test_three_coordinated_counts_each_keep_their_noun(extract):
    assert units(extract, "It hosted 1,500 exhibitors, 20,000 visitors and 400 journalists.") == [
        (Decimal(1500), "exhibitor"), (Decimal(20000), "visitor"), (Decimal(400), "journalist")]


def test_conjunct_without_a_number_stays_in_the_unit(extract):
    got = units(extract, "More than 30 institutions and organisations took part.")
    assert got == [(Decimal(30), "institution and organisation")]


def test_bare_base_continues_the_figure_it_is_compared_with(extract):
    got = figures(extract, "The fair drew 95,000 visitors and 1,150 exhibitors, up from 1,000 last year.")
    base = next(s for s in got if s.value == 1000)
    assert base.unit == "exhibitor"


def test_bare_base_skips_the_origin_of_the_counted(extract):
    got = figures(extract, "The fair had 600 exhibitors from 40 countries, up from 550 last year.")
    base = next(s for s in got if s.value == 550)
    assert base.unit == "exhibitor"


# ---------------------------------------------------------------- one plural noun, two counts

def test_two_counts_share_one_plural_noun(extract):
    got = units(extract, "The festival screens 230 feature and 170 short films.")
    assert got == [(Decimal(230), "film"), (Decimal(170), "film")]


def test_hyphenated_kind_word_shares_the_plural_noun(extract):
    got = units(extract, "The festival screens 230 feature-length and 170 short films.")
    assert (Decimal(230), "film") in got


def test_a_noun_that_counts_by_itself_keeps_its_unit(extract):
    got = units(extract, "The fair employs 500 staff and 20 international volunteers.")
    assert got[0][1].startswith("staff") and (Decimal(20), "volunteer") in got


# ---------------------------------------------------------------- events counted by a host

def test_city_count_of_other_events_is_about_the_city(extract):
    got = figures(extract, "Porto hosted 120 conferences last year.")
    assert [(s.value, s.unit, s.about, s.period) for s in got] == [(120, "conference", "Porto", "2024")]


def test_the_city_count_of_events(extract):
    got = figures(extract, "The city hosted 120 conferences last year.")
    assert [(s.unit, s.about) for s in got] == [("conference", "Porto")]


def test_organizer_count_of_fairs_is_about_the_organizer(extract):
    got = figures(extract, "Messe Frankfurt organises more than 150 trade fairs worldwide.")
    assert [(s.unit, s.about, s.qualifier) for s in got] == [("trade fair", "Messe Frankfurt", "MoreThan")]


def test_event_count_of_its_own_events_is_no_figure_of_another_unit(extract):
    got = units(extract, "The fair welcomed 20,000 visitors and hosted 85 festivals.")
    assert got == [(Decimal(20000), "visitor")]


# ---------------------------------------------------------------- what a figure is about

def test_national_industry_is_about_its_country(extract):
    got = figures(extract, "The Spanish cork industry employs 9,000 workers.")
    assert [(s.unit, s.about) for s in got] == [("worker", "Spain")]


def test_country_pavilion_is_about_the_country(extract):
    got = figures(extract, "The national pavilion of Brazil, a guest of this year's fair, covers 2,000 square metres.")
    assert [(s.unit, s.about) for s in got] == [("square metre", "Brazil")]


def test_partner_country_in_apposition_is_not_the_event_country(extract):
    got = figures(extract, "Germany, the partner country, brings 90 exhibitors.")
    assert got[0].about != "Portugal"


def test_nationality_of_attending_exhibitors_stays_with_the_event(extract):
    got = figures(extract, "Italian exhibitors numbered 300.")
    assert got[0].about != "Italy"


# ---------------------------------------------------------------- money, shared nouns, periods

def test_currency_abbreviation_with_a_stop(extract):
    got = units(extract, "Business worth Rs. 250 crore was generated.", lead="The 2026 Cedar Loom Fair opened in Chennai, India on June 2. ")
    assert got == [(Decimal(2500000000), "INR")]


def test_nationality_adjective_counts_share_the_plural(extract):
    got = units(extract, "It showed 120 Canadian and 300 foreign films.")
    assert got == [(Decimal(120), "film"), (Decimal(300), "film")]


def test_worth_after_is_measures_the_subject(extract):
    got = figures(extract, "The deal is worth £3.2bn.")
    assert got[0].measure == "deal"


def test_today_is_no_counted_noun_nor_another_edition(extract):
    got = figures(extract, "The fair has grown from 40 exhibitors in 2010 to 900 today.")
    today = next(s for s in got if s.value == 900)
    assert today.unit == "exhibitor" and today.period is None and today.about == "2026 Cedar Loom Fair"


def test_source_after_according_to_is_not_the_subject(extract):
    got = figures(extract, "According to the World Bank, the economy will grow by 4 percent.")
    assert got[0].about != "World Bank"


def test_owner_of_the_source_stays_the_subject(extract):
    got = figures(extract, "According to Portugal's statistics office, exports reached 80 billion euros.")
    assert got[0].about == "Portugal"


# ---------------------------------------------------------------- N-strong, N-member

def test_strong_group_counts_its_members(extract):
    got = figures(extract, "A 300-strong delegation from Kenya attended the fair.")
    assert [(s.value, s.unit, s.measure) for s in got] == [(300, "member", "delegation")]


def test_member_group_counts_its_members(extract):
    got = figures(extract, "A 50-member trade delegation arrived on Monday.")
    assert [(s.value, s.unit) for s in got] == [(50, "member")]


def test_strong_alone_is_no_figure(extract):
    assert figures(extract, "Demand for cork stays strong.") == []


# ---------------------------------------------------------------- bare numbers the event draws

def test_bare_number_the_event_draws_counts_visitors(extract):
    got = figures(extract, "The expo is expected to attract more than 100,000.")
    assert [(s.value, s.unit, s.qualifier) for s in got] == [(100000, "visitor", "MoreThan")]


def test_bare_number_another_subject_draws_is_no_visitor_count(extract):
    got = figures(extract, "The cork company attracted 50,000 in new funding.")
    assert all(s.unit != "visitor" for s in got)


# ---------------------------------------------------------------- periods and visited places

def test_year_range_the_recognizer_cut_is_an_interval(extract):
    got = figures(extract, "From 2018 to 2023, cork exports rose 40 percent.")
    assert got[0].period == "2018/2023"


def test_as_of_a_year_is_the_period(extract):
    got = figures(extract, "As of 2024, the country had 4,000 cork firms.")
    assert got[0].period == "2024"


def test_comparison_with_previous_edition_stays_no_period(extract):
    got = figures(extract, "Visitors rose 9 percent over the previous edition in 2024.")
    assert got[0].period is None


def test_travellers_to_a_place_are_about_the_place(extract):
    got = figures(extract, "Between January and May, 2 million tourists visited Lisbon.")
    assert got[0].about == "Lisbon"


def test_exhibitors_coming_to_the_city_stay_with_the_event(extract):
    got = figures(extract, "About 3,000 exhibitors came to Porto for the fair.")
    assert got[0].about == "2026 Cedar Loom Fair"


# ---------------------------------------------------------------- local currencies

def test_yen_symbol_at_a_japanese_event(extract):
    got = units(extract, "Day tickets cost ¥7,500.", lead="The 2026 Cedar Loom Fair opened in Osaka, Japan on June 2. ")
    assert got == [(Decimal(7500), "JPY")]


def test_yuan_symbol_at_a_chinese_event(extract):
    got = units(extract, "Day tickets cost ¥75.", lead="The 2026 Cedar Loom Fair opened in Beijing, China on June 2. ")
    assert got == [(Decimal(75), "CNY")]


def test_rand_with_a_glued_scale(extract):
    lead = "The 2026 Cedar Loom Fair opened in Cape Town, South Africa on June 2. "
    assert units(extract, "Investment of R15bn was announced.", lead=lead) == [(Decimal(15000000000), "ZAR")]
    assert units(extract, "Deals worth R2.5-billion were signed.", lead=lead) == [(Decimal(2500000000), "ZAR")]


# ---------------------------------------------------------------- hyphenated percents, fact boxes

def test_hyphenated_percent_is_a_percent(extract):
    got = figures(extract, "Total attendance was 563,000, a 4-percent increase over last year.")
    change = next(s for s in got if s.unit == "percent")
    assert change.value == 4 and change.change_of == 0


def test_a_quarter_of_the_total_is_a_share(extract):
    got = figures(extract, "Foreign visitors accounted for nearly a quarter of the total.")
    assert [(s.value, s.unit, s.qualifier) for s in got] == [(25, "percent", "Nearly")]


def test_a_quarter_of_a_century_is_no_share(extract):
    assert figures(extract, "The fair has run for a quarter of a century.") == []


def test_labelled_count_after_a_qualifier(extract):
    text = "\n\nFair facts:\n\nTotal aircraft: More than 1,000 (3-percent increase)\n"
    got = figures(extract, text, lead="The 2026 Cedar Air Show opened in Porto, Portugal on June 2.")
    assert (got[0].value, got[0].unit, got[0].qualifier) == (1000, "aircraft", "MoreThan")


def test_count_verb_takes_any_plural_subject(extract):
    got = units(extract, "Showplanes totaled 2,757, a 5-percent increase.")
    assert (Decimal(2757), "showplane") in got


def test_count_verb_with_an_amount_subject_gives_no_count(extract):
    assert all(s.unit != "sale" for s in figures(extract, "Cork sales totalled 45 in the spring."))


def test_year_after_than_in_is_the_comparison_base(extract):
    got = figures(extract, "The fair's attendance of 56,000 was 4 percent higher than in 2024.")
    assert all(s.period is None for s in got)


# ---------------------------------------------------------------- 'It' and possessors

def test_it_refers_to_the_previous_sentences_named_subject(extract):
    got = figures(extract, "Acme Corp is the main sponsor. It employs 5,000 people worldwide.")
    assert got[0].about == "Acme Corp"


def test_it_after_a_sentence_about_the_event_stays_the_event(extract):
    got = figures(extract, "The fair opened on Monday. It drew 50,000 visitors.")
    assert got[0].about == "2026 Cedar Loom Fair"


def test_possessor_place_of_the_subject(extract):
    got = figures(extract, "Porto's port handled 15 million tonnes of cargo in 2024.")
    assert got[0].about == "Porto"


# ---------------------------------------------------------------- bases of changes

def test_change_takes_a_later_figure_of_what_it_measures(extract):
    got = figures(extract, "Aircraft arrivals were up about 6 percent, with more than 10,000 aircraft.")
    assert got[0].change_of == 1


def test_change_base_in_an_earlier_sentence_may_be_the_first_figure(extract):
    text = "The fair reported 82,000 attendees.\n\nThis year's total attendance is down about 10 percent compared from the 91,000 visitors in 2024."
    got = figures(extract, text)
    change = next(s for s in got if s.unit == "percent")
    assert change.change_of == 0


def test_old_level_after_from_the_is_a_comparison_base(extract):
    got = figures(extract, "Attendance fell 10 percent compared from the 91,000 visitors in 2024.")
    change = next(s for s in got if s.unit == "percent")
    assert change.change_of != next(i for i, s in enumerate(got) if s.value == 91000)


def test_organization_in_a_persons_title_is_not_the_subject(extract):
    got = figures(extract, "Trade and Industry Minister Ana Costa opened the Greek stand in the presence of three Greek ministers.")
    assert got[0].about == "2026 Cedar Loom Fair"


# ---------------------------------------------------------------- ranges

def test_range_of_sums_with_a_symbol_on_each(extract):
    got = figures(extract, "Investment of between $2 billion and $3 billion is planned.")
    assert [(s.value, s.unit, s.qualifier) for s in got] == [(2000000000, "USD", "AtLeast"), (3000000000, "USD", "UpTo")]


def test_from_to_range_of_prices(extract):
    got = figures(extract, "Day tickets range from €5 to €15.")
    assert [(s.value, s.qualifier) for s in got] == [(5, "AtLeast"), (15, "UpTo")]


def test_old_and_new_level_after_a_change_verb_are_no_range(extract):
    got = figures(extract, "Visitor numbers rose from 20,000 to 24,900 visitors.")
    assert [(s.value, s.qualifier) for s in got] == [(20000, "Exact"), (24900, "Exact")]
