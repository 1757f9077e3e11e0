"""Event probe releases written for this project (coordinator, 7 Dec 2026, sixth round).

Each entry: (name, published, text, want). ``want`` gives the main event's fields that the
release states: name (a part of it, case-insensitive), start, end (ISO), places (names
that must all be in the place chain), edition, theme. Invented events, places as in the
world. Wire styles: Bernama, Yonhap, Kyodo/JCN, PTI, Nigerian and Kenyan papers, Agencia
style, PR Newswire, Business Wire, WAM, trade press, organiser sites.
"""

RELEASES = [
    ("bernama-1", "2026-04-02",
     "KUALA LUMPUR, April 2 (Bernama) -- The Malaysia Halal Fintech Showcase 2026 will be "
     "held from April 14 to 16 at the Kuala Lumpur Convention Centre, the organiser said "
     "today. The three-day event is expected to draw 8,000 trade visitors from 30 countries.",
     {"name": "Halal Fintech Showcase", "start": "2026-04-14", "end": "2026-04-16",
      "places": ["Kuala Lumpur Convention Centre", "Kuala Lumpur"]}),
    ("yonhap-1", "2026-05-11",
     "SEOUL, May 11 (Yonhap) -- The Korea Robot Mobility Expo opened its doors on Monday at "
     "COEX in southern Seoul for a four-day run, drawing companies from 18 countries. The "
     "exhibition, now in its 7th year, runs through Thursday.",
     {"name": "Robot Mobility Expo", "start": "2026-05-11", "end": "2026-05-14",
      "places": ["COEX", "Seoul"]}),
    ("pti-1", "2026-02-10",
     "New Delhi, Feb 10 (PTI) The third edition of the India Water Tech Conclave will be held "
     "at Bharat Mandapam here on February 24-25, an official statement said on Tuesday.",
     {"name": "Water Tech Conclave", "start": "2026-02-24", "end": "2026-02-25",
      "places": ["Bharat Mandapam", "New Delhi"], "edition": 3}),
    ("nigeria-1", "2026-06-03",
     "ABUJA — The 2026 edition of the West Africa Cassava Fair will hold from 23rd to 25th "
     "June at the International Conference Centre, Abuja, the organisers have announced. "
     "The fair, which is in its fifth year, will feature exhibitions and a farmers' forum.",
     {"name": "Cassava Fair", "start": "2026-06-23", "end": "2026-06-25",
      "places": ["International Conference Centre", "Abuja"], "edition": 5}),
    ("kenya-1", "2026-08-01",
     "The East Africa Dairy Week kicks off in Nakuru on Tuesday, August 11, and ends on "
     "Friday, August 14, with more than 150 exhibitors expected at the ASK Showground.",
     {"name": "Dairy Week", "start": "2026-08-11", "end": "2026-08-14",
      "places": ["Nakuru"]}),
    ("prn-1", "2026-03-02",
     "LAS VEGAS, March 2, 2026 /PRNewswire/ -- Registration is now open for GridEdge Live "
     "2026, the utility innovation conference taking place October 6-8, 2026 at the Venetian "
     "Expo in Las Vegas, Nevada.",
     {"name": "GridEdge Live", "start": "2026-10-06", "end": "2026-10-08",
      "places": ["Las Vegas", "Nevada"]}),
    ("bw-1", "2026-01-20",
     "FRANKFURT, Germany--(BUSINESS WIRE)--The Hydrogen Mobility Summit Europe returns to "
     "Frankfurt from 9 to 11 June 2026, its organisers announced today.",
     {"name": "Hydrogen Mobility Summit", "start": "2026-06-09", "end": "2026-06-11",
      "places": ["Frankfurt am Main"]}),
    ("wam-1", "2026-11-15",
     "ABU DHABI, 15th November, 2026 (WAM) -- Under the patronage of the Ministry of "
     "Culture, the fourth Emirates Calligraphy Forum will take place from 20th to 23rd "
     "November at Manarat Al Saadiyat under the theme 'Letters of Light'.",
     {"name": "Calligraphy Forum", "start": "2026-11-20", "end": "2026-11-23",
      "places": ["Manarat Al Saadiyat", "Abu Dhabi"], "edition": 4, "theme": "Letters of Light"}),
    ("trade-1", "2026-09-01",
     "PackTech Asia 2026 to showcase smart packaging\n\nPackTech Asia, the regional trade "
     "show for packaging machinery, will take place between 3 and 5 November 2026 at the "
     "Bangkok International Trade and Exhibition Centre (BITEC) in Bangkok, Thailand.",
     {"name": "PackTech Asia", "start": "2026-11-03", "end": "2026-11-05",
      "places": ["Bangkok", "Thailand"]}),
    ("latam-1", "2026-04-20",
     "BOGOTÁ, April 20 — The Andean Coffee Congress will gather producers and roasters in "
     "Medellín, Colombia, on May 6, 7 and 8, at the Plaza Mayor convention centre.",
     {"name": "Andean Coffee Congress", "start": "2026-05-06", "end": "2026-05-08",
      "places": ["Medellín", "Colombia"]}),
    ("organiser-1", "2026-02-01",
     "Nordic Timber Days\n\nDates: 16-18 September 2026\nVenue: Lillestrøm Exhibition "
     "Centre, Lillestrøm, Norway\n\nNordic Timber Days brings together the forestry and "
     "sawmill industries of the region every second year.",
     {"name": "Nordic Timber Days", "start": "2026-09-16", "end": "2026-09-18",
      "places": ["Norway"]}),
    ("kyodo-1", "2026-10-05",
     "TOKYO, Oct. 5, 2026 /Kyodo JBN/ -- The 12th Asia Food Robotics Exhibition will be held "
     "at Tokyo Big Sight for three days starting Oct. 21.",
     {"name": "Food Robotics Exhibition", "start": "2026-10-21", "end": "2026-10-23",
      "places": ["Tokyo Big Sight", "Tokyo"], "edition": 12}),
    ("xinhua-1", "2026-06-18",
     "HARBIN, June 18 (Xinhua) -- The 35th China Harbin Economic and Trade Fair opened here "
     "on Thursday, attracting enterprises from 40 countries and regions. The five-day fair "
     "ends on June 22.",
     {"name": "Harbin Economic and Trade Fair", "start": "2026-06-18", "end": "2026-06-22",
      "places": ["Harbin"], "edition": 35}),
    ("gulf-1", "2026-12-01",
     "JEDDAH: The Red Sea Yacht Show kicks off on Thursday at the Jeddah Yacht Club and "
     "Marina and runs until Sunday, with 60 boats on display.",
     {"name": "Red Sea Yacht Show", "start": "2026-12-03", "end": "2026-12-06",
      "places": ["Jeddah"]}),
    ("across-year", "2026-11-20",
     "The Winter Lights Festival will run from December 28, 2026 to January 3, 2027 in "
     "Quebec City, Canada.",
     {"name": "Winter Lights Festival", "start": "2026-12-28", "end": "2027-01-03",
      "places": ["Quebec City", "Canada"]}),
    ("antara-1", "2026-07-07",
     "Jakarta (ANTARA) - The Indonesia Spice Expo 2026 is slated to take place on July "
     "22-26, 2026, at the Jakarta International Expo (JIExpo) Kemayoran, Central Jakarta.",
     {"name": "Spice Expo", "start": "2026-07-22", "end": "2026-07-26",
      "places": ["Jakarta"]}),
]

RELEASES += [
    ("dates-ordinal", "2026-03-01",
     "LAGOS — The Nigeria Poultry Show holds from the 14th to the 16th of April, 2026, at the "
     "Landmark Centre, Victoria Island, Lagos.",
     {"name": "Poultry Show", "start": "2026-04-14", "end": "2026-04-16", "places": ["Lagos"]}),
    ("dates-through", "2026-06-01",
     "The Great Lakes Canoe Festival runs June 19 through 21 in Duluth, Minnesota.",
     {"name": "Canoe Festival", "start": "2026-06-19", "end": "2026-06-21", "places": ["Duluth"]}),
    ("dates-between", "2026-03-01",
     "The Balkan Wine Fair takes place between 12 and 15 May 2026 in Skopje.",
     {"name": "Balkan Wine Fair", "start": "2026-05-12", "end": "2026-05-15", "places": ["Skopje"]}),
    ("dates-month-cross", "2026-05-01",
     "The Sahel Solar Forum will run from May 30 to June 2 in Niamey, Niger.",
     {"name": "Sahel Solar Forum", "start": "2026-05-30", "end": "2026-06-02", "places": ["Niamey"]}),
    ("dates-weekday-list", "2026-09-10",
     "The Adriatic Yacht Show will be open to visitors on Friday, Saturday and Sunday, "
     "September 18, 19 and 20, at the marina in Split, Croatia.",
     {"name": "Adriatic Yacht Show", "start": "2026-09-18", "end": "2026-09-20", "places": ["Split", "Croatia"]}),
    ("dates-dot-abbr", "2026-01-05",
     "TASHKENT, Jan. 5 -- The Central Asia Textile Week will take place Jan. 27-Feb. 1 at the "
     "Uzexpocentre in Tashkent.",
     {"name": "Textile Week", "start": "2026-01-27", "end": "2026-02-01", "places": ["Tashkent"]}),
    ("dates-slated", "2026-02-15",
     "Manila, Feb 15 -- The Philippine Coconut Summit is slated for March 10 and 11 at the "
     "SMX Convention Center in Pasay City.",
     {"name": "Coconut Summit", "start": "2026-03-10", "end": "2026-03-11", "places": ["SMX Convention Center"]}),
    ("name-brand-acronym", "2026-04-01",
     "DUBAI, UAE, April 1, 2026 /PRNewswire/ -- GITEX AFRICA MOROCCO returns to Marrakech from "
     "April 14 to 16, 2026, bringing together 1,500 tech companies.",
     {"name": "GITEX AFRICA", "start": "2026-04-14", "end": "2026-04-16", "places": ["Marrakesh"]}),
    ("name-edition-after", "2026-10-01",
     "The Pacific Pearl Festival, now in its 21st year, returns to Broome on October 23.",
     {"name": "Pacific Pearl Festival", "start": "2026-10-23", "places": ["Broome"], "edition": 21}),
    ("place-capital", "2026-11-02",
     "The African Cassava Congress opened on Monday in the Ghanaian capital, bringing together "
     "researchers from 25 countries.",
     {"name": "African Cassava Congress", "start": "2026-11-02", "places": ["Accra", "Ghana"]}),
    ("place-venue-city-comma", "2026-08-15",
     "The Gulf Coffee Expo 2026 will be held on 1-3 October at the Dubai World Trade Centre, Dubai.",
     {"name": "Gulf Coffee Expo", "start": "2026-10-01", "end": "2026-10-03", "places": ["Dubai World Trade Centre", "Dubai"]}),
    ("theme-colon", "2026-05-05",
     "The Mekong Rice Forum 2026 opens in Can Tho on May 20. This year's theme: Resilient Deltas, Shared Harvests.",
     {"name": "Mekong Rice Forum", "start": "2026-05-20", "places": ["Can Tho"], "theme": "Resilient Deltas, Shared Harvests"}),
    ("theme-slogan", "2026-05-05",
     "Held under the slogan \u201cGreen Ports for a Blue Planet\u201d, the Baltic Port Summit opens in Gdynia on June 9.",
     {"name": "Baltic Port Summit", "start": "2026-06-09", "places": ["Gdynia"], "theme": "Green Ports for a Blue Planet"}),
]

RELEASES += [
    ("dates-th-range", "2026-09-01",
     "The Thar Camel Festival will be celebrated on October 5th-7th in Bikaner, Rajasthan.",
     {"name": "Camel Festival", "start": "2026-10-05", "end": "2026-10-07", "places": ["Bikaner"]}),
    ("dates-starting", "2026-09-28",
     "NAIROBI, Sept 28 -- The three-day East Africa Tea Expo starting Tuesday at the KICC in Nairobi "
     "will host buyers from 20 countries.",
     {"name": "Tea Expo", "start": "2026-09-29", "end": "2026-10-01", "places": ["Nairobi"]}),
    ("dates-tomorrow", "2026-03-09",
     "COLOMBO, March 9 -- The Lanka Gem Fair opens tomorrow (Tuesday) at the BMICH and will continue "
     "until March 14.",
     {"name": "Gem Fair", "start": "2026-03-10", "end": "2026-03-14", "places": ["Colombo"]}),
    ("dates-conclude", "2026-05-20",
     "The Aegean Olive Oil Forum, which opened on May 18 in Izmir, will conclude on Friday.",
     {"name": "Olive Oil Forum", "start": "2026-05-18", "end": "2026-05-22", "places": ["İzmir"]}),
    ("dates-weekend", "2026-07-08",
     "Thousands are expected at the Highland Piping Festival in Inverness this weekend, July 11-12.",
     {"name": "Piping Festival", "start": "2026-07-11", "end": "2026-07-12", "places": ["Inverness"]}),
    ("dates-dmy-comma", "2026-02-02",
     "The Zambezi Mining Indaba will take place on 23 - 25 February 2026 at the Mulungushi "
     "International Conference Centre in Lusaka, Zambia.",
     {"name": "Mining Indaba", "start": "2026-02-23", "end": "2026-02-25", "places": ["Lusaka", "Zambia"]}),
    ("edition-th-annual", "2026-04-04",
     "The 14th annual Prairie Bison Summit gets under way on April 20 in Regina, Saskatchewan.",
     {"name": "Prairie Bison Summit", "start": "2026-04-20", "places": ["Regina"], "edition": 14}),
    ("edition-words", "2026-04-04",
     "Now in its twenty-second edition, the Riviera Flower Show opens in San Remo on April 24.",
     {"name": "Riviera Flower Show", "start": "2026-04-24", "places": ["Sanremo"], "edition": 22}),
    ("theme-with-the-theme", "2026-06-01",
     "With the theme \"Cities That Breathe\", the Andes Urban Forum runs from June 15 to 17 in Quito.",
     {"name": "Andes Urban Forum", "start": "2026-06-15", "end": "2026-06-17", "places": ["Quito"],
      "theme": "Cities That Breathe"}),
    ("theme-is-theme", "2026-06-01",
     "\"Water for Peace\" is the theme of this year's Nile Basin Water Week, held in Kampala on June 8-10.",
     {"name": "Nile Basin Water Week", "start": "2026-06-08", "end": "2026-06-10", "places": ["Kampala"],
      "theme": "Water for Peace"}),
]
