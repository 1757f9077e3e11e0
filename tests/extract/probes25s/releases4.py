"""Fourth batch (s-sessions25): kinds of events the corpus holds (film, medical, games, farm,
government summit, airshow, awards festival), in our own text, invented names."""

RELEASES = [
    ("film-fest",
     "MONTREAL, Aug. 20 -- The 2026 Silver Maple Film Festival opened on Thursday in Montreal, Canada.\n\n"
     "The festival will screen 210 films from 62 countries over 11 days. Its programme includes a short "
     "film competition, masterclasses with directors and outdoor screenings.\n",
     {"sessions": [("short film competition", None), ("masterclass", None), ("outdoor screening", None)],
      "topics": []}),
    ("med-conf",
     "CHENNAI: The three-day Lotus Pond Medical Conference began here on Friday.\n\n"
     "The conference will have 12 scientific sessions, three CME workshops and a poster session. "
     "Speakers will address topics including cardiac surgery, diabetes care and medical ethics.\n",
     {"sessions": [("scientific session", 12), ("CME workshop", 3), ("poster session", None)],
      "topics": ["cardiac surgery", "diabetes care", "medical ethics"]}),
    ("games-fair",
     "COLOGNE -- The Ember Grove Games Fair drew 340,000 visitors to Cologne, Germany, this week.\n\n"
     "The fair featured an entertainment area, a business area and an indie arena, as well as a "
     "cosplay contest and evening concerts in the city.\n",
     {"sessions": [("entertainment area", None), ("business area", None), ("indie arena", None),
                   ("cosplay contest", None), ("evening concert", None)],
      "topics": []}),
    ("farm-show",
     "BOONE, Iowa -- The Prairie Furrow Farm Show opens Tuesday near Boone, Iowa.\n\n"
     "Visitors can watch field demonstrations of harvesters, attend educational seminars and test new "
     "equipment at ride-and-drive events. The show highlights precision farming and soil conservation.\n",
     {"sessions": [("field demonstration", None), ("educational seminar", None), ("ride-and-drive event", None)],
      "topics": ["precision farming", "soil conservation"]}),
    ("gov-summit",
     "DUBAI -- The 2026 Crescent Gate Government Summit opened on Sunday in Dubai with 4,000 participants.\n\n"
     "The summit features 110 sessions with more than 300 speakers, and over 20 ministerial meetings "
     "will be held on its sidelines. Sessions will explore the future of government services, "
     "artificial intelligence and climate adaptation.\n",
     {"sessions": [("session", 110), ("ministerial meeting", 20)],
      "topics": ["future of government services", "artificial intelligence", "climate adaptation"]}),
    ("airshow",
     "OSHKOSH, Wis. -- The Heron Lake Fly-In drew pilots from around the world this week.\n\n"
     "The week-long event offered daily air shows, more than 1,000 forums and workshops, and a "
     "seaplane base tour.\n",
     {"sessions": [("daily air show", None), ("forum", 1000), ("workshop", None), ("seaplane base tour", None)],
      "topics": []}),
    ("awards-fest",
     "CANNES -- The Azure Bay Creativity Festival kicks off on Monday in Cannes, France.\n\n"
     "Over five days, delegates can attend more than 400 talks and workshops, while 30 awards "
     "ceremonies will honour the best work in advertising, design and film.\n",
     {"sessions": [("talk", 400), ("workshop", None), ("awards ceremony", 30)],
      "topics": ["advertising", "design", "film"]}),
    ("vn-fair",
     "HO CHI MINH CITY -- The Lotus Bloom Typical Goods Fair opened on Wednesday in Ho Chi Minh City, Vietnam, "
     "with 500 booths of 400 enterprises.\n\n"
     "During the fair, the organisers will hold a trade promotion conference, seminars on "
     "e-commerce and a business matching programme.\n",
     {"sessions": [("trade promotion conference", None), ("seminar", None), ("business matching programme", None)],
      "topics": ["e-commerce"]}),
    ("sdg-symposium",
     "NEW YORK, Sept. 25, 2026 /EINPresswire/ -- The Harbor Light Sustainability Symposium 2026 "
     "convened on Tuesday in New York.\n\n"
     "The symposium featured a keynote address, three panel discussions and a youth dialogue, with a "
     "focus on clean water, gender equality and climate finance.\n",
     {"sessions": [("keynote address", None), ("panel discussion", 3), ("youth dialogue", None)],
      "topics": ["clean water", "gender equality", "climate finance"]}),
    ("youth-summit",
     "BEIJING -- The 2026 Jade Bridge Youth Entrepreneurs Summit opened on Saturday in Beijing.\n\n"
     "The summit consists of an opening ceremony, a main forum, five sub-forums and a startup "
     "roadshow, covering the digital economy, rural revitalization and green development.\n",
     {"sessions": [("opening ceremony", None), ("main forum", None), ("sub-forum", 5), ("startup roadshow", None)],
      "topics": ["digital economy", "rural revitalization", "green development"]}),
]

NEGATIVES = []
