"""Probe releases of round 28 (r-roles28), batch 2: forms found with single sentences during
the round, written as whole releases in other outlets' manners (US sports and arts wires, Gulf
dailies, UNESCO-style notices, Indian business papers, trade press, organisers' pages).
Invented names; gold as an annotator would mark the MAIN event's roles."""

RELEASES = [
    ("relative-backed-by", "Film week line-up", "2026-05-12",
     "TARROW, May 12 -- The Tarrow Film Week 2026, which is backed by Kestrel Bank, will screen 80 films "
     "from 30 countries from June 4 to 10.\n\nTickets go on sale on Monday.",
     {"supporters": ["Kestrel Bank"]}),
    ("relative-run-by-anaphor", "Craft beer festival", "2026-08-20",
     "The Halvey Craft Beer Festival 2026 opens on September 12 at Halvey Docks.\n\nThe festival, which is "
     "run by the Halvey Brewers Guild, expects 15,000 visitors over three days.",
     {"organizers": ["Halvey Brewers Guild"]}),
    ("relative-presented-by", "Jazz weekend", "2026-03-30",
     "The Orvale Riverside Jazz Festival 2026 returns on July 17-19.\n\nThe festival, which is presented by "
     "Tarsis Motors, will feature 40 bands on four stages.",
     {"sponsors": ["Tarsis Motors"]}),
    ("active-backing-the-week", "Fashion week backers", "2026-02-03",
     "VELORA, Feb. 3 -- Velora Fashion Week 2026 will run from March 2 to 8 with 60 shows.\n\nHalden Bank is "
     "backing the week for the fifth year, and the Velora Textile Council is funding the week's young "
     "designers' showcase.",
     {"supporters": ["Halden Bank"]}),
    ("active-funds-festival", "Children's book festival", "2026-09-15",
     "The Corlay Children's Book Festival 2026 will take place on October 3-4 in Corlay.\n\nThe Corlay Arts "
     "Foundation funds the festival, which is free for all visitors, and the Corlay Library hosts it.",
     {"sponsors": ["Corlay Arts Foundation"], "hosts": ["Corlay Library"]}),
    ("relative-organises-the-week", "Design week", "2026-04-08",
     "The Nordvik Design Week 2026 opens on May 18.\n\nThe Nordvik Design Council, which organises the week, "
     "said 120 studios would open their doors.",
     {"organizers": ["Nordvik Design Council"]}),
    ("has-organised-the-week-since", "Tech week", "2026-06-22",
     "KORVALE, June 22 -- Korvale Tech Week 2026 will take place from September 14 to 18.\n\nKorvale Digital "
     "Association, which has organised the week since 2014, expects 8,000 visitors.",
     {"organizers": ["Korvale Digital Association"]}),
    ("possessive-patronage-gulf", "Date festival opens", "2026-07-21",
     "LIWA, 21st July, 2026 (WAM) -- The Liwa Date Festival 2026 opened today under Sheikh Hamdan bin Saif "
     "Al Marri's patronage, with 200 farms taking part.\n\nThe festival is organised by the Liwa Heritage "
     "Club.",
     {"supporters": ["Sheikh Hamdan bin Saif Al Marri"], "organizers": ["Liwa Heritage Club"]}),
    ("possessive-auspices-unesco-style", "Heritage forum", "2026-10-02",
     "The Orvale Heritage Forum 2026, held under UNESCO's auspices, will open on November 5 in Orvale.\n\n"
     "More than 300 experts will discuss the conservation of historic towns.",
     {"supporters": ["UNESCO"]}),
    ("the-initiative-of", "Startup fair", "2026-03-14",
     "The Halvey Startup Fair 2026 will be held on April 22 at the Halvey Innovation Hub.\n\nThe fair is "
     "the initiative of the Halvey Chamber of Commerce and Tarsis Ventures, and 150 start-ups will exhibit.",
     {"organizers": ["Halvey Chamber of Commerce", "Tarsis Ventures"]}),
    ("is-back-as-title-sponsor", "Marathon sponsor", "2026-01-09",
     "The Tarrow Bay Marathon 2026 will take place on April 12.\n\nKestrel Insurance is back as title "
     "sponsor of the race, which is organised by Tarrow Runners Club.",
     {"sponsors": ["Kestrel Insurance"], "organizers": ["Tarrow Runners Club"]}),
    ("returns-as-headline-sponsor", "Food festival", "2026-05-28",
     "The Harbourside Street Food Festival 2026 will run July 10-12.\n\nHalden Foods returns as headline "
     "sponsor of the festival, while the Tarrow Hospitality Board supports the event.",
     {"sponsors": ["Halden Foods"], "supporters": ["Tarrow Hospitality Board"]}),
    ("partner-pairs-copula", "Pharma summit partners", "2026-02-17",
     "MUMBAI, Feb 17 -- The Western India Pharma Summit 2026 will be held on March 24-25 in Mumbai.\n\n"
     "Halvani Labs is the knowledge partner and Tarsis Consulting is the technology partner. The summit is "
     "organised by the Western India Drug Makers Association.",
     {"partners": ["Halvani Labs", "Tarsis Consulting"], "organizers": ["Western India Drug Makers Association"]}),
    ("bulleted-organisers-are", "Mining indaba", "2026-01-28",
     "The Kalahari Mining Indaba 2026 will take place in Gaborone from March 3 to 5.\n\nThe organisers "
     "are:\n- the Botswana Chamber of Mines\n- Marvian Resources Group\n\nThe indaba is supported by the "
     "Ministry of Minerals.",
     {"organizers": ["Botswana Chamber of Mines", "Marvian Resources Group"], "supporters": ["Ministry of Minerals"]}),
    ("right-node-raising", "Expo line-up", "2026-03-03",
     "Corvale Tech Expo 2026 opens on April 9. Corvale University hosts, and Halden Telecom sponsors, the "
     "expo, which expects 5,000 visitors.",
     {"hosts": ["Corvale University"], "sponsors": ["Halden Telecom"]}),
    ("gmbh-co-kg", "Packaging fair", "2026-06-11",
     "The Nordpack Fair 2026 will be held in Halvenburg from October 6 to 9. The fair is organised by "
     "Halvenburg Messe GmbH & Co. KG and sponsored by Tarsis Verpackung AG.",
     {"organizers": ["Halvenburg Messe GmbH & Co. KG"], "sponsors": ["Tarsis Verpackung AG"]}),
]
