"""The core path of one release: text -> :class:`Document` -> spaCy ``Doc`` -> extractors ->
records -> triples.

- :mod:`kg.pipeline.document`: reading a release (front matter, body, offsets, limits);
- :mod:`kg.pipeline.nlp`: loading the spaCy model once per process;
- :mod:`kg.pipeline.run`: parse, extract, map and check one document after another.
"""
