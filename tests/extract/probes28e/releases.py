"""Event probe releases written for this project (coordinator, 8 Dec 2026, eighth round).

Each entry: (name, published, text, want), as in ``probes26e``: the main event's fields the
release states. Invented events and organisers, places as in the world. Styles: Reuters, AFP,
PTI/IANS, Yonhap, PNA, Kazinform, Trend, Anadolu, IRNA, TASS, China Daily, Global Times, VNA,
GlobeNewswire, EIN Presswire, Accesswire, CNW, trade press, organiser pages, listings.
"""

RELEASES = [
    ("reuters-1", "2026-04-20",
     "DUBAI, April 20 (Reuters) - The Gulf Cobalt Summit, which runs through Wednesday in Dubai, drew "
     "ministers from 14 countries on its opening day.",
     {"name": "Gulf Cobalt Summit", "start": "2026-04-20", "end": "2026-04-22", "places": ["Dubai"]}),
    ("afp-1", "2026-02-03",
     "PARIS (AFP) - The Salon des Ateliers Verts opens its doors in Paris on Thursday for four days, "
     "with 900 exhibitors from 30 countries.",
     {"name": "Salon des Ateliers Verts", "start": "2026-02-05", "end": "2026-02-08", "places": ["Paris"]}),
    ("pti-1", "2026-01-10",
     "New Delhi, Jan 10 (PTI) The three-day India Spice Routes Conclave will begin here on January 15, "
     "an official statement said on Saturday.",
     {"name": "India Spice Routes Conclave", "start": "2026-01-15", "end": "2026-01-17", "places": ["New Delhi"]}),
    ("ians-1", "2026-09-02",
     "Bengaluru, Sep 2 (IANS) The fourth edition of the Deccan Drone Mela will be held from September 18 "
     "to 20 at the Palace Grounds here.",
     {"name": "Deccan Drone Mela", "start": "2026-09-18", "end": "2026-09-20", "edition": 4,
      "places": ["Palace Grounds", "Bengaluru"]}),
    ("yonhap-1", "2026-10-05",
     "SEOUL, Oct. 5 (Yonhap) -- The 2026 Korea Smart Ferry Show kicked off Monday in Busan, featuring "
     "some 320 companies from 18 countries, organizers said.",
     {"name": "2026 Korea Smart Ferry Show", "start": "2026-10-05", "places": ["Busan"]}),
    ("pna-1", "2026-07-14",
     "MANILA – The Philippine Coco Fiber Fair is set from July 23 to 26 at the SMX Convention Center "
     "in Pasay City, the Department of Trade and Industry said Tuesday.",
     {"name": "Philippine Coco Fiber Fair", "start": "2026-07-23", "end": "2026-07-26"}),
    ("kazinform-1", "2026-05-28",
     "ASTANA. KAZINFORM – The Steppe Grain Forum will take place in Astana on June 3-4, 2026, "
     "Kazinform correspondent reports.",
     {"name": "Steppe Grain Forum", "start": "2026-06-03", "end": "2026-06-04", "places": ["Astana"]}),
    ("trend-1", "2026-03-11",
     "BAKU, Azerbaijan, March 11. The Caspian Ferry and Logistics Expo will be held in Baku on "
     "May 19-21, Trend reports.",
     {"name": "Caspian Ferry and Logistics Expo", "start": "2026-05-19", "end": "2026-05-21", "places": ["Baku"]}),
    ("anadolu-1", "2026-11-02",
     "ISTANBUL\n\nThe 12th Bosphorus Textile Days opened on Monday at the Istanbul Expo Center, "
     "bringing together 600 exhibitors.",
     {"name": "Bosphorus Textile Days", "start": "2026-11-02", "edition": 12, "places": ["Istanbul"]}),
    ("tass-1", "2026-08-30",
     "VLADIVOSTOK, August 30. /TASS/. The Pacific Timber Congress will be held on Russky Island "
     "from September 8 to 10, the organizing committee told TASS.",
     {"name": "Pacific Timber Congress", "start": "2026-09-08", "end": "2026-09-10"}),
    ("chinadaily-1", "2026-06-12",
     "The 2026 Yangtze Silk Fair opened in Suzhou, Jiangsu province, on Friday and will run until "
     "Monday.",
     {"name": "2026 Yangtze Silk Fair", "start": "2026-06-12", "end": "2026-06-15", "places": ["Suzhou"]}),
    ("globaltimes-1", "2026-04-08",
     "The fifth China Lantern Craft Expo will be held in Zigong, Southwest China's Sichuan Province, "
     "from April 28 to May 3, the organizer announced on Wednesday.",
     {"name": "China Lantern Craft Expo", "start": "2026-04-28", "end": "2026-05-03", "edition": 5,
      "places": ["Zigong"]}),
    ("vna-1", "2026-03-20",
     "Hanoi (VNA) – The Vietnam Rattan Export Fair 2026 will take place from April 9-12 at the "
     "Giang Vo Exhibition Centre in Hanoi.",
     {"name": "Vietnam Rattan Export Fair 2026", "start": "2026-04-09", "end": "2026-04-12", "places": ["Hanoi"]}),
    ("globenewswire-1", "2026-02-17",
     "TORONTO, Feb. 17, 2026 (GLOBE NEWSWIRE) -- Quillfeather Media today announced that FinOps North "
     "2026 will be held May 5th-7th, 2026 at the Metro Toronto Convention Centre.",
     {"name": "FinOps North 2026", "start": "2026-05-05", "end": "2026-05-07",
      "places": ["Metro Toronto Convention Centre", "Toronto"]}),
    ("ein-1", "2026-06-01",
     "ORLANDO, FL, UNITED STATES, June 1, 2026 /EINPresswire.com/ -- The Sunstate Roofing Expo returns "
     "to Orlando on August 12th and 13th, 2026.",
     {"name": "Sunstate Roofing Expo", "start": "2026-08-12", "end": "2026-08-13", "places": ["Orlando"]}),
    ("accesswire-1", "2026-03-03",
     "DENVER, CO / ACCESSWIRE / March 3, 2026 / Ridgeway Labs will exhibit at the Front Range Water "
     "Summit, taking place March 24 - 26 at the Colorado Convention Center in Denver.",
     {"name": "Front Range Water Summit", "start": "2026-03-24", "end": "2026-03-26", "places": ["Denver"]}),
    ("cnw-1", "2026-09-09",
     "MONTREAL, Sept. 9, 2026 /CNW/ - The Laurentian Maple Congress will be held October 20 to 22, "
     "2026, at the Palais des congrès de Montréal.",
     {"name": "Laurentian Maple Congress", "start": "2026-10-20", "end": "2026-10-22", "places": ["Montréal"]}),
    ("trade-1", "2026-01-05",
     "Organisers of Packwell Asia have confirmed that the show will take place at BITEC, Bangkok, "
     "on 16–18 June 2026.",
     {"name": "Packwell Asia", "start": "2026-06-16", "end": "2026-06-18", "places": ["Bangkok"]}),
    ("organiser-1", "2026-01-05",
     "Save the date! The Lakeside Ceramics Biennale takes place from the 3rd to the 6th of September "
     "2026 in Como, Italy.",
     {"name": "Lakeside Ceramics Biennale", "start": "2026-09-03", "end": "2026-09-06", "places": ["Como"]}),
    ("listing-1", "2026-01-05",
     "Harbour Wine Weekend\nDate: Saturday 11 – Sunday 12 April 2026\nVenue: Victoria Wharf, Hobart\n\n"
     "The Harbour Wine Weekend brings 60 Tasmanian wineries to the waterfront.",
     {"name": "Harbour Wine Weekend", "start": "2026-04-11", "end": "2026-04-12", "places": ["Hobart"]}),
    ("ordinal-month", "2026-01-05",
     "The Midlands Forge Show will be held on the 12th and 13th of May 2026 at the NEC in Birmingham.",
     {"name": "Midlands Forge Show", "start": "2026-05-12", "end": "2026-05-13", "places": ["Birmingham"]}),
    ("between", "2026-01-05",
     "The Aegean Olive Oil Forum will take place between 3 and 5 March 2026 in Izmir.",
     {"name": "Aegean Olive Oil Forum", "start": "2026-03-03", "end": "2026-03-05", "places": ["İzmir"]}),
    ("cross-month", "2026-09-01",
     "The Sahel Solar Week runs from 30 October to 2 November 2026 in Dakar, Senegal.",
     {"name": "Sahel Solar Week", "start": "2026-10-30", "end": "2026-11-02", "places": ["Dakar"]}),
    ("cross-month-us", "2026-09-01",
     "The Great Lakes Bee Conference will be held Oct. 30-Nov. 1 in Madison, Wis.",
     {"name": "Great Lakes Bee Conference", "start": "2026-10-30", "end": "2026-11-01", "places": ["Madison"]}),
    ("iso-date", "2026-01-05",
     "Event: Nordic Salmon Days | Date: 2026-06-10 to 2026-06-12 | Place: Bergen, Norway",
     {"name": "Nordic Salmon Days", "start": "2026-06-10", "end": "2026-06-12", "places": ["Bergen"]}),
    ("weekday-ordinal", "2026-03-01",
     "The Pennine Walking Festival starts on Thursday 14th May and finishes on Sunday 17th May in "
     "Hebden Bridge.",
     {"name": "Pennine Walking Festival", "start": "2026-05-14", "end": "2026-05-17"}),
    ("this-weekend", "2026-07-08",
     "The Coastal Kite Festival returns to Brighton beach this weekend, July 11-12.",
     {"name": "Coastal Kite Festival", "start": "2026-07-11", "end": "2026-07-12", "places": ["Brighton"]}),
    ("nigeria-1", "2026-10-12",
     "The 2026 edition of the Niger Delta Agro Fair will hold from November 4 to 7 at the Port Harcourt "
     "Pleasure Park, the organisers said in Port Harcourt on Monday.",
     {"name": "Niger Delta Agro Fair", "start": "2026-11-04", "end": "2026-11-07", "places": ["Port Harcourt"]}),
    ("kenya-1", "2026-05-20",
     "Nakuru will host the Rift Valley Dairy Show from June 9 to 13, with over 250 exhibitors expected.",
     {"name": "Rift Valley Dairy Show", "start": "2026-06-09", "end": "2026-06-13", "places": ["Nakuru"]}),
    ("gulftimes-1", "2026-11-20",
     "The Doha Pearl Jewellery Exhibition (DPJE 2026) will be held from December 1-5 at the Doha "
     "Exhibition and Convention Center (DECC), under the patronage of the Ministry of Commerce.",
     {"name": "Doha Pearl Jewellery Exhibition", "start": "2026-12-01", "end": "2026-12-05", "places": ["Doha"]}),
    ("arabnews-1", "2026-02-01",
     "RIYADH: The Saudi Falcon Heritage Festival will run for 10 days starting Feb. 12 in Riyadh, "
     "the organizers announced.",
     {"name": "Saudi Falcon Heritage Festival", "start": "2026-02-12", "end": "2026-02-21", "places": ["Riyadh"]}),
    ("straits-1", "2026-08-01",
     "SINGAPORE – The Lion City Games Week will return to Suntec from Aug 20 to 23, with more than "
     "100 studios taking part.",
     {"name": "Lion City Games Week", "start": "2026-08-20", "end": "2026-08-23", "places": ["Singapore"]}),
    ("irna-1", "2026-05-02",
     "Tehran, IRNA – The 9th International Saffron Exhibition is scheduled to be held in Mashhad on "
     "May 15-18.",
     {"name": "International Saffron Exhibition", "start": "2026-05-15", "end": "2026-05-18", "edition": 9,
      "places": ["Mashhad"]}),
    ("past-report", "2026-04-30",
     "More than 40,000 people attended the Highland Tractor Rally, which took place in Inverness "
     "from April 24 to 26.",
     {"name": "Highland Tractor Rally", "start": "2026-04-24", "end": "2026-04-26", "places": ["Inverness"]}),
    ("theme-1", "2026-03-01",
     "Held under the theme \u201cConnecting Ports, Building Futures\u201d, the Red Sea Port Forum will take "
     "place in Jeddah on 4-5 May 2026.",
     {"name": "Red Sea Port Forum", "theme": "Connecting Ports, Building Futures", "start": "2026-05-04",
      "places": ["Jeddah"]}),
    ("theme-2", "2026-03-01",
     "This year's Alpine Film Nights, themed 'Mountains in Motion', will screen 40 films in Innsbruck "
     "from 2 to 8 March.",
     {"name": "Alpine Film Nights", "theme": "Mountains in Motion", "start": "2026-03-02", "end": "2026-03-08",
      "places": ["Innsbruck"]}),
    # second batch: traps (other editions, deadlines, other events, organisers' towns)
    ("trap-prev-edition", "2026-02-10",
     "The 2026 Tidewater Boat Show will be held from April 16 to 19 at the Norfolk Harbor Center. Last "
     "year's show, held March 20-23, drew 31,000 visitors.",
     {"name": "Tidewater Boat Show", "start": "2026-04-16", "end": "2026-04-19", "places": ["Norfolk"]}),
    ("trap-deadline", "2026-02-10",
     "Entries for the Kestrel Film Awards close on March 1. The awards ceremony will take place on "
     "May 9 in Galway.",
     {"start": "2026-05-09", "places": ["Galway"]}),
    ("trap-hq", "2026-02-10",
     "Zurich-based Alpenwerk AG will present its new turbines at the Iberian Wind Expo, which runs "
     "June 2-4 in Bilbao.",
     {"name": "Iberian Wind Expo", "start": "2026-06-02", "end": "2026-06-04", "places": ["Bilbao"]}),
    ("trap-other-event", "2026-08-20",
     "KIGALI, Aug. 20 (Xinhua) -- The Rwanda Coffee Week opened here on Thursday, a month after the "
     "East Africa Tea Forum was held in Nairobi from July 14 to 16.",
     {"name": "Rwanda Coffee Week", "start": "2026-08-20", "places": ["Kigali"]}),
    ("trap-press-conf", "2026-03-05",
     "At a press conference in Beijing on Thursday, organisers said the 2026 China Kiln Arts Fair "
     "will be held in Jingdezhen from October 18 to 22.",
     {"name": "2026 China Kiln Arts Fair", "start": "2026-10-18", "end": "2026-10-22", "places": ["Jingdezhen"]}),
    ("trap-roadshow", "2026-03-05",
     "Ahead of the Lakeland Food Summit in Kampala on 12-13 May, a roadshow will visit Jinja on 20 March.",
     {"name": "Lakeland Food Summit", "start": "2026-05-12", "end": "2026-05-13", "places": ["Kampala"]}),
    ("edition-words", "2026-03-05",
     "Now in its 25th year, the Prairie Bluegrass Festival returns to Saskatoon July 10-12.",
     {"name": "Prairie Bluegrass Festival", "start": "2026-07-10", "end": "2026-07-12", "edition": 25,
      "places": ["Saskatoon"]}),
    ("edition-anniv", "2026-03-05",
     "The 10th anniversary edition of the Mekong Startup Forum will be held in Phnom Penh on 8-9 June.",
     {"name": "Mekong Startup Forum", "edition": 10, "start": "2026-06-08", "end": "2026-06-09",
      "places": ["Phnom Penh"]}),
    ("edition-roman", "2026-03-05",
     "The XIV International Amber Congress will take place in Gdansk on 22-24 September 2026.",
     {"name": "International Amber Congress", "edition": 14, "start": "2026-09-22", "places": ["Gdańsk"]}),
    ("hybrid-venue", "2026-03-05",
     "The Andean Water Forum will be held in hybrid format on April 28-29, with the in-person sessions at "
     "the Hotel Los Delfines in Lima.",
     {"name": "Andean Water Forum", "start": "2026-04-28", "end": "2026-04-29", "places": ["Lima"]}),
    ("virtual-only", "2026-03-05",
     "The Open Seeds Summit will be held online on 14-15 October 2026, hosted from Utrecht by the "
     "Seedbank Foundation.",
     {"name": "Open Seeds Summit", "start": "2026-10-14", "end": "2026-10-15"}),
    ("region-province", "2026-03-05",
     "The 2026 Guizhou Tea Culture Expo will open on April 17 in Meitan county, Guizhou province.",
     {"name": "2026 Guizhou Tea Culture Expo", "start": "2026-04-17", "places": ["Guizhou"]}),
    ("us-state", "2026-03-05",
     "The Ozark Maker Faire is scheduled for Oct. 3-4 at the Fayetteville Town Center in Fayetteville, "
     "Arkansas.",
     {"name": "Ozark Maker Faire", "start": "2026-10-03", "end": "2026-10-04", "places": ["Fayetteville", "Arkansas"]}),
    ("month-year-only", "2026-03-05",
     "The Baltic Amber Biennale will return to Klaipeda in September 2027.",
     {"name": "Baltic Amber Biennale", "places": ["Klaipeda"]}),
    ("held-every", "2026-11-03",
     "Held every two years since 2008, the Sahara Film Week opened in Ouarzazate on Monday and runs "
     "until Saturday.",
     {"name": "Sahara Film Week", "start": "2026-11-02", "end": "2026-11-07", "places": ["Ouarzazate"]}),
    ("two-cities", "2026-03-05",
     "The Twin Rivers Jazz Festival will be held in Minneapolis and St. Paul from June 18 to 21.",
     {"name": "Twin Rivers Jazz Festival", "start": "2026-06-18", "end": "2026-06-21", "places": ["Minneapolis"]}),
    ("hyphen-name", "2026-03-05",
     "The Sino-Arab Date Palm Expo 2026 will run from 3 to 6 December in Al Ain, the organisers said.",
     {"name": "Sino-Arab Date Palm Expo 2026", "start": "2026-12-03", "end": "2026-12-06", "places": ["Al Ain City"]}),
    ("name-with-of", "2026-03-05",
     "The International Festival of Puppet Theatre opens in Almaty on 5 May and closes on 10 May.",
     {"name": "International Festival of Puppet Theatre", "start": "2026-05-05", "end": "2026-05-10",
      "places": ["Almaty"]}),
    ("name-with-and", "2026-03-05",
     "The Wine and Spirits Fair of Tbilisi will be held on 14-16 May at ExpoGeorgia.",
     {"name": "Wine and Spirits Fair of Tbilisi", "start": "2026-05-14", "end": "2026-05-16"}),
    ("past-weekend", "2026-06-08",
     "Some 12,000 people attended the Dune Kite Festival in Essaouira over the weekend, organisers "
     "said on Monday.",
     {"name": "Dune Kite Festival", "places": ["Essaouira"]}),
]
