"""Second batch of s-sessions25 probe releases (our own text, invented names)."""

RELEASES = [
    ("xinhua-3",
     "HEFEI, April 9 (Xinhua) -- The 2026 Willow Creek Smart Manufacturing Conference opened in Hefei on Thursday.\n\n"
     "The conference comprises a main forum, six thematic sub-forums and an achievements exhibition, and "
     "will put the spotlight on industrial internet, smart factories and green manufacturing.\n",
     {"sessions": [("main forum", None), ("thematic sub-forum", 6), ("achievements exhibition", None)],
      "topics": ["industrial internet", "smart factories", "green manufacturing"]}),

    ("indian-2",
     "CHENNAI: The Peacock Gate Investors' Meet 2026 was inaugurated on Friday in Chennai.\n\n"
     "The two-day meet will have 14 sessions, a CEO conclave and a startup pavilion. Discussions will "
     "centre on semiconductors, electric mobility and green hydrogen.\n",
     {"sessions": [("session", 14), ("CEO conclave", None), ("startup pavilion", None)],
      "topics": ["semiconductors", "electric mobility", "green hydrogen"]}),

    ("gulf-3",
     "RIYADH: The Desert Bloom Culture Festival will run from February 2 to 12 at the Old Quarter in Riyadh.\n\n"
     "Visitors can enjoy poetry evenings, calligraphy workshops, heritage performances and a children's "
     "corner. The festival celebrates Saudi heritage, Arabic calligraphy and traditional music.\n",
     {"sessions": [("poetry evening", None), ("calligraphy workshop", None), ("heritage performance", None),
                   ("children's corner", None)],
      "topics": ["Saudi heritage", "Arabic calligraphy", "traditional music"]}),

    ("trade-2",
     "The Granite Arch Logistics Summit takes place in Rotterdam, Netherlands on 3-4 November 2026.\n\n"
     "The agenda:\n"
     "Day 1 - Opening keynote, panel debates and an evening networking dinner\n"
     "Day 2 - Site visits and a closing plenary\n\n"
     "Sessions will tackle port automation, rail freight and decarbonisation of shipping.\n",
     {"sessions": [("Opening keynote", None), ("panel debate", None), ("evening networking dinner", None),
                   ("Site visit", None), ("closing plenary", None)],
      "topics": ["port automation", "rail freight", "decarbonisation of shipping"]}),

    ("latam-2",
     "SANTIAGO - The Andes Vine Wine Fair 2026 opened on Wednesday in Santiago, Chile.\n\n"
     "Over three days, the fair will host more than 40 tastings, two master classes and a wine auction, "
     "with a focus on organic wines and cool-climate varieties.\n",
     {"sessions": [("tasting", 40), ("master class", 2), ("wine auction", None)],
      "topics": ["organic wines", "cool-climate varieties"]}),

    ("african-3",
     "ACCRA - The 2026 Baobab Coast Energy Forum opened on Monday in Accra, Ghana.\n\n"
     "The forum brings together ministers, investors and utilities for three days of plenaries, "
     "breakout sessions and deal rooms. It is focused on mini-grids, gas-to-power and regional power trade.\n",
     {"sessions": [("plenary", None), ("breakout session", None), ("deal room", None)],
      "topics": ["mini-grids", "gas-to-power", "regional power trade"]}),

    ("organiser-2",
     "Join us at Heron Bay Book Festival 2026 in Edinburgh, Scotland, 8-17 August.\n\n"
     "Across ten days the festival presents more than 700 author events, book signings and a "
     "children's programme. This year's festival spotlights climate fiction, translated literature "
     "and graphic novels.\n",
     {"sessions": [("author event", 700), ("book signing", None), ("children's programme", None)],
      "topics": ["climate fiction", "translated literature", "graphic novels"]}),

    ("prn-3",
     "LAS VEGAS, Jan. 5, 2026 /PRNewswire/ -- Onyx Peak Expo 2026 will gather 1,200 exhibitors at "
     "the Sandstone Convention Center in Las Vegas from February 10 to 12.\n\n"
     "The show features over 150 education sessions across 12 tracks, a product showcase and an "
     "innovation awards ceremony. Education sessions cover topics ranging from retail analytics "
     "to loss prevention and store design.\n",
     {"sessions": [("education session", 150), ("track", 12), ("product showcase", None),
                   ("innovation awards ceremony", None)],
      "topics": ["retail analytics", "loss prevention", "store design"]}),

    ("asia-2",
     "KUALA LUMPUR, May 20 (Wire) -- The Orchid Line Halal Expo 2026 opened today at the Jasmine "
     "Hall in Kuala Lumpur.\n\n"
     "Side events include a halal finance seminar, a business matching programme and cooking "
     "competitions. The expo highlights halal food, modest fashion and Islamic finance.\n",
     {"sessions": [("side event", None), ("halal finance seminar", None), ("business matching programme", None),
                   ("cooking competition", None)],
      "topics": ["halal food", "modest fashion", "Islamic finance"]}),

    ("european-2",
     "PARIS -- The Saffron Rail Congress opened on Tuesday in Paris, France, with 3,000 delegates.\n\n"
     "The programme is built around four plenary sessions and 24 parallel sessions, while a technical "
     "exhibition runs alongside. Speakers will discuss high-speed rail, signalling and station design.\n",
     {"sessions": [("plenary session", 4), ("parallel session", 24), ("technical exhibition", None)],
      "topics": ["high-speed rail", "signalling", "station design"]}),
]

NEGATIVES = [
    ("neg-about",
     "TORONTO, June 1, 2026 /PRNewswire/ -- The Maple Ridge Cloud Summit will open on June 9 in Toronto.\n\n"
     "About Ridgeline Media\nRidgeline Media organises trade shows, conferences and workshops in "
     "North America.\n",
     {"sessions": [], "topics": []}),
    ("neg-companies",
     "The Copper Wren Electronics Fair opened on Monday in Shenzhen, China. The fair showcases "
     "Orion Semiconductor, Zephyr Devices and Borealis Circuits.\n",
     {"sessions": [], "topics": []}),
]
