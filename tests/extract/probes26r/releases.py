"""Probe releases of our own wording (r-roles26): (name, title, published, body, gold roles).
Every name is invented. The roles are what an annotator would mark on the MAIN event under the
corpus conventions (README 9, 12): one entry per agent, named as written. They are scored end
to end, through `kg.build` and the scorer's own reading of the graph (the main event node),
so a role put on a sub-event, on another event node or under the wrong kind counts as missed.

Leads of this round: roles stated without a 'by' (appositions, subjects, owners, 'X-hosted'),
boilerplate and key lines at the end, guests of honour in all forms, sponsor/partner titles,
and government-led events (jointly held, sponsored by a people's government, directives)."""

RELEASES = [
    # ------------------------------------------------------------ organiser as apposition / subject
    ("appos-organiser", "Harbour Boat Week draws record crowds", "2026-04-12",
     "PORTVALE, April 12 -- The Portvale Harbour Boat Week 2026 closed on Sunday after four days.\n\n"
     "The organiser, Keelwater Events Ltd, expects more than 40,000 visitors next year. \"We have never "
     "had a fuller marina,\" said Ines Marlow, director of Keelwater Events.\n\n"
     "The show featured 300 boats from 12 countries.",
     {"organizers": ["Keelwater Events Ltd"]}),
    ("x-the-organiser", "Tanneries fair returns", "2026-03-02",
     "Brenford, March 2: The Brenford Leather Fair 2026 will open on March 20 at the Brenford Trade Hall.\n\n"
     "Halvey Fairs, the organiser of the fair, said 250 exhibitors have booked space. Bookings rose 10 per "
     "cent on last year.",
     {"organizers": ["Halvey Fairs"]}),
    ("which-organises", "Lumen Design Days return to Aster", "2026-02-10",
     "ASTER, Feb. 10 -- Lumen Design Days 2026 will take place from May 4 to 8 in Aster.\n\n"
     "The Aster Design Council, which organises the festival, said it would add a new venue this year. "
     "The festival's main partner is Corvin Paints, and the event is supported by the City of Aster.",
     {"organizers": ["Aster Design Council"], "partners": ["Corvin Paints"], "supporters": ["City of Aster"]}),
    ("organisers-x-and-y", "Coastal Jazz Nights announce line-up", "2026-05-01",
     "The line-up of Coastal Jazz Nights 2026, to be held July 3-5 in Merrow Bay, was announced on Friday.\n\n"
     "Organisers Blue Reed Productions and the Merrow Bay Arts Trust said tickets would go on sale on May 10. "
     "About 12,000 people attended last year's festival.",
     {"organizers": ["Blue Reed Productions", "Merrow Bay Arts Trust"]}),
    ("x-organises-every-year", "Grain Summit to focus on storage", "2026-06-03",
     "KALVIN, June 3 -- The Kalvin Grain Summit 2026 will be held on September 14-15 at the Riverside "
     "Convention Centre in Kalvin.\n\n"
     "The Kalvin Millers' Association organises the summit every year with support from the Provincial "
     "Department of Agriculture. This year's summit will focus on grain storage and logistics.",
     {"organizers": ["Kalvin Millers' Association"], "supporters": ["Provincial Department of Agriculture"]}),
    ("will-host-edition", "Dravo to host 2026 water congress", "2026-01-20",
     "The Dravo Water Congress 2026 will take place in Dravo from October 6 to 9.\n\n"
     "The Dravo Water Utility will host the 2026 edition of the congress, which is organised by the "
     "Continental Water Association (CWA). The congress expects 3,000 delegates.",
     {"hosts": ["Dravo Water Utility"], "organizers": ["Continental Water Association"]}),
    ("staged-since", "Antique Motor Show opens", "2026-08-14",
     "Thelby, Aug 14 -- The Thelby Antique Motor Show 2026 opened on Friday at Ferne Park.\n\n"
     "The Thelby Vintage Car Club has staged the show since 1998. This year 600 cars are on display, "
     "and the show is presented by Marwick Insurance.",
     {"organizers": ["Thelby Vintage Car Club"], "sponsors": ["Marwick Insurance"]}),
    ("x-hosted", "Nordic tunnelling forum opens in Skarvik", "2026-09-09",
     "SKARVIK, Sept. 9 -- The Skarvik Tunnelling Forum 2026, a two-day meeting of tunnel engineers, opened "
     "on Wednesday.\n\nThe Skarvik University-hosted forum brings together 450 engineers from 20 countries. "
     "Its title sponsor is Holmberg Drilling.",
     {"hosts": ["Skarvik University"], "sponsors": ["Holmberg Drilling"]}),
    ("owner-possessive", "Fennel Media's annual convention opens", "2026-10-05",
     "ORLINDA, Oct. 5, 2026 /PRNewswire/ -- Fennel Media's annual convention, ContentCon 2026, opened "
     "today in Orlinda with 2,500 attendees.\n\n"
     "ContentCon 2026 is presented by Tarsis Cloud and runs through October 7. Media partner for the "
     "convention is The Orlinda Ledger.\n\n"
     "About Fennel Media\nFennel Media is a publisher of trade magazines.",
     {"organizers": ["Fennel Media"], "sponsors": ["Tarsis Cloud"], "partners": ["The Orlinda Ledger"]}),
    ("initiative-of", "Young Makers Fair opens in Calder", "2026-03-15",
     "CALDER, March 15 (Calder Post) - The Young Makers Fair 2026 opened at Calder Exhibition Grounds on "
     "Saturday.\n\nThe fair is an initiative of the Calder Chamber of Commerce and is held under the "
     "auspices of the Ministry of Youth. Drenna Telecom is the event's title sponsor.",
     {"organizers": ["Calder Chamber of Commerce"], "supporters": ["Ministry of Youth"],
      "sponsors": ["Drenna Telecom"]}),
    # ------------------------------------------------------------ boilerplate / key lines
    ("about-boilerplate", "Registration opens for PackTech Meridia 2026", "2026-02-02",
     "MERIDIA, Feb. 2, 2026 /PRNewswire/ -- Registration is now open for PackTech Meridia 2026, the "
     "packaging technology exhibition taking place 9-11 June at the Meridia Expo Centre.\n\n"
     "The exhibition will host 400 exhibitors across three halls.\n\n"
     "About Orwell Exhibitions\nOrwell Exhibitions is the organiser of PackTech Meridia and runs 14 trade "
     "shows in six countries.\n\n"
     "Media contact: Sam Rudd, Halden PR, on behalf of Orwell Exhibitions",
     {"organizers": ["Orwell Exhibitions"]}),
    ("organises-n-shows", "Cable and Wire Expo 2026 sold out", "2026-04-22",
     "CHICAGO--(BUSINESS WIRE)--Cable and Wire Expo 2026, which takes place October 20-22 in Chicago, is "
     "sold out, with 320 exhibitors.\n\n"
     "About Strand Events\nStrand Events organises 20 shows a year, including Cable and Wire Expo and "
     "Fastener World Chicago.",
     {"organizers": ["Strand Events"]}),
    ("key-lines", "Sabor Food Market 2026", "2026-05-10",
     "The Sabor Food Market 2026 takes place from 12 to 14 June in Ventira.\n\n"
     "More than 150 producers will take part.\n\n"
     "Organiser: Cielo Ferias S.A. | Venue: Ventira Fairgrounds\n"
     "Partners: Ventira Tourism Board, Banco Rivas\n"
     "Hosted by: Municipality of Ventira",
     {"organizers": ["Cielo Ferias S.A."], "partners": ["Ventira Tourism Board", "Banco Rivas"],
      "hosts": ["Municipality of Ventira"]}),
    # ------------------------------------------------------------ guests of honour
    ("partner-country-copula", "Ostrava-style fair names Veldia partner country", "2026-07-01",
     "The Korvin Industrial Fair 2026 will be held in Korvin from 14 to 18 September.\n\n"
     "Veldia is this year's partner country of the fair, and its pavilion will host 60 companies. The "
     "fair is organised by Korvin Messe.",
     {"guests_of_honor": ["Veldia"], "organizers": ["Korvin Messe"]}),
    ("country-of-honour-with", "Book fair opens with Tarsa as country of honour", "2026-09-20",
     "LUMBERTON, Sept. 20 -- The 30th Lumberton International Book Fair opened on Saturday with Tarsa as "
     "the country of honour.\n\nThe fair, organised by the Lumberton Publishers Guild, runs until "
     "September 28.",
     {"guests_of_honor": ["Tarsa"], "organizers": ["Lumberton Publishers Guild"]}),
    ("theme-country", "Kelmar Tourism Mart opens", "2026-11-03",
     "KELMAR, Nov 3 (Bernama) -- The Kelmar Tourism Mart 2026 opened here today with Oruba as the theme "
     "country and the State of Pelang as the region of honour.\n\n"
     "The three-day mart is organised by the Kelmar Tourism Promotion Board.",
     {"guests_of_honor": ["Oruba", "State of Pelang"], "organizers": ["Kelmar Tourism Promotion Board"]}),
    ("guest-nation-appos", "Carnival of Crafts opens", "2026-06-18",
     "The Carnival of Crafts 2026 opened in Sarnay on Thursday. Merevia, the guest nation, brought 40 "
     "artisans. Delgado City is the city of honour.",
     {"guests_of_honor": ["Merevia", "Delgado City"]}),
    # ------------------------------------------------------------ sponsors / partners
    ("official-partner", "Esports Arena Cup 2026 finals", "2026-12-01",
     "SEOUL, Dec. 1 (Korea Herald) -- The Esports Arena Cup 2026 finals will be held Dec. 12-13 at Hanul "
     "Dome.\n\nVantor Electronics, the tournament's official partner, will supply the hardware. The event is "
     "powered by Pulse Networks and endorsed by the Korea Esports Federation.",
     {"partners": ["Vantor Electronics"], "sponsors": ["Pulse Networks"],
      "supporters": ["Korea Esports Federation"]}),
    ("knowledge-partner", "Delhi summit on clean mobility", "2026-02-14",
     "NEW DELHI: The Clean Mobility Summit 2026 will be held here on February 25, organised by the Bharat "
     "Mobility Council in association with Sarovar Motors.\n\n"
     "Trivani Consulting is the knowledge partner of the summit, while the Ministry of Heavy Industries is "
     "supporting the event.",
     {"organizers": ["Bharat Mobility Council"], "partners": ["Sarovar Motors", "Trivani Consulting"],
      "supporters": ["Ministry of Heavy Industries"]}),
    # ------------------------------------------------------------ government-led
    ("xinhua-jointly-held", "Expo opens in Yanmu", "2026-05-18",
     "YANMU, May 18 (Xinhua) -- The 8th Yanmu Tea Culture Expo opened here on Monday.\n\n"
     "The expo is jointly held by the Ministry of Agriculture and Rural Affairs and the People's Government "
     "of Qiling Province. It has attracted more than 600 exhibitors.",
     {"hosts": ["Ministry of Agriculture and Rural Affairs", "People's Government of Qiling Province"]}),
    ("xinhua-sponsored-government", "Forum held in Dongshan", "2026-06-10",
     "DONGSHAN, June 10 (Xinhua) -- The 2026 Dongshan Digital Economy Forum, sponsored by the Dongshan "
     "Municipal People's Government and co-hosted by the Ministry of Industry and the Helan Provincial "
     "Government, opened on Wednesday.\n\nThe forum gathered 1,200 guests.",
     {"sponsors": ["Dongshan Municipal People's Government"],
      "hosts": ["Ministry of Industry", "Helan Provincial Government"]}),
    ("wam-directives", "Date festival begins in Al Rimal", "2026-07-20",
     "AL RIMAL, 20th July, 2026 (WAM) -- Organised under the directives of H.H. Sheikh Saif bin Hamad, the "
     "12th Al Rimal Date Festival kicked off today.\n\n"
     "The Al Rimal Heritage Authority is organising the festival, which runs for ten days, with Rimal "
     "Bank as strategic partner.",
     {"supporters": ["H.H. Sheikh Saif bin Hamad"], "organizers": ["Al Rimal Heritage Authority"],
      "partners": ["Rimal Bank"]}),
    ("antara-being-organised", "Kopi festival set for Batuwangi", "2026-08-01",
     "Batuwangi, Sekar (ANTARA) - The Batuwangi Kopi Festival 2026 is being organised by the Sekar "
     "Provincial Tourism Office on August 15-17.\n\n"
     "The Ministry of Tourism and Creative Economy is supporting the festival, head of the office Rudi "
     "Santoso said.",
     {"organizers": ["Sekar Provincial Tourism Office"], "supporters": ["Ministry of Tourism and Creative Economy"]}),
    ("ministry-is-organising", "Ministry to stage halal expo", "2026-03-30",
     "PUTRAJAYA, March 30 (Bernama) -- The Ministry of Domestic Trade is organising the Halal Trade Expo "
     "2026 from April 20 to 23 at the Putra Convention Hall.\n\n"
     "The expo is expected to attract 800 exhibitors, its minister said.",
     {"organizers": ["Ministry of Domestic Trade"]}),
    # ------------------------------------------------------------ event named by an anaphor / session
    ("session-host", "Renewables Week opens in Alvar", "2026-10-12",
     "ALVAR, Oct 12 (Alvar Times) -- Alvar Renewables Week 2026 opened on Monday.\n\n"
     "The week-long event is hosted by the Alvar Energy Agency. Its opening plenary session was chaired "
     "by the agency's director, and a ministerial roundtable was sponsored by Solvent Power.",
     {"hosts": ["Alvar Energy Agency"]}),
    ("gathering-anaphor", "Cardiologists meet in Vesna", "2026-04-04",
     "VESNA, April 4 -- More than 2,000 cardiologists have arrived in Vesna for the Vesna Heart Congress "
     "2026.\n\nThe four-day gathering is being hosted by the Vesna Society of Cardiology, and is sponsored "
     "by Orlan Pharma and Medica Devices.",
     {"hosts": ["Vesna Society of Cardiology"], "sponsors": ["Orlan Pharma", "Medica Devices"]}),
]

# batch 2: roles beside other editions, sub-events, quotes, long narrative sentences, datelines
RELEASES += [
    ("other-year-same-sentence", "Seed fair grows", "2026-03-12",
     "TARVO, March 12 -- The Tarvo Seed Fair 2026, organised by the Tarvo Growers Union, will have 420 "
     "exhibitors, up from 380 in 2025.\n\nThe fair runs from April 2 to 5.",
     {"organizers": ["Tarvo Growers Union"]}),
    ("since-year", "Rail expo opens", "2026-05-05",
     "The Eastland Rail Expo 2026 opened in Corby Vale on Tuesday. Railtrade Media, which has organised "
     "the expo since 2009, said 9,000 visitors are expected.",
     {"organizers": ["Railtrade Media"]}),
    ("quote-organiser", "Farm show opens", "2026-07-07",
     "The Wendmoor Farm Show 2026 opened on Tuesday in Wendmoor.\n\n"
     "\"As the organiser of the show, the Wendmoor Agricultural Society is proud to welcome 500 "
     "exhibitors,\" said its chairman, Tom Reddle.",
     {"organizers": ["Wendmoor Agricultural Society"]}),
    ("held-alongside", "Ports congress and exhibition open", "2026-09-15",
     "ROTTAVIK, Sept 15 -- The Rottavik Ports Congress 2026 opened on Tuesday, held alongside the Maritime "
     "Tech Exhibition.\n\nThe congress is hosted by the Port of Rottavik and organised by Harbourline "
     "Events. The exhibition is sponsored by Nordvig Cranes.",
     {"hosts": ["Port of Rottavik"], "organizers": ["Harbourline Events"]}),
    ("dateline-passive-lead", "Summit opens", "2026-04-20",
     "ACCRA, April 20 (Ghana News) - The West Coast Cocoa Summit 2026, organised by the Cocoa Growers "
     "Federation of Ghana, opened in Accra on Monday.\n\nIt ends on Wednesday.",
     {"organizers": ["Cocoa Growers Federation of Ghana"]}),
    ("dateline-active-lead", "Board to host investment forum", "2026-06-01",
     "LAGOS, June 1 (Daily Courier) - The Lagos State Investment Board will host the Lagos Investment "
     "Forum 2026 on June 18 at the Eko Hall.\n\nThe forum expects 700 investors.",
     {"hosts": ["Lagos State Investment Board"]}),
    ("lista-latam", "Feria de cafe abre", "2026-10-10",
     "BOGOTA, Oct 10 (Latin Wire) - The Andes Coffee Fair 2026 opened on Friday at Corferias.\n\n"
     "The fair is organised by the National Federation of Coffee Growers together with the Bogota Chamber "
     "of Commerce, with the support of ProColombia and the Ministry of Agriculture.",
     {"organizers": ["National Federation of Coffee Growers", "Bogota Chamber of Commerce"],
      "supporters": ["ProColombia", "Ministry of Agriculture"]}),
    ("japan-press", "Tokyo robotics show", "2026-11-20",
     "TOKYO (Nikkan Wire) -- The International Robot Fair 2026 opened Wednesday at Tokyo Big Sight, with "
     "the Japan Robot Makers Association and the Nikkan Daily as its organizers.\n\n"
     "The fair runs through Saturday.",
     {"organizers": ["Japan Robot Makers Association", "Nikkan Daily"]}),
    ("gulf-patronage-hh", "Dubai health week opens", "2026-01-27",
     "DUBAI, 27th January, 2026 (WAM) -- Held under the patronage of H.H. Sheikh Omar bin Khalid, Deputy "
     "Ruler of Dubai, the Gulf Health Week 2026 opened today at the Dubai World Trade Centre.\n\n"
     "The event is organised by Informa Gulf.",
     {"supporters": ["H.H. Sheikh Omar bin Khalid"], "organizers": ["Informa Gulf"]}),
    ("organised-by-colon-line", "Plastics show", "2026-02-25",
     "The Plastiva Show 2026 will be held 3-5 March in Lindgrove.\n\n"
     "Organised by: Lindgrove Trade Fairs GmbH\nSupported by: Federation of Plastics Makers (FPM)\n"
     "Media partners: Plastics Today, Polymer Weekly",
     {"organizers": ["Lindgrove Trade Fairs GmbH"], "supporters": ["Federation of Plastics Makers"],
      "partners": ["Plastics Today", "Polymer Weekly"]}),
    ("organizer-possessive-country", "China's ministry hosts trade week", "2026-06-22",
     "The China-Orvana Trade Week 2026 opened in Liancheng on Monday.\n\n"
     "The event is hosted by China's Ministry of Commerce and Orvana's Trade Promotion Agency (OTPA).",
     {"hosts": ["China's Ministry of Commerce", "Orvana's Trade Promotion Agency"]}),
    ("co-organisers-noun", "Dance festival lineup", "2026-05-30",
     "The Harrow Dance Festival 2026 runs June 10-14.\n\nThe festival's co-organisers are the Harrow Arts "
     "Centre and Motion Company, and its sponsors include Vell Bank.",
     {"co_organizers": ["Harrow Arts Centre", "Motion Company"], "sponsors": ["Vell Bank"]}),
]

# batch 3: structure, not cue words: other editions in the role's sentence, aliases, sub-events named
# beside the main event, roles in the headline only, roles of a multi-word programme
RELEASES += [
    ("than-last-edition", "Boat show grows", "2026-03-02",
     "The Kessel Boat Show 2026, organised by Marlin Fairs, will be 20 per cent larger than the 2025 edition, "
     "with 500 boats.\n\nThe show runs March 20-24 in Kessel.",
     {"organizers": ["Marlin Fairs"]}),
    ("last-years-compare", "Tile fair opens", "2026-09-22",
     "The Corvo Tile Fair 2026 opened on Tuesday. Hosted by the Corvo Ceramics Association, the fair drew "
     "more exhibitors than last year's edition.",
     {"hosts": ["Corvo Ceramics Association"]}),
    ("acronym-alias", "GHS 2026 opens", "2026-04-14",
     "KUALA LUMPUR, April 14 -- The Global Halal Summit 2026 (GHS 2026) opened here today.\n\n"
     "GHS 2026 is organised by the Halal Development Council and co-organised by Medina Expo Services.",
     {"organizers": ["Halal Development Council"], "co_organizers": ["Medina Expo Services"]}),
    ("alongside-organised", "Congress and fair", "2026-05-11",
     "The Lorne Dairy Fair 2026 opened on Monday in Lorne. The fair, held alongside the Lorne Dairy Congress, "
     "is organised by Lorne Agri Events.",
     {"organizers": ["Lorne Agri Events"]}),
    ("headline-only", "Pell Events to stage Corvo Garden Show 2026", "2026-02-18",
     "The Corvo Garden Show 2026 will open on May 2 at Corvo Park with 250 exhibitors and 40 show gardens.",
     {"organizers": ["Pell Events"]}),
    ("part-of-week", "Summit opens", "2026-06-08",
     "The Arden Fintech Summit 2026 opened on Monday as part of Arden Innovation Week. The summit is hosted "
     "by the Arden Financial Authority and supported by Velo Bank.",
     {"hosts": ["Arden Financial Authority"], "supporters": ["Velo Bank"]}),
    ("year-founded", "Jazz festival returns", "2026-07-01",
     "The Halden Jazz Festival 2026 runs July 10-12. Founded in 1994, Halden Music Society has organised the "
     "festival every summer since.",
     {"organizers": ["Halden Music Society"]}),
    ("event-noun-subject", "Medical congress", "2026-10-01",
     "The 2026 Vesna Surgery Congress will take place October 20-23. This year's congress is co-hosted by "
     "Vesna University Hospital and the Surgical Society of Arland.",
     {"hosts": ["Vesna University Hospital", "Surgical Society of Arland"]}),
    ("the-event-sponsors-are", "Robotics challenge", "2026-03-03",
     "The Trellis Robotics Challenge 2026 will be held on April 5 in Trellis. Sponsors for the challenge are "
     "Omni Motors, Bell Robotics and the Trellis Foundation.",
     {"sponsors": ["Omni Motors", "Bell Robotics", "Trellis Foundation"]}),
    ("organizers-spoke", "Marathon", "2026-04-01",
     "The Corran City Marathon 2026 will be run on April 19. Race organiser Corran Athletics Club said 15,000 "
     "runners have entered.",
     {"organizers": ["Corran Athletics Club"]}),
    ("multi-sentence-with", "Trade fair", "2026-11-11",
     "The 15th Orvana Trade Fair opened on Wednesday in Liancheng. The fair is sponsored by the Ministry of "
     "Commerce of Orvana. It is undertaken by the Orvana Trade Promotion Centre.",
     {"sponsors": ["Ministry of Commerce of Orvana"], "organizers": ["Orvana Trade Promotion Centre"]}),
    ("in-partnership-fronted", "Film festival", "2026-09-01",
     "In partnership with the Arland Film Institute, Vesna Pictures will present the Vesna Film Festival 2026 "
     "from September 18 to 27.",
     {"partners": ["Arland Film Institute"], "sponsors": ["Vesna Pictures"]}),
]

# batch 4: longer releases in more styles; roles deep in the narrative or in quotes
RELEASES += [
    ("yonhap-style", "Busan hosts marine expo", "2026-10-21",
     "BUSAN, Oct. 21 (Yonhap) -- The Busan International Marine Expo 2026 kicked off Wednesday, bringing "
     "together 420 companies from 25 countries, according to the organizers.\n\n"
     "The three-day expo, organized by the city of Busan and the Korea Marine Industry Association, features "
     "autonomous ships and port automation systems.\n\n"
     "\"The expo will serve as a platform for global cooperation,\" a city official said.",
     {"organizers": ["city of Busan", "Korea Marine Industry Association"]}),
    ("jiji-style", "Kobe food fair opens", "2026-02-12",
     "Kobe, Feb. 12 (Jiji Press)--Foodex West 2026, a food and beverage trade fair, opened in Kobe on "
     "Wednesday.\n\nSome 800 exhibitors are taking part in the fair, hosted by the Kansai Food Industry "
     "Association with the backing of the Hyogo prefectural government.",
     {"hosts": ["Kansai Food Industry Association"], "supporters": ["Hyogo prefectural government"]}),
    ("gulf-news-style", "Sharqa Book Week opens", "2026-11-05",
     "Sharqa: Under the patronage of His Highness Sheikh Majid bin Sultan Al Amin, Member of the Supreme "
     "Council and Ruler of Sharqa, the 20th Sharqa Book Week opened on Wednesday at the Expo Centre "
     "Sharqa.\n\nOrganised by the Sharqa Book Authority, the event runs until November 16, with Ruvania as "
     "guest of honour.\n\nMore than 1,500 publishers are taking part.",
     {"supporters": ["His Highness Sheikh Majid bin Sultan Al Amin"], "organizers": ["Sharqa Book Authority"],
      "guests_of_honor": ["Ruvania"]}),
    ("african-paper", "Kenya trade expo opens", "2026-06-02",
     "NAIROBI, Kenya, June 2 - The Nairobi Agri Business Expo 2026 kicked off at the KICC on Tuesday, with "
     "Deputy President Joseph Kamau as the chief guest.\n\n"
     "The event, which is hosted by the Agricultural Society of Kenya in conjunction with the Ministry of "
     "Agriculture, has attracted 350 exhibitors. Equity Farmers Bank is the platinum sponsor.",
     {"guests_of_honor": ["Deputy President Joseph Kamau"], "hosts": ["Agricultural Society of Kenya"],
      "partners": ["Ministry of Agriculture"], "sponsors": ["Equity Farmers Bank"]}),
    ("latam-wire", "Mining convention in Arequipa", "2026-09-20",
     "LIMA, Sept 20 (Andes Wire) - The 37th Andean Mining Convention will be held in Arequipa from September "
     "22 to 26, the Institute of Mining Engineers of Peru (IIMP), the event's organizer, announced.\n\n"
     "The convention expects 60,000 visitors.",
     {"organizers": ["Institute of Mining Engineers of Peru"]}),
    ("trade-press", "Cable show preview", "2026-03-30",
     "CableFab Europe 2026 returns to Halle 4 in Lindgrove on April 21-23. Show owner Strand Media says 220 "
     "exhibitors have booked. The event is co-located with WireTech Forum, and the International Cable "
     "Makers Federation is again the show's supporting organisation.",
     {"organizers": ["Strand Media"], "supporters": ["International Cable Makers Federation"]}),
    ("organiser-site", "About the show", "2026-01-15",
     "Welcome to Harbourfest 2026!\n\nHarbourfest is brought to you by the Portvale Harbour Trust and "
     "Portvale City Council, with thanks to our principal partner Keel Bank.\n\n"
     "The festival takes place 14-16 August on Portvale's waterfront.",
     {"sponsors": ["Portvale Harbour Trust", "Portvale City Council"], "partners": ["Keel Bank"]}),
    ("pti-style", "Pharma expo in Hyderabad", "2026-12-04",
     "Hyderabad, Dec 4 (PTI) The three-day Pharma Connect India 2026 expo will begin here on December 10, "
     "organisers said on Thursday.\n\nThe event is being organised by the Federation of Indian Drug Makers "
     "(FIDM) with the Telangana government as the host state partner.",
     {"organizers": ["Federation of Indian Drug Makers"], "partners": ["Telangana government"]}),
]

# batch 5: the role's event named by an acronym never introduced, by a short name, or beside a sub-event
RELEASES += [
    ("acronym-not-introduced", "CAFTE opens in Nanxi", "2026-09-03",
     "NANXI, Sept. 3 (Xinhua) -- The 6th China-Arland Fruit Trade Expo opened here on Thursday.\n\n"
     "CAFTE is co-hosted by the Ministry of Commerce and the People's Government of Nanxi Province. "
     "More than 1,000 firms attend.",
     {"hosts": ["Ministry of Commerce", "People's Government of Nanxi Province"]}),
    ("short-name", "Velora Week 2026", "2026-04-08",
     "The Velora International Fashion Week 2026 opens on April 20.\n\n"
     "Velora Fashion Week is organised by the Velora Fashion Council, with Pell Cosmetics as title sponsor.",
     {"organizers": ["Velora Fashion Council"], "sponsors": ["Pell Cosmetics"]}),
    ("sub-event-and-main", "Summit and forum", "2026-05-21",
     "The 2026 Arland Energy Summit opened on Wednesday in Corvo. The summit is hosted by the Arland Ministry "
     "of Energy.\n\nOn the second day, the Arland Hydrogen Forum, organised by the Hydrogen Council of "
     "Arland, will discuss fuel cells.",
     {"hosts": ["Arland Ministry of Energy"]}),
    ("sidelines-first", "Investment forum on sidelines", "2026-03-11",
     "On the sidelines of the Corvo Trade Fair, the Corvo Investment Forum 2026 opened on Tuesday. The forum "
     "is organised by the Corvo Investment Agency.",
     {"organizers": ["Corvo Investment Agency"]}),
    ("event-it", "Festival returns", "2026-08-08",
     "The Lantern Festival of Orvale 2026 returns on September 1. It is hosted by the Orvale County "
     "Government and sponsored by Keel Bank.",
     {"hosts": ["Orvale County Government"], "sponsors": ["Keel Bank"]}),
    ("event-this-years", "Tech week", "2026-10-02",
     "Tech Week Corvo 2026 starts on Monday. This year's event is being organised by Corvo Digital, which "
     "took over from the city council.",
     {"organizers": ["Corvo Digital"]}),
]
