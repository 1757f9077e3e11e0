"""Third batch (s-sessions25): negatives full of programme-like words that are no programme
parts here, and a few mixed releases. Our own text, invented names."""

RELEASES = [
    ("mixed-1",
     "JOHANNESBURG - The 2026 Protea Gate Mining Indaba opened on Monday at the Veld Hall in Johannesburg.\n\n"
     "Exhibitors displayed solar panels, control panels and haul trucks on the show floor. The "
     "first stage of the new exhibition centre was completed last year.\n\n"
     "The indaba features a ministerial session and 25 investor presentations.\n",
     {"sessions": [("ministerial session", None), ("investor presentation", 25)],
      "topics": ["solar panels", "control panels", "haul trucks"]}),
    ("mixed-2",
     "CAIRO: The Nile Reed Health Expo 2026 kicked off on Sunday, the Ministry of Health said.\n\n"
     "The expo, which has a strong track record, hosts more than 300 companies. Visitors can attend free "
     "seminars in the seminar room on the second floor.\n",
     {"sessions": [("free seminar", None)], "topics": []}),
    ("mixed-3",
     "The Garnet Coast Boat Show returns to Southampton, England from 11 to 20 September 2026.\n\n"
     "Boatbuilders will launch 40 new models at the show, and the marina will host on-water "
     "demonstrations and sailing lessons. The show's organisers met city officials last month to plan the event.\n",
     {"sessions": [("on-water demonstration", None), ("sailing lesson", None)], "topics": []}),
]

NEGATIVES = [
    ("neg-panels",
     "The 2026 Solaris Ridge Energy Fair opened in Madrid, Spain on Tuesday. More than 500 exhibitors "
     "showed solar panels and inverters, and a rock band on a world tour played in the city the same night. "
     "Parliament's budget session ended on Monday.\n",
     {"sessions": [], "topics": ["solar panels", "inverters"]}),
    ("neg-meetings",
     "BEIJING, May 3 (Xinhua) -- The 2026 Lotus Crane Import Fair will be held in Beijing from June 1 to 5. "
     "The organizing committee has held three meetings with provincial officials and two press "
     "conferences to prepare for the fair.\n",
     {"sessions": [], "topics": []}),
]
