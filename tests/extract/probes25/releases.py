"""Probe releases of our own wording (r-roles25): (name, title, body, roles of the main event).
Every name is invented; roles are what a human annotator would mark under the corpus
conventions (one entry per agent, named as written, country possessive kept)."""

RELEASES = [
    # ---------------------------------------------------------------- Xinhua
    ("xinhua", "Qinlan expo opens with focus on green trade",
     "QINLAN, May 18 (Xinhua) -- The 6th Qinlan-Xandar Silk Road Expo opened on Monday in Qinlan, "
     "capital of northwest China's Dorvan Province.\n\n"
     "The five-day expo was jointly hosted by China's Ministry of Commerce and the People's Government of "
     "Dorvan Province, and organized by the Dorvan Provincial Department of Commerce in partnership with the "
     "Xandar Chamber of Industry.\n\n"
     "Xandar is the guest country of honor of this year's expo, which has attracted more than 2,000 companies.\n\n"
     "\"The expo has become an important platform,\" said Li Wen, an official with the organizing committee.",
     [("host", "China's Ministry of Commerce"), ("host", "People's Government of Dorvan Province"),
      ("organizer", "Dorvan Provincial Department of Commerce"), ("partner", "Xandar Chamber of Industry"),
      ("guestOfHonor", "Xandar")]),
    # ---------------------------------------------------------------- PR Newswire
    ("prn", "Veltrix Media Announces Speakers for FinOps Forward 2026",
     "NEW YORK, May 12, 2026 /PRNewswire/ -- Veltrix Media, which organises FinOps Forward, today announced "
     "the first speakers for the 2026 edition of the conference, to be held June 9-11 at the Harlow Center "
     "in New York.\n\n"
     "FinOps Forward 2026 is presented by Halbrook Bank and powered by Cindera Cloud. Sponsors include Arvex "
     "Systems, Lumora Labs and Portwell Analytics. Tessaly Group returns as the official partner of the "
     "conference.\n\n"
     "About Veltrix Media\nVeltrix Media is a B2B events company based in New York.",
     [("organizer", "Veltrix Media"), ("sponsor", "Halbrook Bank"), ("sponsor", "Cindera Cloud"),
      ("sponsor", "Arvex Systems"), ("sponsor", "Lumora Labs"), ("sponsor", "Portwell Analytics"),
      ("partner", "Tessaly Group")]),
    # ---------------------------------------------------------------- Business Wire
    ("bw", "Cold Chain Horizons 2026 Opens Registration",
     "CHICAGO--(BUSINESS WIRE)--Registration is now open for Cold Chain Horizons 2026, the annual conference "
     "for temperature-controlled logistics, taking place October 6-8 in Chicago.\n\n"
     "The conference is organized by Trellis Events in association with the Refrigerated Freight Alliance (RFA), "
     "with support from the Midwest Logistics Council. Brask Refrigeration and Quillon Packaging have signed "
     "on as platinum sponsors.\n\n"
     "\"We are proud to partner with the RFA again,\" said Dana Fell, president of Trellis Events.",
     [("organizer", "Trellis Events"), ("partner", "Refrigerated Freight Alliance"),
      ("supporter", "Midwest Logistics Council"), ("sponsor", "Brask Refrigeration"),
      ("sponsor", "Quillon Packaging")]),
    # ---------------------------------------------------------------- WAM
    ("wam", "Falcon Heritage Exhibition opens in Al Qarin",
     "AL QARIN, 14th May, 2026 (WAM) -- Under the patronage of H.H. Sheikh Rashid bin Talal, Ruler's "
     "Representative in the Eastern Region, the 9th Falcon Heritage Exhibition opened today at the Al Qarin "
     "Exhibition Centre.\n\n"
     "The exhibition is organised by the Emirates Falconers' Club (EFC) in strategic partnership with the "
     "Department of Culture and Heritage, and is sponsored by Qarin Petroleum Company and Sahra Bank.\n\n"
     "The Kingdom of Morvania is the guest of honour of this year's edition.",
     [("supporter", "H.H. Sheikh Rashid bin Talal"), ("organizer", "Emirates Falconers' Club"),
      ("partner", "Department of Culture and Heritage"), ("sponsor", "Qarin Petroleum Company"),
      ("sponsor", "Sahra Bank"), ("guestOfHonor", "Kingdom of Morvania")]),
    # ---------------------------------------------------------------- SPA
    ("spa", "Riyam Build Week kicks off",
     "RIYAM, May 10, 2026, SPA -- The Riyam Build Week 2026 kicked off today under the auspices of the "
     "Ministry of Municipal Affairs, with the participation of 400 exhibitors from 30 countries.\n\n"
     "The event, organized by Nadeem Exhibitions on behalf of the Riyam Chamber, runs until Thursday. "
     "Strategic partners include the National Housing Company and Riyam Cement.",
     [("supporter", "Ministry of Municipal Affairs"), ("organizer", "Nadeem Exhibitions"),
      ("partner", "National Housing Company"), ("partner", "Riyam Cement")]),
    # ---------------------------------------------------------------- Antara
    ("antara", "Festival promotes Tellu coffee",
     "Tellu, Cendra Province (ANTARA) - The Tellu Coffee Festival 2026 was officially opened on Saturday by "
     "the Regent of Tellu.\n\n"
     "The festival was organized by the Tellu District Government in collaboration with the Cendra Coffee "
     "Farmers Association (AKC) and Bank Sinar Cendra, and was supported by the Ministry of Tourism and "
     "Creative Economy.\n\n"
     "\"We hope the festival will boost the local economy,\" the head of the organizing committee, Made "
     "Arta, said.",
     [("organizer", "Tellu District Government"), ("partner", "Cendra Coffee Farmers Association"),
      ("partner", "Bank Sinar Cendra"), ("supporter", "Ministry of Tourism and Creative Economy")]),
    # ---------------------------------------------------------------- Yonhap
    ("yonhap", "Startup fair opens in Hanbit",
     "HANBIT, May 19 (Yonhap) -- The Hanbit Global Startup Fair 2026 opened on Tuesday for a three-day run, "
     "officials said.\n\n"
     "The fair, co-hosted by the Ministry of SMEs and Ventures and the Hanbit Metropolitan Government, is "
     "organized by the Hanbit Business Agency. Some 300 startups are taking part.",
     [("host", "Ministry of SMEs and Ventures"), ("host", "Hanbit Metropolitan Government"),
      ("organizer", "Hanbit Business Agency")]),
    # ---------------------------------------------------------------- Anadolu
    ("anadolu", "Defence summit begins in Keral",
     "KERAL, Turkiye\n\nThe International Keral Defence Summit began Wednesday with delegates from 40 "
     "countries.\n\n"
     "Hosted by Turkiye's Presidency of Defence Industries, the summit is being held under the auspices of "
     "the Turkish Presidency. The event is organized by Kartal Fairs, which took over the running of the "
     "summit in 2019.",
     [("host", "Turkiye's Presidency of Defence Industries"), ("supporter", "Turkish Presidency"),
      ("organizer", "Kartal Fairs")]),
    # ---------------------------------------------------------------- Indian paper
    ("indian", "Textile expo to showcase handloom sector",
     "PUNERA: The three-day Handloom India Expo 2026 will begin at the Punera Exhibition Ground on Friday.\n\n"
     "The expo is being organised by the Federation of Weavers' Industries (FWI) with the support of the "
     "Union Ministry of Textiles and the Government of Varadha. Varadha is the partner state of the expo, "
     "while Kalinga Silk Mills is the title sponsor.\n\n"
     "FWI president Rakesh Menon said the expo would bring together 500 weavers.",
     [("organizer", "Federation of Weavers' Industries"), ("supporter", "Union Ministry of Textiles"),
      ("supporter", "Government of Varadha"), ("guestOfHonor", "Varadha"),
      ("sponsor", "Kalinga Silk Mills")]),
    # ---------------------------------------------------------------- African paper
    ("african", "Tech expo returns to Mbarra",
     "MBARRA, Kenya -- The East Africa Digital Expo returns to Mbarra next week, its organisers have said.\n\n"
     "The organiser, Savanna Expos Ltd, said the expo would host 250 exhibitors. The event is sponsored by "
     "Kenya's Ministry of ICT and Jiko Telecom, and supported by the Mbarra County Government as well as "
     "the Digital Africa Foundation.",
     [("organizer", "Savanna Expos"), ("sponsor", "Kenya's Ministry of ICT"), ("sponsor", "Jiko Telecom"),
      ("supporter", "Mbarra County Government"), ("supporter", "Digital Africa Foundation")]),
    # ---------------------------------------------------------------- Latin-American paper
    ("latam", "Mining convention opens in Arequon",
     "AREQUON, Peru - The 30th Andean Mining Convention opened on Monday in Arequon.\n\n"
     "The convention is organized by the Institute of Mining Engineers (IME), founder and owner of the fair, "
     "together with the National Society of Mining and Energy. The Regional Government of Arequon is the "
     "co-organizer. Canada is the guest country this year.",
     [("organizer", "Institute of Mining Engineers"), ("organizer", "National Society of Mining and Energy"),
      ("coOrganizer", "Regional Government of Arequon"), ("guestOfHonor", "Canada")]),
    # ---------------------------------------------------------------- trade press, label lines
    ("trade", "Packaging fair books 600 exhibitors",
     "The Nordic Packaging Fair 2026 takes place in Ostrava from 3 to 5 June.\n\n"
     "Organiser: Lindqvist Messe GmbH\n"
     "Co-organiser: Nordic Packaging Association (NPA)\n"
     "Supported by: Ostrava City Council\n\n"
     "More than 600 exhibitors have booked stands.",
     [("organizer", "Lindqvist Messe"), ("coOrganizer", "Nordic Packaging Association"),
      ("supporter", "Ostrava City Council")]),
    # ---------------------------------------------------------------- organiser's own page
    ("ownpage", "About the show",
     "The Harbour Yacht Show 2026 is the region's largest in-water boat show. The show is owned and produced "
     "by Corlan Marine Events, which organises the show on behalf of the Coastal Marine Trades Association. "
     "The show's official partners are Vantor Airways and Pellor Hotels.",
     [("organizer", "Corlan Marine Events"), ("partner", "Vantor Airways"), ("partner", "Pellor Hotels")]),
    # ---------------------------------------------------------------- partners with ... to host
    ("partners-with", "Meridia Tourism partners with Sella Events to host the 2026 Meridia Travel Mart",
     "Meridia Tourism Board has partnered with Sella Events to host the 2026 Meridia Travel Mart, "
     "to be held from September 2 to 4 in Meridia City.\n\n"
     "The mart will bring together 400 buyers, the organisers said.",
     [("host", "Meridia Tourism Board"), ("host", "Sella Events")]),
]

LEAD = "The 2026 Ostmark Grain Fair opened in Vellby on June 3. "
# sentence probes (r-roles25, batch 2): LEAD + sentence, roles of the main event
SENTENCES = [
    ("Brask Refrigeration and Quillon Packaging have signed on as platinum sponsors.",
     [("sponsor", "Brask Refrigeration"), ("sponsor", "Quillon Packaging")]),
    ("Halbrook Bank has come on board as the headline sponsor of the fair.", [("sponsor", "Halbrook Bank")]),
    ("The fair is co-hosted by the Ministry of SMEs and Ventures and the Vellby City Government.",
     [("host", "Ministry of SMEs and Ventures"), ("host", "Vellby City Government")]),
    ("The fair is co-hosted by the Ministry of Farms and the Vellby City Government.",
     [("host", "Ministry of Farms"), ("host", "Vellby City Government")]),
    ("The fair is organized by the Grain Institute (GI), owner of the fair, together with the Ostmark Millers Union.",
     [("organizer", "Grain Institute"), ("organizer", "Ostmark Millers Union")]),
    ("The fair is a joint effort between Ostmark Agri Board and Vellby Council.",
     [("organizer", "Ostmark Agri Board"), ("organizer", "Vellby Council")]),
    ("Sponsors of the fair are Halbrook Bank and Pellor Seeds.", [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Seeds")]),
    ("Pellor Seeds, the fair's lead sponsor, showed new wheat strains.", [("sponsor", "Pellor Seeds")]),
    ("Gold sponsors: Halbrook Bank, Pellor Seeds\nMedia partners: Farm Weekly, Grain Radio\n",
     [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Seeds"), ("partner", "Farm Weekly"), ("partner", "Grain Radio")]),
    ("The fair is held by the Ostmark Grain Association.", [("host", "Ostmark Grain Association")]),
    ("Organisers of the fair, Vellby Events and the Ostmark Grain Association, said sales rose.",
     [("organizer", "Vellby Events"), ("organizer", "Ostmark Grain Association")]),
    ("Organised by Vellby Events and the Ostmark Grain Association, the fair runs for four days.",
     [("organizer", "Vellby Events"), ("organizer", "Ostmark Grain Association")]),
    ("Vellby Events and the Ostmark Grain Association are organising the fair.",
     [("organizer", "Vellby Events"), ("organizer", "Ostmark Grain Association")]),
    ("The fair is funded by the Ostmark Arts Council and the City of Vellby.",
     [("sponsor", "Ostmark Arts Council"), ("sponsor", "City of Vellby")]),
    ("The fair is supported by Halbrook Bank, Pellor Seeds, and the Vellby Port Authority.",
     [("supporter", "Halbrook Bank"), ("supporter", "Pellor Seeds"), ("supporter", "Vellby Port Authority")]),
    ("Co-organisers include the Ostmark Millers Union and Vellby University.",
     [("coOrganizer", "Ostmark Millers Union"), ("coOrganizer", "Vellby University")]),
    ("The fair's organisers - Vellby Events and the Ostmark Grain Association - said 30,000 people came.",
     [("organizer", "Vellby Events"), ("organizer", "Ostmark Grain Association")]),
    ("The fair is sponsored by Halbrook Bank; Pellor Seeds; and Vantor Tractors.",
     [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Seeds"), ("sponsor", "Vantor Tractors")]),
    ("The fair is being organised by Vellby Events, a subsidiary of Halbrook Group.", [("organizer", "Vellby Events")]),
    ("Vellby Events, in cooperation with the Ostmark Millers Union, organised the fair.",
     [("organizer", "Vellby Events"), ("partner", "Ostmark Millers Union")]),
    ("Vellby Events organised the fair with the Ostmark Millers Union.",
     [("organizer", "Vellby Events"), ("organizer", "Ostmark Millers Union")]),
    ("Vellby Events will host the fair in cooperation with the Ostmark Millers Union.",
     [("host", "Vellby Events"), ("partner", "Ostmark Millers Union")]),
    ("The fair is organized by the Vellby Chamber of Commerce (VCC) and has the support of the Ostmark Trade Agency.",
     [("organizer", "Vellby Chamber of Commerce"), ("supporter", "Ostmark Trade Agency")]),
    ("The Ostmark Grain Association, Vellby Events and Pellor Seeds jointly organised the fair.",
     [("organizer", "Ostmark Grain Association"), ("organizer", "Vellby Events"), ("organizer", "Pellor Seeds")]),
    ("Main partners are Halbrook Bank and Vantor Tractors.", [("partner", "Halbrook Bank"), ("partner", "Vantor Tractors")]),
    ("Knowledge partner for the fair is Vellby University, while Farm Weekly is the media partner.",
     [("partner", "Vellby University"), ("partner", "Farm Weekly")]),
    ("The fair is held in partnership with the Ostmark Millers Union.", [("partner", "Ostmark Millers Union")]),
    ("Halbrook Bank, Pellor Seeds and Vantor Tractors are sponsoring the fair.",
     [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Seeds"), ("sponsor", "Vantor Tractors")]),
    ("Sponsors for the fair included Halbrook Bank and Pellor Seeds.", [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Seeds")]),
    ("Vantor Tractors signed on as the title sponsor.", [("sponsor", "Vantor Tractors")]),
    ("The chief guest at the opening was Governor Anna Berg.", [("guestOfHonor", "Governor Anna Berg")]),
    ("The fair is hosted by the Government of Ostmark through its Ministry of Agriculture.",
     [("host", "Government of Ostmark")]),
    ("The fair is convened by Vellby University and the Ostmark Grain Association.",
     [("organizer", "Vellby University"), ("organizer", "Ostmark Grain Association")]),
    ("The fair is organised by Vellby Events with the Ostmark Grain Association as co-organiser.",
     [("organizer", "Vellby Events"), ("coOrganizer", "Ostmark Grain Association")]),
    ("The fair is an event of the Ostmark Grain Association.", [("organizer", "Ostmark Grain Association")]),
    ("Ostmark's Ministry of Agriculture is the main sponsor of the fair.", [("sponsor", "Ostmark's Ministry of Agriculture")]),
    ("The fair is organised by the Ostmark Grain Association and sponsored by Nigeria's Bank of Industry.",
     [("organizer", "Ostmark Grain Association"), ("sponsor", "Nigeria's Bank of Industry")]),
    ("The fair is organized by the Ostmark Grain Association (OGA), the Vellby Millers Union (VMU) as well as the Ostmark Seed Council (OSC).",
     [("organizer", "Ostmark Grain Association"), ("organizer", "Vellby Millers Union"), ("organizer", "Ostmark Seed Council")]),
    ("Ostmark Grain Association (OGA) organises the fair every two years.", [("organizer", "Ostmark Grain Association")]),
    ("The fair is staged annually by the Ostmark Grain Association, which founded it in 1990.",
     [("organizer", "Ostmark Grain Association")]),
    ("Vellby Events took over the running of the fair in 2015.", [("organizer", "Vellby Events")]),
    ("The fair, now in its 20th year, is run by Vellby Events on behalf of the Ostmark Grain Association.",
     [("organizer", "Vellby Events")]),
    ("Vellby Events, which organises the fair, said bookings were up.", [("organizer", "Vellby Events")]),
    ("Vellby Events, the fair's founder, said bookings were up.", [("organizer", "Vellby Events")]),
    ("The fair was founded by Vellby Events and is now organised with the Ostmark Grain Association.",
     [("organizer", "Vellby Events"), ("organizer", "Ostmark Grain Association")]),
    ("This year's fair is hosted by the Vellby Municipality, with Halbrook Bank as principal sponsor.",
     [("host", "Vellby Municipality"), ("sponsor", "Halbrook Bank")]),
    ("The fair enjoys the patronage of the Ostmark President.", [("supporter", "Ostmark President")]),
    ("The fair is endorsed by the Ostmark Ministry of Trade and the Vellby Chamber of Commerce.",
     [("supporter", "Ostmark Ministry of Trade"), ("supporter", "Vellby Chamber of Commerce")]),
    ("Support for the fair comes from Halbrook Bank and the Ostmark Trade Agency.",
     [("supporter", "Halbrook Bank"), ("supporter", "Ostmark Trade Agency")]),
    ("The fair is organized under the umbrella of the Ostmark Grain Association.", [("organizer", "Ostmark Grain Association")]),
]

NEGATIVES = [
    "Halbrook Bank sponsored a prize for the best stand.",
    "The fair's organisers said visitor numbers rose.",
    "Pellor Seeds hosted a dinner for exhibitors on the first night.",
    "Vellby Events also organises the Vellby Boat Show in autumn.",
    "The Ostmark Grain Association was founded in 1950.",
    "Farmers welcomed the support of the government for the sector.",
    "Visitors can travel on trains run by Ostmark Rail.",
]

# batch 3: longer releases with the roles deep in the narrative (r-roles25)
RELEASES += [
    ("national", "Health congress opens in Qarin with 3,000 exhibitors",
     "The Qarin Health Congress 2026 opened on Monday at the Qarin World Trade Centre, with more than 3,000 "
     "exhibitors from 70 countries.\n\n"
     "Held under the patronage of Sheikh Rashid bin Talal Al Qarin, Deputy Ruler of Qarin and Minister of "
     "Finance, the four-day event is organised by Lumen Markets.\n\n"
     "\"This is our biggest edition yet,\" said Sara Holt, exhibition director at Lumen Markets.\n\n"
     "The Qarin Health Authority is the event's strategic partner, while Sahra Bank is the official bank.",
     [("supporter", "Sheikh Rashid bin Talal Al Qarin"), ("organizer", "Lumen Markets"),
      ("partner", "Qarin Health Authority"), ("partner", "Sahra Bank")]),
    ("montsame", "Mining week to open on Wednesday",
     "Ulzan /MONTSAME/ The Ulzan Mining Week 2026 will be held on May 20-22 at the Ulzan Sports Palace.\n\n"
     "The event is being organized by the Ministry of Mining and Heavy Industry of Ulzania and the Ulzan "
     "National Mining Association, with support from the Ulzan Chamber of Commerce. A total of 200 companies "
     "will exhibit.",
     [("organizer", "Ministry of Mining and Heavy Industry of Ulzania"),
      ("organizer", "Ulzan National Mining Association"), ("supporter", "Ulzan Chamber of Commerce")]),
    ("radio", "Mining conference kicks off in Kaap",
     "The Kaap Mining Conference kicks off today at the Kaap International Convention Centre.\n\n"
     "Now in its 25th year, the conference is run by events firm Torrent Group and draws investors from "
     "around the world. The Department of Mineral Resources is once again the official host of the conference.",
     [("organizer", "Torrent Group"), ("host", "Department of Mineral Resources")]),
    ("aviation", "Fly-in draws record crowds",
     "OSKER, Wis. - The Osker Fly-In Convention, the annual gathering of the Homebuilt Aircraft Society (HAS), "
     "drew a record 600,000 people this year.\n\n"
     "The convention is the society's largest event of the year. Volunteers from across the country help "
     "run the event, HAS officials said.",
     [("organizer", "Homebuilt Aircraft Society")]),
    ("retail", "Retail forum to focus on e-commerce",
     "HONG KONG - The Asia Retail Leaders Forum 2026 will take place on March 3 at the Harbour Convention "
     "Centre.\n\n"
     "Organised by the Kowloon Retail Management Association (KRMA), the forum is supported by the Trade "
     "Development Council and sponsored by Pacifica Payments and Jadeway Logistics.",
     [("organizer", "Kowloon Retail Management Association"), ("supporter", "Trade Development Council"),
      ("sponsor", "Pacifica Payments"), ("sponsor", "Jadeway Logistics")]),
    ("cyprus", "Government summit opens in Lemessa",
     "The Lemessa Government Summit opened on Sunday under the auspices of the President of the Republic, "
     "Andreas Kallis.\n\n"
     "The summit is organised by the Lemessa Chamber of Commerce in partnership with the Global Policy Forum "
     "and the Mediterranean Institute.",
     [("supporter", "President of the Republic, Andreas Kallis"), ("organizer", "Lemessa Chamber of Commerce"),
      ("partner", "Global Policy Forum"), ("partner", "Mediterranean Institute")]),
]
