"""Probe releases of round 28 (r-roles28), batch 4: the English of Balkan, Italian, Latin
American and Central Asian wires and of EU-funded projects ('organised in collaboration
between', 'with the contribution of', 'auspiced by', 'carried out by', 'co-financed by', 'It is
run by'). Invented names; gold as an annotator would mark the MAIN event's roles."""

RELEASES = [
    ("balkan-collaboration-between", "Book fair opens", "2026-04-20",
     "HALVENBURG, April 20 -- The Halvenburg Book Fair 2026 opened on Monday with 300 publishers from 20 "
     "countries.\n\nThe fair is organised in collaboration between the Halvenburg Publishers Union and the "
     "City Library, with the contribution of the Halvenburg Region.",
     {"organizers": ["Halvenburg Publishers Union", "City Library"], "supporters": ["Halvenburg Region"]}),
    ("latam-auspiced-sponsorship", "Feria de cafe", "2026-08-14",
     "SANTA ELENA, Aug 14 -- The Andean Coffee Fair 2026 will take place on September 3-6. The event has the "
     "sponsorship of Banco del Sur and is auspiced by the Ministerio de Agricultura.",
     {"sponsors": ["Banco del Sur"], "supporters": ["Ministerio de Agricultura"]}),
    ("eu-carried-out-co-financed", "Heritage days", "2026-05-09",
     "The Danube Heritage Days 2026 will take place in Ruse from June 12 to 14. The event is carried out by "
     "the Ruse Regional Museum. It is co-financed by the European Union.",
     {"organizers": ["Ruse Regional Museum"], "sponsors": ["European Union"]}),
    ("it-is-run-by", "Antiques fair", "2026-03-27",
     "The Orvale Antiques Fair 2026 opened on Friday with 140 dealers. It is run by Kestrel Events, which "
     "has staged the fair since 1998.",
     {"organizers": ["Kestrel Events"]}),
]
