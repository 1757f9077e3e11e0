"""Seventh batch of round-21 probe releases (our own text): dates that are not the event's
(programme parts, deadlines, other events, previous editions) beside the event's own."""
from releases import rel

RELEASES = [
    ("n_session_date_first", rel("Expo", "2026-04-20", """
The opening ceremony on June 2 will launch the Caspian Oil Expo, which runs from June 2 to 4 in Baku.
"""), {"start": "2026-06-02", "end": "2026-06-04"}),
    ("n_field_trip", rel("Congress", "2026-04-20", """
The Andean Geology Congress will be held in Arequipa from 10 to 12 June. A field trip to the Colca Canyon is planned for June 14.
"""), {"start": "2026-06-10", "end": "2026-06-12"}),
    ("n_call_for_papers", rel("Conference", "2026-04-20", """
The call for papers for the Nordic Acoustics Conference closes on May 15. The conference takes place in Aalborg on 20-22 August.
"""), {"start": "2026-08-20", "end": "2026-08-22"}),
    ("n_early_bird", rel("Summit", "2026-04-20", """
The Gulf Cyber Summit will be held in Doha on 8-9 September. Early registration is available until July 31.
"""), {"start": "2026-09-08", "end": "2026-09-09"}),
    ("n_previous_edition_year", rel("Fair", "2026-04-20", """
The Baltic Amber Fair will take place in Gdańsk from 12 to 15 March 2027. The 2026 fair, held from 13 to 16 March, drew 9,000 visitors.
"""), {"start": "2027-03-12", "end": "2027-03-15"}),
    ("n_press_conf_date", rel("Expo", "2026-04-20", """
The Mekong Fruit Expo will take place on June 12-14 in Can Tho, organisers told a press conference on April 18.
"""), {"start": "2026-06-12", "end": "2026-06-14"}),
    ("n_other_event_later", rel("Forum", "2026-04-20", """
The Pacific Tuna Forum opens in Honiara on 5 May. The Pacific Fisheries Ministers Meeting follows on 8-9 May.
"""), {"start": "2026-05-05"}),
    ("n_tickets_on_sale", rel("Festival", "2026-04-20", """
Tickets for the Harbour Blues Festival go on sale on May 1. The festival takes place on July 10-12 in Durban.
"""), {"start": "2026-07-10", "end": "2026-07-12"}),
    ("n_public_days", rel("Show", "2026-04-20", """
The Continental Auto Show runs from 10 to 19 September in Frankfurt, with press days on 8 and 9 September.
"""), {"start": "2026-09-10", "end": "2026-09-19"}),
    ("n_deadline_noun", rel("Award", "2026-04-20", """
The Alpine Architecture Festival will be held in Graz on 3-5 October. The submission deadline for the festival's awards is 30 June.
"""), {"start": "2026-10-03", "end": "2026-10-05"}),
    ("n_ministerial_visit", rel("Fair", "2026-04-20", """
The minister will be in Tashkent on May 11-12 for talks, before opening the Silk Road Textile Fair on May 13.
"""), {"start": "2026-05-13"}),
    ("n_announced_on", rel("Fair", "2026-04-20", """
On April 15, organisers announced that the Harbour Seafood Fair will take place in Halifax on 20-22 June.
"""), {"start": "2026-06-20", "end": "2026-06-22"}),
]
