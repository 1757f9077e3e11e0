"""Event extractor on sentences written for these tests."""

from datetime import date


def test_name_dates_place_and_edition(extract):
    x = extract(
        "On March 4-6, the 2025 Global Hydrogen Mobility Summit opened in Rotterdam, the Netherlands. "
        "It was hosted by the Port of Rotterdam Authority.",
    )
    ev = x.main_event
    assert ev.name == "2025 Global Hydrogen Mobility Summit"
    assert ev.kind == "summit"
    assert (ev.start, ev.end) == (date(2025, 3, 4), date(2025, 3, 6))
    kinds = {p.kind: p.name for p in ev.places}
    assert kinds["city"] == "Rotterdam"
    assert kinds["country"].endswith("Netherlands")


def test_year_after_name_and_month_range_across_months(extract):
    x = extract("The Nordic Timber Expo 2025 will run from Aug. 30 to Sept. 2 at the Bergen Congress Centre in Bergen.")
    ev = x.main_event
    assert ev.name == "Nordic Timber Expo 2025"
    assert (ev.start, ev.end) == (date(2025, 8, 30), date(2025, 9, 2))
    assert any(p.kind == "venue" and p.name == "Bergen Congress Centre" for p in ev.places)


def test_edition_from_ordinal_and_from_consecutive_sessions(extract):
    x = extract("The 12th Andean Coffee Fair kicked off in Quito on June 3.")
    assert x.main_event.edition == 12
    y = extract(
        "The Baltic Wind Forum closed in Gdansk on May 2. The Baltic Wind Forum has been held "
        "for four consecutive sessions since 2021."
    )
    assert y.main_event.edition == 4


def test_duration_gives_end_date(extract):
    x = extract("The Alpine Robotics Conference opened in Graz on October 14. The four-day conference gathers engineers.")
    ev = x.main_event
    assert ev.start == date(2025, 10, 14)
    assert ev.end == date(2025, 10, 17)


def test_theme_in_quotes(extract):
    x = extract('The 2025 Sahel Solar Forum was held in Dakar under the theme "Light for Every Village".')
    assert x.main_event.theme == "Light for Every Village"


def test_sub_event_is_part_of_main(extract):
    x = extract(
        "The Caspian Energy Expo 2025 opened in Baku on April 8. During the expo, the 3rd Caspian "
        "Gas Summit will be held at the Baku Expo Center."
    )
    main = x.main_event
    subs = [e for e in x.events if e.part_of == main.key]
    assert [s.name for s in subs] == ["Caspian Gas Summit"]
    assert subs[0].edition == 3


def test_no_event_in_text(extract):
    x = extract("The weather in the valley stayed mild all week, and farmers harvested early.")
    assert x.events == []


def test_closing_weekday_and_length_give_both_dates(extract):
    x = extract("GDANSK, Poland – The Amber Coast Boat Show wrapped up on Saturday after five days of sea trials.",
                published=date(2025, 6, 9))
    ev = x.main_event
    assert (ev.start, ev.end) == (date(2025, 6, 3), date(2025, 6, 7))


def test_dates_of_the_next_edition_are_ignored(extract):
    x = extract(
        "The Amber Coast Boat Show 2025 opened in Gdansk on June 3. Next year's show is scheduled for "
        "June 2 to 6, 2026."
    )
    assert x.main_event.start == date(2025, 6, 3)


def test_an_event_named_only_generically_still_lands(extract):
    x = extract(
        "Thousands of engineers gathered in Lyon on Monday for the annual conference on water reuse. "
        "The conference, organised by the Rhone Water Agency, drew 2,300 delegates.",
        published=date(2025, 3, 4),
    )
    ev = x.main_event
    assert ev.name == "annual conference" and ev.start == date(2025, 3, 3)
    assert [r.agent for r in x.roles] == ["Rhone Water Agency"]
    assert [(s.value, s.about) for s in x.statistics] == [(2300, "annual conference")]


def test_named_contests_and_sales_are_events(extract):
    """'the Harbour Startup Pitch', 'the Upland Yearling Sale': named events at the main one;
    a lower-case 'sales pitch' or 'contest' names nothing."""
    x = extract(
        "The 2025 Coastal Robotics Expo opened in Gdansk on May 6. During the expo, the Harbour Startup "
        "Pitch brought together 20 young firms, and the Baltic Drone Challenge ran on the pier. "
        "At the Upland Yearling Sale on Wednesday, 80 horses were sold. Every exhibitor had a sales "
        "pitch ready and a photo contest closed the day."
    )
    kinds = {e.name: e.kind for e in x.events if not e.main}
    assert kinds == {"Harbour Startup Pitch": "competition", "Baltic Drone Challenge": "competition",
                     "Upland Yearling Sale": "fair"}
    assert next(e for e in x.events if e.name == "Harbour Startup Pitch").part_of == x.main_event.key


def test_host_city_as_subject_even_when_ner_calls_it_an_organization(extract):
    x = extract("Lyon will welcome 2,000 growers from 3 to 5 June 2025 for the fourth edition of the "
                "Rhone Orchard Expo, at the Eurexpo halls.")
    assert "Lyon" in [p.name for p in x.main_event.places]


def test_dates_of_a_named_side_event_are_its_own(extract):
    """'In the same week, ... the X Hackathon from Nov. 3 to 5': 'week' refers back to the
    main event, but the sentence names another one, so the dates are that one's."""
    x = extract("The Harbour Fintech Expo 2025 opens on Wednesday and runs Oct. 29 to Nov. 1. In the same week, "
                "the city will also host the Harbour Code Hackathon from Nov. 3 to 5 at the Pier Lab.", published=date(2025, 10, 27))
    assert (x.main_event.start, x.main_event.end) == (date(2025, 10, 29), date(2025, 11, 1))
    side = next(e for e in x.events if e.name == "Harbour Code Hackathon")
    assert (side.start, side.end) == (date(2025, 11, 3), date(2025, 11, 5))


def test_a_capitalized_the_expo_refers_back(extract):
    """'During the Expo, ...' (house style in many releases) is the main event; 'the Expo
    Center' is not."""
    x = extract("The 2025 Gobi Solar Expo opened in Dunhuang on July 2 at the Expo Center. During the Expo, the "
                "Silk Road Hydrogen Summit and 4 special promotion conferences will be held.")
    summit = next(e for e in x.events if e.name == "Silk Road Hydrogen Summit")
    assert summit.part_of == x.main_event.key
    assert [(s.event, s.label, s.count) for s in x.sessions] == [(x.main_event.key, "special promotion conference", 4)]


def test_a_venue_named_conference_and_exhibition_center_is_no_event(extract):
    x = extract("The 2025 Pearl River Robotics Expo opened on May 8 at the Nansha International Convention and "
                "Exhibition Center in Guangzhou. The Harbour Conference and Exhibition Centre hosts its sister fair.")
    assert [e.name for e in x.events] == ["2025 Pearl River Robotics Expo"]


def test_unresolved_dates_need_a_publication_date():
    from kg.extract.event import unresolved_dates

    text = ("The Harbour Light Expo runs September 1-2 at the pier. The fair closed on Friday. "
            "Its 2030 edition ran 3 May 2030, and a forum met June 5, 2029.")
    assert unresolved_dates(text) == ["September 1-2", "on Friday"]
    assert unresolved_dates("The Expo ran from 3 to 5 May 2024 in Oslo.") == []
    assert len(unresolved_dates("On May 1, May 2, May 3 and May 4 it rained.", limit=2)) == 2
