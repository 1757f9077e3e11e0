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


def test_another_editions_programme_is_no_session(extract):
    base = "The 2025 Harbour Trade Fair opened in Lagos on May 12. "
    assert _labels(extract(base + "In 2023, 30 forums were held at the fair.")) == set()
    assert _labels(extract(base + "The previous edition hosted 40 workshops.")) == set()
    # a comparison with last year still counts this edition's groups
    x = extract(base + "This year, 30 forums were held, up from 25 last year.")
    assert ("forum", 30) in {(s.label, s.count) for s in x.sessions}


def test_exhibitors_own_demonstrations_are_no_sessions(extract):
    base = "The 2025 Harbour Trade Fair opened in Lagos on May 12. "
    assert _labels(extract(base + "At its stand, Kelvo Marine will run live demonstrations every day.")) == set()
    assert _labels(extract(base + "The company will hold product presentations at its booth.")) == set()
    assert "live demonstration" in _labels(extract(base + "The organizers will hold live demonstrations daily."))


def test_groups_of_a_sub_event_subject_belong_to_it(extract):
    x = extract("The 2025 Harbour Trade Fair opened in Lagos on May 12. The Harbour Investment Summit, "
                "held alongside the fair, included three panel discussions.")
    summit = next(e for e in x.events if e.name == "Harbour Investment Summit")
    assert {(s.event, s.label, s.count) for s in x.sessions} == {(summit.key, "panel discussion", 3)}


def test_a_group_takes_the_count_nearest_its_noun(extract):
    x = extract("The 2025 Harbour Trade Fair opened in Lagos on May 12. The programme featured two plenary "
                "sessions, four technical and three poster sessions.")
    assert ("poster session", 3) in {(s.label, s.count) for s in x.sessions}


def test_a_counted_programme_item_keeps_its_count(extract):
    x = extract("The 2025 Harbour Trade Fair opened in Lagos on May 12. The fair featured 3 plenary and 12 parallel sessions.")
    assert ("parallel session", 12) in {(s.label, s.count) for s in x.sessions}
    assert not [s for s in x.statistics if s.value == 12]


def test_an_item_of_another_named_event_is_that_events(extract):
    x = extract("The 2025 Harbour Trade Fair opened in Lagos on May 12. The minister, who attended the opening "
                "ceremony of the Coastal Motor Show last month, praised the exhibitors.")
    main = x.main_event.key
    assert [s for s in x.sessions if s.event == main] == []


def test_recurring_and_promotional_groups_are_no_sessions(extract):
    base = "The 2025 Harbour Trade Fair opens in Lagos on June 3. "
    assert _labels(extract(base + "The organizer runs 15 exhibitions in Africa every year.")) == set()
    assert _labels(extract(base + "The fair is one of 30 events the agency organizes each year.")) == set()
    assert _labels(extract(base + "The agency will hold a series of roadshows in Europe to promote the fair.")) == set()
    assert _labels(extract(base + "Lagos has hosted more than 40 international conferences since 2020.")) == set()


def test_a_clause_about_the_event_does_not_date_its_groups(extract):
    base = "The 2025 Harbour Trade Fair opened in Lagos on May 12. "
    assert _labels(extract(base + "The fair, which was first held in 2001, features 50 seminars.")) == {"seminar"}
    assert _labels(extract(base + "The fair, held every year in May, will feature 30 forums.")) == {"forum"}
    assert _labels(extract(base + "The fair, now in its 10th year since its launch in 2015, features 12 workshops.")) == {"workshop"}


def test_a_duration_is_no_part_of_the_label(extract):
    x = extract("The Lakeside Jazz Festival 2025 runs from June 8 to 11. A two-week educational program "
                "of the city conservatory will be held.")
    assert _labels(x) == {"educational program"}


def test_a_company_pavilion_is_an_exhibitors_stand(extract):
    base = "The 2025 Harbour Trade Fair opened in Lagos on May 12. "
    assert _labels(extract(base + "Visitors crowded the Kelvo Marine pavilion to see its new engines.")) == set()
    assert _labels(extract(base + "The German pavilion hosts 40 companies.")) == {"german pavilion"}


def test_an_exhibitors_own_events_are_no_sessions(extract):
    x = extract("The 2025 Harbour Trade Fair opened in Lagos on May 12. Kelvo Marine said it would skip the fair "
                "this year and hold its own events instead.")
    assert _labels(x) == set()
