"""Probe cases, sixth batch: a place named after 'the city of' (written for this probe)."""
CASES = [
    ("The city of Durban hosted 300 conferences in 2025.", {300: {"about": "Durban"}}),
    ("The province of Limpopo exported 2 million tonnes of fruit.", {2000000: {"about": "Limpopo"}}),
    ("The City of Harbourton Council approved 40 projects.", {40: {}}),
]
