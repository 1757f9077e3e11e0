"""Third batch of s-sessions26 probe releases (our own text, invented names)."""

RELEASES = [
    ("xinhua-d",
     "TAIYUAN, Sept. 6 (Xinhua) -- The 2026 Iron Lotus Energy Expo closed here on Sunday after "
     "hosting 30-plus conferences and forums.\n\n"
     "The expo covered coal-to-hydrogen, energy storage and smart grids.\n",
     {"sessions": [("conference", 30), ("forum", None)],
      "topics": ["coal-to-hydrogen", "energy storage", "smart grids"]}),

    ("prn-c",
     "CHICAGO, April 2, 2026 /PRNewswire/ -- Registration has opened for Maple Vault Finance Week 2026, "
     "which runs May 18-21 in Chicago.\n\n"
     "The event will feature tracks on payments, wealth management and regulatory technology, "
     "closing with a gala dinner on May 21.\n",
     {"sessions": [("track", None), ("gala dinner", None)],
      "topics": ["payments", "wealth management", "regulatory technology"]}),

    ("gulf-c",
     "MUSCAT: The Frankincense Coast Travel Show will take place at the Sea Pearl Centre in Muscat "
     "from 10 to 12 February.\n\n"
     "Visitors can also enjoy a photography exhibition, traditional music performances and a "
     "heritage parade. The show's programme explores adventure tourism, cruise travel and "
     "heritage hotels.\n",
     {"sessions": [("photography exhibition", None), ("traditional music performance", None),
                   ("heritage parade", None)],
      "topics": ["adventure tourism", "cruise travel", "heritage hotels"]}),

    ("indian-c",
     "CHENNAI: The Coconut Grove Auto Components Expo, to be held here from July 4 to 6, will have "
     "business-matching sessions, plant visits and a buyer-seller meet, organisers said on Monday.\n\n"
     "The focus will be on electric two-wheelers, battery packs and motor controllers.\n",
     {"sessions": [("business-matching session", None), ("plant visit", None), ("buyer-seller meet", None)],
      "topics": ["electric two-wheelers", "battery packs", "motor controllers"]}),

    ("african-d",
     "DAR ES SALAAM - The Kilwa Reef Mining Week 2026 opened on Tuesday.\n\n"
     "The opening day saw a ministerial panel and a signing ceremony, while the week will also host "
     "an investors' breakfast and networking cocktails. Discussions range from gold exports to "
     "artisanal mining.\n",
     {"sessions": [("ministerial panel", None), ("signing ceremony", None), ("investors' breakfast", None),
                   ("networking cocktail", None)],
      "topics": ["gold exports", "artisanal mining"]}),

    ("trade-d",
     "Ash Meadow Print Expo 2026, 8-11 March, Birmingham, England\n\n"
     "Over four days, the expo presents 3 feature areas, 70 seminars and live print demonstrations. "
     "Exhibits span digital printing, wide-format and labels.\n",
     {"sessions": [("feature area", 3), ("seminar", 70), ("live print demonstration", None)],
      "topics": ["digital printing", "wide-format", "labels"]}),

    ("korea-b",
     "BUSAN, May 20 (Korea Wire) -- The Blue Gull Maritime Fair 2026 will run from June 9 to 12.\n\n"
     "Organisers will stage six forums, a dozen seminars and an export consultation meeting, with "
     "themes such as autonomous ships, green fuels and port digitalisation.\n",
     {"sessions": [("forum", 6), ("seminar", 12), ("export consultation meeting", None)],
      "topics": ["autonomous ships", "green fuels", "port digitalisation"]}),

    ("latam-c",
     "MEXICO CITY - The Jaguar Loom Design Week 2026 will be held from October 1 to 5.\n\n"
     "The programme includes 45 talks, ten exhibitions within the week and an awards night. "
     "Areas including furniture, industrial design and architecture will be represented.\n",
     {"sessions": [("talk", 45), ("exhibition", 10), ("awards night", None)],
      "topics": ["furniture", "industrial design", "architecture"]}),
]

NEGATIVES = [
    ("neg-webinar2",
     "SINGAPORE, Jan 5 (Wire) -- The organisers of the Teal Harbour Tech Week 2026 held a pre-event "
     "webinar on Monday. The week opens in Singapore on 3 March.\n",
     {"sessions": [], "topics": []}),
    ("neg-launch2",
     "DUBAI: Orion Motors marked the first day of the Sandline Auto Show with a product launch at "
     "its stand in Hall 2.\n",
     {"sessions": [], "topics": []}),
]
