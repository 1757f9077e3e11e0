"""Event names, dates and places in forms the earlier rules missed (issue 10, classes 1, 2
and 7), on sentences of our own; each test fails on 4d00a58."""

from datetime import date


def test_a_weekday_pair_then_its_days_in_apposition(extract):
    # AP style: "Friday through Sunday, June 5-7": the days are the pair's own, not a last day
    ev = extract("The Lakeside Kite Festival will run Friday through Sunday, June 5-7, on the beach at "
                 "Kingston.", published=date(2026, 3, 2)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 6, 5), date(2026, 6, 7))


def test_a_weekday_pair_then_a_range_to_another_month(extract):
    ev = extract("The Northern Quilt Show runs Thursday to Sunday, Aug. 28 to Sept. 1, in Duluth.",
                 published=date(2026, 5, 2)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 8, 28), date(2026, 9, 1))


def test_a_last_day_after_through_is_still_a_last_day(extract):
    # negative: a single date after "through" ends the event
    ev = extract("The Riverside Craft Fair opened on Friday, May 8, and runs through Sunday, May 17, in "
                 "Dayton.", published=date(2026, 5, 8)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 5, 8), date(2026, 5, 17))


def test_a_brand_followed_by_a_participle_of_happening(extract):
    # no event word, no headline: "X, taking place 9-10 September" names the event
    ev = extract("Registration is now open for Quollar Live, taking place 9-10 September 2026 in Aarhus, "
                 "Denmark.", published=date(2026, 5, 10)).main_event
    assert ev is not None and ev.name == "Quollar Live"
    assert (ev.start, ev.end) == (date(2026, 9, 9), date(2026, 9, 10))


def test_a_brand_held_on_a_date_after_a_ticket_cue(extract):
    ev = extract("Tickets are now on sale for the Quollar Summit, held on 4-5 March 2026 at the Harbour Hall "
                 "in Leeds.", published=date(2026, 1, 10)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 3, 4), date(2026, 3, 5))


def test_a_registration_held_on_a_date_is_still_the_registrations(extract):
    # negative: the cue's noun is the subject of the verb of holding
    text = ("The Quollar Summit opens in Leeds on 4 March 2026. Tickets are on sale now, and registration "
            "will be held on 2 March 2026 at the Harbour Hall.")
    ev = extract(text, published=date(2026, 1, 10)).main_event
    assert ev is not None and ev.start == date(2026, 3, 4)


def test_a_participle_after_a_company_name_is_no_event(extract):
    text = "Shares of Quollar Holdings, trading at record highs on 4 March 2026, rose again on Friday."
    assert extract(text, published=date(2026, 3, 6)).main_event is None


def _places(ev) -> dict[str, str]:
    return {p.kind: p.name for p in ev.places}


def test_a_city_after_a_venue_and_a_comma_inside_the_venues_org(extract):
    # the recognizer makes "Evraz Place, Regina" one ORG: the known city closing the clause is the venue's
    text = ("The 2026 Prairie Seed Show will open its doors on Wednesday 14 October and close on Saturday "
            "17 October at Tundra Place, Regina.")
    ev = extract(text, published=date(2026, 5, 10)).main_event
    assert _places(ev).get("venue") == "Tundra Place"
    assert _places(ev).get("city") == "Regina"


def test_a_word_after_a_venue_and_a_comma_that_is_no_city(extract):
    # negative: "Hall 4" is no city
    text = "The Prairie Seed Show will be held on 14-17 October at the Tundra Exhibition Centre, Hall 4."
    ev = extract(text, published=date(2026, 5, 10)).main_event
    assert "city" not in _places(ev)


def test_a_brand_in_apposition_to_the_subject_of_a_verb_of_happening(extract):
    text = ("LUSAKA, Zambia, Feb. 11, 2026 -- Zambia's biggest farming gathering, Quollar Agri, returns to the "
            "Mulungushi International Conference Centre from 24th to 26th March 2026.")
    ev = extract(text, published=date(2026, 2, 11)).main_event
    assert ev is not None and ev.name == "Quollar Agri"
    assert (ev.start, ev.end) == (date(2026, 3, 24), date(2026, 3, 26))


def test_got_under_way_on_a_weekday_opens_the_event(extract):
    # Kyodo / AP write "got under way" in two words
    text = "TOKYO, June 2 (Kyodo) -- The Quollar Hydrogen Expo got under way Tuesday at a hall in Tokyo."
    ev = extract(text, published=date(2026, 6, 2)).main_event
    assert ev is not None and ev.start == date(2026, 6, 2)


def test_a_city_in_the_possessive_before_the_events_name(extract):
    text = "Auckland's Quollar Lantern Festival will light up the waterfront for ten nights from 14 August."
    ev = extract(text, published=date(2026, 7, 1)).main_event
    assert _places(ev).get("city") == "Auckland"


def test_a_country_in_the_possessive_before_the_name_is_no_city(extract):
    text = "Portugal's Quollar Lantern Festival will light up the waterfront for ten nights from 14 August."
    ev = extract(text, published=date(2026, 7, 1)).main_event
    assert "city" not in _places(ev)


def test_a_headline_in_capitals_gives_way_to_the_bodys_casing(extract):
    text = ("QUOLLAR TEA EXPO OPENS IN MOMBASA\n\nThe Quollar Tea Expo will be held on October 14-16 at the "
            "Riverside Hall in Mombasa, Kenya.")
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.name == "Quollar Tea Expo"


def test_an_acronym_name_in_capitals_stays_as_written(extract):
    ev = extract("QTEX 2026 will be held on October 14-16 in Mombasa, Kenya. QTEX 2026 expects 300 exhibitors.",
                 published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.name == "QTEX 2026"


def test_the_curtain_came_down_on_the_event_on_its_last_day(extract):
    text = ("The curtain came down on the 2026 Quollar Tea Expo on Sunday. The four-day show, held at the "
            "Riverside Hall in Mombasa, welcomed 300 exhibitors.")
    ev = extract(text, published=date(2026, 3, 10)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 3, 5), date(2026, 3, 8))


def test_came_to_an_end_gives_the_last_day(extract):
    text = "The three-day Quollar Tea Expo came to an end on Saturday in Mombasa with 300 exhibitors."
    ev = extract(text, published=date(2026, 3, 10)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 3, 5), date(2026, 3, 7))


def test_an_organiser_named_like_an_event_is_no_sub_event(extract):
    text = ("The Quollar Energy Expo will take place in Lisbon on 12-14 May 2026. It is organised by the "
            "Atlantic Quollar Forum and sponsored by Vexo Bank.")
    res = extract(text, published=date(2026, 3, 1))
    assert res.main_event.name == "Quollar Energy Expo"
    assert [e.name for e in res.events] == ["Quollar Energy Expo"]
    assert ("organizer", "e0") in {(r.role, r.event) for r in res.roles}


def test_a_forum_held_inside_the_event_is_still_a_sub_event(extract):
    # guard: the forum is held (not only an agent), so it stays a sub-event
    text = ("The Quollar Energy Expo will take place in Lisbon on 12-14 May 2026. The Young Quollar Forum will "
            "be held on 13 May as part of the expo, and the city hosts a debate on grids.")
    res = extract(text, published=date(2026, 3, 1))
    assert "Young Quollar Forum" in [e.name for e in res.events if e.part_of == res.main_event.key]


def test_a_camel_case_brand_with_a_year_is_an_event(extract):
    ev = extract("QuollarMeet 2026 will take place in Lisbon on 12-14 May.", published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.name == "QuollarMeet 2026"
    assert (ev.start, ev.end) == (date(2026, 5, 12), date(2026, 5, 14))


def test_a_forum_that_only_speaks_and_organises_is_no_event(extract):
    text = ("The Quollar Growth Summit opens in Geneva on 12 May 2026. The Alpine Quollar Forum said the summit "
            "would gather 300 leaders. It is organised by the Alpine Quollar Forum.")
    res = extract(text, published=date(2026, 3, 1))
    assert res.main_event.name == "Quollar Growth Summit"
    assert ("organizer", "e0") in {(r.role, r.event) for r in res.roles}


def test_a_body_whose_name_runs_through_event_words_to_an_org_word(extract):
    text = ("The Quollar Travel Expo takes place in Da Nang on 12-14 May 2026, organised by the Pacific Congress "
            "and Convention Association (PCCA).")
    res = extract(text, published=date(2026, 3, 1))
    assert res.main_event.name == "Quollar Travel Expo"
    assert [e.name for e in res.events] == ["Quollar Travel Expo"]


def test_a_day_without_a_year_takes_the_year_the_name_writes(extract):
    ev = extract("QUOLTEC 2026 runs 14-17 October at the Harbour Messe in Chiba.", published=date(2026, 3, 1)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 10, 14), date(2026, 10, 17))


def test_the_present_of_a_happening_verb_speaks_of_the_coming_dates(extract):
    ev = extract("Asia's largest tech show, the Quollar Tech Expo, runs 14-17 October at the Harbour Messe in Chiba.",
                 published=date(2026, 3, 1)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 10, 14), date(2026, 10, 17))


def test_a_past_edition_named_with_its_year_keeps_its_year(extract):
    # guard: the past tense and the name's year agree
    ev = extract("Quollar Tech 2025 ran 14-17 October in Chiba and drew 90,000 people.",
                 published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.start == date(2025, 10, 14)


def test_opens_its_nth_edition_gives_the_edition(extract):
    ev = extract("The Quollar Book Fair opens its 12th edition in Accra on 12 May 2026.",
                 published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.edition == 12 and ev.start == date(2026, 5, 12)


def test_held_for_the_first_time_in_another_year_is_no_first_edition(extract):
    text = "The Quollar Book Fair opens its 12th edition in Accra on 12 May 2026. It was held for the first time in 2015."
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.edition == 12 and ev.start == date(2026, 5, 12)


def test_a_novelty_for_the_first_time_is_no_first_edition(extract):
    text = "The Quollar Book Fair opens in Accra on 12 May 2026. For the first time, the fair has a start-up zone."
    assert extract(text, published=date(2026, 3, 1)).main_event.edition is None


def test_for_the_nth_consecutive_year_at_the_start_of_a_sentence(extract):
    ev = extract("For the fifth consecutive year, the Quollar Book Fair opens in Accra on 12 May 2026.",
                 published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.edition == 5


def test_held_for_the_first_time_this_year_is_the_first_edition(extract):
    # guard: the verb of holding before it, no other year
    ev = extract("The Quollar Book Fair, held for the first time this year, opens in Accra on 12 May 2026.",
                 published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.edition == 1


def test_an_unquoted_theme_after_a_colon_ends_at_the_clause_after_it(extract):
    text = "Running under the theme: Pages for Peace, the Quollar Book Fair opens in Accra on 12 May 2026."
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.theme == "Pages for Peace"


def test_an_unquoted_theme_after_a_colon_keeps_its_own_commas(extract):
    # guard: "Read, Share, Grow" is one theme
    text = "The Quollar Book Fair opens in Accra on 12 May 2026 around the theme: Read, Share, Grow."
    assert extract(text, published=date(2026, 3, 1)).main_event.theme == "Read, Share, Grow"


def test_a_participle_of_holding_after_the_name_makes_a_one_day_event(extract):
    # the parser hangs "held" on the winner, not on the awards
    text = "Vexo Bank was named Best Digital Bank at the Quollar Finance Awards 2026, held in Dubai on 25 February."
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 2, 25), date(2026, 2, 25))


def test_a_venue_in_apposition_after_the_name(extract):
    text = "Vexo Health invites visitors to Stand 12 at Arab Quollar 2026, Harbour Trade Centre, 26-29 January 2026."
    ev = extract(text, published=date(2026, 1, 5)).main_event
    assert _places(ev).get("venue") == "Harbour Trade Centre"


def test_a_city_after_an_apposed_venue_before_the_verb(extract):
    text = "The Quollar Food Expo, Harbour Convention Centre, Durban, runs 12-14 May 2026."
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert _places(ev).get("venue") == "Harbour Convention Centre"
    assert _places(ev).get("city") == "Durban"


def test_an_appositive_that_is_no_venue(extract):
    # guard: "the region's largest" is no venue
    ev = extract("The Quollar Food Expo, the region's largest, opens in Durban on 12 May 2026.",
                 published=date(2026, 3, 1)).main_event
    assert "venue" not in _places(ev)


def test_labelled_place_lines_after_bullets_give_venue_and_city(extract):
    text = ("The Quollar Food Expo returns next spring.\n\nEvent details\n• Dates: 12-14 May 2026\n"
            "• Location: Durban, South Africa\n• Venue: Harbour Convention Centre")
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert _places(ev).get("venue") == "Harbour Convention Centre"
    assert _places(ev).get("city") == "Durban"


def test_a_month_then_its_days_as_ordinals(extract):
    text = ("The Quollar Pearl Festival returns to Cairns this August, from the 22nd to the 30th, with markets "
            "and a lantern parade.")
    ev = extract(text, published=date(2026, 5, 10)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 8, 22), date(2026, 8, 30))


def test_a_month_then_days_in_brackets(extract):
    ev = extract("The Quollar Pearl Festival returns to Cairns in August (22nd-30th).",
                 published=date(2026, 5, 10)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 8, 22), date(2026, 8, 30))


def test_a_town_abroad_after_to_is_a_venue_of_the_datelines_city(extract):
    text = "LONDON, March 1, 2026 -- The Quollar Tea Show comes to Olympia on 12-14 May 2026."
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert _places(ev).get("city") == "London"


def test_a_town_abroad_after_in_stays(extract):
    # guard: "opens in Annecy" from a Geneva dateline is in Annecy
    text = "GENEVA, March 1, 2026 -- The Quollar Ski Forum opens in Annecy on 12-14 May 2026."
    assert _places(extract(text, published=date(2026, 3, 1)).main_event).get("city") == "Annecy"


def test_a_keyword_after_a_metadata_label_is_no_event(extract):
    text = ("EQS-News: Vexo AG / Key word(s): Trade Fair\n"
            "Vexo AG to present at Quollar Messe 2026 in Munich from 12 to 14 May")
    ev = extract(text, published=date(2026, 3, 1)).main_event
    assert ev is not None and ev.name == "Quollar Messe 2026"
    assert "venue" not in _places(ev) and _places(ev).get("city") == "Munich"


def test_days_before_a_dotted_month_in_a_sentence(extract):
    ev = extract("The Quollar Hemp Expo will take place on 12-14.05.2026 in Denver.", published=date(2026, 3, 1)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 5, 12), date(2026, 5, 14))


def test_a_region_in_apposition_after_an_unknown_town(extract):
    # Xinhua style: the parser hangs "south China's Hainan Province" on the verb
    text = ("The 2026 Quollar Forum for Asia is being held from April 18 to 21 in Boao, south China's "
            "Hainan Province.")
    ev = extract(text, published=date(2026, 4, 20)).main_event
    assert _places(ev).get("region") == "Hainan" and _places(ev).get("country") == "China"


def test_a_city_the_recognizer_missed_as_the_subject_of_hosting(extract):
    ev = extract("Almaty hosts the Quollar Central Asia Food Week from 18 to 20 June.", published=date(2026, 6, 10)).main_event
    assert _places(ev).get("city") == "Almaty"


def test_a_place_dot_agency_dateline(extract):
    text = ("ASTANA. KAZINFORM – The Quollar Mining Week will be held in the capital on June 18-19, Kazinform "
            "correspondent reports.")
    res = extract(text, published=date(2026, 6, 10))
    assert res.source.dateline == "ASTANA" and res.source.wire == "KAZINFORM"
    assert _places(res.main_event).get("city") == "Astana"


def test_a_tass_dateline_in_st_petersburg(extract):
    text = "ST. PETERSBURG, June 10. /TASS/. The Quollar Gas Forum will take place on June 18-21, the press service said."
    assert _places(extract(text, published=date(2026, 6, 10)).main_event).get("country") == "Russia"


def test_a_brand_tagged_a_person_with_an_appositive_gathering(extract):
    text = ("LOS ANGELES, Feb. 1, 2026 /PRNewswire/ -- Quollar Con, the world's largest gathering of drone "
            "pilots, will return to the Los Angeles Convention Center Aug. 7-9, organizers announced today.")
    ev = extract(text, published=date(2026, 2, 1)).main_event
    assert ev is not None and ev.name == "Quollar Con"
    assert (ev.start, ev.end) == (date(2026, 8, 7), date(2026, 8, 9))
    assert _places(ev).get("venue") == "Los Angeles Convention Center"


def test_a_city_hung_on_another_place_preposition(extract):
    text = "Quollar Week returns for a fifth year, running Feb. 9 through Feb. 15 across 40 venues in Seattle."
    assert _places(extract(text, published=date(2026, 2, 1)).main_event).get("city") == "Seattle"


def test_a_city_after_through_the_streets_of(extract):
    text = "The Quollar Marathon will be run on Sunday, March 1, 2026, through the streets of Rome."
    assert _places(extract(text, published=date(2026, 2, 1)).main_event).get("city") == "Rome"


def test_through_a_weekday_is_still_no_place(extract):
    # guard: "through Sunday" is a date, no place
    text = "The Quollar Fair opens in Denver on Friday and runs through Sunday."
    assert _places(extract(text, published=date(2026, 2, 1)).main_event).get("city") == "Denver"


def test_a_venue_named_with_an_event_word_before_a_lower_case_venue_noun(extract):
    text = "The Quollar Gas Forum will take place on June 18-21 at the Vexo Expo exhibition centre in Kazan."
    res = extract(text, published=date(2026, 6, 10))
    assert [e.name for e in res.events] == ["Quollar Gas Forum"]
    assert _places(res.main_event).get("venue", "").startswith("Vexo Expo")


def test_a_compound_venue_noun_after_a_brand(extract):
    text = "The Quollar Gas Forum will take place on June 18-21 at the Vexoforum convention and exhibition center in Kazan."
    ev = extract(text, published=date(2026, 6, 10)).main_event
    assert _places(ev).get("venue") == "Vexoforum convention and exhibition center"


def test_a_lower_case_word_glued_by_a_hyphen_inside_a_name(extract):
    text = "YANGLING, April 20 (Xinhua) -- The 33rd China Quollar Agricultural Hi-tech Fair opened here on Monday."
    ev = extract(text, published=date(2026, 4, 20)).main_event
    assert ev is not None and ev.name == "China Quollar Agricultural Hi-tech Fair"
    assert ev.edition == 33 and ev.start == date(2026, 4, 20)


def test_a_festival_of_nights_gives_its_last_day(extract):
    text = "Mark your calendars! Quollar Lights returns to Darling Harbour, Sydney, for 23 nights from 22 May."
    ev = extract(text, published=date(2026, 5, 1)).main_event
    assert ev is not None and (ev.start, ev.end) == (date(2026, 5, 22), date(2026, 6, 13))


def test_a_stay_of_nights_is_no_length_of_the_event(extract):
    # guard: "a two-night stay" is a guest's, not the gala's
    text = "The Quollar Gala opens on 3 July; guests can book a two-night stay at the hotel."
    assert extract(text, published=date(2026, 5, 1)).main_event.end is None


def test_the_centre_of_a_city_hosting_the_event(extract):
    text = "From 3 to 6 July, the historic centre of Évora will host the Quollar Medieval Fair."
    assert _places(extract(text, published=date(2026, 5, 1)).main_event).get("city") == "Évora"


def test_regression_a_hyphenated_participle_before_a_lower_case_head_is_no_name(extract):
    # the glue of "Hi-tech" inside a name had made "University-hosted forum" a name, losing the host
    text = ("SKARVIK, Sept. 9 -- The Quollar Tunnelling Forum 2026 opened on Wednesday.\n\nThe Skarvik "
            "University-hosted forum brings together 450 engineers.")
    res = extract(text, published=date(2026, 9, 9))
    assert ("host", "e0") in {(r.role, r.event) for r in res.roles}
