"""Third batch of round-21 probe releases (our own text): organisers' labelled pages, wire
variants, venues with brackets and districts, more date and theme forms."""
from releases import rel

RELEASES = [
    ("o_labelled_fields", rel("Marine Robotics Week 2026", "2026-04-20", """
Marine Robotics Week 2026
When: 3-5 November 2026
Where: Marina Bay Convention Hall, Singapore
Join 3,000 engineers at the region's leading marine robotics event. This year's theme: "Autonomy at Sea".
"""), {"city": "Singapore", "venue": "Marina Bay Convention Hall", "start": "2026-11-03", "end": "2026-11-05",
        "theme": "Autonomy at Sea"}),

    ("o_dates_venue_labels", rel("Andes Wine Summit", "2026-04-20", """
The Andes Wine Summit brings together winemakers from across South America.
Dates: 14–16 October 2026
Venue: Hotel Plaza Real, Mendoza, Argentina
"""), {"city": "Mendoza", "country": "Argentina", "venue": "Hotel Plaza Real", "start": "2026-10-14", "end": "2026-10-16"}),

    ("p_bracket_acronym_district", rel("Textile expo in Mumbai", "2026-04-20", """
MUMBAI: The India Yarn and Fabric Expo will be held at the Western Exhibition Centre (WEC), Goregaon, Mumbai from May 7 to 9.
"""), {"city": "Mumbai", "venue": "Western Exhibition Centre", "start": "2026-05-07", "end": "2026-05-09"}),

    ("p_capital_of_country", rel("Steppe forum", "2026-04-20", """
The Eurasian Grain Forum opened on Monday in Astana, the capital of Kazakhstan, with delegates from 20 countries.
"""), {"city": "Astana", "country": "Kazakhstan", "start": "2026-04-20"}),

    ("p_largest_city", rel("Almaty fair", "2026-04-20", """
The Silk Way Food Fair runs from April 22 to 25 in Almaty, Kazakhstan's largest city.
"""), {"city": "Almaty", "country": "Kazakhstan", "start": "2026-04-22", "end": "2026-04-25"}),

    ("p_square_venue", rel("Festival on the square", "2026-04-20", """
The Ulaanbaatar Naadam Food Festival will be held on July 5-7 in Sukhbaatar Square in the Mongolian capital.
"""), {"city": "Ulaanbaatar", "start": "2026-07-05", "end": "2026-07-07"}),

    ("p_venue_ampersand", rel("Riyadh expo", "2026-04-20", """
The Gulf Plastics Expo opens on May 4 at the Desert Gate Exhibition & Conference Center in Riyadh.
"""), {"city": "Riyadh", "venue": "Desert Gate Exhibition & Conference Center", "start": "2026-05-04"}),

    ("p_dateline_region_only", rel("Dairy show in Wisconsin", "2026-04-20", """
MADISON, Wis. — The Midwest Dairy Expo will return to the Alliant Energy Grounds in Madison from Oct. 1-4.
"""), {"city": "Madison", "venue": "Alliant Energy Grounds", "start": "2026-10-01", "end": "2026-10-04"}),

    ("p_korea_wire", rel("Busan expo", "2026-04-20", """
SEOUL, April 20 (Yonhap) -- The Korea Marine Leisure Show will kick off in Busan on Thursday for a four-day run, organizers said.
The show will be held at the Haeundae Exhibition Center.
"""), {"city": "Busan", "venue": "Haeundae Exhibition Center", "start": "2026-04-23", "end": "2026-04-26", "not_places": ["Seoul"]}),

    ("p_japan_wire", rel("Tokyo robot show", "2026-04-20", """
TOKYO (Kyodo) -- The International Service Robot Exhibition opened Wednesday in Chiba, near Tokyo, and will run through Saturday.
"""), {"city": "Chiba", "start": "2026-04-15", "end": "2026-04-18"}),

    ("p_bernama", rel("Halal showcase", "2026-04-20", """
KUALA LUMPUR, April 20 (Bernama) -- The Borneo Halal Showcase will be held at the Kuching Riverside Convention Centre in Sarawak from June 11 to 14, said the ministry.
"""), {"city": "Kuching", "venue": "Kuching Riverside Convention Centre", "start": "2026-06-11", "end": "2026-06-14",
        "not_places": ["Kuala Lumpur"]}),

    ("p_anadolu", rel("Istanbul fair", "2026-04-20", """
ANKARA — The Eurasia Furniture Fair will open its doors at the Bosphorus Expo Center in Istanbul's Beylikduzu district on Tuesday.
"""), {"city": "Istanbul", "venue": "Bosphorus Expo Center", "start": "2026-04-21", "not_places": ["Ankara"]}),

    # ---- dates
    ("d_next_week_weekdays", rel("Conference next week", "2026-04-20", """
The Nordic Battery Conference will be held in Oslo next week, from Wednesday to Friday.
"""), {"city": "Oslo", "start": "2026-04-29", "end": "2026-05-01"}),

    ("d_dec_jan_years", rel("Winter market", "2026-11-15", """
The Danube Winter Market runs from 28 November 2026 to 6 January 2027 on Vienna's Rathausplatz.
"""), {"city": "Vienna", "start": "2026-11-28", "end": "2027-01-06"}),

    ("d_dec_jan_no_year", rel("Light festival", "2026-11-15", """
The Harbour Lights Festival will run from Dec. 18 to Jan. 10 in Sydney.
"""), {"city": "Sydney", "start": "2026-12-18", "end": "2027-01-10"}),

    ("d_mid_range_dash_month_year", rel("Summit", "2026-04-20", """
The African Fintech Summit takes place on 29 September–1 October 2026 in Kigali, Rwanda.
"""), {"city": "Kigali", "start": "2026-09-29", "end": "2026-10-01"}),

    ("d_kick_off_until", rel("Expo kicks off", "2026-04-20", """
The Mekong Rice Expo kicked off on Saturday in Can Tho and will last until April 22.
"""), {"start": "2026-04-18", "end": "2026-04-22"}),

    ("d_scheduled_for", rel("Show scheduled", "2026-04-20", """
The Lakeside Boat Show is scheduled for June 12-14 at the Harbour Marina in Kelowna, British Columbia.
"""), {"city": "Kelowna", "start": "2026-06-12", "end": "2026-06-14"}),

    ("d_day_month_comma", rel("Show", "2026-04-20", """
The Pampas Agro Show will take place from Tuesday, 9 June to Saturday, 13 June in Rosario.
"""), {"city": "Rosario", "start": "2026-06-09", "end": "2026-06-13"}),

    ("d_press_conference_date", rel("Fair unveiled", "2026-04-20", """
Organisers unveiled the programme of the Carpathian Honey Fair at a press conference on April 16. The fair will be held in Lviv on May 22-24.
"""), {"city": "Lviv", "start": "2026-05-22", "end": "2026-05-24"}),

    ("d_opening_ceremony_first", rel("Games open", "2026-04-20", """
The opening ceremony of the Pacific Youth Games will take place on July 3 in Nadi. The games run until July 12.
"""), {"start": "2026-07-03", "end": "2026-07-12"}),

    # ---- themes
    ("t_themed_colon", rel("Expo themed", "2026-04-20", """
The Gulf Water Expo, themed: Every Drop Counts, opens in Kuwait City on May 3.
"""), {"theme": "Every Drop Counts"}),

    ("t_theme_being", rel("Conference theme", "2026-04-20", """
The Caribbean Energy Conference returns to Bridgetown on 9 June, with this year's theme being "Islands of Power".
"""), {"theme": "Islands of Power"}),

    ("t_theme_bracket", rel("Congress", "2026-04-20", """
The 14th Balkan Dental Congress (theme: "Smiles Without Borders") will take place in Sofia from 4 to 6 June.
"""), {"theme": "Smiles Without Borders"}),

    ("t_themed_lower_unquoted", rel("Festival", "2026-04-20", """
This year's Harbour Kite Festival is themed ocean conservation and runs on 7 June in Durban.
"""), {"theme": "ocean conservation"}),

    ("t_guillemets", rel("Salon", "2026-04-20", """
The Atlas Crafts Salon opens in Fez on 10 May under the theme « Hands of Heritage ».
"""), {"theme": "Hands of Heritage"}),

    ("t_hosted_under_the_theme_of", rel("Forum", "2026-04-20", """
Hosted under the theme of "Building Resilient Supply Chains", the Andean Logistics Forum will be held in Quito on 3 June.
"""), {"theme": "Building Resilient Supply Chains"}),

    ("t_theme_for_the", rel("Summit", "2026-04-20", """
The theme for the 2026 Pacific Climate Summit, to be held in Suva on 3 June, is "Rising Together".
"""), {"theme": "Rising Together"}),
]
