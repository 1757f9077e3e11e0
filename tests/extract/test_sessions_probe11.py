"""Probe 11: general programme forms of our own sentences (convention 10): generic programme
parts named without a proper name, counted groups with their count, lists after 'the programme
includes/features/comprises'; negatives: exhibitors' stands, a pre-event press conference,
sessions of another edition."""

from tests.extract.test_sessions_probe5 import probe_tests

E = "The 2026 Riverside Industry Expo opened in Porto on June 3. "

POSITIVES = [
    (E + "The expo kicked off with the opening ceremony on Tuesday morning.", [('opening ceremony', None)], False),
    (E + "A plenary session on energy security opened the second day.", [('plenary session', None)], False),
    (E + "More than 20 side events are planned around the expo.", [('side event', 20)], False),
    (E + "The expo will hold three parallel forums and 12 sub-forums.", [('parallel forum', 3), ('sub-forum', 12)], False),
    (E + "Three parallel forums and 12 sub-forums were held during the expo.", [('parallel forum', 3), ('sub-forum', 12)], False),
    (E + "The programme features master classes, a hackathon and site visits.", [('master class', None), ('hackathon', None), ('site visit', None)], False),
    (E + "The programme comprises panel discussions, networking sessions and a gala dinner.", [('panel discussion', None), ('networking session', None), ('gala dinner', None)], False),
    (E + "The programme includes country pavilions, concerts and an awards ceremony.", [('country pavilion', None), ('concert', None), ('awards ceremony', None)], False),
    (E + "Some 40 panel sessions will run over the four days.", [('panel session', 40)], False),
    (E + "The expo offers B2B meetings, workshops and site visits.", [('B2B meeting', None), ('workshop', None), ('site visit', None)], False),
    (E + "A hackathon for students will be held on the final day.", [('hackathon', None)], False),
    (E + "Networking sessions will take place every evening.", [('networking session', None)], False),
    (E + "The event programme includes 15 workshops and 6 master classes.", [('workshop', 15), ('master class', 6)], False),
    (E + "An awards ceremony will close the expo on Friday.", [('awards ceremony', None)], False),
    (E + "Visitors can also join site visits to local factories.", [('site visit', None)], False),
    (E + "The four-day programme features 60 panel discussions and more than 200 B2B meetings.", [('panel discussion', 60), ('B2B meeting', 200)], False),
    (E + "The event featured nine panels and two fireside chats.", [('panel', 9), ('fireside chat', 2)], False),
    (E + "Fireside chats with founders will take place on the main stage.", [('fireside chat', None)], False),
    (E + "The expo includes a job fair, workshops and concerts.", [('workshop', None), ('concert', None)], False),
    (E + "On the programme are workshops, film screenings and a gala dinner.", [('workshop', None), ('film screening', None), ('gala dinner', None)], False),
    (E + "Workshops and concerts are on the agenda.", [('workshop', None), ('concert', None)], False),
    (E + "Concerts are on offer every evening.", [('concert', None)], False),
    (E + "Twelve workshops will be held at the 2026 edition.", [('workshop', 12)], False),
    (E + "The expo will host a first-ever hackathon.", [('hackathon', None)], False),
    (E + "This year's programme comprises eight conferences and 30 technical workshops.", [('conference', 8), ('technical workshop', 30)], False),
]

NEGATIVES = [
    E + "Exhibitors presented their machines at their stands in Hall 2.",
    E + "At a press conference last month, the organisers announced the dates of the expo.",
    E + "The previous edition held 35 panel sessions and a gala dinner.",
    E + "Next year's edition will feature 50 workshops.",
    E + "Last year, the expo hosted 25 forums.",
    E + "The 2025 edition featured 30 panel sessions.",
    E + "Discounts are on offer for students.",
    E + "Twelve workshops were held at the 2024 edition.",
]


test_probe_positive, test_probe_negative = probe_tests(POSITIVES, NEGATIVES)
