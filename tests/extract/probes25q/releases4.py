"""Fourth batch of round-25 probe releases (our own wording): national and regional figures in
Xinhua, Gulf and African styles whose subject is written in many ways (a fronted period, 'the
country', 'the two countries', a ministry as the source, a demonym), mixed with the event's own."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("xinhua_periods", rel("Trade expo opens in Haikou", "2026-11-02", """
HAIKOU, Nov. 2 (Xinhua) -- The 2026 Island Free Trade Expo opened Monday in Haikou, with over 1,600 enterprises from 60 countries and regions taking part.
In the first 10 months of this year, Hainan received 78 million domestic and overseas tourists, an increase of 12.4 percent year on year.
From January to September, the province's foreign trade volume hit 190 billion yuan, according to local customs.
The expo covers an exhibition area of 120,000 square meters.
"""), [
        (1600, {"qualifier": "MoreThan", "about": "Island Free Trade Expo"}),
        (60, {"unit": "country and region"}),
        (78000000, {"about": "Hainan", "period": "2026-01/2026-10"}),
        (12.4, {"unit": "percent", "change_of": 78000000, "about": "Hainan"}),
        (190000000000, {"unit": "CNY", "about": "Hainan", "period": "2026-01/2026-09", "measure": "foreign trade volume"}),
        (120000, {"unit": "square metre", "measure": "exhibition area", "about": "Island Free Trade Expo"}),
    ]),

    ("bilateral", rel("China-Africa expo", "2026-06-27", """
CHANGSHA, June 27 (Xinhua) -- The 4th Sino-African Trade Fair opened in Changsha on Thursday.
China-Africa trade reached 295 billion U.S. dollars in 2025, up 1.5 percent from a year earlier, official data showed.
Hunan's trade with Africa stood at 55 billion yuan last year.
A total of 1,700 exhibitors are taking part in the fair, including 300 from 30 African countries.
"""), [
        (295000000000, {"unit": "USD", "period": "2025", "measure": "China-Africa trade"}),
        (1.5, {"unit": "percent", "change_of": 295000000000}),
        (55000000000, {"unit": "CNY", "about": "Hunan", "period": "2025"}),
        (1700, {"unit": "exhibitor", "about": "Sino-African Trade Fair"}),
        (300, {"unit": "exhibitor"}),
        (30, {"unit": "country"}),
    ]),

    ("ministry_source", rel("Agri show", "2026-02-15", """
ACCRA – The Ghana Cocoa and Agro Expo 2026 opened on Monday with 320 exhibitors.
According to the Ministry of Food and Agriculture, Ghana exported 650,000 tonnes of cocoa beans in the 2024/25 season.
The ministry said the sector employs about 800,000 farmers.
Organisers expect 25,000 visitors over four days.
"""), [
        (320, {"unit": "exhibitor"}),
        (650000, {"unit": "ton", "about": "Ghana"}),
        (800000, {"unit": "farmer", "qualifier": "Approximately", "about": "Ghana"}),
        (25000, {"unit": "visitor", "about": "Ghana Cocoa and Agro Expo"}),
    ]),

    ("demonym_gulf", rel("Dubai motor show", "2026-11-20", """
DUBAI, 20th November, 2026 (WAM) -- The Dubai International Motor Festival 2026 opened today with 140 exhibitors showcasing 800 vehicles.
Emirati car sales rose 9 percent in 2025 to 310,000 units, according to industry data.
The UAE has more than 2.5 million registered vehicles.
"""), [
        (140, {"unit": "exhibitor"}),
        (800, {"unit": "vehicle"}),
        (9, {"unit": "percent", "change_of": 310000, "about": "UAE"}),
        (310000, {"about": "UAE", "period": "2025"}),
        (2500000, {"qualifier": "MoreThan", "about": "UAE"}),
    ]),

    ("city_economy", rel("Lisbon tech week", "2026-11-10", """
LISBON, Nov. 10, 2026 -- The Atlantic Tech Week 2026 drew 71,000 attendees from 150 countries to the Lisbon fairgrounds.
The city is home to more than 2,000 startups, which employ some 25,000 people.
Portugal's startup ecosystem raised EUR 1.2 billion in venture funding in 2025.
"""), [
        (71000, {"unit": "attendee", "about": "Atlantic Tech Week"}),
        (150, {"unit": "country"}),
        (2000, {"unit": "startup", "qualifier": "MoreThan", "about": "Lisbon"}),
        (25000, {"unit": "person", "qualifier": "Approximately", "about": "Lisbon"}),
        (1200000000, {"unit": "EUR", "about": "Portugal", "period": "2025"}),
    ]),
]
