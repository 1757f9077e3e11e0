"""Capitalized programme parts made only of generic words ('The Opening Ceremony', 'a Business
Forum', 'The Awards Night') name no event: they are sessions of the main event (issue 10;
events.json generic-programme-part, sessions.json titled-programme-part). Sentences of our own."""




def sessions(x):
    return {(s.event, s.label) for s in x.sessions}


def subevents(x):
    return sorted(e.name for e in x.events if not e.main)


def test_generic_part_name_reads_only_generic_words():
    from kg.extract.event import generic_part_name

    assert generic_part_name("Opening Ceremony")
    assert generic_part_name("B2B Matchmaking Sessions")
    assert generic_part_name("Opening Ceremony and Gala Dinner")
    assert not generic_part_name("Global Business Forum 2025")
    assert not generic_part_name("ASEAN Business Forum")
    assert not generic_part_name("Asia Pacific Opening Summit")
    assert not generic_part_name("Forum")


def test_opening_ceremony_before_the_event_name_is_not_the_main_event(extract):
    x = extract("The Opening Ceremony of the 2025 Tidewater Boat Fair was held in Cork on Friday.")
    assert x.main_event.name == "2025 Tidewater Boat Fair"
    assert subevents(x) == []
    assert sessions(x) == {("e0", "opening ceremony")}


def test_capitalized_business_forum_is_a_session_of_the_main_event(extract):
    x = extract("The 2025 Tidewater Boat Fair opened in Cork on Friday. A Business Forum will be held "
                "on the second day of the fair.")
    assert subevents(x) == []
    assert ("e0", "business forum") in sessions(x)


def test_awards_night_and_gala_dinner_are_sessions(extract):
    x = extract("The 2025 Tidewater Boat Fair opened in Cork on Friday. The Awards Night and the Gala "
                "Dinner closed the fair on Sunday.")
    assert {("e0", "awards night"), ("e0", "gala dinner")} <= sessions(x)


def test_investment_summit_on_the_second_day_is_a_session(extract):
    x = extract("The 2025 Tidewater Boat Fair opened in Cork on Friday. An Investment Summit on the "
                "second day drew 200 investors.")
    assert subevents(x) == []
    assert ("e0", "investment summit") in sessions(x)


def test_repeated_generic_forum_is_one_session(extract):
    x = extract("The 2025 Tidewater Boat Fair opened in Cork on Friday. The Business Forum was held "
                "during the fair. Speakers at the Business Forum discussed marinas.")
    assert subevents(x) == []
    assert [s.label for s in x.sessions].count("business forum") == 1


def test_named_forums_stay_sub_events(extract):
    x = extract("The 2025 Tidewater Boat Fair opened in Cork on Friday. The Celtic Business Forum, the "
                "Marine Investment Summit 2025 and the Opening Ceremony were held during the fair.")
    assert subevents(x) == ["Celtic Business Forum", "Marine Investment Summit 2025"]
    labels = {s.label for s in x.sessions}
    assert "opening ceremony" in labels and not {"business forum", "investment summit"} & labels


def test_generic_forum_alone_is_still_the_event_and_its_ceremony_a_session(extract):
    x = extract("The Business Forum opened in Cork on Friday with 300 delegates. Its Opening Ceremony "
                "was held in the main hall.")
    assert x.main_event.name == "Business Forum"
    assert subevents(x) == []
    assert sessions(x) == {("e0", "opening ceremony")}


def test_pre_event_press_conference_stays_out(extract):
    x = extract("The 2025 Tidewater Boat Fair will open in Cork on June 6. A Press Conference was held "
                "on Monday to announce the fair.", title="Tidewater Boat Fair announced")
    assert subevents(x) == []
    assert x.sessions == []


def test_generic_name_the_headline_names_stays_the_main_event(extract):
    x = extract("The Investment Summit was held on the sidelines of the 2025 Tidewater Boat Fair in Cork "
                "on Friday. Its Awards Night honoured ten start-ups.", title="Investment Summit opens in Cork")
    assert x.main_event.name == "Investment Summit"
    assert sessions(x) == {("e0", "awards night")}
