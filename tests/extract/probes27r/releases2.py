"""Probe releases, batch 2 (r-roles27): longer releases in the manner of state wires (Xinhua,
Montsame, SGGP, Bernama), South Asian dailies, Gulf and North African papers, trade press and
newswire boilerplate. Invented names; gold as an annotator would mark the MAIN event's roles.

Forms: lower-case bodies in lists ('the commerce ministry', "the people's government of X"),
fronted participles ('Jointly hosted by A and B, the expo ...', 'Placed under the patronage
of'), relative clauses ('which is organised by A in partnership with B'), possessive owners
with a kind ("the X Association's annual fly-in convention"), 'the organisers, A and B', role
lists with acronyms in brackets, 'convened by A in collaboration with B', and honorific
persons as patrons."""

RELEASES = [
    ("xinhua-jointly-hosted-list", "Eurasia trade expo opens", "2026-06-26",
     "LANXI, June 26 (Xinhua) -- The 9th Lanxi-Eurasia Commodity Expo opened on Thursday in Lanxi, capital "
     "of the Lanxi Autonomous Region.\n\nThe expo, jointly hosted by the Ministry of Commerce, the Council for "
     "the Promotion of International Trade and the people's government of the Lanxi Autonomous Region, "
     "attracted more than 1,000 exhibitors from 30 countries.",
     {"hosts": ["Ministry of Commerce", "Council for the Promotion of International Trade",
                "people's government of the Lanxi Autonomous Region"]}),
    ("xinhua-fronted-cosponsored", "Agri fair in Yangling", "2026-10-20",
     "YANGLING, Oct. 20 (Xinhua) -- Co-sponsored by the Ministry of Agriculture and Rural Affairs and the "
     "Ministry of Science and Technology, the 33rd Yangling Agricultural Hi-tech Fair kicked off on Sunday, "
     "drawing 2,000 companies.",
     {"sponsors": ["Ministry of Agriculture and Rural Affairs", "Ministry of Science and Technology"]}),
    ("dhaka-lowercase-ministry", "Month-long trade fair begins", "2026-01-02",
     "SYLHARA, Jan 2 -- The month-long 31st Sylhara International Trade Fair (SITF) began at the Purbachal "
     "exhibition centre yesterday.\n\nThe Export Promotion Bureau (EPB) and the commerce ministry jointly "
     "organise the fair, which will continue till January 31.",
     {"organizers": ["Export Promotion Bureau", "commerce ministry"]}),
    ("hindu-state-government", "Medical conference in Chennai", "2026-02-23",
     "CHENNAI -- The International Conference on Rural Medicine 2026, organised by the Tamil Nadu Health "
     "Department along with the Madras Medical Association, will be held on February 28 and March 1.",
     {"organizers": ["Tamil Nadu Health Department", "Madras Medical Association"]}),
    ("montsame-under-auspices-list", "Mining conference in Ulaanbaatar", "2026-04-05",
     "Ulaanbaatar /MONTSAME/. The Mongol Mining Conference 2026 is taking place in Ulaanbaatar on April "
     "5-6 under the auspices of the Prime Minister of Mongolia.\n\nThe conference is being organized by the "
     "Ministry of Mining and Heavy Industry, the Mongolian National Mining Association and the Erdenet "
     "Business Council.",
     {"supporters": ["Prime Minister of Mongolia"],
      "organizers": ["Ministry of Mining and Heavy Industry", "Mongolian National Mining Association",
                     "Erdenet Business Council"]}),
    ("sggp-in-coordination", "Typical goods fair opens", "2026-11-06",
     "The Fair of Typical Goods 2026 opened in Thuan An City yesterday.\n\nThe fair is organized by the "
     "Department of Industry and Trade of Thuan An in coordination with the Vietnam Retailers Association, "
     "with 400 booths.",
     {"organizers": ["Department of Industry and Trade of Thuan An"], "partners": ["Vietnam Retailers Association"]}),
    ("trade-press-which-is-organised", "Games fair sets record", "2026-08-28",
     "Playfest 2026, which is organised by Messe Koldern in partnership with the games industry association "
     "GIV, welcomed 340,000 visitors over five days, a record for the show.",
     {"organizers": ["Messe Koldern"], "partners": ["games industry association GIV"]}),
    ("moroccan-placed-under", "Agriculture show opens in Meknar", "2026-04-22",
     "Meknar - Placed under the High Patronage of His Majesty King Idris III, the 17th edition of the "
     "International Agriculture Show of Meknar (SIAMK) opened on Tuesday with Portugal as guest of honour.\n\n"
     "The show is organized by the SIAMK Foundation.",
     {"supporters": ["His Majesty King Idris III"], "guests_of_honor": ["Portugal"],
      "organizers": ["SIAMK Foundation"]}),
    ("owner-possessive-kind", "Fly-in convention opens", "2026-07-21",
     "OSHVALE, Wis. -- Skyfest Oshvale 2026, the Amateur Aircraft Association's annual fly-in convention, "
     "opened Monday with 10,000 aircraft expected over the week.",
     {"organizers": ["Amateur Aircraft Association"]}),
    ("prweek-owned-by", "Creative festival awards", "2026-06-19",
     "The Marlowe Festival of Creativity 2026, owned by Ascentia Group, handed out 900 awards this "
     "week. The festival's media partner is AdWeek Europe.",
     {"organizers": ["Ascentia Group"], "partners": ["AdWeek Europe"]}),
    ("national-organised-by-informa", "Health congress opens in Abu Dhabi", "2026-01-27",
     "Gulf Health Congress 2026 opened on Monday at the Abu Dhabi National Exhibition Centre. The "
     "congress, organised by Informed Markets and held under the patronage of Sheikh Hamdan bin Zayed, runs "
     "until Thursday.",
     {"organizers": ["Informed Markets"], "supporters": ["Sheikh Hamdan bin Zayed"]}),
    ("einpresswire-convened", "SDG symposium announced", "2026-09-03",
     "NEW YORK, Sept. 3, 2026 /EINPresswire.com/ -- The Global Symposium on Sustainable Cities 2026 will "
     "take place on October 14-15.\n\nThe symposium is convened by the Institute for Urban Futures (IUF) in "
     "collaboration with the Permanent Mission of Norland to the United Nations.",
     {"organizers": ["Institute for Urban Futures"],
      "partners": ["Permanent Mission of Norland to the United Nations"]}),
    ("chinadaily-organizers-appos-two", "Youth summit in Hangzhou", "2026-05-30",
     "The Young Entrepreneurs Summit 2026 opened in Hangzhou on Friday. The organizers, the Zhejiang Youth "
     "Federation and the Hangzhou Chamber of Commerce, said 600 delegates attended.",
     {"organizers": ["Zhejiang Youth Federation", "Hangzhou Chamber of Commerce"]}),
    ("novinite-with-support", "Plovdiv tourism fair", "2026-03-05",
     "The International Tourism Fair Rusetra 2026 opens on Thursday. The fair is organized by Rusetra Fair "
     "Ltd with the support of the Ministry of Tourism and the Rusetra Municipality.",
     {"organizers": ["Rusetra Fair Ltd"], "supporters": ["Ministry of Tourism", "Rusetra Municipality"]}),
    ("gazette-hh-patronage", "Government summit opens", "2026-02-10",
     "DUBAI -- The Gulf Governance Summit 2026 opened in Dubai on Sunday under the patronage of His "
     "Highness Sheikh Rashid bin Saeed Al Nahyan, with 4,000 participants from 140 countries.",
     {"supporters": ["His Highness Sheikh Rashid bin Saeed Al Nahyan"]}),
    ("jiji-organiser-association-for", "Expo ticket sales", "2026-03-14",
     "Tokyo, March 14 (Jiji Press)--The Nagoya Expo 2027 has sold 2 million advance tickets, the Japan "
     "Association for the Nagoya Expo 2027, the organizer, said Friday.",
     {"organizers": ["Japan Association for the Nagoya Expo 2027"]}),
    ("capetalk-organisers-name", "Indaba gets under way", "2026-02-04",
     "Karoo Mining Indaba 2026 got under way in Karoo City on Monday. Speaking to CapeWave, Ken Masters of Hyvon "
     "Group, the organisers of Karoo Mining Indaba, said 6,000 delegates had registered.",
     {"organizers": ["Hyvon Group"]}),
    ("cna-coorganized-acronyms", "Computer show opens", "2026-05-31",
     "Taipei, May 31 (CNA) -- Compex 2026, Asia's largest computer show, opened Tuesday. The show is "
     "co-organized by the Taipei Trade Development Council (TTDC) and the Taipei Computer Guild (TCG).",
     {"co_organizers": ["Taipei Trade Development Council", "Taipei Computer Guild"]}),
    ("radio-puts-on-company", "Farm show", "2026-08-30",
     "The Farm Frontier Show opens Tuesday near Boonton. Matt Jensen, show manager for Frontier Farm Media, "
     "which puts on the show, says 600 exhibitors will be on the grounds.",
     {"organizers": ["Frontier Farm Media"]}),
    ("film-festival-founded-by", "World film festival", "2026-08-20",
     "LAVAL, Aug. 20 -- The Laval Global Film Festival opened Thursday for its 50th edition. The "
     "festival, founded and directed by Serge Lavoie, will screen 400 films.",
     {"organizers": ["Serge Lavoie"]}),
    ("bernama-officiated-neg", "Halal expo launched", "2026-09-09",
     "KUALA LUMPUR, Sept 9 (Bernama) -- The Malaysia Halal Showcase 2026 was officiated by Prime Minister "
     "Dato' Seri Ahmad Rahim today. The showcase is organised by the Malaysia External Trade Corporation "
     "(MATRADE).",
     {"organizers": ["Malaysia External Trade Corporation"]}),
    ("retail-hk-organised-by-list-and", "Retail forum", "2026-09-15",
     "HONG KONG -- The Asia Retail Forum 2026 will be held on October 20. Organised by the Hong Kong Retail "
     "Management Association and Trade and Industry Department, the forum will feature 30 speakers.",
     {"organizers": ["Hong Kong Retail Management Association", "Trade and Industry Department"]}),
    ("wire-sponsored-title-person", "Investment conference", "2026-04-12",
     "ISLAMABAD -- The Pak-Gulf Investment Symposium 2026 was held here on Tuesday. The symposium was "
     "organised by the Board of Investment in collaboration with the Embassy of Qadaria in Islamabad.",
     {"organizers": ["Board of Investment"], "partners": ["Embassy of Qadaria in Islamabad"]}),
    ("azeri-partners-list", "Jazz festival in Qabala", "2026-07-24",
     "Qabala Jazz Festival 2026 will be held on July 28-31. The festival is organized by the Ministry of "
     "Culture. Partners of the festival are the Goethe Centre, the Embassy of Ostrava in Azerbaijan and the "
     "French Institute.",
     {"organizers": ["Ministry of Culture"],
      "partners": ["Goethe Centre", "Embassy of Ostrava in Azerbaijan", "French Institute"]}),
    ("tass-organised-by-gov-and-ministry", "Industrial fair opens", "2026-07-07",
     "YEKATERINO, July 7 /TASS/. The Uralprom West industrial trade fair opened in Yekaterino on Monday. "
     "The fair is organized by the Ministry of Industry and Trade and the government of the Sverdlovo Region.",
     {"organizers": ["Ministry of Industry and Trade", "government of the Sverdlovo Region"]}),
]
