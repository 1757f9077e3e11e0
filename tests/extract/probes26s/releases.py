"""Probe releases of round 26 (s-sessions26): our own text in many wire styles; every event,
organiser and venue name is invented (cities are real for the gazetteer). Each has the
sessions (label as written, singular; count or None) and the topics an annotator would mark
under conventions 10 and 11 of the corpus README."""

RELEASES = [
    ("xinhua-a",
     "CHANGSHA, May 18 (Xinhua) -- The 2026 Copper Finch Industry Expo opened here on Monday.\n\n"
     "More than 200 side events will be held during the five-day expo, which focuses on new materials, "
     "industrial robots and low-altitude economy.\n",
     {"sessions": [("side event", 200)],
      "topics": ["new materials", "industrial robots", "low-altitude economy"]}),

    ("prn-a",
     "AUSTIN, Texas, Feb. 4, 2026 /PRNewswire/ -- Bright Anvil Media today unveiled the agenda for "
     "Velvet Orbit Conference 2026, set for April 20-22 in Austin.\n\n"
     "The programme comprises 80 sessions across four tracks, a series of 12 workshops and an "
     "evening networking reception. Tracks cover edge computing, developer tooling and open-source "
     "governance.\n",
     {"sessions": [("session", 80), ("track", 4), ("workshop", 12), ("evening networking reception", None)],
      "topics": ["edge computing", "developer tooling", "open-source governance"]}),

    ("bw-a",
     "SAN DIEGO--(BUSINESS WIRE)--Pale Harbor Events announced today that Lumen Tide Summit 2026 will "
     "run June 3-5 at the Seabright Convention Center in San Diego.\n\n"
     "Across 5 stages hosting 300 speakers, the summit will explore precision oncology, gene editing "
     "and clinical data.\n",
     {"sessions": [("stage", 5)],
      "topics": ["precision oncology", "gene editing", "clinical data"]}),

    ("wam-a",
     "ABU DHABI, 10th March, 2026 (WAM) -- The Pearl Reef Energy Week will be held from 14th to 16th "
     "April at the Coral Gate Centre in Abu Dhabi.\n\n"
     "The week includes 12 thematic sessions and 40 side events, and will discuss hydrogen, carbon "
     "capture and grid modernisation.\n",
     {"sessions": [("thematic session", 12), ("side event", 40)],
      "topics": ["hydrogen", "carbon capture", "grid modernisation"]}),

    ("antara-a",
     "Jakarta (ANTARA) - The Teak Harbour Creative Festival 2026 will present six forums, a dozen "
     "roundtables and a fashion show in Jakarta on August 7-9.\n\n"
     "The festival highlights culinary arts, batik design and digital animation.\n",
     {"sessions": [("forum", 6), ("roundtable", 12), ("fashion show", None)],
      "topics": ["culinary arts", "batik design", "digital animation"]}),

    ("bernama-a",
     "KUALA LUMPUR, Sept 2 (Bernama) -- The Rattan Bay Halal Expo 2026 will offer dozens of "
     "masterclasses and business-matching sessions when it opens at the Orchid Hall here next week.\n\n"
     "The expo will showcase halal cosmetics, modest fashion and Islamic finance.\n",
     {"sessions": [("masterclass", None), ("business-matching session", None)],
      "topics": ["halal cosmetics", "modest fashion", "Islamic finance"]}),

    ("pti-a",
     "NEW DELHI (PTI): The three-day Saffron Crest Agri Summit began here on Wednesday with over three "
     "days of 60 panels on crop insurance, farm credit and irrigation.\n\n"
     "The summit will close with a gala dinner and an awards night on Friday.\n",
     {"sessions": [("panel", 60), ("gala dinner", None), ("awards night", None)],
      "topics": ["crop insurance", "farm credit", "irrigation"]}),

    ("african-a",
     "ACCRA - The Baobab Gate Investment Forum 2026 opened in Accra on Tuesday.\n\n"
     "Highlights include investment pitches, site visits and a job fair. The forum will be devoted to "
     "agro-processing, renewable energy and tourism.\n",
     {"sessions": [("investment pitch", None), ("site visit", None), ("job fair", None)],
      "topics": ["agro-processing", "renewable energy", "tourism"]}),

    ("latam-a",
     "SANTIAGO - The Andes Quill Wine Fair 2026 will take place from November 12 to 15 in Santiago, Chile.\n\n"
     "Visitors can also enjoy concerts, film screenings and guided tastings. The fair will feature "
     "20-plus conferences on terroir, sustainable viticulture and wine tourism.\n",
     {"sessions": [("concert", None), ("film screening", None), ("guided tasting", None),
                   ("conference", 20)],
      "topics": ["terroir", "sustainable viticulture", "wine tourism"]}),

    ("trade-a",
     "Garnet Loop Plastics Show 2026 - key figures\n\n"
     "The Garnet Loop Plastics Show takes place in Dusseldorf, Germany from 6 to 9 October 2026.\n\n"
     "Exhibitors: 1,200\n"
     "Sessions: 45\n"
     "Workshops: 18\n\n"
     "Key themes: recycling; bio-based polymers; extrusion.\n",
     {"sessions": [("session", 45), ("workshop", 18)],
      "topics": ["recycling", "bio-based polymers", "extrusion"]}),

    ("organiser-a",
     "Join us at Ember Lake Food Week 2026 in Melbourne, Australia, from 3 to 8 March.\n\n"
     "Activities such as cooking classes, farm tours and a hackathon run all week. Sessions range "
     "from plant-based proteins to food waste.\n",
     {"sessions": [("cooking class", None), ("farm tour", None), ("hackathon", None)],
      "topics": ["plant-based proteins", "food waste"]}),

    ("korea-a",
     "SEOUL, Oct. 1 (Korea Wire) -- The Jade Pine Battery Show 2026 opened at the Hanbit Hall in Seoul on Wednesday.\n\n"
     "The opening day saw a keynote session and a ribbon-cutting ceremony. Running for three days, the "
     "show features 15 parallel sessions under the pillars of solid-state batteries, recycling and "
     "charging infrastructure.\n",
     {"sessions": [("keynote session", None), ("ribbon-cutting ceremony", None), ("parallel session", 15)],
      "topics": ["solid-state batteries", "recycling", "charging infrastructure"]}),

    ("japan-a",
     "TOKYO, Jan. 15 -- The Silver Kite Robotics Fair 2026 will be held at the Hoshi Messe in Tokyo "
     "from Feb. 10 to 13.\n\n"
     "The fair will feature a conference program spanning service robots, collaborative robots and "
     "machine vision, as well as a student competition.\n",
     {"sessions": [("conference program", None), ("student competition", None)],
      "topics": ["service robots", "collaborative robots", "machine vision"]}),

    ("gulf-a",
     "DOHA: The Desert Lily Tourism Forum kicked off at the Crescent Hall in Doha on Sunday.\n\n"
     "On the sidelines of the forum, a networking reception and a field trip were organised. "
     "Sectors represented include hospitality, aviation and events.\n",
     {"sessions": [("networking reception", None), ("field trip", None)],
      "topics": ["hospitality", "aviation"]}),

    ("african-b",
     "NAIROBI - The Savanna Bloom Energy Conference opened in Nairobi on Monday with a focus on oil "
     "and gas, mining and infrastructure.\n\n"
     "The conference features tracks on upstream investment, local content and energy transition.\n",
     {"sessions": [("track", None)],
      "topics": ["oil and gas", "mining", "infrastructure", "upstream investment", "local content",
                 "energy transition"]}),

    ("xinhua-b",
     "XI'AN, July 9 (Xinhua) -- The 2026 Silk Lantern Culture Expo opened on Thursday.\n\n"
     "A panel on intangible cultural heritage and a workshop on museum digitization were held on "
     "the first day, as well as an exhibition of folk art.\n",
     {"sessions": [("panel", None), ("workshop", None), ("exhibition", None)],
      "topics": ["intangible cultural heritage", "museum digitization"]}),

    ("trade-b",
     "The Cobalt Fern Coatings Expo returns to Chicago, Illinois on 21-23 April 2026.\n\n"
     "Conferences | 120\n"
     "Exhibitors | 650\n\n"
     "The expo will cover areas including powder coatings, corrosion protection and surface testing.\n",
     {"sessions": [("conference", 120)],
      "topics": ["powder coatings", "corrosion protection", "surface testing"]}),

    ("indian-b",
     "MUMBAI: The Marigold Wave Fintech Fest 2026 will host 24 parallel sessions, where themes such as "
     "digital lending, payments security and open banking will be discussed, organisers said.\n",
     {"sessions": [("parallel session", 24)],
      "topics": ["digital lending", "payments security", "open banking"]}),
]

#: what is not a session (convention 10): stands, pre-event press conferences, product
#: launches, webinars before the event, named sub-events, previous editions' programmes, an
#: organisation's unrelated meetings
NEGATIVES = [
    ("neg-stand",
     "DUBAI: The Sandstone Auto Show opened on Monday in Dubai. Orion Motors held a product "
     "demonstration at its stand and Zephyr Auto organised test drives from its booth.\n",
     {"sessions": [], "topics": []}),
    ("neg-launch",
     "SHANGHAI, June 2 (Xinhua) -- At the 2026 Heron Bay Auto Expo, Orion Motors held the launch of its "
     "new electric sedan on Tuesday.\n",
     {"sessions": [], "topics": []}),
    ("neg-webinar",
     "LONDON - Ahead of the Oakmere Fintech Week in London in June 2026, the organisers held a webinar "
     "last month to brief exhibitors.\n",
     {"sessions": [], "topics": []}),
    ("neg-press",
     "RIYADH: Organisers of the Dune Crest Expo held a press conference on Sunday to announce that the "
     "expo will take place in Riyadh from 4 to 7 May 2027.\n",
     {"sessions": [], "topics": []}),
    ("neg-previous",
     "CAIRO - The Lotus Gate Trade Fair 2026 will open in Cairo next month. Last year's edition featured "
     "30 seminars and a fashion show.\n",
     {"sessions": [], "topics": []}),
    ("neg-board",
     "LAGOS - The Palm Reach Expo 2026 opens in Lagos on Friday. Separately, the chamber's board held "
     "its quarterly meetings in Abuja last week.\n",
     {"sessions": [], "topics": []}),
]
