"""Probe list: short release-like texts written for these tests (headline + a few
sentences, in the styles of different outlets), each with the main event's expected name,
first and last day, and the places of its chain. Names and places are compared the way a
reader would: the same words, in any order, the article and "the" ignored.

Each probe is the common English way of saying one thing about an event: a dateline
("CITY, Month D (Agency) --"), no dateline, a venue only ("at the X Centre in City",
"City's X Grounds"), a hotel, "in the capital", a region or country only; weekday ranges
resolved against the publication date, "Jan. 26-Feb. 7", "a five-day event from ...",
"from 8 to 12 May", "May 8th through 12th"; brand-named events without an event word; and
dates of another event, edition or deadline that must be left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pytest

_STOP = {"the", "a", "an", "of", "and", "&", "in", "on"}


def _words(s: str | None) -> set[str]:
    out = set()
    for t in re.sub(r"[^\w'&]+", " ", (s or "").lower().replace("’", "'")).split():
        if t not in _STOP:
            out.add(t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t)
    return out


def same(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa) and wa == wb


@dataclass
class Probe:
    text: str
    published: date | None = date(2025, 5, 20)  # a Tuesday
    name: str | None = None
    start: date | None = None
    end: date | None = None
    places: list[str] = field(default_factory=list)  # city, region, country, venue: each must be in the chain
    no_end: bool = False  # the end must stay unknown
    id: str = ""


def D(m: int, d: int, y: int = 2025) -> date:
    return date(y, m, d)


PROBES: list[Probe] = [
    # ---- datelines
    Probe("Timber trade gathers in Portland\n\nPORTLAND, Ore., May 19 (AP) -- The Cascade Timber Expo runs from "
          "Monday to Friday at the Oregon Convention Center, organizers said.",
          published=D(5, 19), name="Cascade Timber Expo", start=D(5, 19), end=D(5, 23),
          places=["Portland", "Oregon Convention Center"], id="dateline-weekday-range"),
    Probe("NAIROBI, May 21 (Xinhua) -- The East Africa Dairy Fair opened on Wednesday at the Kenyatta "
          "International Convention Centre and will run until Sunday.",
          published=D(5, 21), name="East Africa Dairy Fair", start=D(5, 21), end=D(5, 25),
          places=["Nairobi", "Kenya", "Kenyatta International Convention Centre"], id="dateline-until-sunday"),
    Probe("ATHENS, March 3 -- The Hellenic Olive Oil Fair opened in the capital on Monday with 300 exhibitors "
          "from 20 countries.",
          published=D(3, 3), name="Hellenic Olive Oil Fair", start=D(3, 3), places=["Athens", "Greece"],
          id="dateline-in-the-capital"),
    Probe("SEOUL, May 20 (Yonhap) -- The Korea Battery Show kicked off Tuesday for a three-day run, "
          "drawing some 500 companies.",
          published=D(5, 20), name="Korea Battery Show", start=D(5, 20), end=D(5, 22),
          places=["Seoul", "South Korea"], id="dateline-three-day-run"),
    Probe("Dairy farmers meet in Cork\n\nCORK, Ireland, Sept. 9 -- More than 40,000 visitors are expected at the "
          "Munster Dairy Show, which opens today at the Cork Showgrounds.",
          published=D(9, 9), name="Munster Dairy Show", start=D(9, 9), places=["Cork", "Ireland", "Cork Showgrounds"],
          id="dateline-opens-today"),
    Probe("HANOI, Oct. 2 (VNA) – The Vietnam Coffee Expo 2025 will take place from Oct. 9 to 12 at the "
          "National Exhibition Centre.",
          published=D(10, 2), name="Vietnam Coffee Expo 2025", start=D(10, 9), end=D(10, 12),
          places=["Hanoi", "Vietnam", "National Exhibition Centre"], id="dateline-future-range"),
    Probe("Tea traders gather in south China\n\nNANNING, Nov. 14 (Xinhua) -- The 5th China-ASEAN Tea Expo opened "
          "on Friday in Nanning, capital of south China's Guangxi Zhuang Autonomous Region.",
          published=D(11, 14), name="China-ASEAN Tea Expo", start=D(11, 14),
          places=["Nanning", "Guangxi", "China"], id="dateline-chinese-capital-of"),
    Probe("LAGOS, Nigeria, Feb. 3 /PRNewswire/ -- The West Africa Power Summit will be held on 18-19 March "
          "at the Eko Hotel and Suites.",
          published=D(2, 3), name="West Africa Power Summit", start=D(3, 18), end=D(3, 19),
          places=["Lagos", "Nigeria", "Eko Hotel and Suites"], id="dateline-hotel-venue"),
    # ---- no dateline, venue with city
    Probe("The Midwest Quilt Festival will be held Jan. 26-Feb. 7 at the Hilton Hotel in Columbus, Ohio.",
          published=D(1, 10), name="Midwest Quilt Festival", start=D(1, 26), end=D(2, 7),
          places=["Columbus", "Ohio", "Hilton Hotel"], id="month-range-across-months"),
    Probe("The International Hydrogen Forum was held at the Marriott Hotel in Warsaw on Thursday.",
          published=D(5, 23), name="International Hydrogen Forum", start=D(5, 22),
          places=["Warsaw", "Poland", "Marriott Hotel"], id="held-at-hotel-in-city"),
    Probe("The African Fintech Summit was held at the Sandton Convention Centre in Johannesburg on 14-15 May.",
          name="African Fintech Summit", start=D(5, 14), end=D(5, 15),
          places=["Johannesburg", "South Africa", "Sandton Convention Centre"], id="held-at-centre-in-city"),
    Probe("The Scottish Whisky Summit will take place on 3 and 4 June at the Edinburgh International "
          "Conference Centre.",
          name="Scottish Whisky Summit", start=D(6, 3), end=D(6, 4),
          places=["Edinburgh", "Edinburgh International Conference Centre"], id="city-leads-venue-name"),
    Probe("The Gulf Dental Congress takes place from 8 to 12 May at the Doha Exhibition and Convention Center.",
          published=D(4, 30), name="Gulf Dental Congress", start=D(5, 8), end=D(5, 12),
          places=["Doha", "Qatar", "Doha Exhibition and Convention Center"], id="from-d-to-d-month"),
    Probe("The Global Drone Expo is slated for Sept. 9-11 at the Las Vegas Convention Center.",
          name="Global Drone Expo", start=D(9, 9), end=D(9, 11),
          places=["Las Vegas", "Las Vegas Convention Center"], id="slated-for"),
    Probe("The Texas Cattle Expo will be held Monday through Wednesday at the Fort Worth Convention Center.",
          published=D(5, 16), name="Texas Cattle Expo", start=D(5, 19), end=D(5, 21),
          places=["Fort Worth", "Fort Worth Convention Center"], id="weekday-through-weekday-future"),
    Probe("The Great Lakes Boat Show runs March 7 to 9 at the Huntington Convention Center in Cleveland.",
          published=D(2, 20), name="Great Lakes Boat Show", start=D(3, 7), end=D(3, 9),
          places=["Cleveland", "Ohio", "Huntington Convention Center"], id="runs-month-d-to-d"),
    Probe("The Ohio Valley Wine Festival takes place Friday, June 13, through Sunday, June 15, at the Duke "
          "Energy Convention Center in Cincinnati.",
          name="Ohio Valley Wine Festival", start=D(6, 13), end=D(6, 15),
          places=["Cincinnati", "Duke Energy Convention Center"], id="weekday-date-through-weekday-date"),
    Probe("The Caribbean Tourism Forum took place at the Hyatt Regency hotel in Kingston, Jamaica, on May 6.",
          name="Caribbean Tourism Forum", start=D(5, 6), places=["Kingston", "Jamaica", "Hyatt Regency hotel"],
          id="took-place-hotel-city-country"),
    Probe("Over 200 exhibitors showcased their products at the Tashkent Textile Week, held at the Uzexpocentre "
          "in Tashkent on 10-12 September.",
          published=D(9, 14), name="Tashkent Textile Week", start=D(9, 10), end=D(9, 12),
          places=["Tashkent", "Uzbekistan", "Uzexpocentre"], id="held-at-one-word-venue"),
    Probe("The Pacific Seafood Show opened at the Vancouver Convention Centre on Tuesday.",
          name="Pacific Seafood Show", start=D(5, 20), places=["Vancouver", "Canada", "Vancouver Convention Centre"],
          id="opened-at-city-venue-weekday"),
    # ---- possessive city venue
    Probe("Adelaide's Wayville Showgrounds will host the Southern Wine and Food Fair from Sept. 12 to 14.",
          name="Southern Wine and Food Fair", start=D(9, 12), end=D(9, 14),
          places=["Adelaide", "Australia", "Wayville Showgrounds"], id="possessive-city-venue-hosts"),
    Probe("The Polish Honey Fair will be held at Krakow's Grand Exhibition Grounds from 12 to 15 June.",
          name="Polish Honey Fair", start=D(6, 12), end=D(6, 15),
          places=["Krakow", "Poland", "Grand Exhibition Grounds"], id="possessive-city-venue-held-at"),
    Probe("More than 800 brands will exhibit at the Istanbul Furniture Fair, which opens Tuesday at the city's "
          "Tuyap Fair Convention Center.",
          name="Istanbul Furniture Fair", start=D(5, 20), places=["Istanbul", "Tuyap Fair Convention Center"],
          id="the-citys-venue"),
    # ---- city only, region or country only
    Probe("The Andean Mining Congress will be held between June 10 and 12 in Lima, Peru.",
          name="Andean Mining Congress", start=D(6, 10), end=D(6, 12), places=["Lima", "Peru"], id="between-and"),
    Probe("The Baltic Amber Fair will take place in Lithuania from June 5 to 8.",
          name="Baltic Amber Fair", start=D(6, 5), end=D(6, 8), places=["Lithuania"], id="country-only"),
    Probe("The Tuscan Truffle Festival will be held across Tuscany from Oct. 10 to Nov. 2.",
          name="Tuscan Truffle Festival", start=D(10, 10), end=D(11, 2), places=["Tuscany", "Italy"], id="region-only"),
    Probe("Alpine cheese makers meet in Bern\n\nThe Alpine Cheese Festival will be held 8-12 May 2025 in Bern, "
          "Switzerland.",
          published=D(4, 2), name="Alpine Cheese Festival", start=D(5, 8), end=D(5, 12),
          places=["Bern", "Switzerland"], id="d-d-month-year"),
    Probe("The Prairie Seed Show runs May 8th through 12th in Saskatoon.",
          published=D(4, 20), name="Prairie Seed Show", start=D(5, 8), end=D(5, 12),
          places=["Saskatoon", "Canada"], id="ordinal-through-ordinal"),
    Probe("The Mediterranean Seafood Expo opened in the Greek capital on Tuesday with 400 exhibitors.",
          published=D(5, 21), name="Mediterranean Seafood Expo", start=D(5, 20), places=["Athens", "Greece"],
          id="in-the-demonym-capital"),
    Probe("Riyadh will host the Gulf Logistics Forum on 4-5 November, the organisers announced.",
          published=D(9, 1), name="Gulf Logistics Forum", start=D(11, 4), end=D(11, 5),
          places=["Riyadh", "Saudi Arabia"], id="city-will-host"),
    Probe("The Danube Wine Fair returns to Vienna from 3 to 5 October.",
          published=D(9, 1), name="Danube Wine Fair", start=D(10, 3), end=D(10, 5),
          places=["Vienna", "Austria"], id="returns-to-city"),
    Probe("The Balkan Tourism Fair, held in the Bulgarian city of Plovdiv, closed on Sunday.",
          published=D(5, 26), name="Balkan Tourism Fair", end=D(5, 25), places=["Plovdiv", "Bulgaria"],
          id="the-demonym-city-of"),
    # ---- lengths
    Probe("The Adriatic Yacht Show, a five-day event from June 11, will take place in Split, Croatia.",
          name="Adriatic Yacht Show", start=D(6, 11), end=D(6, 15), places=["Split", "Croatia"],
          id="five-day-event-from"),
    Probe("The Nordic Design Week kicks off in Copenhagen on Sept. 22. The four-day fair brings together "
          "300 designers.",
          published=D(9, 10), name="Nordic Design Week", start=D(9, 22), end=D(9, 25),
          places=["Copenhagen", "Denmark"], id="the-four-day-fair"),
    Probe("The three-day Sahara Solar Summit opened in Marrakesh on Monday.",
          published=D(5, 20), name="Sahara Solar Summit", start=D(5, 19), end=D(5, 21),
          places=["Marrakesh", "Morocco"], id="three-day-before-name"),
    # ---- distractors: another event, edition, deadline
    Probe("The Baltic Film Festival will run from Oct. 3 to 9 in Riga. The deadline for submissions is June 30.",
          name="Baltic Film Festival", start=D(10, 3), end=D(10, 9), places=["Riga", "Latvia"], id="deadline-left-out"),
    Probe("The Nile Textile Expo opens in Cairo on June 2 and closes on June 5. Last year's show was held from "
          "June 4 to 7.",
          name="Nile Textile Expo", start=D(6, 2), end=D(6, 5), places=["Cairo", "Egypt"], id="last-years-dates-left-out"),
    Probe("The Arctic Mining Week concluded in Tromso on Friday. The next edition will be held from May 11 to 14, 2026.",
          published=D(5, 24), name="Arctic Mining Week", end=D(5, 23), places=["Tromso", "Norway"],
          id="next-edition-left-out"),
    Probe("The Levant Book Fair opened in Amman on Wednesday. Registration for the writing workshop closes on "
          "Friday.",
          published=D(5, 22), name="Levant Book Fair", start=D(5, 21), places=["Amman", "Jordan"], no_end=True,
          id="registration-closes-left-out"),
    Probe("The Caspian Oil Show will be held in Baku from June 3 to 5. Early-bird registration ends on April 30.",
          published=D(3, 1), name="Caspian Oil Show", start=D(6, 3), end=D(6, 5), places=["Baku", "Azerbaijan"],
          id="early-bird-left-out"),
    Probe("The Sydney Yacht Expo opened on Thursday at the Darling Harbour marina. It follows the Melbourne Boat "
          "Show, which was held from May 1 to 4.",
          published=D(5, 23), name="Sydney Yacht Expo", start=D(5, 22), places=["Sydney", "Australia"],
          id="other-event-dates-left-out"),
    # ---- brand-named events, anaphora
    Probe("AgriTech Global 2025 opens its doors at the Dubai World Trade Centre on Monday.",
          published=D(5, 18), name="AgriTech Global 2025", start=D(5, 19),
          places=["Dubai", "Dubai World Trade Centre"], id="brand-global-year"),
    Probe("FoodTech Messe 2025 will take place from 3 to 6 March at Messe Stuttgart.",
          published=D(1, 20), name="FoodTech Messe 2025", start=D(3, 3), end=D(3, 6),
          places=["Stuttgart", "Germany", "Messe Stuttgart"], id="brand-messe-year"),
    Probe("MEDTEC Asia 2025 runs from Oct. 7 to 9 at the Suntec Convention Centre in Singapore.",
          name="MEDTEC Asia 2025", start=D(10, 7), end=D(10, 9), places=["Singapore", "Suntec Convention Centre"],
          id="acronym-region-year"),
    Probe("The Baltic Sail Show opened in Gdansk on Thursday. The show runs until Sunday at the AmberExpo centre.",
          published=D(5, 22), name="Baltic Sail Show", start=D(5, 22), end=D(5, 25), places=["Gdansk", "Poland"],
          id="anaphora-the-show-until"),
    Probe("The Rocky Mountain Beer Festival returns this summer. This year's edition takes place Aug. 14-16 "
          "at the Colorado Convention Center in Denver.",
          name="Rocky Mountain Beer Festival", start=D(8, 14), end=D(8, 16),
          places=["Denver", "Colorado", "Colorado Convention Center"], id="this-years-edition"),
    Probe("The Andalusian Horse Fair drew record crowds. The fair runs through Sunday at the Seville "
          "Exhibition Grounds.",
          published=D(5, 21), name="Andalusian Horse Fair", end=D(5, 25),
          places=["Seville", "Seville Exhibition Grounds"], id="anaphora-the-fair-through"),
    Probe("The Balkan Security Conference opened on Monday. The event, held at the Hilton Hotel in Belgrade, "
          "runs until Wednesday.",
          published=D(5, 19), name="Balkan Security Conference", start=D(5, 19), end=D(5, 21),
          places=["Belgrade", "Serbia", "Hilton Hotel"], id="anaphora-the-event-held-at"),
    Probe("Nordic Robotics 2025 brought together 150 start-ups at the Oslo Spektrum last week.",
          name="Nordic Robotics 2025", places=["Oslo", "Oslo Spektrum"], id="brand-year-no-event-word"),
    # ---- more date forms
    Probe("The Silk Road Carpet Fair will run from Monday, June 9 to Thursday, June 12 in Samarkand.",
          name="Silk Road Carpet Fair", start=D(6, 9), end=D(6, 12), places=["Samarkand", "Uzbekistan"],
          id="from-weekday-date-to-weekday-date"),
    Probe("The Highland Games Festival is scheduled for July 18-20 in Inverness, Scotland.",
          name="Highland Games Festival", start=D(7, 18), end=D(7, 20), places=["Inverness"], id="scheduled-for-range"),
    Probe("The Mekong Rice Forum takes place on June 24-25, 2025 in Can Tho.",
          name="Mekong Rice Forum", start=D(6, 24), end=D(6, 25), places=["Can Tho"], id="range-with-year"),
    Probe("The Bengal Handloom Expo will be held from December 12, 2025 to January 5, 2026 in Kolkata.",
          name="Bengal Handloom Expo", start=D(12, 12), end=D(1, 5, 2026), places=["Kolkata", "India"],
          id="range-across-years"),
    Probe("The Patagonia Wool Fair will continue until June 8 in Punta Arenas after opening on June 5.",
          name="Patagonia Wool Fair", start=D(6, 5), end=D(6, 8), places=["Punta Arenas", "Chile"],
          id="continue-until-after-opening"),
    Probe("The Anatolian Marble Expo was held on March 27-30 at the Izmir Fair Area.",
          published=D(4, 2), name="Anatolian Marble Expo", start=D(3, 27), end=D(3, 30),
          places=["Izmir", "Izmir Fair Area"], id="city-leads-fair-area"),
    Probe("The Lake Victoria Fisheries Show runs from the 14th to the 16th of August in Kampala.",
          name="Lake Victoria Fisheries Show", start=D(8, 14), end=D(8, 16), places=["Kampala", "Uganda"],
          id="the-14th-to-the-16th-of-month"),
    Probe("The Celtic Harp Festival takes place over the weekend of June 7-8 in Galway.",
          name="Celtic Harp Festival", start=D(6, 7), end=D(6, 8), places=["Galway", "Ireland"],
          id="weekend-of-range"),
    Probe("Visitors can see the Andean Textile Show until May 30 at the Cusco Convention Centre.",
          name="Andean Textile Show", end=D(5, 30), places=["Cusco", "Cusco Convention Centre"], id="until-date"),
    Probe("The Pamir Mountain Film Festival opens on 2 June and runs for six days in Dushanbe.",
          name="Pamir Mountain Film Festival", start=D(6, 2), end=D(6, 7), places=["Dushanbe", "Tajikistan"],
          id="runs-for-n-days"),
    # ---- places after a comma, apposition, venue chains
    Probe("The Sri Lanka Gem Fair opened at the BMICH, Colombo, on Friday.",
          published=D(5, 24), name="Sri Lanka Gem Fair", start=D(5, 23), places=["Colombo", "BMICH"],
          id="venue-comma-city"),
    Probe("The Dubai Airshow will take place at Dubai World Central from Nov. 17 to 21.",
          published=D(9, 1), name="Dubai Airshow", start=D(11, 17), end=D(11, 21),
          places=["Dubai", "United Arab Emirates"], id="city-from-event-name"),
    Probe("Porto hosts European Cork Summit\n\nThe European Cork Summit opens on Thursday at the Alfandega Congress "
          "Centre in Porto, Portugal.",
          published=D(5, 20), name="European Cork Summit", start=D(5, 22),
          places=["Porto", "Portugal", "Alfandega Congress Centre"], id="headline-and-venue"),
    Probe("The Asia Pacific Insurance Summit was held at the Shangri-La Hotel, Kuala Lumpur, from May 14 to 15.",
          name="Asia Pacific Insurance Summit", start=D(5, 14), end=D(5, 15),
          places=["Kuala Lumpur", "Malaysia", "Shangri-La Hotel"], id="hotel-comma-city"),
    Probe("The Nordic Fish Expo will be staged at the Bella Center in the Danish capital from Aug. 20 to 22.",
          name="Nordic Fish Expo", start=D(8, 20), end=D(8, 22), places=["Copenhagen", "Denmark", "Bella Center"],
          id="venue-in-the-demonym-capital"),
    Probe("The Oceania Coffee Festival, held at the Auckland Showgrounds, attracted 30,000 visitors over three "
          "days ending Sunday.",
          published=D(5, 26), name="Oceania Coffee Festival", end=D(5, 25),
          places=["Auckland", "New Zealand", "Auckland Showgrounds"], id="three-days-ending-sunday"),
    # ---- batch 2: venues and cities in more outlets' styles
    Probe("The Moldovan Wine Days will take place at Expocentre Moldova in Chisinau from Oct. 3 to 5.",
          name="Moldovan Wine Days", start=D(10, 3), end=D(10, 5), places=["Chisinau", "Expocentre Moldova"],
          id="one-word-venue-then-country-in-city"),
    Probe("The Clyde Craft Beer Festival returns to the Kelvin Hall in Glasgow on June 6.",
          name="Clyde Craft Beer Festival", start=D(6, 6), places=["Glasgow", "Kelvin Hall"], id="returns-to-venue-in-city"),
    Probe("The Pearl River Lighting Fair opened in Hall 7 of the Canton Harbour Expo Centre on Monday.",
          published=D(5, 19), name="Pearl River Lighting Fair", start=D(5, 19), places=["Canton Harbour Expo Centre"],
          id="hall-of-venue"),
    Probe("The Yangtze Auto Parts Expo opened on Friday in the central Chinese city of Wuhan.",
          published=D(5, 23), name="Yangtze Auto Parts Expo", start=D(5, 23), places=["Wuhan", "China"],
          id="the-central-demonym-city-of"),
    Probe("The Red Sea Trade Fair opened in the southern port city of Aden on Sunday.",
          published=D(5, 19), name="Red Sea Trade Fair", start=D(5, 18), places=["Aden", "Yemen"],
          id="the-southern-port-city-of"),
    Probe("The Himalayan Tea Fair opened in the Indian capital New Delhi on Monday.",
          published=D(5, 20), name="Himalayan Tea Fair", start=D(5, 19), places=["New Delhi", "India"],
          id="the-demonym-capital-name"),
    Probe("The Savanna Agribusiness Forum was held in the capital, Nairobi, on Thursday.",
          published=D(5, 23), name="Savanna Agribusiness Forum", start=D(5, 22), places=["Nairobi", "Kenya"],
          id="the-capital-comma-name"),
    Probe("The Lakeshore Jazz Festival kicks off Friday in downtown Chicago.",
          published=D(5, 20), name="Lakeshore Jazz Festival", start=D(5, 23), places=["Chicago", "Illinois"],
          id="in-downtown-city"),
    Probe("ACCRA, June 2 (GNA) - The West African Cocoa Expo opened here on Monday with 200 exhibitors.",
          published=D(6, 2), name="West African Cocoa Expo", start=D(6, 2), places=["Accra", "Ghana"],
          id="dateline-opened-here"),
    Probe("The Gulf Pearl Jewellery Show is under way at the Bahrain International Exhibition & Convention Centre "
          "in Sakhir.",
          name="Gulf Pearl Jewellery Show", places=["Sakhir", "Bahrain International Exhibition & Convention Centre"],
          id="ampersand-venue-in-town"),
    Probe("The Highveld Mining Summit will be held at the Sheraton Hotel in Pretoria from 9 to 11 September.",
          published=D(8, 1), name="Highveld Mining Summit", start=D(9, 9), end=D(9, 11),
          places=["Pretoria", "South Africa", "Sheraton Hotel"], id="hotel-in-city-from-d-to-d"),
    Probe("The Rift Valley Coffee Summit took place at the Intercontinental Hotel, Addis Ababa, on 4 March.",
          published=D(3, 10), name="Rift Valley Coffee Summit", start=D(3, 4),
          places=["Addis Ababa", "Ethiopia", "Intercontinental Hotel"], id="hotel-comma-two-word-city"),
    Probe("The Harbour City Boat Show is taking place at the Hong Kong Convention and Exhibition Centre in Wan Chai.",
          name="Harbour City Boat Show", places=["Hong Kong", "Hong Kong Convention and Exhibition Centre"],
          id="city-leads-venue-district-after"),
    Probe("The venue for this year's Caledonian Folk Festival is the Usher Hall in Edinburgh.",
          name="Caledonian Folk Festival", places=["Edinburgh", "Usher Hall"], id="the-venue-is"),
    Probe("The Persian Carpet Expo is being held in Tehran's Imam Khomeini Grand Mosalla until Friday.",
          published=D(5, 20), name="Persian Carpet Expo", end=D(5, 23), places=["Tehran", "Iran"],
          id="in-citys-venue-until"),
    Probe("The Karoo Wool Show, held in Port Elizabeth, South Africa, ended on Saturday.",
          published=D(5, 26), name="Karoo Wool Show", end=D(5, 24), places=["Port Elizabeth", "South Africa"],
          id="held-in-city-country-ended"),
    Probe("The Quebec Maple Expo was staged in Montreal, Canada, from 2-5 April.",
          published=D(4, 10), name="Quebec Maple Expo", start=D(4, 2), end=D(4, 5), places=["Montreal", "Canada"],
          id="from-d-d-month"),
    Probe("The Outback Cattle Fair wraps up in Darwin on Sunday after a four-day run.",
          published=D(5, 22), name="Outback Cattle Fair", start=D(5, 22), end=D(5, 25), places=["Darwin", "Australia"],
          id="wraps-up-in-city-on-weekday"),
    # ---- batch 2: dates
    Probe("The Nordic Salmon Forum will be held from 30 September to 2 October in Bergen.",
          published=D(9, 1), name="Nordic Salmon Forum", start=D(9, 30), end=D(10, 2), places=["Bergen", "Norway"],
          id="from-d-month-to-d-month"),
    Probe("The Appalachian Banjo Festival runs Sept. 30-Oct. 2 in Asheville.",
          published=D(9, 1), name="Appalachian Banjo Festival", start=D(9, 30), end=D(10, 2), places=["Asheville"],
          id="abbrev-range-across-months"),
    Probe("The Levant Food Show takes place Oct. 30 – Nov. 1, 2025 in Beirut.",
          published=D(9, 1), name="Levant Food Show", start=D(10, 30), end=D(11, 1), places=["Beirut", "Lebanon"],
          id="en-dash-range-with-year"),
    Probe("The Cotswold Cheese Fair will be held between 3rd and 5th June in Cheltenham.",
          name="Cotswold Cheese Fair", start=D(6, 3), end=D(6, 5), places=["Cheltenham"], id="between-ordinals-month"),
    Probe("The Balaton Wine Festival takes place on the 3rd and 4th of June in Budapest.",
          name="Balaton Wine Festival", start=D(6, 3), end=D(6, 4), places=["Budapest", "Hungary"],
          id="the-ordinal-and-ordinal-of-month"),
    Probe("The Hanseatic Ship Show runs from June 3rd to June 5th in Hamburg.",
          name="Hanseatic Ship Show", start=D(6, 3), end=D(6, 5), places=["Hamburg", "Germany"],
          id="from-month-ordinal-to-month-ordinal"),
    Probe("The Nile Delta Cotton Fair will open on Wednesday and close on Saturday in Alexandria.",
          published=D(5, 19), name="Nile Delta Cotton Fair", start=D(5, 21), end=D(5, 24),
          places=["Alexandria", "Egypt"], id="open-weekday-close-weekday"),
    Probe("The Aegean Sponge Festival opened on Tuesday and will close on Friday.",
          published=D(5, 21), name="Aegean Sponge Festival", start=D(5, 20), end=D(5, 23),
          id="opened-weekday-will-close-weekday"),
    Probe("The Tigris Book Fair, which began Tuesday, runs through Saturday in Baghdad.",
          published=D(5, 21), name="Tigris Book Fair", start=D(5, 20), end=D(5, 24), places=["Baghdad", "Iraq"],
          id="which-began-runs-through"),
    Probe("The Carpathian Honey Fair is running until 12 June in Lviv.",
          published=D(6, 5), name="Carpathian Honey Fair", end=D(6, 12), places=["Lviv", "Ukraine"],
          id="running-until-d-month"),
    Probe("The Transvaal Gold Show is on until Sunday at the Nasrec Expo Centre in Johannesburg.",
          published=D(5, 21), name="Transvaal Gold Show", end=D(5, 25), places=["Johannesburg", "Nasrec Expo Centre"],
          id="is-on-until"),
    Probe("The Coral Coast Dive Expo runs from Thursday until Sunday in Cairns.",
          published=D(5, 20), name="Coral Coast Dive Expo", start=D(5, 22), end=D(5, 25), places=["Cairns"],
          id="from-weekday-until-weekday"),
    Probe("The Aral Sea Water Forum will be held on 12 June in Nukus.",
          name="Aral Sea Water Forum", start=D(6, 12), end=D(6, 12), places=["Nukus", "Uzbekistan"],
          id="held-on-one-day"),
    Probe("The Andes Solar Expo (Nov. 2-5) will be held in Santiago, Chile.",
          published=D(9, 1), name="Andes Solar Expo", start=D(11, 2), end=D(11, 5), places=["Santiago", "Chile"],
          id="range-in-brackets"),
    Probe("The Danube Logistics Summit takes place 2-5 November 2025 in Budapest, Hungary.",
          published=D(9, 1), name="Danube Logistics Summit", start=D(11, 2), end=D(11, 5), places=["Budapest", "Hungary"],
          id="d-d-month-year-bare"),
    # ---- batch 2: names
    Probe("Agrivo Europe 2025 opened its doors in Rotterdam on Tuesday, drawing 12,000 visitors.",
          name="Agrivo Europe 2025", start=D(5, 20), places=["Rotterdam", "Netherlands"], id="brand-europe-year"),
    Probe("More than 1,500 exhibitors are expected at the 2025 edition of Hortexa, which opens in Lyon on Sept. 9.",
          published=D(8, 20), name="Hortexa", start=D(9, 9), places=["Lyon", "France"], id="edition-of-brand"),
    Probe("Vinorama Live returns to Bordeaux\n\nVinorama Live returns to Bordeaux from 12 to 14 June. The show "
          "will bring together 400 winemakers.",
          name="Vinorama Live", start=D(6, 12), end=D(6, 14), places=["Bordeaux", "France"], id="brand-live-headline"),
    # ---- batch 3: where and when said late in the release, without the event's name
    Probe("The Omani Dates Festival opens on Monday. Organisers expect strong demand. Buyers from 30 countries have registered. Many deals are expected. It will be held at the Grand Crescent Hotel in Muscat.",
          published=D(5, 16), name="Omani Dates Festival", start=D(5, 19),
          places=["Muscat", "Oman", "Grand Crescent Hotel"], id="late-it-will-be-held-at"),
    Probe("The Karakum Carpet Expo opens on Monday. Organisers expect strong demand. Buyers from 30 countries have registered. Many deals are expected. The venue is the Ashgabat Exhibition Centre.",
          published=D(5, 16), name="Karakum Carpet Expo", start=D(5, 19),
          places=["Ashgabat", "Ashgabat Exhibition Centre"], id="late-the-venue-is"),
    Probe("The Mekong Seafood Fair opens on Monday. Organisers expect strong demand. Buyers from 30 countries have registered. Many deals are expected. This year, the fair occupies three halls of the Saigon "
          "Exhibition and Convention Center.",
          published=D(5, 16), name="Mekong Seafood Fair", start=D(5, 19),
          places=["Saigon Exhibition and Convention Center"], id="late-halls-of-venue"),
    Probe("The Kazakh Grain Forum opens on Monday. Organisers expect strong demand. Buyers from 30 countries have registered. Many deals are expected. Now in its tenth year, the forum takes place at the "
          "Palace of Independence in Astana.",
          published=D(5, 16), name="Kazakh Grain Forum", start=D(5, 19),
          places=["Astana", "Palace of Independence"], id="late-anaphor-takes-place-at"),
    Probe("The Andean Alpaca Show opens on Monday. Organisers expect strong demand. Buyers from 30 countries have registered. Many deals are expected. Exhibitors at the Arequipa Fairgrounds will show 2,000 animals.",
          published=D(5, 16), name="Andean Alpaca Show", start=D(5, 19), places=["Arequipa", "Arequipa Fairgrounds"],
          id="late-exhibitors-at-venue"),
    Probe("The Sahel Livestock Fair opens on Monday. Organisers expect strong demand. Buyers from 30 countries have registered. Many deals are expected. Held under the patronage of the minister, the fair runs "
          "at the Bamako International Exhibition Park until Friday.",
          published=D(5, 16), name="Sahel Livestock Fair", start=D(5, 19), end=D(5, 23),
          places=["Bamako", "Bamako International Exhibition Park"], id="late-participle-anaphor-at"),
    Probe("The Baltic Amber Gala was a success. Organisers expect strong demand. Buyers from 30 countries have registered. Many deals are expected. The gala took place at the Grand Hotel in Sopot on Saturday.",
          published=D(5, 26), name="Baltic Amber Gala", start=D(5, 24), places=["Sopot", "Grand Hotel"],
          id="late-anaphor-gala"),
    Probe("Hanoi hosts the Vietnam Silk Expo\n\nThe Vietnam Silk Expo opened on Friday at the Giang Vo "
          "Exhibition Centre.",
          published=D(5, 24), name="Vietnam Silk Expo", start=D(5, 23), places=["Hanoi", "Giang Vo Exhibition Centre"],
          id="headline-city-hosts"),
    Probe("Nairobi trade fair draws 5,000\n\nThe East African Leather Fair opened on Friday at the Sarit Expo Centre.",
          published=D(5, 24), name="East African Leather Fair", start=D(5, 23), places=["Nairobi", "Sarit Expo Centre"],
          id="headline-city-adjective"),
    # ---- batch 4: dates of other things in the same release
    Probe("The Baltic Kelp Fair opens on June 3 in Riga. Last year, it ran from June 4 to 8.",
          name="Baltic Kelp Fair", start=D(6, 3), no_end=True, places=["Riga"], id="last-year-comma-it-ran"),
    Probe("The Baltic Kelp Fair opens on June 3 in Riga. In 2024, the fair was held from June 4 to 8.",
          name="Baltic Kelp Fair", start=D(6, 3), no_end=True, places=["Riga"], id="in-year-comma-was-held"),
    Probe("The organisers announced on Monday that the Danube Kelp Forum will take place from June 3 to 5 in Vienna.",
          published=D(5, 20), name="Danube Kelp Forum", start=D(6, 3), end=D(6, 5), places=["Vienna"],
          id="announced-on-weekday-then-range"),
    Probe("The organisers said on Monday that the Danube Kelp Forum will open in Vienna on Thursday.",
          published=D(5, 20), name="Danube Kelp Forum", start=D(5, 22), places=["Vienna"], id="said-on-weekday-opens-weekday"),
    Probe("The Danube Kelp Expo, which ends on Sunday, opened on Thursday in Linz.",
          published=D(5, 23), name="Danube Kelp Expo", start=D(5, 22), end=D(5, 25), places=["Linz"],
          id="which-ends-opened"),
    Probe("The Danube Kelp Expo opened on Thursday in Linz, a day after a press conference on Wednesday.",
          published=D(5, 23), name="Danube Kelp Expo", start=D(5, 22), places=["Linz"], id="press-conference-day-before"),
    Probe("Tickets for the Danube Kelp Festival go on sale on April 1. The festival runs from July 10 to 13 in Graz.",
          published=D(3, 20), name="Danube Kelp Festival", start=D(7, 10), end=D(7, 13), places=["Graz"],
          id="tickets-on-sale"),
    Probe("The Danube Kelp Festival, first held in 2009, runs from July 10 to 13 in Graz.",
          published=D(6, 20), name="Danube Kelp Festival", start=D(7, 10), end=D(7, 13), places=["Graz"],
          id="first-held-in-year"),
    Probe("The Danube Kelp Summit will be held from 10 to 12 June in Salzburg. A preparatory meeting took place on "
          "15 May.",
          published=D(5, 20), name="Danube Kelp Summit", start=D(6, 10), end=D(6, 12), places=["Salzburg"],
          id="preparatory-meeting-date"),
    Probe("The Danube Kelp Fair, which opened on Friday, will close on Monday, June 2.",
          published=D(5, 31), name="Danube Kelp Fair", start=D(5, 30), end=D(6, 2), id="opened-weekday-close-weekday-date"),
    # ---- batch 5: the day of the event, opening forms
    Probe("Crowds packed the halls on Wednesday, the second day of the Danube Kelp Expo in Linz.",
          published=D(5, 22), name="Danube Kelp Expo", start=D(5, 20), places=["Linz"], id="weekday-the-second-day-of"),
    Probe("On the third and final day of the Danube Kelp Summit on Friday, ministers signed a declaration.",
          published=D(5, 24), name="Danube Kelp Summit", start=D(5, 21), end=D(5, 23), id="third-and-final-day-of"),
    Probe("The Danube Kelp Fair kicked off on Thursday, Feb. 13, in Linz.",
          published=D(2, 14), name="Danube Kelp Fair", start=D(2, 13), places=["Linz"], id="kicked-off-weekday-date"),
    Probe("The Danube Kelp Fair opens its doors on 14th March at the Design Centre Linz.",
          published=D(2, 14), name="Danube Kelp Fair", start=D(3, 14), places=["Linz"], id="ordinal-month"),
    Probe("The Danube Kelp Fair takes place March 14th-16th in Linz.",
          published=D(2, 14), name="Danube Kelp Fair", start=D(3, 14), end=D(3, 16), places=["Linz"],
          id="month-ordinal-dash-ordinal"),
    Probe("The Danube Kelp Fair is being held from Tuesday to Thursday this week in Linz.",
          published=D(5, 20), name="Danube Kelp Fair", start=D(5, 20), end=D(5, 22), places=["Linz"],
          id="from-weekday-to-weekday-this-week"),
    Probe("The Danube Kelp Fair will run through Sunday, May 25, in Linz.",
          published=D(5, 20), name="Danube Kelp Fair", end=D(5, 25), places=["Linz"], id="run-through-weekday-date"),
    Probe("The Danube Kelp Fair got under way in Linz on Tuesday and runs until Saturday.",
          published=D(5, 20), name="Danube Kelp Fair", start=D(5, 20), end=D(5, 24), places=["Linz"],
          id="got-under-way-runs-until"),
    Probe("The Danube Kelp Fair was inaugurated in Linz on Tuesday by the mayor.",
          published=D(5, 21), name="Danube Kelp Fair", start=D(5, 20), places=["Linz"], id="inaugurated-on-weekday"),
    Probe("The Danube Kelp Fair, running from May 20 to 23 at the Linz Design Centre, has drawn 9,000 visitors.",
          published=D(5, 22), name="Danube Kelp Fair", start=D(5, 20), end=D(5, 23), places=["Linz", "Linz Design Centre"],
          id="running-from-range-at-venue"),
    # ---- batch 6: places named with a kind word or a nationality
    Probe("The Kelp Spice Fair opened on Tuesday in the Indian state of Kerala.",
          published=D(5, 21), name="Kelp Spice Fair", start=D(5, 20), places=["Kerala", "India"], id="the-demonym-state-of"),
    Probe("The Kelp Spice Fair opened on Tuesday in the Kenyan coastal city of Mombasa.",
          published=D(5, 21), name="Kelp Spice Fair", start=D(5, 20), places=["Mombasa", "Kenya"],
          id="the-demonym-coastal-city-of"),
    Probe("The Kelp Spice Fair opened on Tuesday in northern Italy's Lombardy region.",
          published=D(5, 21), name="Kelp Spice Fair", start=D(5, 20), places=["Lombardy", "Italy"],
          id="countrys-region-word"),
    Probe("The Kelp Spice Fair is being held in Eldoret town in Uasin Gishu County.",
          name="Kelp Spice Fair", places=["Eldoret", "Uasin Gishu County", "Kenya"], id="city-town-in-county"),
    Probe("The Kelp Spice Fair opened on Tuesday in the Omani capital Muscat.",
          published=D(5, 21), name="Kelp Spice Fair", start=D(5, 20), places=["Muscat", "Oman"],
          id="the-demonym-capital-city"),
]


def _check(x, p: Probe) -> list[str]:
    """What the extraction gets wrong about probe ``p`` (nothing: an empty list)."""
    ev = x.main_event
    if ev is None:
        return ["no main event"]
    bad = []
    if p.name and not same(p.name, ev.name):
        bad.append(f"name {ev.name!r} != {p.name!r}")
    if p.start and ev.start != p.start:
        bad.append(f"start {ev.start} != {p.start}")
    if p.end and ev.end != p.end:
        bad.append(f"end {ev.end} != {p.end}")
    if p.no_end and ev.end is not None and ev.end != ev.start:
        bad.append(f"end {ev.end} should be unknown")
    names = [pl.name for pl in ev.places] + [pl.span.text for pl in ev.places if pl.span is not None]
    for want in p.places:
        if not any(same(want, n) or _words(want) <= _words(n) and len(_words(n)) <= len(_words(want)) + 1
                   for n in names):
            bad.append(f"place {want!r} not in {names}")
    return bad


check = _check


#: probes the extractor still gets wrong (issue 10): each is a known gap, not a fit to allow
KNOWN_GAPS: set[str] = {
    "anaphora-the-fair-through",  # 'the Seville Exhibition Grounds': 'Seville' is 'Sevilla'
    "city-leads-fair-area",  # 'the Izmir Fair Area'
    "ampersand-venue-in-town",  # 'Sakhir' is not in the gazetteer
    "brand-live-headline",  # 'Vinorama Live returns to Bordeaux'
    "late-halls-of-venue",  # 'the fair occupies three halls of the X'
    "late-exhibitors-at-venue",  # 'Exhibitors at the X Fairgrounds will ...'
    "late-participle-anaphor-at",  # 'the fair runs': 'fair' tagged an adjective
}


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="known gap"))
                                   if p.id in KNOWN_GAPS else p for p in PROBES], ids=[p.id for p in PROBES])
def test_event_probe(extract, probe):
    assert _check(extract(probe.text, published=probe.published), probe) == []


def test_probe_ids_are_unique():
    ids = [p.id for p in PROBES]
    assert len(ids) == len(set(ids))
