"""Topic probe, round 12 (issue 10): sentences of our own in the common ways releases list
what an event covers (convention 11), with negatives (companies, places, figures, programme
parts, generic words). Each positive must give exactly its topics; each negative none."""

import pytest

C = "The 2032 Larchmont Water Summit opened in Galway on March 3. "
X = "The 2032 Ridgeway Home Fair opens in Dundee on Friday. "
K = "The 2032 Tallis Medical Congress was held in Porto on May 8. "

POSITIVES = [
    # the plain verbs
    (C + "The summit will cover blue carbon, coral restoration and marine protected areas.",
     ["blue carbon", "coral restoration", "marine protected areas"]),
    (C + "This year the summit focuses on desalination, leak detection and water reuse.",
     ["desalination", "leak detection", "water reuse"]),
    (X + "The fair will feature garden furniture, outdoor lighting and patio heaters.",
     ["garden furniture", "outdoor lighting", "patio heaters"]),
    (X + "The fair showcases organic textiles, natural dyes and recycled fibres.",
     ["organic textiles", "natural dyes", "recycled fibres"]),
    (K + "The congress highlighted rare diseases, gene therapy and patient registries.",
     ["rare diseases", "gene therapy", "patient registries"]),
    (C + "Participants will discuss water diplomacy, transboundary rivers and drought resilience.",
     ["water diplomacy", "transboundary rivers", "drought resilience"]),
    (K + "The congress explored wearable sensors, telemedicine and hospital logistics.",
     ["wearable sensors", "telemedicine", "hospital logistics"]),
    (C + "The summit is devoted to wetland conservation and habitat restoration.",
     ["wetland conservation", "habitat restoration"]),
    (C + "The summit will be devoted to wetland conservation and habitat restoration.",
     ["wetland conservation", "habitat restoration"]),
    (X + "Exhibits range from handmade ceramics to kitchen appliances.", ["handmade ceramics", "kitchen appliances"]),
    (X + "The fair features products ranging from bath towels to smart thermostats.",
     ["bath towels", "smart thermostats"]),
    (C + "The summit will address themes such as food security, rural finance and climate adaptation.",
     ["food security", "rural finance", "climate adaptation"]),
    (C + "The summit brings together researchers in areas including hydrology, soil science and remote sensing.",
     ["hydrology", "soil science", "remote sensing"]),
    (C + "Topics on the agenda include carbon capture, methane leaks and peatland drainage.",
     ["carbon capture", "methane leaks", "peatland drainage"]),
    (C + "The summit will address debt relief, tax reform and public procurement.",
     ["debt relief", "tax reform", "public procurement"]),
    (X + "Sectors represented include flooring, roofing and interior design.",
     ["flooring", "roofing", "interior design"]),
    (X + "Sectors represented at the fair include flooring, roofing and interior design.",
     ["flooring", "roofing", "interior design"]),
    (C + "The summit is held with an emphasis on digital inclusion and rural broadband.",
     ["digital inclusion", "rural broadband"]),
    (C + "The summit opened with an emphasis on digital inclusion and rural broadband.",
     ["digital inclusion", "rural broadband"]),
    (X + "The fair is dedicated to traditional crafts and home textiles.", ["traditional crafts", "home textiles"]),
    (X + "The fair, dedicated to traditional crafts and home textiles, drew 200 exhibitors.",
     ["traditional crafts", "home textiles"]),
    (C + "The programme spans urban mobility, smart grids and building efficiency.",
     ["urban mobility", "smart grids", "building efficiency"]),
    (C + "The summit features sessions spanning urban mobility, smart grids and building efficiency.",
     ["urban mobility", "smart grids", "building efficiency"]),
    # determiners trimmed, list tails dropped
    (C + "The summit will discuss the circular economy, the future of work and a just transition.",
     ["circular economy", "future of work", "just transition"]),
    (X + "The fair will showcase furniture, lighting, textiles and more.", ["furniture", "lighting", "textiles"]),
    (X + "The fair will showcase furniture, lighting and textiles, among others.",
     ["furniture", "lighting", "textiles"]),
    (X + "The fair will showcase furniture, lighting, textiles, etc.", ["furniture", "lighting", "textiles"]),
    (X + "The fair will showcase furniture, lighting and textiles, and much more.",
     ["furniture", "lighting", "textiles"]),
    # one field with 'and' inside
    (C + "The summit will focus on research and development, technology transfer and patents.",
     ["research and development", "technology transfer", "patents"]),
    (C + "The summit will cover oil and gas, mining and hydropower.", ["oil and gas", "mining", "hydropower"]),
    (K + "The congress covered research and innovation, medical ethics and nursing.",
     ["research and innovation", "medical ethics", "nursing"]),
    (K + "The congress discussed mergers and acquisitions in healthcare.", ["mergers and acquisitions in healthcare"]),
    # examples nested in an item
    (X + "The fair will showcase energy-saving appliances such as heat pumps and induction hobs.",
     ["heat pumps", "induction hobs"]),
    (C + "The summit will cover water technologies, including smart meters and leak sensors.",
     ["smart meters", "leak sensors"]),
    # cue nouns
    (K + "Key themes of the congress include antimicrobial resistance, vaccine equity and mental health.",
     ["antimicrobial resistance", "vaccine equity", "mental health"]),
    (K + "Topics will include antimicrobial resistance, vaccine equity and mental health.",
     ["antimicrobial resistance", "vaccine equity", "mental health"]),
    (K + "The main topics were antimicrobial resistance and vaccine equity.",
     ["antimicrobial resistance", "vaccine equity"]),
    (K + "Antimicrobial resistance and vaccine equity were among the topics discussed.",
     ["Antimicrobial resistance", "vaccine equity"]),
    (K + "Antimicrobial resistance will be the main focus of the congress.", ["Antimicrobial resistance"]),
    (K + "Antimicrobial resistance will be the key focus at the congress this year.", ["Antimicrobial resistance"]),
    (K + "The focus of the congress is on antimicrobial resistance and vaccine equity.",
     ["antimicrobial resistance", "vaccine equity"]),
    (K + "The congress places special emphasis on antimicrobial resistance and vaccine equity.",
     ["antimicrobial resistance", "vaccine equity"]),
    (K + "Discussions at the congress centred on antimicrobial resistance and vaccine equity.",
     ["antimicrobial resistance", "vaccine equity"]),
    (K + "Sessions on antimicrobial resistance and vaccine equity drew large crowds.",
     ["antimicrobial resistance", "vaccine equity"]),
    (K + "Speakers will tackle antimicrobial resistance and vaccine equity.",
     ["antimicrobial resistance", "vaccine equity"]),
    (K + "Experts at the congress examined antimicrobial resistance and vaccine equity.",
     ["antimicrobial resistance", "vaccine equity"]),
    (C + "The summit will look at groundwater depletion and river pollution.", ["groundwater depletion", "river pollution"]),
    (C + "The summit will touch on groundwater depletion and river pollution.", ["groundwater depletion", "river pollution"]),
    (C + "Groundwater depletion and river pollution will be discussed at the summit.",
     ["Groundwater depletion", "river pollution"]),
    (C + "Groundwater depletion and river pollution will be on the agenda.",
     ["Groundwater depletion", "river pollution"]),
    (X + "The fair puts the spotlight on modular kitchens and smart lighting.", ["modular kitchens", "smart lighting"]),
    (X + "Visitors will be able to see modular kitchens, smart lighting and heat pumps.",
     ["modular kitchens", "smart lighting", "heat pumps"]),
    (X + "Modular kitchens and smart lighting will be on display at the fair.",
     ["Modular kitchens", "smart lighting"]),
    (X + "The fair, which showcases modular kitchens and smart lighting, runs until Sunday.",
     ["modular kitchens", "smart lighting"]),
    (X + "The fair covers everything from modular kitchens to smart lighting.",
     ["modular kitchens", "smart lighting"]),
    (C + "The summit aims to boost cooperation in the fields of hydrology and flood forecasting.",
     ["hydrology", "flood forecasting"]),
    (C + "The summit will host panels on flood forecasting and water pricing.", ["flood forecasting", "water pricing"]),
    (C + "The summit will also include workshops on flood forecasting and water pricing.",
     ["flood forecasting", "water pricing"]),
    (C + "The summit will focus on three areas: flood forecasting, water pricing and sanitation.",
     ["flood forecasting", "water pricing", "sanitation"]),
    (C + "Delegates will exchange views on flood forecasting and water pricing.", ["flood forecasting", "water pricing"]),
    (C + "The summit will focus on how to finance flood defences.", ["how to finance flood defences"]),
    (K + "The congress will focus on the role of nurses in primary care.", ["role of nurses in primary care"]),
]

NEGATIVES = [
    # companies, brands and people shown one by one
    X + "Exhibitors include Ikea, Bosch and Miele.",
    X + "Exhibitors include Ikea, Bosch, Miele and Electrolux.",
    X + "The fair will feature Ikea, Bosch and Miele.",
    X + "The fair will showcase Ikea, Bosch, Miele and Electrolux.",
    X + "Exhibitors at the fair include Harbour Kitchens Ltd and Northway Tiles.",
    K + "Speakers include Anna Berg, Paul Okafor and Mei Lin.",
    K + "The congress will feature Anna Berg, Paul Okafor and Mei Lin.",
    # places and participants
    C + "The summit drew visitors from 40 countries.",
    C + "The summit welcomed delegates from Kenya, Peru and Vietnam.",
    C + "The summit will feature delegations from Kenya, Peru and Vietnam.",
    X + "The fair features exhibitors from Italy, Spain and Portugal.",
    # figures
    X + "The fair features 500 booths.",
    X + "The fair features 500 booths across three halls.",
    X + "The fair covers 20,000 square metres.",
    X + "The fair covers an area of 20,000 square metres.",
    C + "The summit will feature 80 speakers and 40 sessions.",
    # programme parts are sessions, not topics
    C + "The summit will feature keynote speeches, panel discussions and a gala dinner.",
    C + "The summit will feature workshops, site visits and networking sessions.",
    X + "The fair will feature a cooking stage and a children's corner.",
    # generic words
    X + "The fair showcases the latest products, services and solutions.",
    X + "Exhibitors will showcase their innovations and new products.",
    X + "The fair will showcase a wide range of products.",
    # goals, the theme
    C + "\"We need to focus on the next generation,\" the mayor said.",
    C + "The summit opened under the theme \"Water for Peace\".",
    K + "The congress was held under the theme of healthy ageing.",
    # other uses of the cue words
    C + "The summit will cover three days.",
    X + "Tickets cover entry to all halls.",
    X + "The fair will be open from 10 am to 6 pm.",
    C + "The summit runs from March 3 to March 5.",
    C + "The summit moved from Dublin to Galway.",
]


def _topics(x) -> set[str]:
    return {t.topic.label for t in x.topics} | {t.label for s in x.sessions for t in s.topics}


@pytest.mark.parametrize("text,expect", POSITIVES, ids=[t.split(". ", 1)[1][:60] for t, _ in POSITIVES])
def test_probe12_topics(extract, text, expect):
    assert _topics(extract(text)) == set(expect)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t.split(". ", 1)[1][:60] for t in NEGATIVES])
def test_probe12_no_topics(extract, text):
    assert _topics(extract(text)) == set()
