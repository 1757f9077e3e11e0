"""Event probe releases written for this project (coordinator, 7 Dec 2026, seventh round).

Each entry: (name, published, text, want), as in ``probes26e``: the main event's fields the
release states (round 27: 41 releases, 126 checks; 70 on 4d00a58, 126 now). Invented events, places as in
the world. Styles: AP/US dailies, Kyodo,
Bernama, Antara, WAM, SPA, Xinhua, VNA, BSS, APP, ENA, GIS, Ghanaian and South African
papers, exhibitor releases, organiser pages, tourism boards, web pages with no-break spaces.
"""

NB = "\u00a0"

RELEASES = [
    ("nbsp-1", "2026-06-01",
     f"The 2026 World{NB}Coffee Expo will be held on September{NB}1-3 in Nairobi, Kenya, with 35{NB}000 "
     f"visitors expected. The expo is organised by the Kenya{NB}Coffee Board.",
     {"name": "2026 World Coffee Expo", "start": "2026-09-01", "end": "2026-09-03", "places": ["Nairobi", "Kenya"]}),
    ("ap-weekdays", "2026-03-02",
     "The 2026 edition of Baltic Boat Days will run Friday through Sunday, June 5–7, on the waterfront of Gdynia.",
     {"name": "Baltic Boat Days", "start": "2026-06-05", "end": "2026-06-07"}),
    ("ap-weekdays-2", "2026-05-02",
     "The Northern Quilt Show runs Thursday to Sunday, Aug. 28 to Sept. 1, in Duluth.",
     {"start": "2026-08-28", "end": "2026-09-01", "places": ["Duluth"]}),
    ("registration-brand", "2026-05-10",
     "Registration is now open for NordicTech Live, taking place 9–10 September 2026 in Malmö, Sweden.",
     {"name": "NordicTech Live", "start": "2026-09-09", "end": "2026-09-10", "places": ["Malmö"]}),
    ("tickets-held", "2026-01-10",
     "Tickets are on sale for Vexo Summit, held on 4-5 March 2026 at the Harbour Hall in Leeds.",
     {"name": "Vexo Summit", "start": "2026-03-04", "end": "2026-03-05", "places": ["Harbour Hall", "Leeds"]}),
    ("ghana-appos", "2026-02-11",
     "ACCRA, Ghana, Feb. 11, 2026 -- Ghana's biggest agribusiness gathering, AgroTech Ghana, returns to the "
     "Accra International Conference Centre from 24th to 26th March 2026.",
     {"name": "AgroTech Ghana", "start": "2026-03-24", "end": "2026-03-26",
      "places": ["Accra International Conference Centre", "Accra"]}),
    ("kyodo-underway", "2026-06-02",
     "TOKYO, June 2 (Kyodo) -- The Japan Hydrogen Week got under way Tuesday at a hall in Tokyo, with "
     "some 500 companies exhibiting.",
     {"start": "2026-06-02", "places": ["Tokyo"]}),
    ("nz-possessive", "2026-07-01",
     "Wellington's Harbour Lights Festival will light up the waterfront for ten nights from 14 August.",
     {"name": "Harbour Lights Festival", "start": "2026-08-14", "places": ["Wellington"]}),
    ("sask-venue-city", "2026-05-10",
     "The 2026 Prairie Seed Show will open its doors on Wednesday 14 October and close on Saturday 17 "
     "October at Evraz Place, Regina.",
     {"start": "2026-10-14", "end": "2026-10-17", "places": ["Evraz Place", "Regina"]}),
    ("caps-headline", "2026-03-01",
     "THE 2026 HARBOUR TEA EXPO WILL BE HELD ON OCTOBER 14-16 IN MOMBASA\n\nThe 2026 Harbour Tea Expo will "
     "be held on October 14-16 at the Riverside Hall in Mombasa, Kenya.",
     {"name": "2026 Harbour Tea Expo", "start": "2026-10-14", "end": "2026-10-16"}),
    ("curtain", "2026-03-10",
     "The curtain came down on the 2026 Harbour Tea Expo on Sunday. The four-day show, held at the "
     "Riverside Hall in Mombasa, welcomed 300 exhibitors.",
     {"start": "2026-03-05", "end": "2026-03-08", "places": ["Riverside Hall", "Mombasa"]}),
    ("organiser-forum", "2026-03-01",
     "AirMeet 2026 will take place in Lisbon on 12-14 May. AirMeet is organised by the Portuguese "
     "Aviation Forum and sponsored by Vexo Air.",
     {"name": "AirMeet 2026", "start": "2026-05-12", "end": "2026-05-14", "places": ["Lisbon"]}),
    ("forum-said", "2026-03-01",
     "The Quollar Growth Summit opens in Geneva on 12 May 2026. The World Economic Forum said the summit "
     "would gather 300 leaders. It is organised by the World Economic Forum.",
     {"name": "Quollar Growth Summit", "start": "2026-05-12", "places": ["Geneva"]}),
    ("org-with-heads", "2026-03-01",
     "The Quollar Travel Expo takes place in Dubai on 12-14 May 2026, organised by the International "
     "Congress and Convention Association (ICCA).",
     {"name": "Quollar Travel Expo", "start": "2026-05-12", "places": ["Dubai"]}),
    ("name-year", "2026-03-01",
     "CEATEC 2026 runs 14-17 October at Makuhari Messe in Chiba.",
     {"name": "CEATEC 2026", "start": "2026-10-14", "end": "2026-10-17", "places": ["Makuhari Messe", "Chiba"]}),
    ("present-tense", "2026-03-01",
     "Japan's largest tech show, the Quollar Tech Expo, runs 14-17 October at Makuhari Messe in Chiba.",
     {"start": "2026-10-14", "end": "2026-10-17"}),
    ("its-edition", "2026-03-01",
     "The Quollar Book Fair opens its 12th edition in Accra on 12 May 2026. It was held for the first time in 2015.",
     {"name": "Quollar Book Fair", "start": "2026-05-12", "edition": 12, "places": ["Accra"]}),
    ("consecutive", "2026-03-01",
     "For the fifth consecutive year, the Quollar Book Fair opens in Accra on 12 May 2026.",
     {"edition": 5, "start": "2026-05-12"}),
    ("theme-colon", "2026-03-01",
     "Running under the theme: Reading for Peace, the Quollar Book Fair opens in Accra on 12 May 2026.",
     {"theme": "Reading for Peace", "start": "2026-05-12"}),
    ("awards-held", "2026-03-01",
     "Vexo Bank was named Best Digital Bank at the Quollar Finance Awards 2026, held in Dubai on 25 February.",
     {"name": "Quollar Finance Awards 2026", "start": "2026-02-25", "end": "2026-02-25", "places": ["Dubai"]}),
    ("exhibitor-stand", "2026-01-05",
     "Vexo Health invites visitors to Stand 12 at Arab Quollar 2026, Dubai World Trade Centre, 26-29 January 2026.",
     {"start": "2026-01-26", "end": "2026-01-29", "places": ["Dubai World Trade Centre", "Dubai"]}),
    ("apposed-venue", "2026-03-01",
     "The Quollar Food Expo, Harbour Convention Centre, Durban, runs 12-14 May 2026.",
     {"start": "2026-05-12", "end": "2026-05-14", "places": ["Harbour Convention Centre", "Durban"]}),
    ("vna", "2026-03-01",
     "Hanoi, March 1 (VNA) – The Vietnam International Travel Mart (VITM Hanoi 2026) will take place at the "
     "Hanoi International Exhibition Centre (I.C.E) from April 9 to 12, according to the Vietnam Tourism Association.",
     {"start": "2026-04-09", "end": "2026-04-12", "places": ["Hanoi International Exhibition Centre", "Hanoi"]}),
    ("gis-mauritius", "2026-03-01",
     "PORT LOUIS, 1 March 2026 (GIS) - The Mauritius Sugar Forum will be held on Wednesday 18 March 2026 at "
     "Le Caudan Waterfront, Port Louis.",
     {"name": "Mauritius Sugar Forum", "start": "2026-03-18", "places": ["Le Caudan Waterfront", "Port Louis"]}),
    ("spa", "2026-03-09",
     "RIYADH, March 9 (SPA) -- Under the patronage of the Minister of Industry, the fifth edition of the Saudi "
     "Plastics and Petrochem Exhibition kicked off today at the Riyadh International Convention and Exhibition "
     "Center, and will continue until March 12.",
     {"start": "2026-03-09", "end": "2026-03-12", "edition": 5, "places": ["Riyadh"]}),
    ("ordinal-range-later", "2026-05-10",
     "The Pacific Pearl Festival returns to Cairns this August, from the 22nd to the 30th, with markets, "
     "concerts and a lantern parade.",
     {"start": "2026-08-22", "end": "2026-08-30", "places": ["Cairns"]}),
    ("bullets", "2026-03-01",
     "The Quollar Food Expo returns next spring.\n\nEvent details\n• Dates: 12-14 May 2026\n"
     "• Location: Durban, South Africa\n• Venue: Harbour Convention Centre",
     {"start": "2026-05-12", "end": "2026-05-14", "places": ["Harbour Convention Centre", "Durban"]}),
    ("eqs-keywords", "2026-03-01",
     "EQS-News: Vexo AG / Key word(s): Trade Fair\nVexo AG to present at Quollar Messe 2026 in Munich from 12 to 14 May",
     {"name": "Quollar Messe 2026", "start": "2026-05-12", "places": ["Munich"]}),
    ("london-olympia", "2026-03-01",
     "LONDON, March 1, 2026 /EINPresswire.com/ -- The Quollar Tea Show comes to Olympia on 12-14 May 2026.",
     {"start": "2026-05-12", "places": ["London"]}),
    ("xinhua-boao", "2026-04-20",
     "The 2026 Quollar Forum for Asia Annual Conference is being held from April 18 to 21 in Boao, south China's "
     "Hainan Province.",
     {"start": "2026-04-18", "end": "2026-04-21", "places": ["Hainan", "China"]}),
    ("tass", "2026-06-10",
     "ST. PETERSBURG, June 10. /TASS/. The Quollar International Gas Forum will take place on June 18-21 at the "
     "Expoforum convention and exhibition center, the forum's press service said.",
     {"start": "2026-06-18", "end": "2026-06-21", "places": ["Russia"]}),
    ("kazinform", "2026-06-10",
     "ASTANA. KAZINFORM – The Quollar Astana Mining Week will be held in the capital on June 18-19, Kazinform "
     "correspondent reports.",
     {"start": "2026-06-18", "end": "2026-06-19", "places": ["Astana"]}),
    ("almaty-hosts", "2026-06-10",
     "Almaty hosts the Quollar Central Asia Food Week from 18 to 20 June.",
     {"start": "2026-06-18", "end": "2026-06-20", "places": ["Almaty"]}),
    ("prn-con", "2026-02-01",
     "LOS ANGELES, Feb. 1, 2026 /PRNewswire/ -- Quollar Con, the world's largest gathering of drone pilots, will "
     "return to the Los Angeles Convention Center Aug. 7-9, organizers announced today.",
     {"name": "Quollar Con", "start": "2026-08-07", "end": "2026-08-09",
      "places": ["Los Angeles Convention Center", "Los Angeles"]}),
    ("across-venues", "2026-02-01",
     "Quollar Week returns for a fifth year, running Feb. 9 through Feb. 15 across 40 venues in Seattle.",
     {"start": "2026-02-09", "end": "2026-02-15", "places": ["Seattle"]}),
    ("streets-of", "2026-02-01",
     "The Quollar Marathon will be run on Sunday, March 1, through the streets of Rome.",
     {"start": "2026-03-01", "places": ["Rome"]}),
    ("dotted-days", "2026-03-01",
     "The Quollar Hemp Expo will take place on 12-14.05.2026 in Denver.",
     {"start": "2026-05-12", "end": "2026-05-14", "places": ["Denver"]}),
    ("nights", "2026-05-01",
     "Mark your calendars! Quollar Lights returns to Darling Harbour, Sydney, for 23 nights from 22 May.",
     {"start": "2026-05-22", "end": "2026-06-13", "places": ["Sydney"]}),
    ("centre-hosts", "2026-05-01",
     "From 3 to 6 July, the historic centre of Évora will host the Quollar Medieval Fair.",
     {"start": "2026-07-03", "end": "2026-07-06", "places": ["Évora"]}),
    ("hi-tech", "2026-04-20",
     "YANGLING, April 20 (Xinhua) -- The 33rd China Yangling Agricultural Hi-tech Fair opened here on Monday.",
     {"name": "Agricultural Hi-tech Fair", "start": "2026-04-20", "edition": 33}),
    ("venue-noun-compound", "2026-06-10",
     "The Quollar Gas Forum will take place on June 18-21 at the Vexoforum convention and exhibition center in Kazan.",
     {"start": "2026-06-18", "places": ["Vexoforum convention and exhibition center", "Kazan"]}),
]
