from heads import F, S, V, M, E

PROBES = [
 # launched / founded / executed / delivered by
 (F + "The fair was founded in 2004 by the Ostervik Forestry Union.", [("organizer", "Ostervik Forestry Union")]),
 (F + "The fair was founded by Halvard Messe in 1999.", [("organizer", "Halvard Messe")]),
 (F + "The fair, launched by Halvard Messe in 2009, has grown every year.", [("organizer", "Halvard Messe")]),
 (V + "The festival was launched by the Marrowdale Town Council in 1988.", [("organizer", "Marrowdale Town Council")]),
 (V + "First launched in 1988 by the Marrowdale Town Council, the festival now draws 20,000 people.", [("organizer", "Marrowdale Town Council")]),
 (E + "The expo is organized by the Quenby Ministry of Agriculture and executed by Tessaro Exhibitions Ltd.", [("organizer", "Quenby Ministry of Agriculture"), ("organizer", "Tessaro Exhibitions")]),
 (M + "The summit is delivered by Corlan Events.", [("organizer", "Corlan Events")]),
 (M + "The summit, delivered by Corlan Events, runs for three days.", [("organizer", "Corlan Events")]),
 (S + "The show was founded in 1962 by the Calloway Marine Dealers Association.", [("organizer", "Calloway Marine Dealers Association")]),
 (E + "The expo was established in 2011 by the Quenby Chamber of Commerce.", [("organizer", "Quenby Chamber of Commerce")]),
 # sanctioned / accredited / endorsement
 (V + "The festival is sanctioned by the Marrowdale Arts Board.", [("supporter", "Marrowdale Arts Board")]),
 (F + "The fair is accredited by the Ostervik Ministry of Industry.", [("supporter", "Ostervik Ministry of Industry")]),
 (F + "The fair has the endorsement of the Ostervik Ministry of Trade.", [("supporter", "Ostervik Ministry of Trade")]),
 (M + "The summit has the official endorsement of the Tennant Ministry of Mines.", [("supporter", "Tennant Ministry of Mines")]),
 (M + "The summit is officially endorsed by the Tennant Ministry of Mines.", [("supporter", "Tennant Ministry of Mines")]),
 (S + "The show is sanctioned by the Calloway Boating Federation and supported by Halbrook Bank.", [("supporter", "Calloway Boating Federation"), ("supporter", "Halbrook Bank")]),
 # joint venture
 (F + "The fair is a joint venture of Halvard Messe and the Ostervik Forestry Union.", [("organizer", "Halvard Messe"), ("organizer", "Ostervik Forestry Union")]),
 (S + "The show is a joint venture between Corlan Events and the Calloway Marine Dealers Association.", [("organizer", "Corlan Events"), ("organizer", "Calloway Marine Dealers Association")]),
 (E + "The expo is a joint venture by Tessaro Exhibitions and the Quenby Farmers Union.", [("organizer", "Tessaro Exhibitions"), ("organizer", "Quenby Farmers Union")]),
 # receives sponsorship
 (V + "The festival receives sponsorship from Pellor Telecom.", [("sponsor", "Pellor Telecom")]),
 (V + "The festival received sponsorship from Pellor Telecom and Halbrook Bank.", [("sponsor", "Pellor Telecom"), ("sponsor", "Halbrook Bank")]),
 (V + "The festival is sponsored by Pellor Telecom.", [("sponsor", "Pellor Telecom")]),
 # co-host active
 (V + "Rennard Productions and the Marrowdale Town Council co-host the festival.", [("host", "Rennard Productions"), ("host", "Marrowdale Town Council")]),
 (M + "The Tennant Chamber of Mines and Corlan Events co-host the summit.", [("host", "Tennant Chamber of Mines"), ("host", "Corlan Events")]),
 (M + "The Tennant Chamber of Mines and Corlan Events jointly host the summit.", [("host", "Tennant Chamber of Mines"), ("host", "Corlan Events")]),
 (E + "The Quenby Farmers Union and Tessaro Exhibitions co-organise the expo.", [("coOrganizer", "Quenby Farmers Union"), ("coOrganizer", "Tessaro Exhibitions")]),
 # teamed up / joined forces
 (F + "Halvard Messe teamed up with the Ostervik Forestry Union to organise the fair.", [("organizer", "Halvard Messe"), ("organizer", "Ostervik Forestry Union")]),
 (S + "Corlan Events joined forces with the Calloway Marine Dealers Association to stage the show.", [("organizer", "Corlan Events"), ("organizer", "Calloway Marine Dealers Association")]),
 (M + "Corlan Events has joined forces with the Tennant Chamber of Mines to host the summit.", [("host", "Corlan Events"), ("host", "Tennant Chamber of Mines")]),
 (V + "The Marrowdale Town Council teamed up with Rennard Productions to organise the festival.", [("organizer", "Marrowdale Town Council"), ("organizer", "Rennard Productions")]),
 (E + "Tessaro Exhibitions partnered with the Quenby Farmers Union to organize the expo.", [("organizer", "Tessaro Exhibitions"), ("organizer", "Quenby Farmers Union")]),
 # official X partner
 (S + "The official airline of the show is Vantor Airways.", [("partner", "Vantor Airways")]),
 (S + "The show's official media partner is Tidewell Media.", [("partner", "Tidewell Media")]),
 (F + "The official media partner of the fair is Tidewell Media.", [("partner", "Tidewell Media")]),
 (M + "Vantor Airways is the official airline partner of the summit.", [("partner", "Vantor Airways")]),
 (V + "Pellor Telecom is the official telecommunications partner of the festival.", [("partner", "Pellor Telecom")]),
 (S + "Tidewell Media is the official media partner of the show.", [("partner", "Tidewell Media")]),
 # on behalf of
 (S + "The show is organised by Corlan Events on behalf of the Calloway Marine Dealers Association.", [("organizer", "Corlan Events")]),
 (F + "Halvard Messe organises the fair on behalf of the Ostervik Forestry Union.", [("organizer", "Halvard Messe")]),
 # in association with
 (S + "The show is organised by Corlan Events in association with the Calloway Marine Dealers Association.", [("organizer", "Corlan Events"), ("partner", "Calloway Marine Dealers Association")]),
 (V + "The festival is presented in association with Pellor Telecom.", [("partner", "Pellor Telecom")]),
 # partners with
 (S + "The show partners with Halbrook Bank.", [("partner", "Halbrook Bank")]),
 (S + "This year the show has partnered with Halbrook Bank.", [("partner", "Halbrook Bank")]),
 (V + "The festival has partnered with Pellor Telecom and Halbrook Bank.", [("partner", "Pellor Telecom"), ("partner", "Halbrook Bank")]),
 # lower-case names
 (S + "The show is organised by nordhaven events.", [("organizer", "nordhaven events")]),
 (S + "The show is organised by brightwell events on behalf of the Calloway Marine Dealers Association.", [("organizer", "brightwell events")]),
 (S + "The show, organised by nordhaven events, runs until Sunday.", [("organizer", "nordhaven events")]),
 (S + "Organisers nordhaven events said the show had sold out.", [("organizer", "nordhaven events")]),
 (S + "nordhaven events, the organiser of the show, said visitor numbers rose.", [("organizer", "nordhaven events")]),
 (S + "nordhaven events is organising the show for the third time.", [("organizer", "nordhaven events")]),
 (S + "Show organiser nordhaven events said the show had grown.", [("organizer", "nordhaven events")]),
 (S + "As in previous years, the show is organised by nordhaven events.", [("organizer", "nordhaven events")]),
 (S + "The show is again being organised by nordhaven events.", [("organizer", "nordhaven events")]),
 (S + "The show is produced and organised by nordhaven events.", [("organizer", "nordhaven events")]),
 (S + "The show is co-hosted by nordhaven events and the Calloway Marine Dealers Association.", [("host", "nordhaven events"), ("host", "Calloway Marine Dealers Association")]),
 (S + "The show is jointly hosted by the Calloway City Government and nordhaven events.", [("host", "Calloway City Government"), ("host", "nordhaven events")]),
 (S + "nordhaven events joined forces with the Calloway Marine Dealers Association to stage the show.", [("organizer", "nordhaven events"), ("organizer", "Calloway Marine Dealers Association")]),
 (S + "The show is a joint venture between nordhaven events and the Calloway Marine Dealers Association.", [("organizer", "nordhaven events"), ("organizer", "Calloway Marine Dealers Association")]),
 (S + "The show's official media partner is tidewell media.", [("partner", "tidewell media")]),
 (S + "The show is sponsored by tidewell media.", [("sponsor", "tidewell media")]),
 (S + "The show is organised by nordhaven events (Calloway) Ltd.", [("organizer", "nordhaven events (Calloway)")]),
 (S + "The show is organised by Nordhaven Events (Calloway) Ltd.", [("organizer", "Nordhaven Events (Calloway)")]),
 # other already-known forms (guards)
 (S + "The show, which opened on Thursday and runs to Sunday, is organised by Corlan Events.", [("organizer", "Corlan Events")]),
 (S + "Hosted by the Calloway Marine Dealers Association and organised by Corlan Events, the show runs to Sunday.", [("host", "Calloway Marine Dealers Association"), ("organizer", "Corlan Events")]),
 (S + "Corlan Events organises the show, which is supported by the Calloway Ministry of Transport.", [("organizer", "Corlan Events"), ("supporter", "Calloway Ministry of Transport")]),
 (V + "The festival is staged by the University of Marrowdale's music faculty.", [("organizer", "University of Marrowdale's music faculty")]),
 (V + "The festival is organised by Rennard Productions.", [("organizer", "Rennard Productions")]),
 (V + "The festival is organised by Rennard Productions with the support of the Marrowdale Town Council.", [("organizer", "Rennard Productions"), ("supporter", "Marrowdale Town Council")]),
 (M + "The summit is hosted by the Tennant Chamber of Mines.", [("host", "Tennant Chamber of Mines")]),
 (M + "Sponsors of the summit include Halbrook Bank and Pellor Telecom.", [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Telecom")]),
 (E + "The expo is held under the patronage of the Quenby Ministry of Agriculture.", [("supporter", "Quenby Ministry of Agriculture")]),
 (E + "Tessaro Exhibitions, the organiser of the expo, said sales rose.", [("organizer", "Tessaro Exhibitions")]),
]
NEGATIVES = [
 F + "Pellor Telecom, which sponsors the Ostervik Football Club, showed a new phone.",
 F + "Halbrook Bank, a sponsor of the Ostervik Marathon, had a stand at the fair.",
 F + "Halbrook Bank, the main sponsor of the Ostervik Marathon, had a stand at the fair.",
 E + "The forum on seed trade, hosted by the Quenby Seed Association, was held on Tuesday.",
 E + "The seminar on seed trade, organised by the Quenby Seed Association, drew 200 people.",
 F + "The company was founded in 1921 by Arne Halvard.",
 F + "Halvard Messe, founded in 1921, is a family firm.",
 F + "The new saw was launched by Kettil Tools at the fair.",
 F + "A new app, launched by Halvard Messe, helps visitors find stands.",
 F + "The project was executed by Kettil Tools.",
 S + "The boats were delivered by Sarvik Yachts in May.",
 S + "The race is sanctioned by the Calloway Powerboat Association.",
 S + "Sarvik Yachts formed a joint venture with Daleth Marine last year.",
 S + "Sarvik Yachts and Daleth Marine teamed up to build a new yacht.",
 S + "Sarvik Yachts joined forces with Daleth Marine to develop an electric engine.",
 S + "Sarvik Yachts is the official boat supplier of the Calloway Sailing Club.",
 S + "The official partner of the Calloway Sailing Club is Daleth Marine.",
 S + "Sarvik Yachts partners with Daleth Marine on a new hull.",
 M + "The mine received sponsorship from Halbrook Bank.",
 M + "Kettil Mining, which received sponsorship from Halbrook Bank, showed a new drill.",
 M + "The award is endorsed by the Tennant Ministry of Mines.",
 M + "The course is accredited by the Tennant Institute of Mining.",
 M + "Kettil Mining signed a deal on behalf of the Tennant Mining Group.",
 V + "The film was produced in association with Pellor Telecom.",
 V + "The concert on Friday was co-hosted by Rennard Productions and Arden Radio.",
 V + "The workshop, launched by Rennard Productions in 2019, teaches fiddle.",
]
NEGATIVES += [
 S + "The show is supported by social media and local clubs.",
 S + "The show is organised by volunteers from local sailing clubs.",
 S + "The show is run by fintech startups and local events companies.",
 S + "The show is sponsored by several marinas.",
 S + "The show was organised by the harbour group.",
 S + "Tickets are sold by the organisers online.",
 V + "The festival is sponsored by craft breweries and vegan caterers.",
]
PROBES += [
 (S + "Vantor Airways is the show's official airline.", [("partner", "Vantor Airways")]),
 (F + "The official bank of the fair is Halbrook Bank.", [("partner", "Halbrook Bank")]),
 (V + "Pellor Telecom, the festival's official broadcaster, streamed every concert.", [("partner", "Pellor Telecom")]),
 (M + "Tessaro Motors is the official car of the summit.", [("partner", "Tessaro Motors")]),
]
NEGATIVES += [
 S + "Vantor Airways, the official airline of Ruritania, flew 300 guests to Port Arlen.",
 S + "Halbrook Bank, the official bank of the Calloway Sailing Club, had a stand.",
 S + "The official supplier of the navy, Sarvik Yachts, showed a patrol boat.",
 S + "Sarvik Yachts is the official boat builder of the Calloway Yacht Club.",
]
PROBES += [
 (S + "This year the show partners with Halbrook Bank and Pellor Telecom.", [("partner", "Halbrook Bank"), ("partner", "Pellor Telecom")]),
 (F + "The organisers partner with Halbrook Bank.", [("partner", "Halbrook Bank")]),
 (M + "The summit will also partner with Vantor Airways.", [("partner", "Vantor Airways")]),
]
NEGATIVES += [
 S + "At the show, Sarvik Yachts partners with Daleth Marine on a new hull.",
 S + "Visitors to the show can partner with local dealers.",
]
NEGATIVES += [
 V + "The festival is funded by crowdfunding.",
 V + "The festival is supported by livestreaming.",
 V + "The festival is supported by ngo partners and local clubs.",
 V + "The festival is sponsored by sme associations.",
]
PROBES += [
 (V + "The festival is presented by blueharbour.", [("sponsor", "blueharbour")]),
 (V + "The festival's media partner is blueharbour.", [("partner", "blueharbour")]),
]
PROBES += [
 (V + "Partners of the festival are also the Arden Cultural Centre, the Marrowdale State Conservatory. K. Varan, the Ostervik Institute and the Embassy of Ruritania to Ostervik.",
  [("partner", "Arden Cultural Centre"), ("partner", "Marrowdale State Conservatory"), ("partner", "Ostervik Institute"), ("partner", "Embassy of Ruritania to Ostervik")]),
]
PROBES += [
 (V + "Sponsors of the festival are Halbrook Bank and Pellor Telecom. Venue: Arden Hall, Hollinford.", [("sponsor", "Halbrook Bank"), ("sponsor", "Pellor Telecom")]),
]
