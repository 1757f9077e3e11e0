"""s-sessions26 session sentences (our own), after a lead sentence: counted groups in many
forms ('a total of 36 sessions', 'a line-up of 40 workshops', 'no fewer than 20') and sentences
that hold no programme part of the event (a pre-event webinar, another edition's programme, a
stand, an organiser's portfolio, a body's own meetings). Not a test:
`PYTHONPATH=. python tests/extract/probes26s/session_cases.py` prints the misses."""
from datetime import date

from kg.extract import run_extractors
from kg.pipeline.document import parse_document
from kg.pipeline.nlp import load_nlp

LEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "
CASES = [
 ("The fair features a total of 36 sessions.", [("session", 36)]),
 ("The fair offers a line-up of 40 workshops.", [("workshop", 40)]),
 ("No fewer than 20 masterclasses will be held.", [("masterclass", 20)]),
 ("Some 15 B2B meetings were arranged at the fair.", [("B2B meeting", 15)]),
 ("Speakers will take part in 24 sessions in total.", [("session", 24)]),
 ("The fair hosts a programme of more than 150 events.", [("event", 150)]),
 ("The three-day fair will have 18 panel discussions and 6 keynotes.", [("panel discussion", 18), ("keynote", 6)]),
 ("More than 100 speakers will take part in 30 sessions.", [("session", 30)]),
 ("The fair's 12 pavilions host exhibitors from 20 countries.", [("pavilion", 12)]),
 ("Across 8 halls, the fair presents 2,000 exhibitors.", [("hall", 8)]),
 ("The fair included around twenty cultural performances.", [("cultural performance", 20)]),
 ("The programme runs to 45 talks and two film screenings.", [("talk", 45), ("film screening", 2)]),
 ("The fair will hold seven parallel forums on the second day.", [("parallel forum", 7)]),
 ("A record 64 side events were organised by partners.", [("side event", 64)]),
 ("The fair's exhibition area is divided into 5 zones.", [("zone", 5)]),
 ("In all, 300 one-to-one meetings took place.", [("one-to-one meeting", 300)]),
]
NEG = [
 "Ahead of the fair, the organisers hosted a webinar for exhibitors in April.",
 "Last year's edition featured 40 seminars and a fashion show.",
 "The 2025 edition hosted 30 workshops.",
 "Orion Textiles will showcase its new yarns at booth C4.",
 "Zephyr Mills unveiled its new loom at the fair, at a launch event on its stand.",
 "The organiser also runs trade shows, conferences and workshops in Asia.",
 "The city has hosted more than 200 conferences since 2010.",
 "A press conference to announce the fair was held in Lisbon on May 5.",
 "The Blue Thread Summit, a side event of the fair, drew 400 delegates.",
 "The ministry's annual meeting with donors took place in Lisbon last month.",
 "Exhibitors will hold live demonstrations of their machines at their stands.",
 "The association holds monthly meetings for its members.",
]


def main():
    nlp = load_nlp()

    def sessions(text, published):
        d = parse_document(LEAD + text, published=published)
        d.title = None
        return sorted((s.label, s.count) for s in run_extractors(nlp(d.text), d).sessions)

    bad = 0
    for t, want in CASES:
        got = sessions(t, date(2026, 6, 5))
        ok = [(a.lower(), b) for a, b in sorted(want)] == [(a.lower(), b) for a, b in got]
        bad += not ok
        print("OK  " if ok else "FAIL", t, "->", got)
    for t in NEG:
        got = sessions(t, date(2026, 5, 30))
        bad += bool(got)
        print("OK  " if not got else "FAIL", "NEG", t, "->", got)
    print("FAILS", bad)


if __name__ == "__main__":
    main()
