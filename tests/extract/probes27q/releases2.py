"""Round 27 probe batch 2: change figures stated apart from their base (the next sentence,
'up from', 'compared with', 'against', 'a rise of N points', 'by a fifth', a change with no
percent sign), our own wording; names invented, places real."""

from releases import rel

RELEASES = [
    ("bizwire_represents", rel("Expo reports results", "2026-05-22", """
ORLANDO, Fla.--(BUSINESS WIRE)--The 2026 Coastal Pool & Spa Expo welcomed 14,800 attendees, the organizer announced today. This represents an increase of 15% over the 2025 show.
The exhibit floor covered 320,000 net square feet.
"""), [
        (14800, {"unit": "attendee"}),
        (15, {"unit": "percent", "change_of": 14800}),
        (320000, {"unit": "square foot", "measure": "exhibit floor"}),
    ]),

    ("ghana_compared", rel("Cocoa fair ends in Accra", "2026-10-30", """
ACCRA -- The 2026 Accra Cocoa and Chocolate Fair ended on Friday with 9,600 visitors, compared with 7,100 a year earlier.
Ghana's cocoa output is projected at 650,000 tonnes for the 2025/26 season, the board said.
"""), [
        (9600, {"unit": "visitor"}),
        (7100, {"unit": "visitor", "period": "2025"}),
        (650000, {"unit": "ton", "about": "Ghana", "period": "2025/2026", "measure": "cocoa output"}),
    ]),

    ("trade_press_points", rel("Satisfaction at trade fair", "2026-04-28", """
HANOVER -- The 2026 Nordic Plastics Fair closed with 1,150 exhibitors and 61,000 trade visitors.
Visitor satisfaction reached 94 percent, a rise of 3 percentage points on the previous event.
The share of international visitors rose to 38 percent.
"""), [
        (1150, {"unit": "exhibitor"}),
        (61000, {"unit": "trade visitor"}),
        (94, {"unit": "percent", "measure": "satisfaction"}),
        (3, {"unit": "percentage point", "change_of": 94}),
        (38, {"unit": "percent", "measure": "international visitors"}),
    ]),

    ("fifth_growth", rel("Boat show grows", "2026-09-21", """
SOUTHAMPTON, England -- The 2026 Solent Boat Show closed on Sunday with 98,000 visitors through the gates.
Ticket sales grew by a fifth compared with last year, the organisers said.
There were 580 boats on display, 40 more than in 2025.
"""), [
        (98000, {"unit": "visitor"}),
        (20, {"unit": "percent", "measure": "Ticket sales"}),
        (580, {"unit": "boat"}),
        (40, {"unit": "boat", "change_of": 580}),
    ]),

    ("increase_of_visitors", rel("Book fair closes", "2026-02-16", """
NEW DELHI (PTI) -- The nine-day Delhi Readers' Book Fair 2026 concluded on Sunday with a footfall of 12 lakh, an increase of 2 lakh visitors over last year.
More than 1,000 publishers took part.
"""), [
        (1200000, {"measure": "footfall"}),
        (200000, {"unit": "visitor", "change_of": 1200000}),
        (1000, {"unit": "publisher", "qualifier": "MoreThan"}),
    ]),

    ("xinhua_against", rel("Tea expo closes in Fuzhou", "2026-05-11", """
FUZHOU, May 11 (Xinhua) -- The 2026 Strait Tea Expo closed Monday in Fuzhou. Deals worth 4.6 billion yuan were signed during the four-day expo, against 3.9 billion yuan last year.
Fujian's tea output was 520,000 tonnes in 2025, up 5.2 percent year on year.
"""), [
        (4600000000, {"unit": "CNY", "measure": "Deals"}),
        (3900000000, {"unit": "CNY", "period": "2025"}),
        (520000, {"unit": "ton", "about": "Fujian", "period": "2025", "measure": "tea output"}),
        (5.2, {"unit": "percent", "change_of": 520000, "comparison": "year-on-year"}),
    ]),

    ("wam_next_sentence", rel("Hunting show concludes", "2026-09-06", """
ABU DHABI, 6th September, 2026 (WAM) -- The Falconry and Heritage Show 2026 concluded today, having attracted 135,000 visitors. The figure marks a 12 percent growth over last year's edition.
The show featured 950 exhibiting companies from 44 countries.
"""), [
        (135000, {"unit": "visitor"}),
        (12, {"unit": "percent", "change_of": 135000}),
        (950, {"unit": "exhibiting company"}),
        (44, {"unit": "country"}),
    ]),

    ("saudi_drop", rel("Real estate expo opens", "2026-02-09", """
RIYADH, Feb 9, 2026, SPA -- The 2026 Riyadh Property Expo opened today with 200 developers.
Real estate transactions in the kingdom fell to SAR 180 billion in 2025, down 6 percent from the year before.
"""), [
        (200, {"unit": "developer"}),
        (180000000000, {"unit": "SAR", "period": "2025", "measure": "Real estate transactions"}),
        (-6, {"unit": "percent", "change_of": 180000000000}),
    ]),

    ("kenya_up_from", rel("Trade fair opens in Mombasa", "2026-08-25", """
MOMBASA, Kenya -- The 2026 Coast Trade Fair opened on Tuesday with 380 exhibitors, up from 290 last year.
The Mombasa port handled 41 million tonnes of cargo in 2025, up from 38.5 million tonnes in 2024.
"""), [
        (380, {"unit": "exhibitor"}),
        (290, {"unit": "exhibitor", "period": "2025"}),
        (41000000, {"unit": "ton", "period": "2025", "measure": "cargo"}),
        (38500000, {"unit": "ton", "period": "2024"}),
    ]),

    ("europe_trade_double", rel("Security fair closes", "2026-10-09", """
ESSEN, Germany -- The 2026 Rhine Security Fair closed on Friday. The number of exhibitors rose to 860, from 790 two years ago.
Exhibition space grew by 8,000 square metres to 92,000 square metres.
"""), [
        (860, {"unit": "exhibitor", "measure": "number of exhibitors"}),
        (790, {"unit": "exhibitor", "period": "2024"}),
        (8000, {"unit": "square metre", "change_of": 92000}),
        (92000, {"unit": "square metre", "measure": "Exhibition space"}),
    ]),
]
