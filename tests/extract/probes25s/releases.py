"""Probe releases of round 25 (s-sessions25): our own text in several wire styles; every
event, organiser and venue name is invented (cities are real for the gazetteer). Each has
the sessions (label as written, singular; count or None) and the topics an annotator would
mark under conventions 10 and 11 of the corpus README."""

RELEASES = [
    ("xinhua-style",
     "NANNING, Sept. 14 (Xinhua) -- The 2026 Silver Tern Trade Expo opened on Sunday in Nanning, "
     "capital of south China's Guangxi Zhuang Autonomous Region.\n\n"
     "More than 60 conference sessions and three parallel forums will be held during the four-day "
     "event, according to the organizing committee.\n\n"
     "The expo focuses on digital trade, cross-border logistics and green agriculture. "
     "An opening ceremony was attended by officials from 10 countries.\n",
     {"sessions": [("conference session", 60), ("parallel forum", 3), ("opening ceremony", None)],
      "topics": ["digital trade", "cross-border logistics", "green agriculture"]}),

    ("prn-style",
     "BOSTON, March 3, 2026 /PRNewswire/ -- Harbor Gate Events today announced the programme for "
     "Cobalt Ridge Summit 2026, taking place May 12-14 at the Lantern Hall Convention Center in Boston.\n\n"
     "The programme includes a CEO roundtable, a startup pitch competition and B2B matchmaking sessions. "
     "Over 200 speakers across 40 panels will explore generative AI, cloud security and data governance.\n\n"
     "About Harbor Gate Events\nHarbor Gate Events organises technology conferences.\n",
     {"sessions": [("CEO roundtable", None), ("startup pitch competition", None),
                   ("B2B matchmaking session", None), ("panel", 40)],
      "topics": ["generative AI", "cloud security", "data governance"]}),

    ("gulf-paper",
     "DUBAI: The third edition of the Amber Dune Food Show will open on Monday at the Dubai "
     "Exhibition Centre, with more than 400 exhibitors from 35 countries.\n\n"
     "The three-day show celebrates Emirati cuisine, date farming and food innovation. "
     "Its programme features cooking demonstrations, a chefs' competition and a series of side events.\n\n"
     "The Palm Grove Food Summit, held alongside the show, will put the spotlight on food security.\n",
     {"sessions": [("cooking demonstration", None), ("chefs' competition", None), ("side event", None)],
      "topics": ["Emirati cuisine", "date farming", "food innovation", "food security"]}),

    ("indian-paper",
     "NEW DELHI: The Lotus Weave Textile Fair 2026 began at Pragati Maidan on Thursday.\n\n"
     "Day one opens with a plenary session on sustainable fibres, followed by a buyer-seller meet. "
     "Day two features technical workshops and a fashion show, while the fair closes with a valedictory session.\n\n"
     "The fair spotlights handloom, organic cotton and natural dyes.\n",
     {"sessions": [("plenary session", None), ("buyer-seller meet", None), ("technical workshop", None),
                   ("fashion show", None), ("valedictory session", None)],
      "topics": ["sustainable fibres", "handloom", "organic cotton", "natural dyes"]}),

    ("african-paper",
     "LAGOS - The 2026 Kola Bridge Agribusiness Expo opened on Tuesday in Lagos with exhibitors from "
     "across West Africa.\n\n"
     "The expo tackles post-harvest losses, access to finance and climate-smart farming. "
     "Activities include five technical sessions, a youth agripreneur forum and farm tours.\n\n"
     "Organisers said a press conference was held last week to announce the expo.\n",
     {"sessions": [("technical session", 5), ("youth agripreneur forum", None), ("farm tour", None)],
      "topics": ["post-harvest losses", "access to finance", "climate-smart farming"]}),

    ("latam-paper",
     "LIMA - The Condor Peak Mining Congress 2026 will be held from October 5 to 8 in Lima, Peru.\n\n"
     "The congress will feature 12 technical forums, a women in mining breakfast and an exhibition "
     "of more than 900 stands. It will focus on water management, community relations and mine "
     "closure.\n",
     {"sessions": [("technical forum", 12), ("women in mining breakfast", None)],
      "topics": ["water management", "community relations", "mine closure"]}),

    ("trade-press",
     "The Ironwood Packaging Show returns to Birmingham, England on 9-10 June 2026.\n\n"
     "Programme:\n"
     "- Keynote theatre\n"
     "- Live demonstrations\n"
     "- Networking reception\n\n"
     "With a focus on recyclable films and paper-based packaging, the show expects 6,000 visitors.\n",
     {"sessions": [("Keynote theatre", None), ("Live demonstration", None), ("Networking reception", None)],
      "topics": ["recyclable films", "paper-based packaging"]}),

    ("organiser-page",
     "Welcome to Birch Lantern Design Week 2026, taking place in Milan, Italy, from 14 to 19 April.\n\n"
     "This year the week explores circular design, craft revival and urban living. Visitors can "
     "join guided tours, talks and evening parties across 30 venues.\n\n"
     "Exhibits range from furniture to lighting and textiles.\n",
     {"sessions": [("guided tour", None), ("talk", None), ("evening party", None)],
      "topics": ["circular design", "craft revival", "urban living", "furniture", "lighting", "textiles"]}),

    ("xinhua-style-2",
     "KUNMING, June 6 (Xinhua) -- The 8th Jade River Tourism Expo kicked off here on Friday.\n\n"
     "During the expo, 18 promotional events, a signing ceremony and two business matchmaking meetings "
     "will be held. The expo showcases rural tourism, ethnic handicrafts and wellness travel, "
     "with a focus on cross-border tourism.\n",
     {"sessions": [("promotional event", 18), ("signing ceremony", None), ("business matchmaking meeting", 2)],
      "topics": ["rural tourism", "ethnic handicrafts", "wellness travel", "cross-border tourism"]}),

    ("asian-wire",
     "SEOUL, Nov. 2 (Wire) -- The Maple Circuit Robotics Show 2026 opened in Seoul on Wednesday.\n\n"
     "The four-day show consists of an exhibition, a conference with 50 sessions, and a job fair. "
     "Topics range from service robots to humanoids and factory automation.\n\n"
     "Maple Circuit Co., Orion Dynamics and Zephyr Labs are among the exhibitors.\n",
     {"sessions": [("conference", None), ("session", 50), ("job fair", None)],
      "topics": ["service robots", "humanoids", "factory automation"]}),

    ("european-trade",
     "FRANKFURT -- The Rowan Tide Water Technology Fair opens next week in Frankfurt, Germany.\n\n"
     "Alongside the exhibition, the fair offers a three-day congress, more than 80 lectures and "
     "guided expert tours. The congress tackles water reuse, leak detection and digital metering.\n",
     {"sessions": [("congress", None), ("lecture", 80), ("guided expert tour", None)],
      "topics": ["water reuse", "leak detection", "digital metering"]}),

    ("prn-style-2",
     "SINGAPORE, Aug. 20, 2026 /PRNewswire/ -- Registration is now open for Quartz Meadow Health "
     "Forum 2026, to be held on October 8-9 at the Coral Bay Centre in Singapore.\n\n"
     "Highlights include:\n"
     "* Two keynote sessions\n"
     "* Six breakout workshops\n"
     "* An awards dinner\n\n"
     "The forum spotlights digital therapeutics, hospital-at-home care and medical AI.\n",
     {"sessions": [("keynote session", 2), ("breakout workshop", 6), ("awards dinner", None)],
      "topics": ["digital therapeutics", "hospital-at-home care", "medical AI"]}),

    ("gulf-paper-2",
     "ABU DHABI: The Falcon Crest Security Conference opened on Tuesday at the Marina Hall in Abu Dhabi.\n\n"
     "The event features four panel discussions, a ministerial dialogue and 20 workshops, and covers "
     "topics ranging from cyber resilience to border security.\n",
     {"sessions": [("panel discussion", 4), ("ministerial dialogue", None), ("workshop", 20)],
      "topics": ["cyber resilience", "border security"]}),

    ("african-paper-2",
     "NAIROBI - The Acacia Line Innovation Week ended on Friday in Nairobi, Kenya, after five days of "
     "events.\n\n"
     "The week featured a hackathon, a series of masterclasses, and more than 30 side events "
     "organised by partners. Sessions explored mobile money, agritech and off-grid solar.\n",
     {"sessions": [("hackathon", None), ("masterclass", None), ("side event", 30)],
      "topics": ["mobile money", "agritech", "off-grid solar"]}),
]

#: sentences whose programme-like words are not sessions / topics (exhibitors' stands,
#: pre-event press conferences, company names)
NEGATIVES = [
    ("neg-stand",
     "DUBAI: The Oasis Gate Motor Show opened on Monday in Dubai. Orion Motors unveiled its new "
     "sedan at its stand in Hall 4, and Zephyr Auto showcased Orion Motors, Borealis Tyres and Cinder "
     "Parts products at its booth.\n",
     {"sessions": [], "topics": []}),
    ("neg-press",
     "MUMBAI: Organisers of the Saffron Loom Expo held a press conference on Monday to announce the "
     "dates of the expo, which will be held in Mumbai from March 3 to 6, 2027.\n",
     {"sessions": [], "topics": []}),
]
