"""The text the parser reads: the release's text with its odd spaces made plain.

Web pages and wires put no-break spaces (U+00A0) and thin or figure spaces between words
("World\u00a0Coffee Expo", "September\u00a01-3", "35\u202f000"). spaCy splits only on the plain
space, so each of them becomes a token of its own: a name is cut in two, a date loses its day,
a number its thousands. :func:`for_parsing` replaces each by one plain space, one character for
one, so every offset in the parsed text is the offset in the release, and the evidence quotes
(read from the release itself) stay exact.
"""

from __future__ import annotations

import re

#: space-like characters read as a plain space: no-break, en/em and other typographic spaces,
#: figure, thin, hair, narrow no-break, medium mathematical and ideographic space. Not the
#: zero-width ones (U+200B-U+200D, U+2060): they join, and no space was written there.
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

_ODD = re.compile(f"[{ODD_SPACES}]")
_PLAIN = str.maketrans({c: " " for c in ODD_SPACES})


def for_parsing(text: str) -> str:
    """``text`` with each odd space replaced by a plain one (same length, same offsets); the
    very same string when it has none, the usual case."""
    if _ODD.search(text) is None:
        return text
    return text.translate(_PLAIN)
