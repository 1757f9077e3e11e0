"""Invented feeds for the isolation tests and ``scripts/isolation_check.py``: many small
good releases (names, places and dates varied, so each is its own document and event)
and the inputs that once stopped a whole batch (issue 11).

Every text here is written for these tests; none comes from a real release.
"""

from __future__ import annotations

from pathlib import Path

CITIES = [("Bergen", "Norway"), ("Dakar", "Senegal"), ("Tampere", "Finland"), ("Busan", "South Korea"),
          ("Mendoza", "Argentina"), ("Zakopane", "Poland"), ("Porto", "Portugal"), ("Kumasi", "Ghana"),
          ("Cusco", "Peru"), ("Tartu", "Estonia")]
TOPICS = ["Seafood", "Solar", "Drone", "Ferry", "Orchard", "Rescue", "Textile", "Cocoa", "Alpaca", "Robotics"]
KINDS = ["Forum", "Expo", "Conference", "Fair", "Summit"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def good_release(i: int) -> tuple[str, str]:
    """The ``i``-th good release (0 <= i < 100): ``(file name, text)``."""
    city, country = CITIES[i % 10]
    topic = TOPICS[(i // 10) % 10]
    kind = KINDS[i % 5]
    year = 2030 + i % 7
    m = i % 12
    day = 3 + i % 20
    name = f"{year} {city} {topic} {kind}"
    text = (f'---\ntitle: "{name} Held In {city}"\npublished: {year}-{m + 1:02d}-{day + 2:02d}\n---\n'
            f"{city.upper()}, {country}, {MONTHS[m]} {day + 2}, {year} -- The {name}, organized by the "
            f"{city} {topic} Council, was held in {city}, {country}, from {MONTHS[m]} {day} to "
            f"{MONTHS[m]} {day + 1}. More than {1000 + 37 * i:,} visitors attended the {kind.lower()}.\n")
    return f"good-{i:03d}.txt", text


def good_releases(n: int) -> dict[str, str]:
    return dict(good_release(i) for i in range(n))


_BODY = ("OSLO, Norway, May 6, 2031 -- The 2031 Harbor Tech Expo, organized by the Oslo Port Council, "
         "was held in Oslo, Norway, from May 3 to May 5, 2031.\n")


def _front(**fields: str) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\n"


#: inputs that once aborted a batch (some may build with a warning now; none may stop the others)
TRIGGERS = {
    "trigger-impossible-date.txt": _front(title='"Harbor Tech Expo"', published="2024-02-30") + _BODY,
    "trigger-timestamp.txt": _front(title='"Harbor Tech Expo"', published="2024-09-03T10:00:00Z") + _BODY,
    "trigger-deep-yaml.txt": _front(title='"Harbor Tech Expo"', tags="[" * 500 + "]" * 500) + _BODY,
    **{f"trigger-iri-{n}.txt": _front(title='"Harbor Tech Expo"', source=f"'https://example.org/news/a{c}b'",
                                      published="2031-05-06") + _BODY
       for n, c in (("lt", "<"), ("quote", '"'), ("brace", "{"), ("bar", "|"), ("caret", "^"),
                    ("backtick", "`"))},
}

#: always fail, whatever the reader and extractors learn: the batch must exit 6
ALWAYS_BAD = {
    "bad-binary.txt": b"\x00\x01\x02PK\x00 not a release",
    "bad-no-event.txt": b"The weather was mild and the river was calm all week.\n",
}


def huge_release(chars: int = 2_100_000) -> str:
    """A release longer than spaCy's ``max_length`` (2 M) and under kg's size limit (5 MB)."""
    line = "The delegates met again in the hall and talked about the harbour. "
    return _front(title='"Harbor Tech Expo"', published="2031-05-06") + _BODY + line * (chars // len(line))


def write_feed(root: Path, n_good: int, *, triggers: bool = True, always_bad: bool = True,
               huge: bool = False) -> Path:
    """Write ``n_good`` good releases (and the triggers) as files under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in good_releases(n_good).items():
        (root / name).write_text(text, encoding="utf-8")
    if triggers:
        for name, text in TRIGGERS.items():
            (root / name).write_text(text, encoding="utf-8")
    if always_bad:
        for name, data in ALWAYS_BAD.items():
            (root / name).write_bytes(data)
    if huge:
        (root / "trigger-huge.txt").write_text(huge_release(), encoding="utf-8")
    return root
