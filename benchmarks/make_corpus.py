"""Generate a synthetic corpus of releases for the benchmarks (run by hand).

    python benchmarks/make_corpus.py 1000 benchmarks/corpus-1k.jsonl
    python benchmarks/make_corpus.py 10000 benchmarks/corpus-10k.jsonl

Each release is built by sampling sentences of the example release
(``data/wpbc-2024-seed.txt``) and of the invented releases in ``benchmarks/seed-releases/``:
the lead sentence of one seed with its event, place and organisations swapped for invented
ones, then a handful of body sentences of any seed, with the numbers jittered. The output is
one JSON Lines file (``{"id", "title", "source", "published", "text"}`` per line), which
``kg build`` reads directly. The same ``--seed`` gives the same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = [HERE.parent / "data" / "wpbc-2024-seed.txt", *sorted((HERE / "seed-releases").glob("*.txt"))]

#: per seed: the strings of its lead that name the event, its place and its organisations
SWAPS = {
    "wpbc-2024-seed": {"event": "World Power Battery Conference", "city": "Yibin", "country": "China",
                        "orgs": ["People's Government of Yibin City",
                                 "Sichuan Provincial Economic and Information Department"]},
    "baltic-offshore-wind-forum-2029": {"event": "Baltic Offshore Wind Forum", "city": "Gdynia", "country": "Poland",
                                        "orgs": ["Pomeranian Energy Agency", "Northern Grid Association"]},
    "andean-lithium-expo-2030": {"event": "Andean Lithium Expo", "city": "Antofagasta", "country": "Chile",
                                 "orgs": ["Antofagasta Mining Chamber", "Andean Battery Alliance"]},
    "lakeshore-robotics-conference-2028": {"event": "Lakeshore Robotics Conference", "city": "Kisumu", "country": "Kenya",
                                           "orgs": ["Kisumu Institute of Technology", "East African Automation Society"]},
    "danube-water-technology-fair-2031": {"event": "Danube Water Technology Fair", "city": "Novi Sad", "country": "Serbia",
                                          "orgs": ["Novi Sad Fair Company", "Danube Utilities Network"]},
    "coral-coast-tourism-summit-2027": {"event": "Coral Coast Tourism Summit", "city": "Cairns", "country": "Australia",
                                        "orgs": ["Tourism Tropical North", "Reef Guardians Council"]},
}

ADJECTIVES = ["Northern", "Coastal", "Highland", "Pacific", "Alpine", "Global", "Continental", "Metropolitan",
              "Desert", "Riverside", "Atlantic", "Eastern", "Western", "Southern", "Central", "Green", "Blue",
              "Open", "Future", "Smart"]
TOPICS = ["Hydrogen", "Battery", "Robotics", "Water Technology", "Tourism", "Offshore Wind", "Lithium",
          "Agritech", "Semiconductor", "Textile", "Aviation", "Rail", "Fintech", "Healthcare", "Solar",
          "Logistics", "Food Innovation", "Space", "Forestry", "Cybersecurity"]
KINDS = ["Conference", "Summit", "Forum", "Expo", "Fair", "Congress"]
PLACES = [("Hamburg", "Germany"), ("Lyon", "France"), ("Porto", "Portugal"), ("Bilbao", "Spain"),
          ("Turin", "Italy"), ("Gdansk", "Poland"), ("Brno", "Czech Republic"), ("Tampere", "Finland"),
          ("Bergen", "Norway"), ("Aarhus", "Denmark"), ("Rotterdam", "Netherlands"), ("Ghent", "Belgium"),
          ("Osaka", "Japan"), ("Busan", "South Korea"), ("Chengdu", "China"), ("Hangzhou", "China"),
          ("Pune", "India"), ("Cebu", "Philippines"), ("Da Nang", "Vietnam"), ("Perth", "Australia"),
          ("Auckland", "New Zealand"), ("Vancouver", "Canada"), ("Denver", "United States"),
          ("Monterrey", "Mexico"), ("Curitiba", "Brazil"), ("Mendoza", "Argentina"), ("Nairobi", "Kenya"),
          ("Accra", "Ghana"), ("Casablanca", "Morocco"), ("Izmir", "Turkey")]
ORG_PARTS = ["Chamber of Commerce", "Development Agency", "Industry Association", "Trade Council",
             "Innovation Centre", "Municipal Government", "Export Board", "Research Institute"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
_SENT = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _load_seeds() -> list[tuple[str, str, list[str]]]:
    """(seed name, lead paragraph, body sentences) per seed release."""
    seeds = []
    for path in SEEDS:
        body = _FRONT.sub("", path.read_text(encoding="utf-8")).strip()
        paras = [p.strip() for p in body.split("\n\n") if p.strip()]
        lead, rest = paras[0], paras[1:]
        sentences = []
        for para in rest:
            if para.startswith(("Source:", "CONTACT", "Media contact", "A Snippet")):
                continue
            sentences.extend(s.strip() for s in _SENT.split(para) if len(s.split()) >= 6)
        seeds.append((path.stem, lead, sentences))
    return seeds


def _jitter(rng: random.Random, text: str) -> str:
    def repl(m: re.Match) -> str:
        s = m.group(0)
        if re.fullmatch(r"(19|20)\d\d", s):
            return s
        if "." in s:
            return f"{float(s) * rng.uniform(0.5, 1.8):.1f}"
        if "," in s:
            return f"{int(int(s.replace(',', '')) * rng.uniform(0.5, 1.8)):,}"
        return str(max(2, int(int(s) * rng.uniform(0.5, 1.8))))

    return _NUMBER.sub(repl, text)


def make_release(rng: random.Random, seeds, n: int) -> dict:
    name, lead, _ = rng.choice(seeds)
    swap = SWAPS[name]
    year = rng.randint(2025, 2034)
    event = f"{rng.choice(ADJECTIVES)} {rng.choice(TOPICS)} {rng.choice(KINDS)}"
    city, country = rng.choice(PLACES)
    orgs = [f"{city} {rng.choice(ORG_PARTS)}", f"{rng.choice(ADJECTIVES)} {rng.choice(TOPICS)} {rng.choice(ORG_PARTS)}"]
    text = lead.replace(swap["event"], event).replace(swap["city"].upper(), city.upper())
    text = text.replace(swap["city"], city).replace(swap["country"], country)
    for old, new in zip(swap["orgs"], orgs):
        text = text.replace(old, new)
    text = re.sub(r"\b20[23]\d\b", str(year), text)
    month = rng.randrange(12)
    text = re.sub(r"\b(" + "|".join(MONTHS) + r")\b", MONTHS[month], text)
    body = [text]
    pool = [s for _, _, sents in seeds for s in sents]
    target = rng.randint(150, 300)
    words = len(text.split())
    para: list[str] = []
    while words < target:
        s = _jitter(rng, rng.choice(pool))
        para.append(s)
        words += len(s.split())
        if len(para) >= rng.randint(2, 3):
            body.append(" ".join(para))
            para = []
    if para:
        body.append(" ".join(para))
    body.append(f"Source: {orgs[0]}")
    day = rng.randint(1, 28)
    return {
        "id": f"bench-{n:06d}",
        "title": f"{year} {event} Held In {city}, {country}",
        "source": f"https://example.org/bench/{n:06d}",
        "published": f"{year}-{month + 1:02d}-{day:02d}",
        "text": "\n\n".join(body) + "\n",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("output", type=Path)
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = _load_seeds()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as fh:
        for n in range(args.count):
            fh.write(json.dumps(make_release(rng, seeds, n), ensure_ascii=False) + "\n")
    print(f"wrote {args.count} releases to {args.output}")


if __name__ == "__main__":
    main()
