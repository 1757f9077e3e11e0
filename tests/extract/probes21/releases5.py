"""Fifth batch of round-21 probe releases (our own text): dateline styles of many wires and
papers, with the event in the dateline's city and no other city in the body."""
from releases import rel

_BODY = " The Regional Kelp and Seaweed Expo opens on Tuesday at the Grand Exhibition Centre, with 300 exhibitors."
_WANT = {"start": "2026-03-03"}

RELEASES = [
    (f"dl_{k}", rel("Kelp expo opens", "2026-03-02", line + _BODY), {"city": city, **_WANT})
    for k, (line, city) in enumerate([
        ("ABU DHABI, 2nd March, 2026 (WAM) --", "Abu Dhabi"),
        ("DUBAI // ", "Dubai"),
        ("Riyadh, March 2, 2026, SPA --", "Riyadh"),
        ("(MENAFN- Gulf Times) Doha:", "Doha"),
        ("Islamabad, March 2 (APP):", "Islamabad"),
        ("Tashkent, Uzbekistan (UzDaily.com) --", "Tashkent"),
        ("ULAANBAATAR, March 2 (MONTSAME).", "Ulaanbaatar"),
        ("Baku, March 2, AZERTAC", "Baku"),
        ("Astana, 2 March 2026 (Kazinform) –", "Astana"),
        ("KARACHI: ", "Karachi"),
        ("Lagos — ", "Lagos"),
        ("Nairobi, Kenya, March 2, 2026 (KNA) —", "Nairobi"),
        ("MANILA, Philippines — ", "Manila"),
        ("JAKARTA (Antara) - ", "Jakarta"),
        ("HANOI (VNA) — ", "Hanoi"),
        ("KATHMANDU, March 2 (RSS): ", "Kathmandu"),
        ("Colombo, March 2 (Daily Mirror) - ", "Colombo"),
        ("São Paulo, 2 de março de 2026 /PRNewswire/ -- ", "São Paulo"),
        ("BOGOTÁ, Colombia, March 2, 2026 /PRNewswire/ -- ", "Bogotá"),
        ("MEXICO CITY (Reuters) - ", "Mexico City"),
        ("CAIRO, March 2 (MENA) - ", "Cairo"),
        ("ADDIS ABABA (ENA) – ", "Addis Ababa"),
        ("Kigali | ", "Kigali"),
        ("Harare Bureau\nHARARE — ", "Harare"),
        ("By Staff Reporter\nACCRA, Ghana — ", "Accra"),
        ("Muscat: ", "Muscat"),
        ("Dhaka, March 2 (BSS) – ", "Dhaka"),
        ("Seoul, March 2 (Korea Bizwire) -- ", "Seoul"),
        ("KUALA LUMPUR, 2 March -- ", "Kuala Lumpur"),
        ("Almaty. March 2. KazTAG - ", "Almaty"),
    ])
]
