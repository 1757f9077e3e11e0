from heads import S, E

PROBES = [
 (S + "The show's organisers (Corlan Events and Tessaro Exhibitions) expect growth.", [("organizer", "Corlan Events"), ("organizer", "Tessaro Exhibitions")]),
 (S + "Corlan Events, the show's organiser, and Halbrook Bank, its main sponsor, said sales rose.", [("organizer", "Corlan Events"), ("sponsor", "Halbrook Bank")]),
 (S + "Corlan Events (the organiser) said sales rose.", [("organizer", "Corlan Events")]),
 (S + "The show is organised by Corlan Events (organiser) and Halbrook Bank (sponsor).", [("organizer", "Corlan Events"), ("sponsor", "Halbrook Bank")]),
 (S + "Organized by Corlan Events and sponsored by Halbrook Bank, the show runs to Sunday.", [("organizer", "Corlan Events"), ("sponsor", "Halbrook Bank")]),
 (S + "The show is organised by Corlan Events for the Calloway Marine Dealers Association.", [("organizer", "Corlan Events")]),
 (E + "The expo is co-organized by Tessaro Exhibitions and the Quenby Farmers Union, with the support of the Quenby Ministry of Agriculture.", [("coOrganizer", "Tessaro Exhibitions"), ("coOrganizer", "Quenby Farmers Union"), ("supporter", "Quenby Ministry of Agriculture")]),
 (E + "The expo is held by the Quenby Ministry of Agriculture.", [("host", "Quenby Ministry of Agriculture")]),
 (E + "The expo is jointly held by the Quenby Ministry of Agriculture and the Quenby Farmers Union.", [("host", "Quenby Ministry of Agriculture"), ("host", "Quenby Farmers Union")]),
 (E + "The Quenby Ministry of Agriculture held the expo.", [("host", "Quenby Ministry of Agriculture")]),
 (E + "The Quenby Ministry of Agriculture is holding the expo for the third year.", [("host", "Quenby Ministry of Agriculture")]),
 (E + "Tessaro Exhibitions is the expo's exclusive organiser.", [("organizer", "Tessaro Exhibitions")]),
 (E + "Tessaro Exhibitions was appointed as the organiser of the expo.", [("organizer", "Tessaro Exhibitions")]),
 (E + "The expo's official organiser is Tessaro Exhibitions.", [("organizer", "Tessaro Exhibitions")]),
 (E + "The Quenby Ministry of Agriculture, as the host of the expo, welcomed 300 exhibitors.", [("host", "Quenby Ministry of Agriculture")]),
]
NEGATIVES = []
