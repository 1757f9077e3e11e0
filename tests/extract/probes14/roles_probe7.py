from heads import S

PROBES = [
 (S + "Sponsors include Halbrook Bank, tidewell media and Pellor Telecom.", [("sponsor", "Halbrook Bank"), ("sponsor", "tidewell media"), ("sponsor", "Pellor Telecom")]),
 (S + "Sponsors include blueharbour, Halbrook Bank and Pellor Telecom.", [("sponsor", "blueharbour"), ("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Telecom")]),
 (S + "The show is supported by Halbrook Bank and nordhaven group.", [("supporter", "Halbrook Bank"), ("supporter", "nordhaven group")]),
 (S + "The show is organised by nordhaven events, part of the Arvel Group.", [("organizer", "nordhaven events")]),
 (S + "The show is organised by nordhaven events ltd.", [("organizer", "nordhaven events ltd")]),
 (S + "nordhaven events organises the show.", [("organizer", "nordhaven events")]),
 (S + "The show is hosted by nordhaven events in cooperation with tidewell media.", [("host", "nordhaven events"), ("partner", "tidewell media")]),
 (S + "The show, which nordhaven events has organised since 1999, grew again.", [("organizer", "nordhaven events")]),
 (S + "Under the patronage of the Calloway Ministry of Tourism, the show is organised by nordhaven events.", [("supporter", "Calloway Ministry of Tourism"), ("organizer", "nordhaven events")]),
]
NEGATIVES = [
 S + "The show is organised by local events staff.",
 S + "The show is popular with social media users.",
 S + "Tickets are sold by the box office.",
]
