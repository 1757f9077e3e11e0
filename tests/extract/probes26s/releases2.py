"""Second batch of s-sessions26 probe releases (our own text, invented names)."""

RELEASES = [
    ("xinhua-c",
     "HAIKOU, Dec. 3 (Xinhua) -- The 2026 Coral Sail Consumer Expo opened here on Thursday, featuring "
     "a main exhibition hall, five themed pavilions and a series of promotional events.\n\n"
     "The expo covers duty-free shopping, health care and yacht tourism.\n",
     {"sessions": [("main exhibition hall", None), ("themed pavilion", 5), ("promotional event", None)],
      "topics": ["duty-free shopping", "health care", "yacht tourism"]}),

    ("prn-b",
     "TORONTO, May 6, 2026 /PRNewswire/ -- Northlake Expos announced that the Frost Pine Mining Show "
     "will return to Toronto on September 9-10, 2026.\n\n"
     "The event will feature a CEO panel, technical talks, an investor pitch session and a networking "
     "breakfast. The show will highlight critical minerals, mine automation and ESG reporting.\n",
     {"sessions": [("CEO panel", None), ("technical talk", None), ("investor pitch session", None),
                   ("networking breakfast", None)],
      "topics": ["critical minerals", "mine automation", "ESG reporting"]}),

    ("bw-b",
     "LAS VEGAS--(BUSINESS WIRE)--Glass Meadow Inc. today announced the lineup for Neon Quarry Expo 2026, "
     "taking place Jan. 12-15 at the Starfall Hall in Las Vegas.\n\n"
     "Attendees can choose from more than 150 breakout sessions, 25 hands-on labs and nightly "
     "entertainment. Content spans cloud infrastructure, AI agents and cybersecurity.\n",
     {"sessions": [("breakout session", 150), ("hands-on lab", 25), ("nightly entertainment", None)],
      "topics": ["cloud infrastructure", "AI agents", "cybersecurity"]}),

    ("wam-b",
     "SHARJAH, 2nd Feb, 2026 (WAM) -- The Amber Scroll Heritage Festival will open on Thursday in Sharjah "
     "with a programme of 120 activities, including folk performances, traditional crafts workshops and "
     "a poetry evening.\n\n"
     "The festival celebrates falconry, pearl diving and Emirati poetry.\n",
     {"sessions": [("activity", 120), ("folk performance", None), ("traditional crafts workshop", None),
                   ("poetry evening", None)],
      "topics": ["falconry", "pearl diving", "Emirati poetry"]}),

    ("antara-b",
     "Denpasar, Bali (ANTARA) - The Frangipani Coast Tourism Expo 2026 will be held on 12-14 June in Denpasar.\n\n"
     "The event will feature business-to-business meetings, a travel mart and a cultural night. "
     "The expo will focus on eco-tourism, wellness retreats and MICE.\n",
     {"sessions": [("business-to-business meeting", None), ("travel mart", None), ("cultural night", None)],
      "topics": ["eco-tourism", "wellness retreats", "MICE"]}),

    ("bernama-b",
     "PENANG, March 8 (Bernama) -- Some 30 seminars, 10 product launches by exhibitors and a career fair "
     "will be held at the Hornbill Tech Fair 2026 in Penang from March 20 to 22.\n\n"
     "The fair is devoted to semiconductors, electronics manufacturing and automation.\n",
     {"sessions": [("seminar", 30), ("career fair", None)],
      "topics": ["semiconductors", "electronics manufacturing", "automation"]}),

    ("pti-b",
     "BENGALURU (PTI): The Peacock Loom Startup Summit will be held here from November 18 to 20, "
     "organisers said on Monday.\n\n"
     "The summit will have 75 sessions, 15 masterclasses and a pitch competition. It will discuss "
     "deep tech, climate tech and space tech.\n",
     {"sessions": [("session", 75), ("masterclass", 15), ("pitch competition", None)],
      "topics": ["deep tech", "climate tech", "space tech"]}),

    ("african-c",
     "KIGALI - The Thousand Hills Health Congress 2026 opened in Kigali on Wednesday.\n\n"
     "The four-day congress features scientific sessions, a poster exhibition and symposia. "
     "Key themes: universal health coverage; maternal health; health financing.\n",
     {"sessions": [("scientific session", None), ("poster exhibition", None), ("symposium", None)],
      "topics": ["universal health coverage", "maternal health", "health financing"]}),

    ("latam-b",
     "BOGOTA - The Orchid Summit Fashion Week 2026 will take place in Bogota, Colombia from August 4 to 8.\n\n"
     "The week will include 40 fashion shows, a designers' competition and business rounds. "
     "The event will showcase sustainable textiles, indigenous craft and leather goods.\n",
     {"sessions": [("fashion show", 40), ("designers' competition", None), ("business round", None)],
      "topics": ["sustainable textiles", "indigenous craft", "leather goods"]}),

    ("trade-c",
     "Flint Harbour Boat Show 2026 opens in Southampton, England on 11 September.\n\n"
     "The ten-day show offers over 100 on-water experiences, daily seminars and a marine careers day. "
     "Exhibits range from dinghies to superyachts.\n",
     {"sessions": [("on-water experience", 100), ("daily seminar", None), ("marine careers day", None)],
      "topics": ["dinghies", "superyachts"]}),

    ("organiser-b",
     "About the event\n\nThe Quill Ridge Book Fair 2026 takes place in Edinburgh, Scotland from 14 to 18 August.\n\n"
     "The fair will present author talks, book signings and children's storytelling sessions, "
     "exploring crime fiction, poetry and graphic novels.\n",
     {"sessions": [("author talk", None), ("book signing", None), ("children's storytelling session", None)],
      "topics": ["crime fiction", "poetry", "graphic novels"]}),

    ("gulf-b",
     "RIYADH: The Falcon Sands Construction Expo will host 60 conference sessions and three "
     "workshops when it opens at the Palm Hall in Riyadh on Monday.\n\n"
     "The conference will discuss modular construction, smart cities and green buildings, "
     "organisers said.\n",
     {"sessions": [("conference session", 60), ("workshop", 3)],
      "topics": ["modular construction", "smart cities", "green buildings"]}),

    ("japan-b",
     "OSAKA, June 2 (Kyodo-style) -- The Crane River Food Expo 2026 will feature cooking demonstrations "
     "and a sake tasting, along with seminars on food exports and plant factories.\n",
     {"sessions": [("cooking demonstration", None), ("sake tasting", None), ("seminar", None)],
      "topics": ["food exports", "plant factories"]}),
]

NEGATIVES = [
    ("neg-subevent",
     "BEIJING, May 3 (Xinhua) -- The 2026 Jade Arch Trade Forum opened on Tuesday. The Silver Reed "
     "Investment Summit, held on the sidelines of the forum, drew 300 investors.\n",
     {"sessions": [], "topics": []}),
    ("neg-press2",
     "JAKARTA (ANTARA) - The organising committee of the Rosewood Craft Expo 2027 held a press "
     "briefing on Monday, ahead of the expo which opens in Jakarta on 3 March 2027.\n",
     {"sessions": [], "topics": []}),
    ("neg-products",
     "DUBAI: At the Sapphire Sand Tech Show 2026, Orion Labs displayed its X5 drone, its Z9 camera "
     "and its Nimbus software at stand B12.\n",
     {"sessions": [], "topics": []}),
]
