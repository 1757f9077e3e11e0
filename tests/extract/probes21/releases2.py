"""Second batch of round-21 probe releases (our own text): harder date, place and theme forms."""
from releases import rel

RELEASES = [
    ("d_through_weekdays", rel("Auto show opens", "2026-10-05", """
The Lakeshore International Auto Show runs Wednesday through Sunday at the Harbourfront Convention Center in Toronto.
"""), {"city": "Toronto", "venue": "Harbourfront Convention Center", "start": "2026-10-07", "end": "2026-10-11"}),

    ("d_between_ordinal", rel("Trade fair dates set", "2026-02-12", """
The Silk Road Trade Fair will take place between the 3rd and the 5th of March in Tashkent.
"""), {"city": "Tashkent", "start": "2026-03-03", "end": "2026-03-05"}),

    ("d_sept_oct", rel("Festival returns", "2026-09-01", """
The Danube Film Festival returns to Novi Sad, Serbia, Sept. 30-Oct. 4.
"""), {"city": "Novi Sad", "start": "2026-09-30", "end": "2026-10-04"}),

    ("d_dash_full", rel("Dairy congress", "2026-02-12", """
The World Dairy Congress will be held 3 March – 5 March 2026 in Cork, Ireland.
"""), {"city": "Cork", "start": "2026-03-03", "end": "2026-03-05"}),

    ("d_three_day_opens", rel("Tech summit", "2026-06-08", """
The three-day Baltic Tech Summit, which opens on June 16 in Vilnius, will gather 2,000 founders.
"""), {"city": "Vilnius", "start": "2026-06-16", "end": "2026-06-18"}),

    ("d_press_conf_first", rel("Expo announced", "2026-04-20", """
At a press conference on Monday, April 20, organisers announced that the Mekong Logistics Expo will take place from June 2 to 4 at the Saigon Riverside Exhibition Centre in Ho Chi Minh City.
"""), {"city": "Ho Chi Minh City", "venue": "Saigon Riverside Exhibition Centre", "start": "2026-06-02", "end": "2026-06-04"}),

    ("d_previous_first", rel("Expo returns bigger", "2026-04-20", """
After a successful 2025 edition held from 10 to 12 June, the Adriatic Boat Expo returns to Split from 9 to 13 June 2026.
"""), {"city": "Split", "start": "2026-06-09", "end": "2026-06-13"}),

    ("d_deadline_first", rel("Call for exhibitors", "2026-02-12", """
Exhibitors have until March 15 to book a stand at the Caspian Food Show, which runs from April 14 to 16 in Baku.
"""), {"city": "Baku", "start": "2026-04-14", "end": "2026-04-16"}),

    ("d_other_event_same_sentence", rel("Forum opens", "2026-06-08", """
The Ocean Economy Forum opens in Lisbon on Tuesday, a week after the Atlantic Ports Summit was held there from May 26 to 28.
"""), {"city": "Lisbon", "start": "2026-06-09"}),

    ("d_this_weekend", rel("Craft fair this weekend", "2026-07-10", """
The Highland Craft Fair takes place this Saturday and Sunday at Inverness's Northern Meeting Park.
"""), {"city": "Inverness", "start": "2026-07-11", "end": "2026-07-12"}),

    ("d_on_and_days", rel("Book fair", "2026-02-12", """
The Nile Book Fair will be held on the 12th and 13th of March at the Cairo International Conference Centre.
"""), {"city": "Cairo", "start": "2026-03-12", "end": "2026-03-13"}),

    ("d_from_to_weekday_dates", rel("Agri show", "2026-06-08", """
The Great Rift Agricultural Show will run from Monday, June 15, to Saturday, June 20, in Nakuru.
"""), {"city": "Nakuru", "start": "2026-06-15", "end": "2026-06-20"}),

    ("d_until_weekday_opened", rel("Show opens", "2026-06-08", """
The Karoo Wool Show opened at the weekend and continues until Wednesday in Graaff-Reinet.
The show opened on Saturday.
"""), {"start": "2026-06-06", "end": "2026-06-10"}),

    ("d_yyyy_first", rel("Conference", "2026-02-12", """
The 2026 Pacific Islands Energy Conference will be held on 21-23 April in Suva, Fiji, under the theme "Powering Blue Economies".
"""), {"city": "Suva", "country": "Fiji", "start": "2026-04-21", "end": "2026-04-23", "theme": "Powering Blue Economies"}),

    # ---- places
    ("p_venue_in_city_country", rel("Halal expo", "2026-06-08", """
The World Halal Products Expo will take place at the Putra Trade Centre in Kuala Lumpur, Malaysia, from 9 to 12 September.
"""), {"city": "Kuala Lumpur", "venue": "Putra Trade Centre", "country": "Malaysia"}),

    ("p_held_in_city_at_venue", rel("Congress", "2026-06-08", """
The Iberian Cardiology Congress will be held in Porto at the Alfandega Congress Centre on 1-3 October.
"""), {"city": "Porto", "venue": "Alfandega Congress Centre"}),

    ("p_venue_city_after_comma", rel("Gem show", "2026-06-08", """
The Lanka Gem and Jewellery Show opens on Friday at the Lotus Exhibition Hall, Colombo.
"""), {"city": "Colombo", "venue": "Lotus Exhibition Hall"}),

    ("p_port_city_of", rel("Maritime fair", "2026-06-08", """
The Indian Ocean Maritime Fair opened on Monday in the southern port city of Durban with 250 exhibitors.
"""), {"city": "Durban"}),

    ("p_capital_apposition", rel("Mongolia mining", "2026-06-08", """
The Steppe Mining Week opened on Tuesday in the Mongolian capital, Ulaanbaatar.
"""), {"city": "Ulaanbaatar"}),

    ("p_the_x_hotel_in", rel("Fintech summit", "2026-06-08", """
More than 400 delegates attended the Gulf Fintech Summit at the Corniche Grand Hotel in Muscat on Monday.
"""), {"city": "Muscat", "venue": "Corniche Grand Hotel"}),

    ("p_dateline_other_country", rel("Wine fair in Georgia", "2026-06-08", """
MOSCOW, June 8 (Interfax) - The Caucasus Wine Fair will open in Tbilisi on June 18, the organisers told reporters in Moscow.
"""), {"city": "Tbilisi", "not_places": ["Moscow"]}),

    ("p_venue_grounds_no_in", rel("Show at grounds", "2026-06-08", """
The Royal Highland Cattle Show takes place at Ingliston Showground near Edinburgh from 18 to 21 June.
"""), {"venue": "Ingliston Showground", "city": "Edinburgh"}),

    ("p_stadium_of_city", rel("Concert festival", "2026-06-08", """
The Samba Nights Festival will be held on July 4 at the Arena Atlantica in Salvador, Bahia.
"""), {"city": "Salvador", "venue": "Arena Atlantica"}),

    ("p_dateline_city_state", rel("Tech conference", "2026-06-08", """
AUSTIN, Texas, June 8, 2026 /PRNewswire/ -- Corvel Systems will showcase its platform at the Western Cloud Summit, held June 23-25 at the Mandalay Convention Center in Las Vegas.
"""), {"city": "Las Vegas", "venue": "Mandalay Convention Center", "start": "2026-06-23", "end": "2026-06-25",
        "not_places": ["Austin"]}),

    ("p_businesswire_announce", rel("Company to exhibit", "2026-06-08", """
SAN DIEGO--(BUSINESS WIRE)--Nexara Bio today announced it will present new data at the European Biotech Congress, taking place October 5-7, 2026 in Vienna, Austria.
"""), {"city": "Vienna", "country": "Austria", "start": "2026-10-05", "end": "2026-10-07", "not_places": ["San Diego"]}),

    # ---- themes
    ("t_themed_lower", rel("Design week", "2026-06-08", """
The Harbour Design Week, themed ‘Living Cities’, opens on June 20 in Rotterdam.
"""), {"theme": "Living Cities"}),

    ("t_theme_for_this_year", rel("Fair theme", "2026-06-08", """
The Sahel Livestock Fair opens in Niamey on June 20. The theme for this year's fair is "Resilient Herds, Resilient Communities".
"""), {"theme": "Resilient Herds, Resilient Communities"}),

    ("t_carries_theme", rel("Expo theme", "2026-06-08", """
The Andean Energy Expo, which carries the theme "Power for Progress", will be held in Quito from June 22 to 24.
"""), {"theme": "Power for Progress"}),

    ("t_under_this_years_theme", rel("Summit", "2026-06-08", """
The Pacific Youth Summit will be held in Apia on July 1-3 under this year's theme, "Our Ocean, Our Future".
"""), {"theme": "Our Ocean, Our Future"}),

    ("t_theme_dash", rel("Forum", "2026-06-08", """
The Alpine Tourism Forum opens in Innsbruck on 18 June. Its theme – Tourism in a Warmer World – reflects the concerns of ski resorts.
"""), {"theme": "Tourism in a Warmer World"}),

    ("t_slogan", rel("Festival slogan", "2026-06-08", """
The Baltic Song Festival opens in Riga on July 2 under the slogan "Singing Together".
"""), {"theme": "Singing Together"}),

    ("t_theme_of_lower", rel("Conference", "2026-06-08", """
The Savanna Water Conference will be held in Gaborone from 14 to 16 July with the theme of water security in a changing climate.
"""), {"theme": "water security in a changing climate"}),

    ("t_the_theme_is_unquoted", rel("Congress", "2026-06-08", """
The Andean Surgery Congress opens in La Paz on July 8. The theme is Safe Surgery for Everyone.
"""), {"theme": "Safe Surgery for Everyone"}),

    ("t_chosen_as_theme", rel("Expo", "2026-06-08", """
The Nordic Food Expo opens in Oslo on 5 August. "Food from the Cold" has been chosen as the theme of this year's expo.
"""), {"theme": "Food from the Cold"}),

    ("t_centres_on_theme", rel("Summit", "2026-06-08", """
The Gulf Aviation Summit, held in Muscat on June 23-24, will centre on the theme "Connecting the Skies".
"""), {"theme": "Connecting the Skies"}),

    ("t_not_theme_park", rel("Theme park expo", "2026-06-08", """
The Leisure Attractions Expo opens in Orlando on June 20. Theme park operators from 40 countries will attend.
"""), {"theme": None}),
]
