"""Probe releases of round 28 (r-roles28), batch 1: (name, title, published, body, gold roles).
Every name is invented (real cities only). Roles are what an annotator would mark on the MAIN
event under the corpus conventions (README 9, 12), scored end to end like probes26r.

Leads: agents stated far from the event (a later paragraph, a closing line), with acronyms,
possessives, all capitals, government bodies; role nouns as subjects or predicates; sponsor
and partner titles of Indian, Gulf and US wires; lists across line breaks and bullets."""

RELEASES = [
    ("together-with-is-organising", "Ceramics fair returns", "2026-03-11",
     "VALMORA, March 11 -- The Valmora Ceramics Fair 2026 will take place on May 12-14 at the Valmora "
     "Exhibition Centre.\n\nThe Valmora Potters Guild, together with the Regional Crafts Council, is "
     "organising the fair for the ninth time.",
     {"organizers": ["Valmora Potters Guild", "Regional Crafts Council"]}),
    ("is-the-organiser-of", "Bike week", "2026-04-02",
     "Trent Riders Club is the organiser of the Harlow Bike Week 2026, which runs from June 4 to 8 in "
     "Harlow. About 9,000 riders are expected.",
     {"organizers": ["Trent Riders Club"]}),
    ("is-the-host-of", "Chess open", "2026-02-14",
     "The Orvale Chess Open 2026 starts on March 2. The Orvale Sports Authority is the host of the "
     "tournament, and Kestrel Bank is its title sponsor.",
     {"hosts": ["Orvale Sports Authority"], "sponsors": ["Kestrel Bank"]}),
    ("later-paragraph-organised", "Forum on ports", "2026-05-20",
     "SALALAH, May 20 (ONA) -- The second Arabian Sea Ports Forum opened on Wednesday with 400 "
     "participants from 22 countries.\n\nSpeakers discussed port automation and green shipping "
     "corridors.\n\nThe forum is organised by the Omani Ports Society in cooperation with the Marvian "
     "Maritime Institute.",
     {"organizers": ["Omani Ports Society"], "partners": ["Marvian Maritime Institute"]}),
    ("kenya-possessive-acronym", "Trade week", "2026-07-07",
     "NAIROBI, July 7 -- The Nairobi Export Week 2026 opened on Monday. The event is hosted by Kenya's "
     "Ministry of Trade and the Kenya Export Promotion Council (KEPCO), with sponsorship from Halden "
     "Bank Kenya.",
     {"hosts": ["Kenya's Ministry of Trade", "Kenya Export Promotion Council"], "sponsors": ["Halden Bank Kenya"]}),
    ("all-caps-key-lines", "Agri show", "2026-08-01",
     "The Lowveld Agri Show 2026 runs from August 20 to 23 at the Lowveld Showgrounds.\n\n"
     "ORGANISED BY: LOWVELD AGRICULTURAL SOCIETY\nSPONSORED BY: KESTREL SEEDS",
     {"organizers": ["LOWVELD AGRICULTURAL SOCIETY"], "sponsors": ["KESTREL SEEDS"]}),
    ("municipal-government-of", "Tea expo", "2026-04-18",
     "HANGZHOU, April 18 (Xinhua) -- The 2026 Westlake Tea Culture Expo opened on Friday. The expo is "
     "hosted by the municipal government of Hangzhou and the Marvian Tea Association, and organized by "
     "the Hangzhou Bureau of Commerce.",
     {"hosts": ["municipal government of Hangzhou", "Marvian Tea Association"],
      "organizers": ["Hangzhou Bureau of Commerce"]}),
    ("owner-annual-convention", "Dental convention", "2026-09-09",
     "The Halvey Dental Convention 2026, the Halvey Dental Association's annual convention, opens "
     "on October 1 at the Halvey Civic Centre.",
     {"organizers": ["Halvey Dental Association"]}),
    ("hosts-and-sponsors-the", "Expo line-up", "2026-03-03",
     "Corvale Tech Expo 2026 opens on April 9. Corvale University hosts, and Halden Telecom sponsors, "
     "the expo, which expects 5,000 visitors.",
     {"hosts": ["Corvale University"], "sponsors": ["Halden Telecom"]}),
    ("bullets-organisers", "Mining indaba", "2026-01-28",
     "The Kalahari Mining Indaba 2026 will take place in Gaborone from March 3 to 5.\n\nThe organisers "
     "are:\n- the Botswana Chamber of Mines\n- Marvian Resources Group\n\nThe indaba is supported by the "
     "Ministry of Minerals and the Gaborone City Council.",
     {"organizers": ["Botswana Chamber of Mines", "Marvian Resources Group"],
      "supporters": ["Ministry of Minerals", "Gaborone City Council"]}),
    ("indian-industry-partner", "Pharma summit", "2026-02-22",
     "NEW DELHI, Feb 22 (PTI) -- The India Pharma Leaders Summit 2026 will be held here on March 10-11. "
     "The summit is being organised by the Federation of Indian Drug Makers (FIDM) along with the "
     "Department of Pharmaceuticals. Halvani Labs is the knowledge partner and Tarsis Consulting is the "
     "industry partner.",
     {"organizers": ["Federation of Indian Drug Makers", "Department of Pharmaceuticals"],
      "partners": ["Halvani Labs", "Tarsis Consulting"]}),
    ("strategic-partner-line", "Fintech week", "2026-11-02",
     "ABU DHABI, 2nd November, 2026 (WAM) -- The Abu Dhabi Fintech Week 2026 will run from 20th to 24th "
     "November. The Marvian Digital Authority is the strategic partner of the event, which is organised "
     "by the Abu Dhabi Finance Hub.",
     {"partners": ["Marvian Digital Authority"], "organizers": ["Abu Dhabi Finance Hub"]}),
    ("title-sponsor-of", "Marathon", "2026-10-10",
     "Kestrel Insurance has signed on as title sponsor of the Tarrow City Marathon 2026, which takes "
     "place on November 15. The race is organised by Tarrow Runners.",
     {"sponsors": ["Kestrel Insurance"], "organizers": ["Tarrow Runners"]}),
    ("jointly-hosted-three", "Energy dialogue", "2026-06-16",
     "ASTANA, June 16 (Kazinform) -- The Astana Energy Dialogue 2026 was jointly hosted by the Ministry of "
     "Energy of Kazakhstan, the Marvian Energy Agency and Kaztrans Holding.",
     {"hosts": ["Ministry of Energy of Kazakhstan", "Marvian Energy Agency", "Kaztrans Holding"]}),
    ("hosted-at-by", "Food show", "2026-05-05",
     "The Southern Fine Food Show 2026 will be hosted at the Tarrow Convention Centre by the Tarrow "
     "Chamber of Commerce on June 2-4.",
     {"hosts": ["Tarrow Chamber of Commerce"]}),
    ("organisers-appos-said", "Book fair", "2026-04-27",
     "The Nordvik Book Fair 2026 closed on Sunday. The organisers, Nordvik Publishers Union and the "
     "Nordvik City Library, said 60,000 people visited.",
     {"organizers": ["Nordvik Publishers Union", "Nordvik City Library"]}),
    ("paren-the-organiser", "Boat show", "2026-02-09",
     "The Lake Orvale Boat Show 2026 opened on Friday. Marina Events Ltd (the organiser) said 320 boats "
     "are on display.",
     {"organizers": ["Marina Events Ltd"]}),
    ("headline-role-only", "Halden Group to host Orvale Logistics Summit", "2026-03-19",
     "The Orvale Logistics Summit 2026 will take place on May 6 at the Orvale Congress Hall, with 700 "
     "delegates expected.",
     {"hosts": ["Halden Group"]}),
    ("ministry-and-authority", "Tourism fair", "2026-09-01",
     "MUSCAT, Sept 1 -- The Oman Travel Mart 2026 will be held from October 5 to 7. The mart is supported "
     "by the Ministry of Heritage and Tourism and the Oman Convention Authority.",
     {"supporters": ["Ministry of Heritage and Tourism", "Oman Convention Authority"]}),
    ("official-partners-colon", "Motor show", "2026-10-21",
     "The Velora Motor Show 2026 opens on November 12 at the Velora Expo Park.\n\nOfficial partners: "
     "Kestrel Tyres, Halden Fuels and Tarsis Audio.",
     {"partners": ["Kestrel Tyres", "Halden Fuels", "Tarsis Audio"]}),
    ("government-of-state", "Investment summit", "2026-01-12",
     "LAGOS, Jan 12 -- The Lagos Investment Summit 2026 is being organised by the Lagos State Government "
     "in collaboration with the Nigerian Investment Promotion Commission (NIPC).",
     {"organizers": ["Lagos State Government"], "partners": ["Nigerian Investment Promotion Commission"]}),
    ("speakers-exhibitors-not-roles", "Cloud summit", "2026-06-06",
     "The Corvale Cloud Summit 2026 will be held on July 9. Speakers include executives of Halden Cloud "
     "and Tarsis Data, and exhibitors include Kestrel Systems. The summit is organised by Corvale "
     "Events.",
     {"organizers": ["Corvale Events"]}),
    ("media-partner-and-attendee", "Wine fair", "2026-03-29",
     "The Vellby Wine Fair 2026 opened on Saturday. Officials of the Vellby Tourism Board attended the "
     "opening. The fair is organised by Vellby Vintners and sponsored by Halden Glass.",
     {"organizers": ["Vellby Vintners"], "sponsors": ["Halden Glass"]}),
    ("co-organised-under-aegis", "Film festival", "2026-11-18",
     "TASHKENT, Nov 18 -- The Silk Screen Film Festival 2026 opened under the auspices of the Ministry of "
     "Culture of Uzbekistan. It is organised by the Cinema Agency of Uzbekistan and co-organised by the "
     "Marvian Film Foundation.",
     {"supporters": ["Ministry of Culture of Uzbekistan"], "organizers": ["Cinema Agency of Uzbekistan"],
      "co_organizers": ["Marvian Film Foundation"]}),
    ("joined-forces-to-organise", "Design week", "2026-05-15",
     "Halvey Design Council and the Halvey Chamber of Commerce have joined forces to organise Halvey "
     "Design Week 2026, which runs September 7-13.",
     {"organizers": ["Halvey Design Council", "Halvey Chamber of Commerce"]}),
    ("held-by-xinhua", "Fruit expo", "2026-10-09",
     "NANNING, Oct. 9 (Xinhua) -- The 2026 Guangxi Tropical Fruit Expo, held by the Guangxi Zhuang "
     "Autonomous Region Department of Agriculture, opened on Thursday.",
     {"hosts": ["Guangxi Zhuang Autonomous Region Department of Agriculture"]}),
    ("organised-annually-by", "Coffee festival", "2026-02-02",
     "The Tarrow Coffee Festival 2026 will return on March 21. The festival is organised annually by the "
     "Tarrow Roasters Collective and presented by Kestrel Dairy.",
     {"organizers": ["Tarrow Roasters Collective"], "sponsors": ["Kestrel Dairy"]}),
    ("the-event-s-organiser", "Air show", "2026-07-02",
     "The Corlay Air Show 2026 will take place on August 8-9. Skyward Events, the event's organiser, "
     "said 45 aircraft would fly.",
     {"organizers": ["Skyward Events"]}),
    ("organiser-of-said", "Textile expo", "2026-08-12",
     "\"This is our biggest edition,\" said Arun Pillai, chairman of the Coimbatore Textile Mills "
     "Association, organiser of the Coimbatore Textile Expo 2026, which opened on Wednesday.",
     {"organizers": ["Coimbatore Textile Mills Association"]}),
    ("gold-sponsors-include", "Golf classic", "2026-04-04",
     "The Harbour Golf Classic 2026 tees off on May 1. Gold sponsors include Halden Bank and Kestrel "
     "Motors, while Tarsis Water is the official water partner.",
     {"sponsors": ["Halden Bank", "Kestrel Motors"], "partners": ["Tarsis Water"]}),
    ("semicolon-key-line", "Science fair", "2026-03-08",
     "The Orvale Youth Science Fair 2026 runs March 20-22. Organised by the Orvale Science Trust; "
     "sponsored by Halden Energy; supported by the Orvale Education Department.",
     {"organizers": ["Orvale Science Trust"], "sponsors": ["Halden Energy"],
      "supporters": ["Orvale Education Department"]}),
]
