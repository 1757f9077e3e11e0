"""Probe releases, batch 3 (r-roles27): forms found with single sentences during the round,
written as whole releases in other outlets' manners (Chinese provincial wires, Latin-American
and German trade press, US newswires, Gulf and South Asian dailies, organiser pages).
Invented names; gold as an annotator would mark the MAIN event's roles."""

RELEASES = [
    ("cn-municipal-peoples-government", "Smart city expo opens", "2026-09-04",
     "LANXI, Sept. 4 -- The 2026 Lanxi Smart City Expo opened on Thursday at the Lanxi International "
     "Convention Center.\n\nThe expo is hosted by the Lanxi municipal people's government and the Marvian "
     "Academy of Engineering, and organized by the Lanxi provincial department of commerce.",
     {"hosts": ["Lanxi municipal people's government", "Marvian Academy of Engineering"],
      "organizers": ["Lanxi provincial department of commerce"]}),
    ("latam-particles", "Feria del libro abre sus puertas", "2026-04-24",
     "SANTA ELENA, April 24 -- The Santa Elena International Book Fair 2026 opened on Friday with 400 "
     "publishers.\n\nThe fair is organised by Fundación para el Libro Andino and the Cámara Peruana del "
     "Libro, with the support of the Ministerio de Cultura y Patrimonio.",
     {"organizers": ["Fundación para el Libro Andino", "Cámara Peruana del Libro"],
      "supporters": ["Ministerio de Cultura y Patrimonio"]}),
    ("de-trade-press-described", "Plastics fair books out halls", "2026-06-15",
     "Plastica Nord 2026, the plastics fair in Halvenburg, has booked out all 12 halls. The fair is organised "
     "by Messe Halvenburg and the Marvian plastics machinery association VKM, which owns the show's concept.",
     {"organizers": ["Messe Halvenburg", "Marvian plastics machinery association VKM"]}),
    ("us-wire-company-suffixes", "Robotics expo sponsors announced", "2026-02-18",
     "PELLBURG, Ohio, Feb. 18, 2026 /PRNewswire/ -- The Midwest Robotics Expo 2026 announced its sponsors "
     "today. The expo is sponsored by Kestrel Motion, Inc., Halden Automation, LLC and Tarsis Sensors Co., "
     "Ltd., and runs May 5-7.",
     {"sponsors": ["Kestrel Motion, Inc", "Halden Automation, LLC", "Tarsis Sensors Co., Ltd"]}),
    ("web-address-in-brackets", "Organic week programme", "2026-05-02",
     "The Green Valley Organic Week 2026 runs from June 1 to 7 in Halvey.\n\nThe week is organised by the "
     "Halvey Organic Growers (www.halveygrowers.example) and the Green Valley Food Council "
     "(www.gvfc.example).",
     {"organizers": ["Halvey Organic Growers", "Green Valley Food Council"]}),
    ("gulf-headline-particles", "Camel show opens under patronage of Sheikh Saif bin Rashid Al Marri",
     "2026-12-12",
     "AL DHAID, 12th December, 2026 -- The Al Dhaid Camel Beauty Show 2026 opened today with 3,000 camels "
     "taking part over ten days.",
     {"supporters": ["Sheikh Saif bin Rashid Al Marri"]}),
    ("pk-hosts-lead", "University hosts engineering summit", "2026-03-20",
     "KORVALE, March 20 -- Korvale University hosts the 3rd Korvale Engineering Summit on Friday and "
     "Saturday, with 1,200 delegates expected.",
     {"hosts": ["Korvale University"]}),
    ("partnering-inverted", "Food festival partners", "2026-08-09",
     "The Harbourside Food Festival 2026 returns to Tarrow Quay on August 22.\n\nPartnering with the "
     "festival this year are Kestrel Dairy and the Tarrow Bakers Guild, while Halden Bank remains the "
     "title sponsor.",
     {"partners": ["Kestrel Dairy", "Tarrow Bakers Guild"], "sponsors": ["Halden Bank"]}),
    ("company-behind", "Design week", "2026-10-01",
     "Vellby Design Week 2026 opens on October 12. Lumen Collective, the studio that founded the week in "
     "2015, is the company behind the event, and Corvin Paints is its main partner.",
     {"organizers": ["Lumen Collective"], "partners": ["Corvin Paints"]}),
    ("dash-key-lines", "Mining conference programme", "2026-07-30",
     "The Andean Mining Conference 2026 will be held in Arequipa Alta on September 8-10.\n\nOrganised by – "
     "Instituto de Ingenieros de Minas del Sur\nSupported by – Ministerio de Energía y Minas\n"
     "Media partner – Mining Review Andes",
     {"organizers": ["Instituto de Ingenieros de Minas del Sur"], "supporters": ["Ministerio de Energía y Minas"],
      "partners": ["Mining Review Andes"]}),
    ("while-sponsor-it", "Jazz weekend line-up", "2026-06-02",
     "The Corlay Jazz Weekend 2026 will run July 10-12.\n\nThe Corlay Arts Trust organises the weekend, "
     "while Halden Bank and Kestrel Radio sponsor it.",
     {"organizers": ["Corlay Arts Trust"], "sponsors": ["Halden Bank", "Kestrel Radio"]}),
    ("annual-appos-owner", "Fly-in draws pilots", "2026-07-28",
     "OSHVALE -- Skyfest Oshvale 2026, the Vintage Flyers Club's annual fly-in, drew 600 aircraft on its "
     "first day.",
     {"organizers": ["Vintage Flyers Club"]}),
]
