"""Statistics extractor: values, units, qualifiers, periods, subjects, changes."""

import pytest


def stats(x):
    return [(s.value, s.unit, s.qualifier) for s in x.statistics]


def test_respectively_pairs_changes_with_bases(extract):
    x = extract(
        "The 2025 Delta Bicycle Expo opened in Utrecht. According to data released at the expo, the output and "
        "exports of electric bicycles in the Netherlands reached 1.25 million units and 0.8 million units "
        "respectively in 2024, an increase of 12.5% and 9.1% year-on-year respectively."
    )
    s = x.statistics
    assert [(float(r.value), r.unit) for r in s] == [(1250000, "unit"), (800000, "unit"), (12.5, "percent"), (9.1, "percent")]
    assert s[2].change_of == 0 and s[3].change_of == 1
    assert s[2].comparison == "year-on-year"
    assert all(r.period == "2024" for r in s)
    assert s[0].about == "Netherlands"


@pytest.mark.parametrize("phrase, value, unit, qualifier", [
    ("more than 2,400 exhibitors", 2400, "exhibitor", "MoreThan"),
    ("nearly 400 buyers", 400, "buyer", "Nearly"),
    ("about 18,000 visitors", 18000, "visitor", "Approximately"),
    ("deals worth US$2.5 billion", 2_500_000_000, "USD", "Exact"),
    ("an exhibition area of 55,000 square meters", 55000, "square metre", "Exact"),
    ("at least 30 countries", 30, "country", "AtLeast"),
])
def test_figure_shapes(extract, phrase, value, unit, qualifier):
    x = extract(f"The Granite Stone Fair 2025 opened in Porto on May 3 with {phrase}.")
    assert (value, unit, qualifier) in stats(x)


def test_money_in_two_currencies_and_period_interval(extract):
    x = extract(
        "The Orchid Trade Expo 2025 opened in Chiang Mai on September 2. From January to June this year, "
        "the flower industry in Chiang Mai achieved sales of 4.2 billion baht ($125 million)."
    )
    got = {(s.value, s.unit): s for s in x.statistics}
    thb = got[(4_200_000_000, "THB")]
    usd = got[(125_000_000, "USD")]
    assert thb.period == usd.period == "2025-01/2025-06"
    assert thb.about == "Chiang Mai"


def test_dates_ordinals_phones_and_durations_are_not_statistics(extract):
    x = extract(
        "The 5th Lagoon Film Festival runs from May 3 to 7, 2025 in Venice. The three-day forum is held "
        "every two years. Tel: 39-041-5551234."
    )
    assert x.statistics == []


def test_names_and_idioms_with_numbers_are_not_statistics(extract):
    """'Class 8 trucks', 'Hall 3', 'one-to-one meetings', 'under one roof' count nothing."""
    x = extract(
        "The 2025 Lakeside Truck Show opened in Kisumu on May 6. In Hall 3, a maker showed Class 8 trucks, "
        "buyers held one-to-one meetings, and 40 suppliers gathered under one roof."
    )
    assert stats(x) == [(40, "supplier", "Exact")]


def test_exceeded_means_more_than_and_share_of_whole(extract):
    x = extract(
        "The 2025 Amber Craft Fair opened in Gdansk. In 2024, jewellery sales in Gdansk exceeded 3 billion euros, "
        "accounting for over 40% of Poland."
    )
    got = {(s.value, s.unit): s for s in x.statistics}
    assert got[(3_000_000_000, "EUR")].qualifier == "MoreThan"
    share = got[(40, "percent")]
    assert share.qualifier == "MoreThan" and share.about == "Gdansk"


@pytest.mark.parametrize("sentence, value, unit", [
    ("Last year the sector raised Rs 300 crore.", 3_000_000_000, "INR"),
    ("Last year the sector raised KSh 12 billion.", 12_000_000_000, "KES"),
    ("Last year the sector raised €3.4bn.", 3_400_000_000, "EUR"),
    ("Last year the sector moved 1.5 million twenty-foot equivalent units.", 1_500_000, "TEU"),
    ("Last year the sector added 640 megawatts.", 640, "MW"),
    ("Last year the sector welcomed two dozen startups.", 24, "startup"),
    # rates, speeds, points and multiword currencies
    ("The region reported gusts of up to 45 km/h.", 45, "km/h"),
    ("The region reported a plant making 20,000 tonnes per year.", 20000, "ton per year"),
    ("The region reported a share up 3.5 percentage points.", 3.5, "percentage point"),
    ("The region reported revenue of 2.1 billion Norwegian kroner.", 2_100_000_000, "NOK"),
])
def test_currencies_scales_rates_and_units(extract, sentence, value, unit):
    x = extract(f"The Granite Stone Fair 2025 opened in Porto on May 3. {sentence}")
    assert (value, unit) in [(s.value, s.unit) for s in x.statistics]


def test_fractions_are_percentages_but_half_years_are_periods(extract):
    x = extract(
        "The Granite Stone Fair 2025 opened in Porto on May 3. Half of the exhibitors came from abroad, and "
        "nearly two-thirds of buyers returned. In the first half of 2024, exports grew."
    )
    got = [(float(s.value), s.unit, s.qualifier) for s in x.statistics]
    assert got == [(50.0, "percent", "Exact"), (66.7, "percent", "Nearly")]


def test_between_range_and_local_dollars(extract):
    x = extract(
        "PERTH, Australia – The Outback Mining Expo 2025 opened in Perth on May 3, expecting between 800 and "
        "1,000 delegates. Day passes cost $120.", published=None)
    got = [(s.value, s.unit, s.qualifier) for s in x.statistics]
    assert (800, "delegate", "AtLeast") in got and (1000, "delegate", "UpTo") in got
    assert (120, "AUD", "Exact") in got


def test_addresses_are_not_figures(extract):
    x = extract("The Granite Stone Fair 2025 opened at 18 Harbour Road in Porto on May 3.")
    assert x.statistics == []


def test_declines_are_negative_and_levels_are_not_changes(extract):
    x = extract(
        "The Granite Stone Fair 2025 opened in Porto on May 3. In 2024 the stone trade's share fell to 12.5 percent, "
        "down 1.5 percentage points from 2023, while exports rose by 4 percent."
    )
    got = {(s.value, s.unit): s for s in x.statistics}
    assert got[(12.5, "percent")].comparison is None
    assert (-1.5, "percentage point") in got and (4, "percent") in got
    assert got[(12.5, "percent")].period == "2024"


def test_numbers_tagged_as_dates_without_date_words_are_figures(extract):
    x = extract("The Granite Stone Fair 2025 opened in Porto on May 3. Slabs measure between 2 and 4 metres.")
    assert [(s.value, s.qualifier) for s in x.statistics] == [(2, "AtLeast"), (4, "UpTo")]


def test_city_subject_is_the_subject_whatever_ner_says(extract):
    x = extract("The Granite Stone Fair 2025 opened on May 3. Porto signed five supply contracts, "
                "with a total investment of 2 billion euros, at the fair.")
    got = {(s.value, s.unit): s.about for s in x.statistics}
    assert got[(2_000_000_000, "EUR")] == "Porto"


def about(x) -> dict:
    return {(s.value, s.unit): (s.about, s.about_type) for s in x.statistics}


def test_a_facility_the_figure_describes_is_its_subject(extract):
    """A figure inside a facility's noun phrase (after 'with'/'of', as a modifier, or in a
    relative clause) is about the facility, typed Project; a count of projects is not."""
    x = extract(
        "The 2026 Coastal Energy Investment Fair opened in Mombasa on March 2. Twelve projects were signed "
        "at the fair, including a 300 MW offshore wind farm, a seaweed processing plant with an annual "
        "capacity of 40,000 tonnes, the cold storage project in Kilifi county, which has an investment "
        "of 30 million dollars, and a green ammonia project of 90,000 tonnes per year. "
        "The Likoni solar park generates 45 GWh a year."
    )
    got = about(x)
    assert got[(300, "MW")] == ("offshore wind farm", "Project")
    assert got[(40000, "ton")] == ("seaweed processing plant", "Project")
    assert got[(30_000_000, "USD")] == ("cold storage project", "Project")
    assert got[(90000, "ton per year")] == ("green ammonia project", "Project")
    assert got[(45, "GWh per year")] == ("Likoni solar park", "Project")
    assert got[(12, "project")][1] != "Project"


def test_the_city_and_the_company_are_the_releases_own(extract):
    """'the city's ...' is the event's city; 'The company ...' the organization named before
    it, by its full name; 'the <kind of event>' as a subject is the event, whoever runs it."""
    x = extract(
        "The 2025 Lakeside Fish Trade Expo opened in Kisumu, Kenya, on June 4. In 2024 the city's fish "
        "exports rose to 3,000 tonnes. Tallow Cold Chain Ltd showed its new trucks at the expo. "
        "Tallow reported revenue of 12 million euros in 2024. The company had 410 employees at the end "
        "of the year. The fish trade show, run by Lakeside Fairs Group, drew 9,000 visitors."
    )
    got = about(x)
    assert got[(3000, "ton")] == ("Kisumu", "Place")
    assert got[(12_000_000, "EUR")] == ("Tallow Cold Chain Ltd", "Organization")
    assert got[(410, "employee")] == ("Tallow Cold Chain Ltd", "Organization")
    assert got[(9000, "visitor")] == ("2025 Lakeside Fish Trade Expo", "Event")


def test_where_some_of_the_counted_come_from_is_not_the_subject(extract):
    x = extract(
        "The 2025 Highland Dairy Show opened in Eldoret on May 6. Some 300 exhibitors, including a dozen "
        "from Uganda, took part. Exports of milk powder from Kenya rose 12 percent in 2024."
    )
    got = about(x)
    assert got[(300, "exhibitor")] == ("2025 Highland Dairy Show", "Event")
    assert got[(12, "percent")][0] == "Kenya"


def test_counted_nationals_are_about_their_country_unless_attending(extract):
    x = extract(
        "The 2025 Red Sea Hotel Investment Forum opened in Jeddah on May 5. A delegation of 25 Omani companies "
        "presented resort projects. 14 Portuguese hotel groups had travelled to Jeddah for the forum. "
        "About 60 German companies are attending."
    )
    got = about(x)
    assert got[(25, "company")] == ("Oman", "Place")
    assert got[(14, "hotel group")][0] == "Portugal"
    assert got[(60, "company")] == ("2025 Red Sea Hotel Investment Forum", "Event")


def test_the_country_just_named_before_the_events_own(extract):
    x = extract(
        "The 2025 Alpine Book Fair opened in Innsbruck, Austria, on March 3. Guest of honour is Armenia. "
        "The Armenian alphabet, the 39 letters of the country's script, is on show in Hall 2."
    )
    assert about(x)[(39, "letter")] == ("Armenia", "Place")


def test_a_named_area_as_subject_is_not_the_events_region(extract):
    """'The Wimmera region produced ...' names an area (kept as written); only a bare 'the
    region' refers back to the event's region."""
    x = extract(
        "The 2025 Horsham Grain Field Days opened in Horsham, Victoria, on March 4. The Wimmera region "
        "produced about 3.1 million tonnes of grain in the 2023-24 season. In 2024 the region's exports "
        "rose to 2 million tonnes."
    )
    got = about(x)
    assert got[(3_100_000, "ton")] == ("Wimmera region", "Place")
    assert got[(2_000_000, "ton")] == ("Victoria", "Place")


def test_respectively_shares_the_head_of_a_coordinated_object(extract):
    x = extract("The 2025 Nairobi Aerospace Expo opened in Nairobi on May 6. Exports of drones and satellite "
                "parts from Kenya rose 12 percent and 8 percent year on year, respectively, in 2024.")
    assert [s.measure for s in x.statistics] == ["Exports of drones", "Exports of satellite parts"]


def test_amount_nouns_are_not_what_is_measured(extract):
    """'a total of 36 projects' measures projects; 'the number of robots installed reached
    3,150 units' keeps its subject as the measure."""
    x = extract("The 2025 Coastal Robotics Expo opened in Mombasa on May 6. A total of 36 projects were signed. "
                "A delegation of 25 Omani companies attended. The number of industrial robots installed in Kenya "
                "reached 3,150 units in 2024.")
    assert {s.value: s.measure for s in x.statistics} == {
        36: "projects", 25: "Omani companies", 3150: "number of industrial robots installed"}


def test_what_is_worth_a_sum_is_its_measure(extract):
    x = extract("The 2025 Coastal Robotics Expo opened in Mombasa on May 6. Buyers signed supply agreements worth "
                "US$2.5 billion, and teams competed for prizes totaling 40,000 dollars.")
    assert [s.measure for s in x.statistics] == ["supply agreements", "prizes"]


def test_the_thing_a_unit_or_a_sum_is_of_is_its_measure(extract):
    x = extract("The 2025 Coastal Energy Expo opened in Mombasa on May 6. Kenya added 350 megawatts of new wind "
                "and solar capacity in 2024. Exhibitors booked 12,000 square meters of floor space. Startups "
                "attracted US$90 million in venture funding, and memorandums of understanding worth 2 billion "
                "shillings were signed.")
    assert [s.measure for s in x.statistics] == [
        "new wind and solar capacity", "floor space", "venture funding", "memorandums of understanding"]


@pytest.mark.parametrize("raw, tidy", [
    ("share of India 's electric vehicle sales", "share of India's electric vehicle sales"),
    ("transactions of", "transactions"),
    ("share of total installed power capacity ,", "share of total installed power capacity"),
    ("Exports of NEVs and", "Exports of NEVs"),
    ("€ 1.2bn", None),
    ("143", None),
    ("", None),
])
def test_tidy_measure(raw, tidy):
    from kg.extract.statistics.measures import _tidy_measure

    assert _tidy_measure(raw) == tidy


def test_a_subject_hidden_by_a_misparse_still_gives_the_measure(extract):
    """spaCy tags 'fair' in 'presented at the fair, investment ...' as an adjective and hangs
    'investment' on 'at'; the noun phrase between the comma and the verb is the subject."""
    x = extract("The 2025 Rhine Port Fair opened in Duisburg on May 6. According to figures presented at the fair, "
                "investment in port cranes reached 2.1 billion euros in 2024.")
    assert [s.measure for s in x.statistics] == ["investment"]


def test_regression_no_publication_date_periods_count_from_the_event(extract):
    """A release without a publication date still dates 'last year' and 'since 2018': from
    the event's own date, else from the year in its name."""
    x = extract("The Granite Stone Fair 2019 opened in Porto on May 3, 2019. Last year, 600 companies took part. "
                "Since 2015, the fair has drawn more than 100,000 visitors.", published=None)
    got = {(s.value, s.unit): s.period for s in x.statistics}
    assert got[(600, "company")] == "2018"
    assert got[(100000, "visitor")] == "2015/2019"
