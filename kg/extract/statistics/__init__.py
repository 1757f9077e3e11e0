"""Statistics: every figure with value, unit, measure, subject, period, qualifier and change.

A figure is a run of number tokens (digits, number words, scale words: "9.587 million",
"Dh2.8 billion", "five") that is not a date, an ordinal, a phone number, a duration, part
of an event name, or the count of a session group. Around it the parse gives:
- the unit: "%"/"per cent", a currency (prefix or word), a measurement unit, or the noun
  the number counts ("3,000 exhibitors" -> exhibitor);
- the qualifier from the words before it ("more than", "about", "nearly", "exceeded");
- the measure: "<measure> of <figure>" or the subject of the verb that reports it;
- the subject (about): a place or organization named in that subject or before the figure
  in the sentence, else the event when the sentence is about it;
- the period from the sentence's date expressions ("in 2023", "From January to July this
  year");
- change figures ("an increase of 35.8%", "grew by 6 percent", "37.9% year-on-year"),
  linked to their base figure in the same sentence, pairing lists under "respectively".


The stages live in submodules, in the order a figure goes through them: ``tokens`` and
``units`` read number runs and units, ``scan`` and ``counted`` find the figures of a Doc,
``measures``, ``periods``, ``changes`` and ``about`` fill in their fields, and ``assemble``
turns them into records.
"""

from kg.extract.statistics.assemble import extract_statistics

__all__ = ["extract_statistics"]
