from heads import S

PROBES = [
 (S + "Vantor Airways, the official carrier of the national team, offers discounts to visitors of the show.", []),
 (S + "Support for the show was strong.", []),
 (S + "Funding for the show has been cut by the Calloway City Council.", []),
 (S + "The show receives sponsorship from local businesses.", []),
 (S + "The show was established as a platform for boat builders.", []),
 (S + "Halbrook Bank provides loans to boat buyers at the show.", []),
 (S + "The show was founded to promote boating.", []),
 (S + "Corlan Events launched a new ticketing app for the show.", []),
 (S + "The show's new hall was delivered by Sarvik Builders.", []),
 (S + "A new award, launched by the Calloway Marine Dealers Association, honours young designers.", []),
 (S + "The show has the endorsement of many boaters.", []),
 (S + "The boats on display were created by Sarvik Yachts.", []),
 (S + "The show partnered with local schools.", []),
 (S + "The show, which began in 1950, was founded by the Calloway Marine Dealers Association.", [("organizer", "Calloway Marine Dealers Association")]),
 (S + "Sarvik Yachts teamed up with Daleth Marine to exhibit at the show.", []),
 (S + "Sarvik Yachts joined forces with Daleth Marine to host a party at the show.", []),
 (S + "Halbrook Bank, the official bank of the show, offers free accounts.", [("partner", "Halbrook Bank")]),
]
NEGATIVES = []
