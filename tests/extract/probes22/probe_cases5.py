"""Probe cases, fifth batch: what figures are about (written for this probe)."""
CASES = [
    ("According to the Ministry of Trade, Indonesia's palm oil exports reached 28 million tonnes.", {28000000: {"about": "Indonesia"}}),
    ("Exports from Kenya rose to $1.2 billion.", {1200000000: {"about": "Kenya"}}),
    ("In Saudi Arabia, the sector employs 200,000 people.", {200000: {"about": "Saudi Arabia"}}),
    ("The Lagos Chamber of Commerce has 2,500 members.", {2500: {"about": "Lagos Chamber of Commerce"}}),
    ("Acme Motors sold 1.4 million cars last year.", {1400000: {"about": "Acme Motors"}}),
    ("Peru is the world's second-largest copper producer, with output of 2.6 million tonnes.", {2600000: {"about": "Peru"}}),
    ("The Gulf state's non-oil trade hit Dh 2 trillion.", {2000000000000: {}}),
    ("Tourism contributes 12% of Thailand's GDP.", {12: {"about": "Thailand"}}),
    ("The city of Durban hosted 300 conferences in 2025.", {300: {"about": "Durban"}}),
    ("With 45 million inhabitants, Colombia is a key market.", {45000000: {"about": "Colombia"}}),
    ("Brazil, which produced 3 million tonnes of coffee, is the top exporter.", {3000000: {"about": "Brazil"}}),
    ("Globex Corp, which employs 12,000 people, is a sponsor.", {12000: {"about": "Globex Corp"}}),
    ("The association represents more than 600 member companies.", {600: {}}),
    ("Mumbai's port handled 60 million tonnes of cargo.", {60000000: {"about": "Mumbai"}}),
    ("Vietnam and Thailand together export 14 million tonnes of rice.", {14000000: {}}),
    ("Ethiopia's coffee earnings rose 15% to $1.4 billion, the Ethiopian Coffee Authority said.", {1400000000: {"about": "Ethiopia"}}),
]
