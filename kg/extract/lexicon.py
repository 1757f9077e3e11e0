"""Word lists the extractors match against: rules as data, kept in one place.

Nothing here names an event, organization or place: only the general vocabulary press
releases use for events, roles, sessions, figures and venues.
"""

from __future__ import annotations

#: head nouns of event names -> event kind (the ``ekg:`` class is the kind capitalized)
EVENT_HEADS: dict[str, str] = {
    "conference": "conference", "conferences": "conference",
    "expo": "expo", "exposition": "expo", "expos": "expo",
    "exhibition": "exhibition", "exhibitions": "exhibition",
    "forum": "forum", "forums": "forum",
    "summit": "summit", "summits": "summit",
    "fair": "fair", "fairs": "fair", "tradeshow": "fair",
    "show": "show", "shows": "show", "motorshow": "show",
    "festival": "festival", "festivals": "festival", "fest": "festival",
    "congress": "congress",
    "convention": "conference", "symposium": "conference", "colloquium": "conference",
    "meeting": "meeting", "assembly": "meeting", "dialogue": "meeting", "roundtable": "meeting",
    "ceremony": "ceremony", "awards": "ceremony", "gala": "ceremony",
    "week": "festival", "biennale": "exhibition", "triennale": "exhibition", "salon": "exhibition",
    "games": "festival", "championship": "festival", "championships": "festival",
    "olympiad": "festival", "marathon": "festival",
    "event": "event", "edition": "event", "regatta": "festival", "carnival": "festival",
    "days": "fair", "rally": "festival", "race": "festival", "tournament": "festival",
    # named contests and sales held at events ("Robot Startup Pitch", "Merino Ram Sale")
    "hackathon": "competition", "pitch": "competition", "contest": "competition",
    "competition": "competition", "challenge": "competition",
    "sale": "fair", "auction": "fair",
}
#: heads that are generic when lower-case after a proper name ("the 48th Arab Health event")
GENERIC_HEADS = frozenset({"event", "events", "edition", "show", "exhibition", "fair", "expo"})
#: kind -> ekg class local name
KIND_CLASS: dict[str, str] = {
    "conference": "Conference", "expo": "Expo", "exhibition": "Exhibition", "forum": "Forum",
    "summit": "Summit", "fair": "Fair", "show": "Show", "festival": "Festival",
    "congress": "Congress", "meeting": "Meeting", "ceremony": "Ceremony", "competition": "Competition",
}
#: anaphors that refer back to an event ("the expo", "the fair")
EVENT_ANAPHORS = frozenset(set(EVENT_HEADS) | {"event", "edition", "gathering", "occasion"})

#: verbs that say an event takes place (used to find its date and place)
HAPPENING_VERBS = frozenset({
    "hold", "open", "kick", "start", "begin", "run", "take", "close", "end", "conclude",
    "launch", "schedule", "stage", "host", "convene", "attract", "welcome", "unveil", "get",
})

#: role cue words (verbs, phrases, nouns, honours) live in kg/extract/rules/roles.json

#: last words of organization names that are government bodies
GOVERNMENT_WORDS = frozenset({
    "government", "ministry", "department", "bureau", "municipality", "commission",
    "committee", "council", "administration", "agency", "office", "authority", "province",
    "prefecture", "parliament", "cabinet", "embassy", "consulate", "secretariat", "county",
})
#: last words that make a phrase an organization name
ORG_WORDS = GOVERNMENT_WORDS | frozenset({
    "association", "federation", "chamber", "society", "institute", "institution",
    "university", "academy", "group", "company", "corporation", "corp", "inc", "ltd",
    "limited", "llc", "plc", "gmbh", "ag", "co", "markets", "media", "press", "network",
    "foundation", "center", "centre", "alliance", "union", "organization", "organisation",
    "board", "club", "league", "consortium", "holdings", "bank", "fund", "services",
    "solutions", "ventures", "consulting", "consultancy", "management", "agency", "associates",
    "partners", "international", "worldwide", "global", "pvt", "private", "sa", "srl", "bv", "nv",
})

#: venue words: an "at X" phrase ending in one of these names a venue
VENUE_WORDS = frozenset({
    "centre", "center", "hall", "halls", "amphitheatre", "amphitheater", "museum", "zone",
    "park", "stadium", "arena", "complex", "plaza", "hotel", "palace", "fairground",
    "fairgrounds", "grounds", "pavilion", "theatre", "theater", "auditorium", "square",
    "exhibition center", "expo", "campus", "resort", "island", "district", "venue", "messe",
    "congrès", "congres", "convention", "fiera", "feria", "grounds", "ground", "dome", "forum",
})

#: session nouns and verbs live in kg/extract/rules/sessions.json

#: words before a figure -> qualifier (ekg individual local name)
QUALIFIER_WORDS: dict[str, str] = {
    "over": "MoreThan", "more than": "MoreThan", "above": "MoreThan", "exceeding": "MoreThan",
    "in excess of": "MoreThan", "upwards of": "MoreThan", "beyond": "MoreThan",
    "greater than": "MoreThan", "higher than": "MoreThan", "nearly": "Nearly",
    "almost": "Nearly", "close to": "Nearly", "approaching": "Nearly", "at least": "AtLeast",
    "no less than": "AtLeast", "not less than": "AtLeast", "a minimum of": "AtLeast",
    "about": "Approximately", "around": "Approximately", "approximately": "Approximately",
    "some": "Approximately", "roughly": "Approximately", "approx.": "Approximately",
    "an estimated": "Approximately", "estimated": "Approximately", "circa": "Approximately",
    "up to": "UpTo", "as many as": "UpTo", "as much as": "UpTo", "within": "UpTo",
    "a maximum of": "UpTo", "less than": "LessThan", "fewer than": "LessThan",
    "under": "LessThan", "below": "LessThan", "not more than": "UpTo",
}
#: verbs whose object figure is a lower bound ("exceeded 100 billion yuan", "footfall crossed
#: 3 lakh"), also before "the <figure> mark" ("passed the 5,000 mark")
MORE_THAN_VERBS = frozenset({"exceed", "surpass", "top", "pass", "outstrip", "break", "cross"})

#: words that mark a change figure and its direction
CHANGE_WORDS = frozenset({
    "increase", "rise", "growth", "gain", "jump", "surge", "climb", "up", "decrease",
    "decline", "drop", "fall", "down", "grow", "increased", "rose", "fell", "dropped",
    "declined", "decreased", "grew", "jumped", "surged", "climbed", "reduction", "plunge",
})
#: comparison phrases -> normalized comparison label
COMPARISONS: dict[str, str] = {
    "year-on-year": "year-on-year", "year on year": "year-on-year", "yoy": "year-on-year",
    "y-o-y": "year-on-year", "year-over-year": "year-on-year", "year over year": "year-on-year",
    "over the previous year": "year-on-year", "over the previous edition": "year-on-year",
    "over last year": "year-on-year", "from last year": "year-on-year",
    "compared with last year": "year-on-year", "compared to last year": "year-on-year",
    "over the same period last year": "year-on-year", "on-year": "year-on-year",
    "compared with the previous edition": "year-on-year", "compared to the previous edition": "year-on-year",
    "compared with the last edition": "year-on-year", "compared to the last edition": "year-on-year",
    "over the last edition": "year-on-year", "month-on-month": "month-on-month",
    "month on month": "month-on-month", "mom": "month-on-month",
    "quarter-on-quarter": "quarter-on-quarter",
    "on the year": "year-on-year", "on a year earlier": "year-on-year", "on a year ago": "year-on-year",
    "y/y": "year-on-year", "y-on-y": "year-on-year", "m/m": "month-on-month", "q/q": "quarter-on-quarter",
    "qoq": "quarter-on-quarter", "q-o-q": "quarter-on-quarter", "m-o-m": "month-on-month",
}

#: nouns whose count is a duration or frequency, never a statistic
DURATION_NOUNS = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "night", "nights", "time", "times", "session", "sessions", "edition", "editions",
    "winter", "winters", "summer", "summers", "season", "seasons", "spring", "springs",
    "autumn", "autumns", "semester", "semesters", "generation", "generations",
})

#: counted things whose figure is about the event by default ("520 exhibitors", "80 deals")
EVENT_UNITS = frozenset({
    "exhibitor", "visitor", "attendee", "participant", "delegate", "buyer", "professional",
    "pavilion", "booth", "speaker", "guest", "company", "enterprise", "brand", "country",
    "region", "organization", "organisation", "institution", "deal", "agreement", "project",
    "contract", "person", "people", "trade visitor", "startup", "investor", "journalist",
    "box", "product", "vehicle", "exhibit", "event", "location", "venue", "letter",
})
#: words that make a figure a percentage
PERCENT_WORDS = frozenset({"%", "percent", "pct", "percentage"})
