"""Forms 25 (s-sessions25): session groups in forms of the probe releases of tests/extract/
probes25s. Our own sentences, each failing on main a39be8d."""

import pytest

HEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _sessions(x):
    return sorted((s.label, s.count) for s in x.sessions)


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair features 40 panels.\n\nAbout Ridgeline Media\nRidgeline Media organises trade shows, "
     "conferences and workshops.\n", [("panel", 40)]),
    ("The fair features 40 panels.\n\nABOUT RIDGELINE MEDIA\nFounded in 1998, Ridgeline Media organises "
     "roundtables, seminars and investor workshops.\n", [("panel", 40)]),
    ("The fair features 40 panels.\n\nAbout Ridgeline Media:\nRidgeline Media hosts roundtables and "
     "workshops for investors.\n\nAbout the Cedar Loom Fair\nThe fair also offers guided tours.\n",
     [("guided tour", None), ("panel", 40)]),
])
def test_organiser_profile_section_is_no_programme(extract, text, expect):
    """rule organizer-profile: an 'About <organisation>' section that names no event"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The festival presents more than 700 author events, book signings and a children's programme.",
     [("author event", 700), ("book signing", None), ("children's programme", None)]),
    ("The fair will host a women's forum and a children's workshop.",
     [("children's workshop", None), ("women's forum", None)]),
    ("A children's workshop will be held on Sunday. The fair's seminar will be held on Monday.",
     [("children's workshop", None)]),
])
def test_people_possessive_is_part_of_the_label(extract, text, expect):
    """"a children's programme": a plural noun of people in the possessive, as written; not the
    event's own possessive ("the fair's seminar")"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("Its programme features cooking demonstrations, a chefs' competition and a series of side events.",
     [("chefs' competition", None), ("cooking demonstration", None), ("side event", None)]),
])
def test_list_item_parsed_as_apposition(extract, text, expect):
    """'A, a B and C' with B hung on A as an apposition: B is a list item (rule list-mates), and
    no topic"""
    x = extract(HEAD + text)
    assert _sessions(x) == expect
    assert [t.topic.label for t in x.topics] == []


def test_programme_items_are_no_topics_of_their_group(extract):
    x = extract(HEAD + "Side events include a halal finance seminar, a business matching programme and "
                "cooking competitions.")
    assert _sessions(x) == [("business matching programme", None), ("cooking competition", None),
                            ("halal finance seminar", None), ("side event", None)]
    assert [t.label for s in x.sessions for t in s.topics] == []


@pytest.mark.parametrize(("text", "expect"), [
    ("The programme includes:\n1. a ministerial roundtable\n2. 30 technical sessions\n",
     [("ministerial roundtable", None), ("technical session", 30)]),
    ("Highlights:\n1) Ministerial roundtable\n2) 30 technical sessions\n",
     [("ministerial roundtable", None), ("technical session", 30)]),
])
def test_numbered_programme_list(extract, text, expect):
    """rule bullet-list: a numbered list is a bullet list too (the marks the topics read)"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("The agenda:\nDay 1 - Opening keynote, panel debates and a gala dinner\nDay 2 - Site visits and a closing plenary\n",
     [("closing plenary", None), ("gala dinner", None), ("opening keynote", None), ("panel debate", None),
      ("site visit", None)]),
    ("\nDay one: investor seminars and business matchmaking sessions\nDay two: factory tours\n",
     [("business matchmaking session", None), ("factory tour", None), ("investor seminar", None)]),
    ("\nDay 1 - registration desk opens at 8am\nDay 2 - exhibition halls close at 5pm\n"
     "Day 3 - panel debates", [("panel debate", None)]),
])
def test_day_lines_of_an_agenda(extract, text, expect):
    """rule bullet-list, day_lines; not a number of the line before as a count ('8am')"""
    assert _sessions(extract(HEAD + text)) == expect


def test_press_conferences_to_prepare_for_the_event(extract):
    """rule pre-event-item: groups held 'to prepare for' / 'to plan' the event are before it"""
    x = extract("BEIJING, May 3 (Xinhua) -- The 2026 Lotus Crane Import Fair will be held in Beijing from June 1 "
                "to 5. The organizing committee has held two press conferences to prepare for the fair.",
                published=None)
    assert _sessions(x) == []


@pytest.mark.parametrize(("text", "expect"), [
    ("A buyer-seller meet and a CEO conclave were held on Monday.",
     [("CEO conclave", None), ("buyer-seller meet", None)]),
    ("The fair will host a charity auction and two investor meets.",
     [("charity auction", None), ("investor meet", 2)]),
    ("The conference will feature 12 scientific sessions, three guest lectures and a keynote oration.",
     [("guest lecture", 3), ("keynote oration", None), ("scientific session", 12)]),
])
def test_meet_conclave_auction_are_programme_nouns(extract, text, expect):
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize("text", [
    "Visitors will meet 300 exhibitors. The fair will meet the needs of buyers.",
    "The government held a spectrum auction last year, officials said.",
])
def test_meet_and_auction_outside_a_programme(extract, text):
    """(with a programme part the old code missed, so that the test fails there)"""
    assert _sessions(extract(HEAD + text + " A CEO conclave was held on Monday.")) == [("CEO conclave", None)]


@pytest.mark.parametrize(("text", "expect"), [
    ("Its programme includes a short film competition, masterclasses with directors and outdoor screenings.",
     [("masterclass", None), ("outdoor screening", None), ("short film competition", None)]),
])
def test_programme_list_read_off_the_text(extract, text, expect):
    """rule text-programme-list: the parse took 'masterclasses' for a verb"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize("text", [
    "Its jury includes a director, two actors with awards and a critic.",
    "The city offers beaches, museums with old masters and a castle.",
])
def test_text_lists_of_no_programme(extract, text):
    """(with a programme list the old code missed, so that the test fails there)"""
    more = " Its programme includes a short film competition, masterclasses with directors and outdoor screenings."
    assert _sessions(extract(HEAD + text + more)) == [("masterclass", None), ("outdoor screening", None),
                                                      ("short film competition", None)]


def test_a_groups_topic_ends_at_the_next_part(extract):
    x = extract(HEAD + "The fair will feature a seminar on soil health and a workshop about drones.")
    assert sorted((s.label, tuple(t.label for t in s.topics)) for s in x.sessions) == [
        ("seminar", ("soil health",)), ("workshop", ("drones",))]
    assert x.topics == []


def test_breakfast_is_a_programme_part_and_no_topic(extract):
    x = extract(HEAD + "The fair will feature 12 technical forums, a networking breakfast and a women in "
                "mining breakfast.")
    assert ("networking breakfast", None) in _sessions(x)
    assert [t.topic.label for t in x.topics] == []


def test_text_programme_list_held_by_the_organisers(extract):
    """rule text-programme-list with 'hold' and the organisers as subject, in a sentence that
    names the event; not their own talks with officials"""
    x = extract(HEAD + "During the fair, the organisers will hold a trade promotion conference, seminars on "
                "e-commerce and a business matching programme. The organisers will also hold talks with city "
                "officials, meetings with sponsors and briefings for the press.")
    assert _sessions(x) == [("business matching programme", None), ("seminar", None),
                            ("trade promotion conference", None)]


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair featured an entertainment area, a business area and an indie arena.",
     [("business area", None), ("entertainment area", None), ("indie arena", None)]),
    ("Visitors can enjoy poetry evenings, calligraphy workshops and a children's corner.",
     [("calligraphy workshop", None), ("children's corner", None), ("poetry evening", None)]),
    ("The fair will have a cosplay village and a startup village. The gala will be held at the city arena. "
     "Visitors came from every corner of the world.", [("cosplay village", None), ("startup village", None)]),
])
def test_arena_village_corner_with_a_noun_modifier(extract, text, expect):
    """held-item singular_with_noun_modifier: 'an indie arena', 'a cosplay village', "a
    children's corner"; not a venue nor 'every corner'"""
    assert _sessions(extract(HEAD + text)) == expect


@pytest.mark.parametrize(("text", "expect"), [
    ("\nWhat's on\n• Masterclasses\n• Live cooking demonstrations\n• Wine tastings\n",
     [("live cooking demonstration", None), ("masterclass", None), ("wine tasting", None)]),
    ("\nHighlights\n- Solar panels\n- 3 keynote sessions\n- Investor breakfasts\n",
     [("investor breakfast", None), ("keynote session", 3)]),
    ("\nContact\n- Press office\n- Media desk\n\nWhat's on\n- Masterclasses\n- Wine tastings\n",
     [("masterclass", None), ("wine tasting", None)]),
])
def test_bullet_block_without_an_intro_line(extract, text, expect):
    """rule bullet-list: a bullet block two of whose lines end in a programme noun lists the
    programme, even under a heading with no colon; a product line ('Solar panels') is none"""
    assert _sessions(extract(HEAD + text)) == expect


def test_inline_programme_heading(extract):
    """rule text-programme-list, headings: 'Programme: A, B and C' on one line"""
    x = extract(HEAD + "\nProgramme: an opening ceremony, a CEO roundtable, two panel discussions and a gala dinner.\n")
    assert _sessions(x) == [("CEO roundtable", None), ("gala dinner", None), ("opening ceremony", None),
                            ("panel discussion", 2)]
