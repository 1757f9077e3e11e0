"""Whole releases written for round 21 (not corpus text), in the styles of several wires,
papers, trade press and organisers' pages, with the main event's expected place, dates and
theme. Every event, organiser and venue name is invented; cities are real, for the gazetteer."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    # ---- wires with a dateline
    ("xinhua_weekday", rel("Tea expo opens in Kunming", "2026-09-01", """
KUNMING, Sept. 1 (Xinhua) -- The 2026 Southwest Tea Culture Expo opened on Monday in Kunming, capital of southwest China's Yunnan Province, drawing more than 800 exhibitors.
The four-day expo, themed "Tea Connects the World," features tea tasting, forums and trade talks.
Organizers said about 60,000 visitors are expected.
"""), {"city": "Kunming", "region": "Yunnan", "start": "2026-08-31", "end": "2026-09-03", "theme": "Tea Connects the World"}),

    ("xinhua_elsewhere", rel("Ice festival kicks off in northeast China", "2026-12-01", """
BEIJING, Dec. 1 (Xinhua) -- The 12th Northern Lights Ice Festival will be held in Harbin, capital of northeast China's Heilongjiang Province, from Dec. 28 to Jan. 4, local authorities said Tuesday.
Under the theme of "Ice, Snow and Friendship," the festival will feature ice sculptures, winter sports and concerts.
Last year's festival ran from Dec. 26 to Jan. 2 and attracted 1.2 million visitors.
"""), {"city": "Harbin", "region": "Heilongjiang", "start": "2026-12-28", "end": "2027-01-04",
        "theme": "Ice, Snow and Friendship", "not_places": ["Beijing"]}),

    ("prn_venue_ordinal", rel("Gulf Cold Chain Summit 2026 to convene in Dubai", "2026-03-02", """
DUBAI, United Arab Emirates, March 2, 2026 /PRNewswire/ -- The Gulf Cold Chain Summit 2026 will take place from 3rd to 5th May at the Meridian Exhibition Centre, bringing together logistics leaders from across the region.
Held under the theme 'Cooling the Future', the summit will include a two-day conference and an exhibition of 120 companies.
Registration closes on April 20.
"""), {"city": "Dubai", "venue": "Meridian Exhibition Centre", "start": "2026-05-03", "end": "2026-05-05",
        "theme": "Cooling the Future"}),

    ("prn_elsewhere", rel("Nordic Water Week announced", "2026-02-12", """
NEW YORK, Feb. 12, 2026 /PRNewswire/ -- Aquarel Partners today announced that the Nordic Water Week 2026 will be held at the Lindholmen Congress Hall in Gothenburg, Sweden, on June 9-11, 2026.
This year's theme is "Water Without Borders".
A press conference was held on February 10 in New York to present the programme.
"""), {"city": "Gothenburg", "venue": "Lindholmen Congress Hall", "country": "Sweden", "start": "2026-06-09",
        "end": "2026-06-11", "theme": "Water Without Borders", "not_places": ["New York"]}),

    ("ap_style_until", rel("Farm show opens with record crowds", "2026-07-10", """
DES MOINES, Iowa (AP) — The Heartland Farm Progress Show opened Thursday on the Boone County fairgrounds and runs until Sunday.
Organizers said more than 500 exhibitors signed up this year.
"""), {"city": "Des Moines", "start": "2026-07-09", "end": "2026-07-12"}),

    # ---- Gulf papers
    ("gulf_weekday_range", rel("Falconry show returns to the capital", "2026-11-15", """
ABU DHABI: The Desert Heritage and Falconry Exhibition runs from Monday to Friday at the Corniche Exhibition Halls, with 600 exhibitors from 40 countries.
The exhibition, held under the patronage of the emirate's ruler, is themed 'Sustainability and Heritage'.
"""), {"city": "Abu Dhabi", "venue": "Corniche Exhibition Halls", "start": "2026-11-16", "end": "2026-11-20",
        "theme": "Sustainability and Heritage"}),

    ("gulf_venue_city", rel("Healthcare expo to open next month", "2026-04-20", """
The Arabian Clinical Care Expo will be held at the Al Noor Convention Centre in Doha from May 18-21.
The five-day event from May 18 is expected to draw 30,000 visitors, according to organisers.
"""), {"city": "Doha", "venue": "Al Noor Convention Centre", "start": "2026-05-18"}),

    ("gulf_five_day", rel("Boat show sets sail", "2026-03-02", """
The Marina Yacht Show will open in Jeddah on Wednesday. The five-day event from Wednesday will showcase more than 200 vessels at the Red Sea Marina Club.
"""), {"city": "Jeddah", "start": "2026-03-04", "end": "2026-03-08"}),

    # ---- Indian papers
    ("india_month_range", rel("Crafts mela to begin at Surajvan", "2026-01-10", """
NEW DELHI: The 38th National Handloom and Crafts Mela will be held from Jan. 26-Feb. 7 at the Surajvan Fair Grounds in Faridabad.
The mela, with the theme 'Threads of Tradition', will host artisans from 25 states.
"""), {"city": "Faridabad", "venue": "Surajvan Fair Grounds", "start": "2026-01-26", "end": "2026-02-07",
        "theme": "Threads of Tradition", "not_places": ["New Delhi"]}),

    ("india_ordinal_range", rel("Agri expo in Pune next month", "2026-02-12", """
PUNE: The Deccan Kisan Expo will be held from 3rd to 5th March at the Moshi exhibition ground in Pune.
Farmers from Maharashtra and Karnataka are expected to attend the expo, which will be held under the theme "Smart Farming for All".
"""), {"city": "Pune", "start": "2026-03-03", "end": "2026-03-05", "theme": "Smart Farming for All"}),

    ("india_ordinal_suffix", rel("Book fair opens on Friday", "2026-02-12", """
KOLKATA: The Eastern Book Fair will run March 3rd-5th at Salt Lake's Central Park grounds.
This year's theme is Books Beyond Borders.
"""), {"city": "Kolkata", "start": "2026-03-03", "end": "2026-03-05", "theme": "Books Beyond Borders"}),

    # ---- African papers
    ("africa_elsewhere", rel("Agribusiness fair heads to the coast", "2026-02-12", """
NAIROBI, Kenya — The East African Agribusiness Fair will be held in Mombasa from March 3 to 5, the organisers announced in Nairobi on Wednesday.
The fair, under the theme "Feeding the Region", will host 300 exhibitors.
"""), {"city": "Mombasa", "start": "2026-03-03", "end": "2026-03-05", "theme": "Feeding the Region",
        "not_places": ["Nairobi"]}),

    ("africa_city_grounds", rel("Show opens at Belvedere", "2026-04-20", """
Harare's Belvedere Showgrounds will host the Zambezi Agricultural Show from April 27 to May 2.
The show, whose theme is "Growing Together", expects 50,000 visitors.
"""), {"city": "Harare", "venue": "Belvedere Showgrounds", "start": "2026-04-27", "end": "2026-05-02",
        "theme": "Growing Together"}),

    ("africa_hotel_city", rel("Mining indaba draws investors", "2026-10-05", """
The Copperbelt Mining Indaba took place at the Protea Grand Hotel, Lusaka, from 1 to 3 October.
The indaba was themed Mining for Shared Prosperity.
"""), {"city": "Lusaka", "venue": "Protea Grand Hotel", "start": "2026-10-01", "end": "2026-10-03",
        "theme": "Mining for Shared Prosperity"}),

    ("africa_previous_edition", rel("Accra trade expo returns", "2026-05-14", """
ACCRA, Ghana — The West Africa Trade and Investment Expo returns to the Palm Court Exhibition Centre from June 16 to 19.
The previous edition, held from June 10 to 13 last year, drew 15,000 visitors.
Exhibitor registration ends on May 30.
"""), {"city": "Accra", "venue": "Palm Court Exhibition Centre", "start": "2026-06-16", "end": "2026-06-19"}),

    # ---- Latin-American papers
    ("latam_dateline", rel("Coffee fair in Cusco", "2026-09-01", """
LIMA, Peru (Andina) — The Andean Specialty Coffee Fair will take place in Cusco from November 12 to 15, the Ministry of Agriculture announced.
The fair, under the theme "Café de Altura", will gather 120 producers.
"""), {"city": "Cusco", "country": "Peru", "start": "2026-11-12", "end": "2026-11-15", "theme": "Café de Altura",
        "not_places": ["Lima"]}),

    ("latam_across_years", rel("Feria del Libro announced", "2026-10-05", """
BOGOTA, Colombia — The Caribbean Book Festival will be held from December 28, 2026 to January 3, 2027 at the Castillo Convention Centre in Cartagena.
"""), {"city": "Cartagena", "venue": "Castillo Convention Centre", "start": "2026-12-28", "end": "2027-01-03",
        "not_places": ["Bogota", "Bogotá"]}),

    ("latam_country_after", rel("Mining congress in Chile", "2026-03-02", """
The Pacific Mining Congress will be held in Antofagasta, Chile, from 21 to 24 April 2026 at the Desert Star Convention Center.
With the theme "Mining in Harmony", the congress expects 5,000 delegates.
"""), {"city": "Antofagasta", "country": "Chile", "venue": "Desert Star Convention Center", "start": "2026-04-21",
        "end": "2026-04-24", "theme": "Mining in Harmony"}),

    # ---- trade press, no dateline
    ("trade_venue_only", rel("Packaging show opens doors", "2026-06-08", """
The Northern Packaging Show opens on Tuesday at the Sarit Expo Centre in Nairobi and runs until Thursday.
More than 150 suppliers of packaging machinery are exhibiting.
"""), {"city": "Nairobi", "venue": "Sarit Expo Centre", "start": "2026-06-09", "end": "2026-06-11"}),

    ("trade_city_possessive", rel("Robotics show in Osaka", "2026-06-08", """
Osaka's Bayside Exhibition Grounds will welcome the Kansai Robot Fair from 24-26 June.
The show is themed around "Robots for Everyday Life".
"""), {"city": "Osaka", "venue": "Bayside Exhibition Grounds", "start": "2026-06-24", "end": "2026-06-26",
        "theme": "Robots for Everyday Life"}),

    ("trade_with_theme_plain", rel("Textile fair sets theme", "2026-06-08", """
The Baltic Textile Fair will be held at the Riga Expo Hall in Riga, Latvia, on 15-17 September with the theme Circular Fashion.
The deadline for exhibitor applications is 30 June.
"""), {"city": "Riga", "country": "Latvia", "venue": "Riga Expo Hall", "start": "2026-09-15", "end": "2026-09-17",
        "theme": "Circular Fashion"}),

    ("trade_hotel_comma", rel("Insurance summit", "2026-06-08", """
The Asia Reinsurance Summit will be held at the Grand Orchid Hotel, Kuala Lumpur, on July 14 and 15.
"""), {"city": "Kuala Lumpur", "venue": "Grand Orchid Hotel", "start": "2026-07-14", "end": "2026-07-15"}),

    # ---- organisers' own pages
    ("org_page_theme_first", rel("Alpine Robotics Conference 2027", "2026-10-05", """
The Alpine Robotics Conference 2027 takes place 9–11 February 2027 at the Lakeside Congress Center in Lausanne, Switzerland.
"Robots in the Wild" is this year's theme.
Early-bird registration ends on 15 December.
"""), {"city": "Lausanne", "country": "Switzerland", "venue": "Lakeside Congress Center", "start": "2027-02-09",
        "end": "2027-02-11", "theme": "Robots in the Wild"}),

    ("org_page_until", rel("Harbour Jazz Week", "2026-07-10", """
Harbour Jazz Week is back! The festival starts on Saturday and continues until Sunday, July 19, on the waterfront stages of Cape Town.
"""), {"city": "Cape Town", "start": "2026-07-11", "end": "2026-07-19"}),

    ("org_page_theme_colon", rel("Open Data Forum", "2026-04-20", """
The Open Data Forum returns to Tallinn on 12–13 October 2026. Theme: “Data for People”.
The forum will be held at the Old Harbour Conference Hall.
"""), {"city": "Tallinn", "venue": "Old Harbour Conference Hall", "start": "2026-10-12", "end": "2026-10-13",
        "theme": "Data for People"}),
]
