"""A release's body as HTML with its evidence spans marked.

Evidence spans may nest or overlap (an event name inside a role's span, two figures of one
sentence), and overlapping elements cannot nest in HTML. So the text is cut at every span
boundary into segments; a segment inside at least one span becomes
``<span class="ev" data-ev="s-e s-e">`` listing the spans that cover it, and each span start
gets an empty anchor ``<a id="{prefix}s-e">`` to link to. The one span to highlight
(``highlight=(start, end)``) is wrapped whole in ``<mark class="hl" id="hl">``: it is
contiguous, and every other span is already cut at its edges, so the markup stays well
nested.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from itertools import pairwise

__all__ = ["marked_text", "span_id"]


def span_id(start: int, end: int) -> str:
    return f"{start}-{end}"


def marked_text(text: str, spans: Iterable[tuple[int, int]], highlight: tuple[int, int] | None = None,
                anchor_prefix: str = "ev-", titles: Mapping[tuple[int, int], str] | None = None) -> str:
    """``text`` as escaped HTML with ``spans`` (character offsets, end exclusive) marked.

    Spans outside the text, or empty, are ignored; ``highlight`` may be any range of the
    text (one outside it is ignored). ``titles`` gives a span's tooltip (what was read
    there); a segment shows those of every span covering it."""
    n = len(text)
    spans = sorted({(s, e) for s, e in spans if 0 <= s < e <= n})
    if highlight is not None and not (0 <= highlight[0] < highlight[1] <= n):
        highlight = None
    cuts = {0, n}
    for s, e in spans:
        cuts.update((s, e))
    if highlight is not None:
        cuts.update(highlight)
    bounds = sorted(cuts)
    starts: dict[int, list[tuple[int, int]]] = {}
    for s, e in spans:
        starts.setdefault(s, []).append((s, e))
    out: list[str] = []
    active: list[tuple[int, int]] = []
    for a, b in pairwise(bounds):
        if highlight is not None and a == highlight[0]:
            out.append('<mark class="hl" id="hl">')
        for s, e in starts.get(a, ()):
            out.append(f'<a class="ev-anchor" id="{anchor_prefix}{span_id(s, e)}"></a>')
        active = [sp for sp in active if sp[1] > a] + starts.get(a, [])
        piece = escape(text[a:b], quote=False)
        if active:
            ids = " ".join(span_id(s, e) for s, e in active)
            said = "; ".join(titles[sp] for sp in active if sp in titles) if titles else ""
            title = f' title="{escape(said)}"' if said else ""
            out.append(f'<span class="ev" data-ev="{ids}"{title}>{piece}</span>')
        else:
            out.append(piece)
        if highlight is not None and b == highlight[1]:
            out.append("</mark>")
    return "".join(out)
