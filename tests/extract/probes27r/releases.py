"""Probe releases of our own wording (r-roles27): (name, title, published, body, gold roles).
Every name is invented. The roles are what an annotator would mark on the MAIN event under the
corpus conventions (README 9, 12): one entry per agent, named as written. Scored end to end
through `kg.build` and the scorer's own reading of the graph (the main event node).

Leads of this round (forms the probes of rounds 2x lacked): list items that hold 'and' of their
own, label lines ('Media partners: A, B'), roles said of the event by an acronym, a short name
or 'the show' / 'this year's edition', 'About X' boilerplate, 'A, in partnership with B, will
host', 'on behalf of', 'A and B jointly organise', 'endorsed by' / 'with the backing of',
'the organisers, A, said', a passive far from the event's name, owners ('A's annual X'),
'hosted at <venue> by', persons with a title, country possessives and bracketed acronyms."""

RELEASES = [
    # ------------------------------------------------------------ 1. list items holding 'and'
    ("and-inside-items", "Velmora hosts innovation week", "2026-04-03",
     "VELMORA, April 3 (Velmora Daily) -- The Velmora Innovation Week 2026 opened on Friday at the "
     "Riverside Hall.\n\nThe week is organised by the Ministry of Science and Technology and the Velmora "
     "City Council, with 180 start-ups taking part.",
     {"organizers": ["Ministry of Science and Technology", "Velmora City Council"]}),
    ("and-inside-three", "Agri fair set for May", "2026-02-11",
     "Ostrava Falls, Feb 11: The Ostrava Falls Agri Fair 2026 will run from May 5 to 8.\n\n"
     "The fair is sponsored by the Department of Agriculture and Rural Development, the Chamber of "
     "Commerce and Industry of Ostrava Falls and Greenleaf Seeds.",
     {"sponsors": ["Department of Agriculture and Rural Development",
                   "Chamber of Commerce and Industry of Ostrava Falls", "Greenleaf Seeds"]}),
    ("supported-and-items", "Marine week returns", "2026-06-01",
     "PORT KESTREL, June 1 /GlobeNewswire/ -- Kestrel Marine Week 2026 takes place June 20-23 at the "
     "Port Kestrel waterfront.\n\nThe event is supported by the Ministry of Fisheries and Ocean Affairs "
     "and the Port Kestrel Harbour Authority, and sponsored by Tidal Bank.",
     {"supporters": ["Ministry of Fisheries and Ocean Affairs", "Port Kestrel Harbour Authority"],
      "sponsors": ["Tidal Bank"]}),
    # ------------------------------------------------------------ 2. brought to you / presented
    ("brought-to-you", "Lantern Nights returns to Corlay", "2026-09-14",
     "CORLAY, Sept. 14, 2026 /PRNewswire/ -- Lantern Nights 2026, a festival of light art, returns to "
     "Corlay Old Town from October 2 to 11.\n\nLantern Nights is brought to you by Corlay Energy and the "
     "Corlay Tourism Board.",
     {"sponsors": ["Corlay Energy", "Corlay Tourism Board"]}),
    ("presented-in-assoc", "Wine weekend opens", "2026-05-20",
     "The Tarrow Valley Wine Weekend 2026 opens on Saturday in Tarrow.\n\nThe weekend is presented by "
     "Halcyon Motors in association with the Tarrow Vintners Guild.",
     {"sponsors": ["Halcyon Motors"], "partners": ["Tarrow Vintners Guild"]}),
    # ------------------------------------------------------------ 3. label lines
    ("media-partners-line", "Solar Build Expo 2026 opens doors", "2026-03-09",
     "NAIROBI, March 9 -- Solar Build Expo 2026 opened at the Kasarani Centre on Monday, with 210 "
     "exhibitors.\n\nOrganiser: Sunspan Events Ltd\nMedia partners: Energy Review Africa, Grid Weekly\n"
     "Venue partner: Kasarani Centre",
     {"organizers": ["Sunspan Events Ltd"], "partners": ["Energy Review Africa", "Grid Weekly", "Kasarani Centre"]}),
    ("label-lines-dash", "Coffee Congress programme out", "2026-07-02",
     "The programme of the Andes Coffee Congress 2026, to be held in Pereira Alta on August 12-14, was "
     "published on Thursday.\n\nOrganised by – Federación Cafetera del Norte\nSupported by – Ministerio de "
     "Agricultura\nOfficial sponsor – Banco Cordillera",
     {"organizers": ["Federación Cafetera del Norte"], "supporters": ["Ministerio de Agricultura"],
      "sponsors": ["Banco Cordillera"]}),
    ("label-block", "Quarry Tech Forum announced", "2026-01-15",
     "QUARRY TECH FORUM 2026\n15-16 April 2026, Halvorsen Conference Centre, Dunmere\n\n"
     "The forum brings together 400 quarry operators.\n\nHost:\nDunmere Minerals Council\n\nSponsors:\n"
     "Brackwell Drills\nStonegate Insurance\nKell Conveyors",
     {"hosts": ["Dunmere Minerals Council"], "sponsors": ["Brackwell Drills", "Stonegate Insurance", "Kell Conveyors"]}),
    # ------------------------------------------------------------ 4. acronym / short name / the show
    ("acronym-subject", "ITFE opens with 300 exhibitors", "2026-10-10",
     "LUMARA, Oct 10 (Bernama) -- The International Timber and Furniture Expo (ITFE) 2026 opened at the "
     "Lumara Trade Centre today.\n\nITFE is organised by the Lumara Timber Council and co-organised by "
     "the Furniture Makers Association of Lumara.",
     {"organizers": ["Lumara Timber Council"], "co_organizers": ["Furniture Makers Association of Lumara"]}),
    ("the-show-later", "Boat show draws buyers", "2026-02-20",
     "Sandhaven, 20 February -- The Sandhaven International Boat Show 2026 drew 35,000 visitors over "
     "five days.\n\nThe show, now in its 14th year, is owned and produced by Marlin Expositions, a "
     "subsidiary of Bluefin Group.",
     {"organizers": ["Marlin Expositions"]}),
    ("this-years-edition", "Folk festival line-up", "2026-05-05",
     "KERRIGAN, May 5 -- Kerrigan Folk Festival 2026 will take place July 17-19 at Mill Green.\n\n"
     "This year's edition is sponsored by Oakridge Brewery and supported by the Kerrigan Arts Fund.",
     {"sponsors": ["Oakridge Brewery"], "supporters": ["Kerrigan Arts Fund"]}),
    ("short-name", "Meridian Book Festival 2026 opens", "2026-11-01",
     "The Meridian International Book Festival 2026 opened on Sunday in Meridian.\n\n"
     "Now in its ninth year, Meridian Book Festival is hosted by the Meridian Public Library.",
     {"hosts": ["Meridian Public Library"]}),
    # ------------------------------------------------------------ 5. About boilerplate
    ("about-organised-by", "Registration open for FinTech Arcadia 2026", "2026-03-03",
     "ARCADIA, March 3, 2026 /PRNewswire/ -- Registration is now open for FinTech Arcadia 2026, "
     "taking place 14-15 May at the Arcadia Convention Centre.\n\n"
     "The summit will host 120 speakers.\n\n"
     "About FinTech Arcadia\nFinTech Arcadia is organised by Northpoint Media Group in partnership with the "
     "Arcadia Banking Association.\n\n"
     "Media contact: press@northpoint.example",
     {"organizers": ["Northpoint Media Group"], "partners": ["Arcadia Banking Association"]}),
    ("about-owner-is", "Hydro Asia 2026 unveils speakers", "2026-08-08",
     "SINGAPORE, Aug. 8, 2026 (GLOBE NEWSWIRE) -- Hydro Asia 2026 unveiled its speakers on Tuesday. "
     "The conference runs November 3-5 in Singapore.\n\n"
     "About Tessaly Events\nTessaly Events, the organiser of Hydro Asia, runs 30 conferences worldwide.",
     {"organizers": ["Tessaly Events"]}),
    # ------------------------------------------------------------ 6. in partnership, on behalf, jointly
    ("in-partnership-will-host", "Carden to host robotics summit", "2026-04-18",
     "CARDEN, April 18 -- The Carden Robotics Summit 2026 will be held on June 9-10.\n\n"
     "Carden University, in partnership with Voltis Robotics, will host the summit at its north campus.",
     {"hosts": ["Carden University"], "partners": ["Voltis Robotics"]}),
    ("on-behalf-of", "Stroke care conference in Halden", "2026-06-22",
     "HALDEN, June 22 -- The European Stroke Care Conference 2026 will take place in Halden on "
     "October 1-3.\n\nThe conference is organised by Medicongress on behalf of the European Stroke Care "
     "Society.",
     {"organizers": ["Medicongress"]}),
    ("jointly-organise", "Harvest Fair opens", "2026-09-02",
     "TAMBORA, Sept 2 (Antara) - The Tambora Harvest Fair 2026 opened in Tambora on Wednesday.\n\n"
     "The Tambora Regency Government and the Tambora Farmers Cooperative jointly organise the fair, "
     "which runs until Sunday.",
     {"organizers": ["Tambora Regency Government", "Tambora Farmers Cooperative"]}),
    ("together-organise", "Jazz days in Vell", "2026-07-07",
     "Vell, July 7 -- Vell Jazz Days 2026 start on Friday.\n\nTogether, the Vell Music School and "
     "Bluenote Cafe organise the festival each summer.",
     {"organizers": ["Vell Music School", "Bluenote Cafe"]}),
    # ------------------------------------------------------------ 7. endorsement / backing
    ("endorsed-by", "Nursing summit set", "2026-02-02",
     "LAGOS, Feb 2 (The Guardian Nigeria) - The West African Nursing Summit 2026 will hold on March 15-17 "
     "in Lagos.\n\nThe summit is endorsed by the Nursing and Midwifery Council of Nigeria and the West "
     "African College of Nursing.",
     {"supporters": ["Nursing and Midwifery Council of Nigeria", "West African College of Nursing"]}),
    ("with-backing-of", "Film festival gets backing", "2026-08-30",
     "JOHANNESBURG, Aug 30 -- The Jozi Short Film Festival 2026 opens on September 18 with the backing "
     "of the National Film and Video Foundation and the Gauteng Film Commission.",
     {"supporters": ["National Film and Video Foundation", "Gauteng Film Commission"]}),
    ("has-backing", "Startup week", "2026-03-28",
     "KIGALI, March 28 -- Kigali Startup Week 2026 will run April 20-24. The event has the backing of "
     "Rwanda's Ministry of ICT and Innovation.",
     {"supporters": ["Rwanda's Ministry of ICT and Innovation"]}),
    # ------------------------------------------------------------ 8. the organisers, A, said
    ("organisers-appos-said", "Textile fair books out", "2026-04-25",
     "SURAT, April 25 (PTI) The Surat Textile Fair 2026, scheduled for June 3-6, is fully booked, the "
     "organisers, the Southern Gujarat Weavers Federation, said on Saturday.",
     {"organizers": ["Southern Gujarat Weavers Federation"]}),
    ("organiser-comma-org", "Expo adds hall", "2026-05-12",
     "ABU DHABI, 12th May, 2026 (WAM) -- The Gulf Furniture Expo 2026 will add a fourth hall this year, "
     "its organiser, Desert Line Exhibitions, announced today.",
     {"organizers": ["Desert Line Exhibitions"]}),
    # ------------------------------------------------------------ 9. passive far away
    ("passive-far", "Tea festival returns", "2026-03-19",
     "NUWARA, March 19 -- The Highland Tea Festival 2026, which returns to the Nuwara estates for a "
     "fifth year after a two-year break and will feature tastings, tours and a tea auction, is being "
     "organised by the Highland Planters Association.",
     {"organizers": ["Highland Planters Association"]}),
    ("passive-after-semicolon", "Cycle week dates", "2026-01-30",
     "Bremmel, 30 January - Bremmel Cycle Week 2026 runs from 4 to 10 May; as in past years, it is "
     "organised by the Bremmel Cycling Union.",
     {"organizers": ["Bremmel Cycling Union"]}),
    # ------------------------------------------------------------ 10. owners
    ("owner-annual", "Corvane Society meeting opens", "2026-10-20",
     "DENVER, Oct. 20, 2026 /PRNewswire/ -- The Corvane Geological Society's annual meeting, GeoCorvane "
     "2026, opened today in Denver with 4,000 attendees.",
     {"organizers": ["Corvane Geological Society"]}),
    ("flagship-event", "Renewables forum opens", "2026-11-11",
     "MADRID, Nov 11 -- Iberwind Forum 2026, the flagship event of the Iberian Wind Energy Association "
     "(AEIE), opened in Madrid on Wednesday.",
     {"organizers": ["Iberian Wind Energy Association"]}),
    # ------------------------------------------------------------ 11. hosted at ... by
    ("hosted-at-by", "Fintech summit in Accra", "2026-06-12",
     "ACCRA, June 12 -- The Accra Fintech Summit 2026 will be hosted at the Marina Convention Hall by the "
     "Ghana Association of Bankers from July 8 to 9.",
     {"hosts": ["Ghana Association of Bankers"]}),
    ("held-at-organised", "Seed congress", "2026-02-14",
     "CORDOBA, 14 de febrero -- The Pampas Seed Congress 2026 will be held at the Cordoba Fairgrounds on "
     "April 7-9, organised by the Argentine Seed Growers Chamber (ASGC) and sponsored by Agrosur.",
     {"organizers": ["Argentine Seed Growers Chamber"], "sponsors": ["Agrosur"]}),
    # ------------------------------------------------------------ 12. persons with a title
    ("person-host", "Governor hosts investment summit", "2026-09-09",
     "MAKURDI, Sept 9 (Daily Trust) - The Benue Investment Summit 2026 will be hosted by Governor Terna "
     "Adoga at the Government House on September 25.",
     {"hosts": ["Terna Adoga"]}),
    ("person-patron", "Horse show under patronage", "2026-01-22",
     "DUBAI, 22nd January, 2026 (WAM) -- Under the patronage of Sheikh Rashid bin Hamdan Al Falasi, the "
     "Dubai Arabian Horse Show 2026 will open on February 5 at the Desert Equestrian Club.",
     {"supporters": ["Sheikh Rashid bin Hamdan Al Falasi"]}),
    # ------------------------------------------------------------ 13. possessives, brackets
    ("possessive-ministry", "Korea to host battery show", "2026-03-11",
     "SEOUL, March 11 (Yonhap) -- The Korea Battery Show 2026 will open at COEX on March 25, hosted by "
     "South Korea's Ministry of Trade, Industry and Energy and organised by the Korea Battery Industry "
     "Association (KBIA).",
     {"hosts": ["South Korea's Ministry of Trade, Industry and Energy"],
      "organizers": ["Korea Battery Industry Association"]}),
    ("xinhua-sponsored-undertaken", "Silk expo opens", "2026-05-18",
     "XI'AN, May 18 (Xinhua) -- The 9th Silk Road Trade Expo opened in Xi'an on Monday. The expo is "
     "sponsored by the Ministry of Commerce and the People's Government of Shaanxi Province, and "
     "undertaken by the Shaanxi Provincial Department of Commerce.",
     {"sponsors": ["Ministry of Commerce", "People's Government of Shaanxi Province"],
      "organizers": ["Shaanxi Provincial Department of Commerce"]}),
    ("kyodo-sponsored-appos", "Anime fair in Osaka", "2026-08-01",
     "OSAKA, Aug. 1 (Kyodo) -- The Osaka Anime Fair 2026, sponsored by the Osaka Prefectural Government "
     "and organized by Kansai Media Works, drew 80,000 visitors on its opening day Saturday.",
     {"sponsors": ["Osaka Prefectural Government"], "organizers": ["Kansai Media Works"]}),
    # ------------------------------------------------------------ 14. other forms
    ("fronted-jointly", "Medical expo in Jeddah", "2026-04-04",
     "JEDDAH, April 4 (SPA) -- Organized jointly by the Saudi Health Council and Tahir Exhibitions, the "
     "Jeddah Medical Expo 2026 opened on Saturday with 150 exhibitors.",
     {"organizers": ["Saudi Health Council", "Tahir Exhibitions"]}),
    ("sponsors-semicolons", "Charity run sponsors", "2026-06-06",
     "The Kelso Charity Run 2026 will take place on June 28 in Kelso. Sponsors for the run are Kelso "
     "Dairy; Brightway Pharmacy; and the Kelso Rotary Club.",
     {"sponsors": ["Kelso Dairy", "Brightway Pharmacy", "Kelso Rotary Club"]}),
    ("tiers-line", "Data conference sponsors", "2026-09-19",
     "AUSTIN, Texas--(BUSINESS WIRE)--DataFrontier 2026 takes place October 13-15 in Austin.\n\n"
     "Platinum sponsors are Quarry Analytics and Nimbus Storage; gold sponsors include Helix Labs.",
     {"sponsors": ["Quarry Analytics", "Nimbus Storage", "Helix Labs"]}),
    ("thanks-sponsors", "Food festival thanks sponsors", "2026-10-02",
     "The Harbour Food Festival 2026 closed on Sunday in Wexley. The festival thanked its sponsors, "
     "Wexley Bank and Pinecrest Foods, for their support.",
     {"sponsors": ["Wexley Bank", "Pinecrest Foods"]}),
    ("organising-committee-comprises", "Games committee", "2026-02-27",
     "The Delta Youth Games 2026 will be held in Warri from April 2 to 9. The organising committee "
     "comprises the Delta State Sports Commission and the Warri City Council.",
     {"organizers": ["Delta State Sports Commission", "Warri City Council"]}),
    ("co-organisers-include", "Electronics fair", "2026-03-15",
     "SHENZHEN, March 15 -- The Pearl River Electronics Fair 2026 opens on April 12. Co-organisers "
     "include the Shenzhen Electronics Chamber and the Hong Kong Components Association.",
     {"co_organizers": ["Shenzhen Electronics Chamber", "Hong Kong Components Association"]}),
    ("official-host", "Mining indaba host", "2026-01-12",
     "CAPE TOWN, Jan 12 -- The Cape Mining Indaba 2026 will be held February 2-5. Minerals Council South "
     "Africa is the official host of the indaba.",
     {"hosts": ["Minerals Council South Africa"]}),
    ("knowledge-partner", "Skill summit Delhi", "2026-07-21",
     "NEW DELHI, July 21 (ANI): The India Skills Summit 2026 will be held in New Delhi on August 9. "
     "FICCI is the knowledge partner, and Tata Trusts is the event's principal sponsor.",
     {"partners": ["FICCI"], "sponsors": ["Tata Trusts"]}),
    ("with-support-from-fronted", "Art biennale", "2026-05-27",
     "With support from the Ministry of Culture and the Lisbon City Council, the Tagus Art Biennale 2026 "
     "will open on June 14 in Lisbon.",
     {"supporters": ["Ministry of Culture", "Lisbon City Council"]}),
    ("who-organise", "Camel festival", "2026-12-01",
     "AL AIN, Dec 1 (WAM) -- The Al Wathba Camel Festival 2026 begins on Friday. The Camel Racing "
     "Federation, who organise the festival every winter, said 5,000 camels would take part.",
     {"organizers": ["Camel Racing Federation"]}),
    ("organiser-of-said", "Conference line-up", "2026-04-30",
     "Dr Amara Okafor, chief executive of Lakeshore Events, organiser of the Lagos Energy Conference 2026, "
     "said 60 speakers had been confirmed for the June 10-11 conference.",
     {"organizers": ["Lakeshore Events"]}),
    ("hosting-partners", "Cloud summit", "2026-10-14",
     "The Baltic Cloud Summit 2026 opens on November 4 in Riga. Hosting partners are the Riga Technical "
     "University and Latvian IT Cluster.",
     {"hosts": ["Riga Technical University", "Latvian IT Cluster"]}),
    ("the-fair-is-run-by", "Crafts fair returns", "2026-11-20",
     "BRUGES, Nov 20 -- The Winter Crafts Fair 2026 returns to the Markt on December 5. As every year, "
     "the fair is run by the Guild of Flemish Makers, while Van Dael Bakery sponsors the children's corner.",
     {"organizers": ["Guild of Flemish Makers"]}),
]
