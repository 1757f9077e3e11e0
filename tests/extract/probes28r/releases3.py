"""Probe releases of round 28 (r-roles28), batch 3: South Asian dailies' abbreviations, key
lines with dashes and semicolons, a clause after ';', Bangladeshi, Hong Kong, Gulf, Mongolian,
Vietnamese, Moroccan, Chinese and newswire manners. Invented names; gold as an annotator would
mark the MAIN event's roles."""

RELEASES = [
    ("in-govt-dept-abbreviations", "Tea fair in Kolkata", "2026-03-01",
     "KOLKATA, March 1 -- The Bengal Tea Fair 2026 will open on March 3 at the Kolkata Trade Centre. It is "
     "organised by the Indian Chamber of Commerce and supported by the Govt. of West Bengal and the Dept. of "
     "Tourism.\n\nAbout 200 estates will take part.",
     {"organizers": ["Indian Chamber of Commerce"], "supporters": ["Govt. of West Bengal", "Dept. of Tourism"]}),
    ("pk-govt-of-punjab", "Textile expo", "2026-02-11",
     "LAHORE, Feb 11: The Punjab Textile Expo 2026 will be held at the Lahore Expo Centre from March 3 to 5. "
     "The expo is organised by the Trade Development Authority with the support of Govt. of Punjab.",
     {"organizers": ["Trade Development Authority"], "supporters": ["Govt. of Punjab"]}),
    ("key-line-dashes-semicolon", "Film week", "2026-05-02",
     "The Tarrow Film Week 2026 opens on June 4 at the Tarrow Arts Centre.\n\nOrganiser - Halden Media; "
     "Sponsor - Kestrel Bank",
     {"organizers": ["Halden Media"], "sponsors": ["Kestrel Bank"]}),
    ("clause-after-semicolon", "Film week", "2026-05-02",
     "The Tarrow Film Week 2026 opens on June 4. It is organised by the Tarrow Film Society; Kestrel Bank is "
     "the main sponsor.",
     {"organizers": ["Tarrow Film Society"], "sponsors": ["Kestrel Bank"]}),
    ("bd-under-the-ministry", "Trade fair opens", "2026-01-02",
     "DHAKA, Jan 2 -- The Dhaka Riverside Trade Fair 2026 opened on Sunday. The Export Promotion Bureau (EPB) "
     "under the Ministry of Commerce is organising the month-long fair.",
     {"organizers": ["Export Promotion Bureau"]}),
    ("hk-fronted-co-organised", "Venture forum", "2026-01-20",
     "HONG KONG, Jan. 20 (Xinhua) -- The Asian Venture Forum 2026 opened on Monday. Co-organised by the Hong "
     "Kong SAR Government and the Hong Kong Venture Council (HKVC), the forum drew 3,000 participants.",
     {"co_organizers": ["Hong Kong SAR Government", "Hong Kong Venture Council"]}),
    ("ein-co-hosted-in-collaboration", "Symposium", "2026-09-20",
     "NEW YORK, Sept. 20, 2026 /EINPresswire/ -- The Global Goals Symposium 2026 was co-hosted by the Halden "
     "Institute and the Tarsis Foundation, in collaboration with the UN Office for Partnerships.",
     {"hosts": ["Halden Institute", "Tarsis Foundation"], "partners": ["UN Office for Partnerships"]}),
    ("ma-initiated-and-organised", "Agriculture show", "2026-04-21",
     "MEKNES -- The 2026 Meknes Agriculture Show opened on Monday under the High Patronage of His Majesty King "
     "Mohammed VI, with Spain as guest of honour. Initiated by the Ministry of Agriculture, the show is "
     "organised by the Meknes Show Association.",
     {"supporters": ["His Majesty King Mohammed VI"], "guests_of_honor": ["Spain"],
      "organizers": ["Ministry of Agriculture", "Meknes Show Association"]}),
    ("hosts-noun-list", "Film week gala", "2026-06-05",
     "The Tarrow Film Week 2026 opened on Thursday. Hosts Kestrel Group and Halden Bank welcomed 400 guests to "
     "the opening gala.",
     {"hosts": ["Kestrel Group", "Halden Bank"]}),
    ("paren-role-words", "Robotics fair", "2026-03-15",
     "The Orvale Robotics Fair 2026 runs April 8-10. Halden Automation (organiser) and the Orvale Engineering "
     "Society (co-organiser) expect 300 exhibitors.",
     {"organizers": ["Halden Automation"], "co_organizers": ["Orvale Engineering Society"]}),
    ("pipe-key-line", "Startup week", "2026-04-11",
     "The Nordvik Startup Week 2026 takes place May 4-8.\n\nOrganiser: Nordvik Ventures | Partner: Kestrel Bank "
     "| Venue: Nordvik Hall",
     {"organizers": ["Nordvik Ventures"], "partners": ["Kestrel Bank"]}),
    ("participation-not-role", "Film week", "2026-05-30",
     "The Tarrow Film Week 2026 opens on June 4 with the participation of Halden Studios and 40 other studios. "
     "The week is organised by the Tarrow Film Society.",
     {"organizers": ["Tarrow Film Society"]}),
]
