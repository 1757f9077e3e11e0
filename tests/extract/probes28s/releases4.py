"""Probe releases of round 28, batch 4: event kinds (air show, medical congress, film and book
festivals, art fair, boat show, farm show); invented names, real cities."""

RELEASES = [
    ("air4-displays",
     "OSHKOSH, Wis. - The 2026 Prairie Wing Fly-In will run July 20-26 at Cedar Field in Oshkosh.\n\n"
     "The week will feature daily air shows, more than 1,000 forums and workshops, and a night air show. "
     "Forums will cover aircraft maintenance, homebuilt aircraft and aviation safety.\n",
     {"sessions": [("air show", None), ("forum", 1000), ("workshop", None), ("night air show", None)],
      "topics": ["aircraft maintenance", "homebuilt aircraft", "aviation safety"]}),

    ("med4-congress",
     "DUBAI: The Palm Crescent Medical Congress 2026 will be held at the Creekside Centre in Dubai from "
     "January 26 to 29.\n\n"
     "The congress will host 12 CME conferences, with sessions on cardiology, oncology and emergency "
     "medicine, alongside hands-on surgical workshops.\n",
     {"sessions": [("CME conference", 12), ("session", None), ("hands-on surgical workshop", None)],
      "topics": ["cardiology", "oncology", "emergency medicine"]}),

    ("film4-festival",
     "BUSAN, Sept. 10 (Yonhap) -- The 2026 Harbor Lights Film Festival will open on Oct. 2 with 220 films "
     "from 64 countries.\n\n"
     "The festival will also hold outdoor screenings, director talks and a film market, and a special "
     "program will spotlight Southeast Asian cinema.\n",
     {"sessions": [("outdoor screening", None), ("director talk", None), ("film market", None),
                   ("special program", None)],
      "topics": ["Southeast Asian cinema"]}),

    ("book4-fair",
     "RIYADH, 1 October 2026 (SPA) -- The Riyadh Palm Reader Book Fair 2026 will open on 10 October.\n\n"
     "The fair's cultural programme includes 150 events, among them poetry evenings, author signings "
     "and seminars on translation, children's literature and publishing.\n",
     {"sessions": [("event", 150), ("poetry evening", None), ("author signing", None), ("seminar", None)],
      "topics": ["translation", "children's literature", "publishing"]}),

    ("art4-fair",
     "MIAMI - The 2026 Coral Gables Art Fair returns to the Bayfront Pavilion on December 3-6.\n\n"
     "The fair will present a VIP preview, curator-led tours and a talks programme exploring digital "
     "art, art collecting and photography.\n",
     {"sessions": [("VIP preview", None), ("curator-led tour", None), ("talks programme", None)],
      "topics": ["digital art", "art collecting", "photography"]}),

    ("boat4-show",
     "FORT LAUDERDALE, Fla. - The 2026 Gulfstream Harbor Boat Show will open October 28 at the Sunset "
     "Marina.\n\n"
     "Visitors can take part in sea trials, boating seminars and fishing clinics. More than 1,300 boats "
     "will be on display, from superyachts to electric boats.\n",
     {"sessions": [("sea trial", None), ("boating seminar", None), ("fishing clinic", None)],
      "topics": ["superyachts", "electric boats"]}),

    ("farm4-show",
     "NAKURU, Kenya - The 2026 Rift Valley Farmers Show opened at the Menengai Showground on Wednesday.\n\n"
     "The five-day show features livestock judging, tractor demonstrations and farmer training "
     "sessions on dairy farming, poultry and soil fertility.\n",
     {"sessions": [("livestock judging", None), ("tractor demonstration", None), ("farmer training session", None)],
      "topics": ["dairy farming", "poultry", "soil fertility"]}),

    ("music4-fest",
     "BAKU, June 4 (Report) -- The Caspian Breeze Jazz Festival 2026 will be held in Baku on June 18-24.\n\n"
     "The festival programme includes 14 concerts, jam sessions and master classes by visiting "
     "musicians.\n",
     {"sessions": [("concert", 14), ("jam session", None), ("master class", None)],
      "topics": []}),

    ("auto4-show",
     "CHICAGO - The 2026 Lakefront Auto Show opens to the public on Feb. 7 at the Windy Gate Center.\n\n"
     "Attendees can try indoor test tracks and outdoor ride-and-drive experiences, and the show will "
     "highlight electric pickups, hybrid SUVs and autonomous driving.\n",
     {"sessions": [("indoor test track", None), ("outdoor ride-and-drive experience", None)],
      "topics": ["electric pickups", "hybrid SUVs", "autonomous driving"]}),

    ("xinhua4-zones",
     "NANCHANG, Nov. 5 (Xinhua) -- The 2026 Red Pine Digital Economy Expo opened here on Thursday.\n\n"
     "The expo has set up eight exhibition zones, showcasing artificial intelligence, virtual reality, "
     "smart manufacturing and digital culture. A total of 12 themed forums will be held.\n",
     {"sessions": [("exhibition zone", 8), ("themed forum", 12)],
      "topics": ["artificial intelligence", "virtual reality", "smart manufacturing", "digital culture"]}),
]
