"""Probe releases of round 28, batch 3 (written after the second fixes); invented names, real cities."""

RELEASES = [
    ("xinhua3-activities",
     "HEFEI, April 9 (Xinhua) -- The 2026 Jade Lake Manufacturing Expo will open here next week.\n\n"
     "During the expo, a series of activities including investment promotion conferences, product "
     "launches and matchmaking meetings will be held. Exhibits cover industrial robots, new energy "
     "vehicles and smart home appliances.\n",
     {"sessions": [("investment promotion conference", None), ("product launch", None), ("matchmaking meeting", None)],
      "topics": ["industrial robots", "new energy vehicles", "smart home appliances"]}),

    ("prn3-pillars",
     "TORONTO, Feb. 11, 2026 /PRNewswire/ -- The Maplestone Mining Summit 2026 will take place June 2-4 in "
     "Toronto.\n\n"
     "The conference programme is structured around four pillars: critical minerals, ESG reporting, "
     "Indigenous partnerships and mine finance. It will feature keynote speeches, fireside chats and "
     "networking breakfasts.\n",
     {"sessions": [("keynote speech", None), ("fireside chat", None), ("networking breakfast", None)],
      "topics": ["critical minerals", "ESG reporting", "Indigenous partnerships", "mine finance"]}),

    ("wam3-sections",
     "ABU DHABI, 3rd September, 2026 (WAM) -- The Oasis Palm Date Festival opens tomorrow in Al Ain.\n\n"
     "The festival is divided into six sections, including a date auction, a farmers' market and a "
     "children's corner. The accompanying seminars will discuss palm pests and date packaging.\n",
     {"sessions": [("section", 6), ("date auction", None), ("farmers' market", None), ("children's corner", None),
                   ("seminar", None)],
      "topics": ["palm pests", "date packaging"]}),

    ("bernama3-subforums",
     "KOTA KINABALU, March 5 (Bernama) -- The Borneo Reef Tourism Fair 2026 will be held at the Coral "
     "Point Centre here from March 20 to 22.\n\n"
     "The fair will include three sub-forums on eco-tourism, dive tourism and community homestays, "
     "besides cultural performances every evening.\n",
     {"sessions": [("sub-forum", 3), ("cultural performance", None)],
      "topics": ["eco-tourism", "dive tourism", "community homestays"]}),

    ("indian3-sessions",
     "CHENNAI (IANS): The Coromandel Textile Summit 2026 will be held in Chennai on February 12 and 13.\n\n"
     "The summit will have 18 technical sessions, two panel discussions and a buyer-seller meet. The "
     "sessions will focus on technical textiles, handloom exports and sustainable dyeing.\n",
     {"sessions": [("technical session", 18), ("panel discussion", 2), ("buyer-seller meet", None)],
      "topics": ["technical textiles", "handloom exports", "sustainable dyeing"]}),

    ("african3-held",
     "KIGALI, Rwanda - The 2026 Thousand Hills Fintech Forum closed in Kigali on Thursday after two days "
     "of discussions.\n\n"
     "Over 30 panel sessions were held, while a hackathon and a pitch competition drew young developers. "
     "Topics ranged from mobile money to digital lending.\n",
     {"sessions": [("panel session", 30), ("hackathon", None), ("pitch competition", None)],
      "topics": ["mobile money", "digital lending"]}),

    ("kazakh3-roundtables",
     "ALMATY, Oct 2 (Kazinform) -- The Alatau Grain Forum 2026 will take place in Almaty on October 14-15.\n\n"
     "The forum's business programme comprises a plenary session and four roundtables devoted to grain "
     "logistics, seed breeding, export markets and crop insurance.\n",
     {"sessions": [("plenary session", None), ("roundtable", 4)],
      "topics": ["grain logistics", "seed breeding", "export markets", "crop insurance"]}),

    ("trade3-features",
     "Milan, 4 May 2026 - Cobalt Arch Design Week 2026 opens on 16 June 2026 at the Navigli Hall in Milan.\n\n"
     "This year's edition features an exhibition of young designers, 25 talks and a series of guided "
     "tours, with a focus on circular design and craft revival.\n",
     {"sessions": [("exhibition", None), ("talk", 25), ("guided tour", None)],
      "topics": ["circular design", "craft revival"]}),

    ("gulf3-onsidelines",
     "KUWAIT CITY: The Gulf Pearl Oil Show 2026 opened at the Sand Dune Fairground in Kuwait City on Monday.\n\n"
     "On the sidelines of the show, a seminar on enhanced oil recovery and a workshop on pipeline safety "
     "were held.\n",
     {"sessions": [("seminar", None), ("workshop", None)],
      "topics": ["enhanced oil recovery", "pipeline safety"]}),

    ("japan3-jiji",
     "TOKYO, July 7 (Jiji Press) -- The 2026 Cherry Gate Food Expo will be held at the Harbor Dome in "
     "Tokyo from Aug. 26 to 28.\n\n"
     "The expo will feature cooking shows, sake tastings and a series of business seminars, spotlighting "
     "plant-based foods and food export promotion.\n",
     {"sessions": [("cooking show", None), ("sake tasting", None), ("business seminar", None)],
      "topics": ["plant-based foods", "food export promotion"]}),
]

NEGATIVES = [
    ("neg28-webinar3",
     "LONDON - The organisers of Oakridge Rail Week 2027 hosted an online briefing for exhibitors on "
     "Tuesday, ahead of the event in London on 9 March 2027.\n",
     {"sessions": [], "topics": []}),
    ("neg28-otheredition3",
     "DUBAI: The Desert Rose Beauty Expo 2026 opens on Monday. The 2025 edition featured 40 workshops "
     "and a fashion show.\n",
     {"sessions": [], "topics": []}),
]
