"""Probe releases of round 28, batch 2 (written after the first fixes, to see how the rules carry
to new text); invented names, real cities."""

RELEASES = [
    ("xinhua2-forums",
     "URUMQI, July 3 (Xinhua) -- The 2026 Silk Ridge Commodity Fair opened here on Friday.\n\n"
     "More than 30 forums and over 100 matchmaking sessions will be held during the fair, with key "
     "themes including cotton processing, fruit exports and cross-border logistics.\n",
     {"sessions": [("forum", 30), ("matchmaking session", 100)],
      "topics": ["cotton processing", "fruit exports", "cross-border logistics"]}),

    ("prn2-highlights",
     "NEW YORK, Jan. 20, 2026 /PRNewswire/ -- Marigold Peak Events announced the lineup for Brightwater "
     "Health Week 2026, to be held April 8-10 in New York.\n\n"
     "Highlights will include a CEO keynote series, hands-on workshops and an innovation awards "
     "ceremony. Key themes include value-based care, remote patient monitoring and health equity.\n",
     {"sessions": [("CEO keynote series", None), ("hands-on workshop", None), ("innovation awards ceremony", None)],
      "topics": ["value-based care", "remote patient monitoring", "health equity"]}),

    ("bw2-sessions",
     "LAS VEGAS--(BUSINESS WIRE)--Redcliff Data announced that Northwind Cloud Expo 2026 will take place "
     "October 6-8 at the Sagebrush Center in Las Vegas.\n\n"
     "Attendees can choose from more than 150 sessions, 20 hands-on labs and a partner pavilion. Sessions "
     "will tackle issues such as data sovereignty, AI governance and cloud cost control.\n",
     {"sessions": [("session", 150), ("hands-on lab", 20), ("partner pavilion", None)],
      "topics": ["data sovereignty", "AI governance", "cloud cost control"]}),

    ("wam2-passive",
     "SHARJAH, 2nd May, 2026 (WAM) -- The Blue Minaret Heritage Festival will run from 10th to 20th May "
     "at the Date Grove Square in Sharjah.\n\n"
     "A folk music evening and a traditional crafts workshop will be organised daily, while panel "
     "discussions will centre around oral history and heritage preservation.\n",
     {"sessions": [("folk music evening", None), ("traditional crafts workshop", None), ("panel discussion", None)],
      "topics": ["oral history", "heritage preservation"]}),

    ("antara2-semicolon",
     "Denpasar, Bali (ANTARA) - The Frangipani Isle Tourism Forum 2026 will be held in Denpasar on 21-23 "
     "October 2026.\n\n"
     "The forum's agenda covers three areas: sustainable tourism; village-based homestays; and "
     "digital marketing. It comprises a ministerial session, eight panel sessions and a business "
     "matchmaking event.\n",
     {"sessions": [("ministerial session", None), ("panel session", 8), ("business matchmaking event", None)],
      "topics": ["sustainable tourism", "village-based homestays", "digital marketing"]}),

    ("bernama2-delve",
     "KUCHING, Aug 14 (Bernama) -- The Hornbill Crest Bioeconomy Summit 2026 will be held at the Riverside "
     "Hall here from Aug 25 to 27.\n\n"
     "Over three days, speakers will delve into biomass energy, sago processing and forest carbon "
     "credits. The summit also features a start-up showcase and field visits.\n",
     {"sessions": [("start-up showcase", None), ("field visit", None)],
      "topics": ["biomass energy", "sago processing", "forest carbon credits"]}),

    ("indian2-discussions",
     "HYDERABAD: The two-day Pearl Deccan Pharma Meet will begin at the Charminar Convention Hall in "
     "Hyderabad on Friday.\n\n"
     "Discussions on biosimilars, contract manufacturing and regulatory harmonisation will be held "
     "across 14 sessions, the organisers said.\n",
     {"sessions": [("session", 14)],
      "topics": ["biosimilars", "contract manufacturing", "regulatory harmonisation"]}),

    ("african2-focus",
     "LAGOS, Nigeria - The 2026 Niger Delta Energy Expo opens on 4 November 2026 at the Eko Harbour Centre "
     "in Lagos.\n\n"
     "Focus areas include gas commercialisation, local content and refinery upgrades. The expo will host "
     "a ministerial roundtable, technical sessions and a gala dinner.\n",
     {"sessions": [("ministerial roundtable", None), ("technical session", None), ("gala dinner", None)],
      "topics": ["gas commercialisation", "local content", "refinery upgrades"]}),

    ("uzbek2-consists",
     "TASHKENT, September 3 (UzA) -- The Tashkent Cotton Road Textile Week 2026 will be held on September "
     "15-17.\n\n"
     "The programme consists of a plenary session, five thematic panels and B2B meetings, and will "
     "focus on textile exports, dyeing technologies and fashion design.\n",
     {"sessions": [("plenary session", None), ("thematic panel", 5), ("B2B meeting", None)],
      "topics": ["textile exports", "dyeing technologies", "fashion design"]}),

    ("trade2-bullets",
     "Birmingham, 12 January 2026 - Hawthorn Lane Food Manufacturing Show 2026 returns to the Kingsway "
     "Halls in Birmingham on 22-23 April 2026.\n\n"
     "Visitors can attend:\n"
     "- 40 seminars\n"
     "- live cooking demonstrations\n"
     "- a networking reception\n\n"
     "The show will revolve around automation, food safety and packaging innovation.\n",
     {"sessions": [("seminar", 40), ("live cooking demonstration", None), ("networking reception", None)],
      "topics": ["automation", "food safety", "packaging innovation"]}),

    ("gulf2-dozen",
     "MUSCAT: The Frankincense Coast Investment Forum 2026 will be held at the Wadi Bay Centre in Muscat "
     "from March 16 to 17.\n\n"
     "The forum will feature a dozen panel discussions and two days of investor meetings, and will "
     "address logistics hubs, fisheries and tourism development.\n",
     {"sessions": [("panel discussion", 12), ("investor meeting", None)],
      "topics": ["logistics hubs", "fisheries", "tourism development"]}),

    ("korea2-zone",
     "BUSAN, Oct. 1 (Yonhap) -- The 2026 Gull Harbor Marine Expo will open at the Seawind Center in Busan "
     "on Oct. 20.\n\n"
     "The expo will have four zones dedicated to shipbuilding, ocean energy, fisheries and marine "
     "leisure, along with a job fair and a series of seminars.\n",
     {"sessions": [("zone", 4), ("seminar", None)],
      "topics": ["shipbuilding", "ocean energy", "fisheries", "marine leisure"]}),
]

NEGATIVES = [
    ("neg28-stand2",
     "DUBAI: At the Falcon Wing Security Expo 2026, Orion Secure will hold live demonstrations at its "
     "stand, while Zephyr Systems will host product briefings at its booth in Hall 6.\n",
     {"sessions": [], "topics": []}),
    ("neg28-press2",
     "NAIROBI, Kenya - The organisers of the 2027 Baobab Agri Expo held a press briefing in Nairobi on "
     "Monday to unveil plans for the expo, which opens on 3 March 2027.\n",
     {"sessions": [], "topics": []}),
    ("neg28-products2",
     "TOKYO - At the Sakura Gear Robot Fair 2026, Orion Robotics displayed its R7 arm, its V2 gripper "
     "and its Atlas controller.\n",
     {"sessions": [], "topics": []}),
]
