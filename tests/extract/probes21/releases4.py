"""Fourth batch of round-21 probe releases (our own text): head-first venue names, more date
writings (ampersands, 'thru', written-out ranges), theme variants."""
from releases import rel

RELEASES = [
    ("v_hotel_first", rel("Finance forum", "2026-04-20", """
The West African Fintech Forum will be held at Hotel Lagoon Crest in Accra on May 12.
"""), {"city": "Accra", "venue": "Hotel Lagoon Crest", "start": "2026-05-12"}),
    ("v_expo_first", rel("Feria", "2026-04-20", """
The Pacific Furniture Fair opens on Tuesday at Expo Guadalajara in Mexico's Jalisco state.
"""), {"venue": "Expo Guadalajara", "start": "2026-04-21"}),
    ("v_parque_first", rel("Book fair", "2026-04-20", """
The Southern Book Fair will take place at Parque Anhembi in São Paulo from August 7 to 16.
"""), {"city": "São Paulo", "venue": "Parque Anhembi", "start": "2026-08-07", "end": "2026-08-16"}),
    ("v_museo_first", rel("Design week", "2026-04-20", """
The Andean Design Week opens on Thursday at Museo Kalpa in Lima.
"""), {"city": "Lima", "venue": "Museo Kalpa", "start": "2026-04-23"}),
    ("v_teatro_first", rel("Film festival", "2026-04-20", """
The Pampas Film Festival will be held at Teatro Solaris in Córdoba, Argentina, from 3 to 8 May.
"""), {"city": "Córdoba", "venue": "Teatro Solaris", "start": "2026-05-03", "end": "2026-05-08"}),
    ("v_estadio_first", rel("Concert", "2026-04-20", """
The Caribbean Music Festival will take place at Estadio Rivera in San Juan on June 6.
"""), {"city": "San Juan", "venue": "Estadio Rivera", "start": "2026-06-06"}),
    ("v_park_venue", rel("Show", "2026-04-20", """
The Garden Show opens on Friday at Kingsway Park, Harare, and closes on Sunday.
"""), {"city": "Harare", "venue": "Kingsway Park", "start": "2026-04-24", "end": "2026-04-26"}),
    ("v_district_of", rel("Expo", "2026-04-20", """
The Delta Auto Expo will run from May 14 to 17 at the Riverside Exhibition Centre in the Purbachal district of Dhaka.
"""), {"city": "Dhaka", "venue": "Riverside Exhibition Centre", "start": "2026-05-14", "end": "2026-05-17"}),
    ("v_staged_at_stadium", rel("Games", "2026-04-20", """
The Sahel Athletics Championships will be staged at the Unity Stadium in Bamako on 9-11 May.
"""), {"city": "Bamako", "venue": "Unity Stadium", "start": "2026-05-09", "end": "2026-05-11"}),

    # ---- dates
    ("d_ampersand_days", rel("Fair", "2026-04-20", """
The Highland Cheese Fair will be held on 3rd & 4th June at the Corn Exchange in Perth.
"""), {"start": "2026-06-03", "end": "2026-06-04"}),
    ("d_thru", rel("Expo", "2026-04-20", """
The Sunbelt Boat Expo runs June 3rd thru 7th at the Harbor Convention Center in Tampa.
"""), {"city": "Tampa", "start": "2026-06-03", "end": "2026-06-07"}),
    ("d_from_the_until_the", rel("Festival", "2026-04-20", """
The Harvest Moon Festival will take place from the 3rd until the 5th of July in Galway.
"""), {"city": "Galway", "start": "2026-07-03", "end": "2026-07-05"}),
    ("d_weekday_day_range", rel("Congress", "2026-04-20", """
The Alpine Surgery Congress takes place from Thursday 4 to Sunday 7 June in Innsbruck.
"""), {"city": "Innsbruck", "start": "2026-06-04", "end": "2026-06-07"}),
    ("d_month_to_month", rel("Congress", "2026-04-20", """
The Nordic Welding Expo will be held March 3 to March 5, 2027, in Gothenburg.
"""), {"start": "2027-03-03", "end": "2027-03-05"}),
    ("d_june_july_year", rel("Festival", "2026-04-20", """
The Midnight Sun Festival runs June 29-July 1, 2026, in Tromsø.
"""), {"start": "2026-06-29", "end": "2026-07-01"}),
    ("d_sept_no_dot", rel("Expo", "2026-04-20", """
The Great Lakes Food Expo takes place Sept 23–25 in Cleveland.
"""), {"start": "2026-09-23", "end": "2026-09-25"}),
    ("d_until_and_including", rel("Show", "2026-04-20", """
The Delta Flower Show opens on 28 April and continues up to and including 3 May in Keukenhof.
"""), {"start": "2026-04-28", "end": "2026-05-03"}),
    ("d_numeric_eu", rel("Messe", "2026-04-20", """
The Alpine Wood Fair takes place from 3 to 6 September 2026 in Klagenfurt; registration for exhibitors closes on 30 June 2026.
"""), {"start": "2026-09-03", "end": "2026-09-06"}),
    ("d_starting_lasting", rel("Festival", "2026-04-20", """
Starting on May 2, the Tulip Heritage Festival will last for ten days in Lisse.
"""), {"start": "2026-05-02", "end": "2026-05-11"}),
    ("d_runs_through_date", rel("Exhibition", "2026-04-20", """
The Silk Road Art Exhibition, which opened on April 18 at the Navoi Gallery in Tashkent, runs through May 31.
"""), {"start": "2026-04-18", "end": "2026-05-31"}),

    # ---- themes
    ("t_motto", rel("Fair motto", "2026-04-20", """
The Rhine Craft Fair, held under the motto "Made by Hand", opens in Cologne on 5 May.
"""), {"theme": "Made by Hand"}),
    ("t_will_be", rel("Theme announced", "2026-04-20", """
The Harbour Book Fair opens in Sharjah on 5 November. The theme of this year's edition will be 'Stories That Connect'.
"""), {"theme": "Stories That Connect"}),
    ("t_tagline", rel("Expo tagline", "2026-04-20", """
The Nile Tech Expo returns to Cairo on 9 June with the tagline "Build Local, Go Global".
"""), {"theme": "Build Local, Go Global"}),
    ("t_theme_this_year_is_unquoted_colon", rel("Summit", "2026-04-20", """
The Mekong Water Summit opens in Phnom Penh on 3 June. This year's theme is: Rivers for Life.
"""), {"theme": "Rivers for Life"}),
    ("t_theme_single_quotes_inside", rel("Forum", "2026-04-20", """
The Cape Youth Forum, themed 'Africa's Next Generation', will be held in Cape Town on 16 June.
"""), {"theme": "Africa's Next Generation"}),
]
