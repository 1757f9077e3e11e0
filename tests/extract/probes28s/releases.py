"""Probe releases of round 28 (s-sessions28): our own text in many wire styles; every event,
organiser and venue name is invented (cities are real for the gazetteer). Each has the
sessions (label as written, singular; count or None) and the topics an annotator would mark
under conventions 10 and 11 of the corpus README."""

RELEASES = [
    ("xinhua-kdp",
     "NANNING, Oct. 12 (Xinhua) -- The 2026 Amber Loom Trade Expo opened here on Sunday, drawing "
     "1,500 exhibitors.\n\n"
     "Key discussion points include cross-border e-commerce, digital payments and port logistics, "
     "according to the organizers.\n",
     {"sessions": [],
      "topics": ["cross-border e-commerce", "digital payments", "port logistics"]}),

    ("prn-agenda",
     "CHICAGO, March 3, 2026 /PRNewswire/ -- Quartz Ember Events today announced the program for "
     "Tidewell Summit 2026, taking place May 12-14 in Chicago.\n\n"
     "Agenda items include workforce analytics, pay transparency and hybrid work. The program "
     "consists of 45 breakout sessions, three keynote addresses and a closing reception.\n",
     {"sessions": [("breakout session", 45), ("keynote address", 3), ("closing reception", None)],
      "topics": ["workforce analytics", "pay transparency", "hybrid work"]}),

    ("bw-focus",
     "BOSTON--(BUSINESS WIRE)--Cobalt Fern Media announced that Helix Row Forum 2026 will be held "
     "September 9-10 at the Larkspur Hall in Boston.\n\n"
     "Focus areas are cell therapy, rare diseases and AI-driven drug discovery. The forum will "
     "feature more than 40 panel discussions and a dozen workshops.\n",
     {"sessions": [("panel discussion", 40), ("workshop", 12)],
      "topics": ["cell therapy", "rare diseases", "AI-driven drug discovery"]}),

    ("wam-address",
     "ABU DHABI, 4th February, 2026 (WAM) -- The Falcon Dune Water Summit will be held from 10th to "
     "12th March at the Saffron Gate Centre in Abu Dhabi.\n\n"
     "The summit will address water scarcity, desalination technologies and aquifer recharge. A B2B "
     "matchmaking session will be held on the second day.\n",
     {"sessions": [("B2B matchmaking session", None)],
      "topics": ["water scarcity", "desalination technologies", "aquifer recharge"]}),

    ("antara-tackle",
     "Jakarta (ANTARA) - The Mangrove Coast Investment Forum 2026 will tackle green financing, "
     "blue carbon and coastal resilience when it opens in Jakarta on 14 July 2026.\n\n"
     "The forum includes four plenary sessions, 12 parallel sessions and a business matching "
     "programme.\n",
     {"sessions": [("plenary session", 4), ("parallel session", 12), ("business matching programme", None)],
      "topics": ["green financing", "blue carbon", "coastal resilience"]}),

    ("bernama-centre",
     "KUALA LUMPUR, June 2 (Bernama) -- The Orchid Spire Digital Week 2026 will take place at the "
     "Rattan Hall here from June 20 to 22.\n\n"
     "Discussions will centre on cybersecurity, data centres and semiconductor design, organiser "
     "Lotus Gate Events said. Two days of masterclasses will follow the opening ceremony.\n",
     {"sessions": [("masterclass", None), ("opening ceremony", None)],
      "topics": ["cybersecurity", "data centres", "semiconductor design"]}),

    ("pti-revolve",
     "MUMBAI (PTI): The three-day Indigo Crest Pharma Conclave will begin here on Thursday.\n\n"
     "The deliberations will revolve around drug pricing, API manufacturing and clinical trials, "
     "an official said. The conclave will have 25 technical sessions and a CEO roundtable.\n",
     {"sessions": [("technical session", 25), ("CEO roundtable", None)],
      "topics": ["drug pricing", "API manufacturing", "clinical trials"]}),

    ("trade-delve",
     "Hanover, 2 March 2026 - Brass Meadow Automation Days return to the Northgate Exhibition "
     "Grounds in Hanover from 5 to 7 May 2026.\n\n"
     "Expert talks will delve into predictive maintenance, collaborative robots and machine vision. "
     "The programme comprises 60 expert talks, guided tours and a start-up pitch competition.\n",
     {"sessions": [("expert talk", 60), ("guided tour", None), ("start-up pitch competition", None)],
      "topics": ["predictive maintenance", "collaborative robots", "machine vision"]}),

    ("gulf-zero",
     "DOHA: The Pearl Line Logistics Expo 2026 will be held at the Dune Crest Centre in Doha from "
     "April 6 to 8.\n\n"
     "The expo will zero in on last-mile delivery, cold-chain storage and customs digitalisation. "
     "Organisers said the event will include 30 conference sessions and a networking dinner.\n",
     {"sessions": [("conference session", 30), ("networking dinner", None)],
      "topics": ["last-mile delivery", "cold-chain storage", "customs digitalisation"]}),

    ("african-spotlight",
     "NAIROBI, Kenya - The 2026 Acacia Ridge Agri Show will spotlight climate-smart agriculture, "
     "agro-processing and irrigation when it opens at the Savanna Grounds in Nairobi on 15 September "
     "2026.\n\n"
     "The show will host farmer field days, a livestock auction and a youth innovation challenge.\n",
     {"sessions": [("farmer field day", None), ("livestock auction", None), ("youth innovation challenge", None)],
      "topics": ["climate-smart agriculture", "agro-processing", "irrigation"]}),

    ("centralasia-themes",
     "ASTANA, May 20 (Kazinform) -- The Steppe Bridge Energy Forum 2026 will be held in Astana on "
     "June 9-10.\n\n"
     "Key themes include critical minerals, uranium mining and the energy transition. The forum "
     "will feature plenary sessions, panel discussions and bilateral meetings.\n",
     {"sessions": [("plenary session", None), ("panel discussion", None), ("bilateral meeting", None)],
      "topics": ["critical minerals", "uranium mining", "energy transition"]}),

    ("xinhua-discussions",
     "KUNMING, Aug. 8 (Xinhua) -- The 2026 Jade Terrace Tea Expo kicked off here on Saturday.\n\n"
     "The expo features discussions on tea tourism, organic cultivation and export standards, as "
     "well as tea-tasting sessions and a tea art performance.\n",
     {"sessions": [("tea-tasting session", None), ("tea art performance", None)],
      "topics": ["tea tourism", "organic cultivation", "export standards"]}),

    ("indian-such-as",
     "BENGALURU: The Lotus Grid Mobility Expo 2026 will be held at the Banyan Exhibition Centre in "
     "Bengaluru from November 4 to 6.\n\n"
     "The expo will cover themes such as battery swapping, charging infrastructure and electric "
     "two-wheelers. Over 50 speakers will address the conference.\n",
     {"sessions": [],
      "topics": ["battery swapping", "charging infrastructure", "electric two-wheelers"]}),

    ("org-semicolon",
     "Silver Kite Packaging Forum 2026, Lyon, 8-9 October 2026\n\n"
     "The forum covers the following topics: recyclable materials; refill systems; packaging "
     "regulation. The programme includes 20 presentations, two panel debates and a site visit.\n",
     {"sessions": [("presentation", 20), ("panel debate", 2), ("site visit", None)],
      "topics": ["recyclable materials", "refill systems", "packaging regulation"]}),

    ("org-bullets",
     "Ember Vale Mining Week 2026 takes place in Perth from 2 to 4 June 2026.\n\n"
     "Conference topics include:\n"
     "- Mine electrification\n"
     "- Tailings management\n"
     "- Autonomous haulage\n\n"
     "The week also offers an investor breakfast and a mine site tour.\n",
     {"sessions": [("investor breakfast", None), ("mine site tour", None)],
      "topics": ["Mine electrification", "Tailings management", "Autonomous haulage"]}),

    ("korea-will-feature",
     "SEOUL, April 2 (Yonhap) -- The 2026 Maple Arc Game Show will open at the Cedar Dome in Seoul "
     "next month.\n\n"
     "The show will feature e-sports tournaments, indie game showcases and developer conferences, "
     "focusing on cloud gaming and virtual reality.\n",
     {"sessions": [("e-sports tournament", None), ("indie game showcase", None), ("developer conference", None)],
      "topics": ["cloud gaming", "virtual reality"]}),

    ("latam-passive",
     "SAO PAULO, Brazil - The Ipe Garden Design Fair 2026 will be held in Sao Paulo from 3 to 6 "
     "September 2026.\n\n"
     "A series of lectures and a design competition will be held during the fair, which focuses on "
     "sustainable furniture and urban landscaping.\n",
     {"sessions": [("lecture", None), ("design competition", None)],
      "topics": ["sustainable furniture", "urban landscaping"]}),

    ("wam-held-count",
     "DUBAI, 12th November, 2026 (WAM) -- The Gold Palm Aviation Forum concluded in Dubai today.\n\n"
     "Eighteen panel sessions and six workshops were held over two days, covering sustainable "
     "aviation fuel, air traffic management and airport security.\n",
     {"sessions": [("panel session", 18), ("workshop", 6)],
      "topics": ["sustainable aviation fuel", "air traffic management", "airport security"]}),

    ("bernama-sessions-on",
     "GEORGE TOWN, Feb 10 (Bernama) -- The Penang Reef Maritime Expo 2026 will be held at the "
     "Lantern Quay Centre here from March 3 to 5.\n\n"
     "The expo will have sessions on port automation, shipbuilding and marine insurance, as well as "
     "a job fair.\n",
     {"sessions": [("session", None)],
      "topics": ["port automation", "shipbuilding", "marine insurance"]}),

    ("trade-explores",
     "LONDON - Ashgrove Retail Live 2026 opens at the Mulberry Hall in London on 18 March 2026.\n\n"
     "Over two days, the event explores retail media, loyalty programmes and in-store analytics "
     "through 70 seminars and live demonstrations.\n",
     {"sessions": [("seminar", 70), ("live demonstration", None)],
      "topics": ["retail media", "loyalty programmes", "in-store analytics"]}),

    ("african-dedicated",
     "ACCRA, Ghana - The Cocoa Crest Trade Fair 2026 will open in Accra on 9 November 2026.\n\n"
     "The fair includes a session dedicated to intra-regional trade and a workshop on export "
     "financing, as well as a closing gala.\n",
     {"sessions": [("session", None), ("workshop", None), ("closing gala", None)],
      "topics": ["intra-regional trade", "export financing"]}),

    ("xinhua-number-forums",
     "HAIKOU, Dec. 1 (Xinhua) -- The 2026 Coral Sail Consumer Expo concluded here on Monday.\n\n"
     "A total of 86 supporting events, including 12 forums and 30 product launches, were held during "
     "the six-day expo.\n",
     {"sessions": [("supporting event", 86), ("forum", 12), ("product launch", 30)],
      "topics": []}),
]

NEGATIVES = [
    ("neg28-stand",
     "MUNICH - At the Copper Pine Build Fair 2026, Orion Tools presented its new cordless drill range at "
     "its stand in Hall B4, and Zephyr Machines showed an excavator at its booth.\n",
     {"sessions": [], "topics": []}),
    ("neg28-press",
     "RIYADH: The organisers of the Date Palm Food Show 2026 held a press conference on Sunday to "
     "announce the show, which opens in Riyadh on 4 May 2026.\n",
     {"sessions": [], "topics": []}),
    ("neg28-titles",
     "SINGAPORE - Speakers at the Harbour Lane Fintech Summit 2026 include Orion Bank's head of "
     "digital payments and Zephyr Capital's chief risk officer.\n",
     {"sessions": [], "topics": []}),
]
