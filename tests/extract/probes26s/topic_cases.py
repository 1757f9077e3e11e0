"""s-sessions26 topic sentences (our own), after the lead 'The 2026 Cedar Loom Fair opened in
Porto, Portugal on June 2.': each with the topics an annotator would mark (convention 11)."""
CASES = [
    ("Sectors represented include oil and gas, mining and construction.", ["oil and gas", "mining", "construction"]),
    ("The fair will be devoted to organic farming and agroforestry.", ["organic farming", "agroforestry"]),
    ("Key themes: food safety; cold chains; packaging waste.", ["food safety", "cold chains", "packaging waste"]),
    ("The fair offers tracks on fintech, insurtech and regtech.", ["fintech", "insurtech", "regtech"]),
    ("The programme will explore circular fashion and textile recycling.", ["circular fashion", "textile recycling"]),
    ("Speakers will discuss port automation, green shipping and maritime law.",
     ["port automation", "green shipping", "maritime law"]),
    ("The fair showcases electric boats, marine engines and sailing gear.",
     ["electric boats", "marine engines", "sailing gear"]),
    ("The fair highlights research and development in battery chemistry.", ["research and development in battery chemistry"]),
    ("Exhibitors come from areas including aquaculture, fisheries and seafood processing.",
     ["aquaculture", "fisheries", "seafood processing"]),
    ("A panel on water pricing and a workshop on drip irrigation will be held.", ["water pricing", "drip irrigation"]),
    ("The fair covers everything from seed breeding to grain storage.", ["seed breeding", "grain storage"]),
    ("With a focus on offshore wind, the fair gathers 300 exhibitors.", ["offshore wind"]),
    ("The fair's conference will focus on hydrogen valleys, e-fuels and carbon markets.",
     ["hydrogen valleys", "e-fuels", "carbon markets"]),
    ("The fair features pavilions on smart mobility and urban air transport.", ["smart mobility", "urban air transport"]),
    ("Themes such as heritage conservation and cultural tourism will be discussed.",
     ["heritage conservation", "cultural tourism"]),
]
NEGATIVES = [
    "The fair aims to double exports by 2030, the minister said.",
    "Orion Foods, Zephyr Farms and Borealis Mills will showcase their products at the fair.",
    "The fair is held under the theme 'Growing Together'.",
]
