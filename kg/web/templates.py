"""Rendering: the Jinja2 templates of ``kg/web/templates/``, and where their links point.

The same templates make the pages of ``kg serve`` and the one file of ``kg report``; they
differ in :class:`Links`: URLs of the server (``/event/<key>``, ``/doc/<key>?hl=s-e``) or
anchors inside the report (``#event-<key>``, ``#<doc key>-ev-s-e``), and in whether the CSS
and JavaScript of ``kg/web/static/`` are linked or inlined.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from kg.web.data import Evidence, format_number, local_key
from kg.web.textmarks import marked_text

__all__ = ["STATIC_DIR", "Links", "ReportLinks", "render", "static_text"]

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"


class Links:
    """Where a page links to, on the server."""

    inline_assets = False

    @staticmethod
    def anchor(iri: str) -> str:
        """The id of a node's section (the report) or article (a page)."""
        return local_key(iri) or "n-" + "".join(c if c.isalnum() else "-" for c in iri)

    def static(self, name: str) -> str:
        return f"/static/{name}"

    def _page(self, kind: str, iri: str, suffix: str = "") -> str:
        key = local_key(iri)
        if key:
            return f"/{kind}/{quote(key)}{suffix}"
        return f"/{kind}{suffix}?" + urlencode({"iri": iri})

    def home(self, **filters) -> str:
        query = urlencode({k: v for k, v in filters.items() if v not in (None, "")})
        return "/" + (f"?{query}" if query else "")

    def event(self, iri: str) -> str:
        return self._page("event", iri)

    def graph(self, iri: str) -> str:
        return self._page("event", iri, "/graph")

    def series(self, iri: str) -> str:
        return self._page("series", iri)

    def doc(self, iri: str, ev: Evidence | None = None) -> str:
        url = self._page("doc", iri)
        if ev is not None:
            url += ("&" if "?" in url else "?") + f"hl={ev.start}-{ev.end}#hl"
        return url

    def place(self, label: str) -> str | None:
        return self.home(place=label)

    def query(self, name: str, **params: str) -> str | None:
        return "/query?" + urlencode({"name": name, **{f"p.{k}": v for k, v in params.items()}, "run": "1"})

    def term(self, iri: str) -> str | None:
        """A page for an IRI in a query answer, when there is one."""
        key = local_key(iri) or ""
        for prefix, kind in (("event-", "event"), ("doc-", "doc"), ("series-", "series")):
            if key.startswith(prefix):
                return self._page(kind, iri)
        return None


class ReportLinks(Links):
    """Anchors inside one self-contained HTML file."""

    inline_assets = True

    def __init__(self, known: set[str] | None = None) -> None:
        self.known = known  # IRIs that have a section in the report

    def _to(self, iri: str, prefix: str = "") -> str:
        return f"#{prefix}{self.anchor(iri)}"

    def home(self, **filters) -> str:
        return "#events"

    def event(self, iri: str) -> str:
        return self._to(iri)

    def graph(self, iri: str) -> str:
        return self._to(iri, "graph-")

    def series(self, iri: str) -> str:
        return self._to(iri)

    def doc(self, iri: str, ev: Evidence | None = None) -> str:
        if ev is None:
            return self._to(iri)
        return f"#{self.anchor(iri)}-ev-{ev.start}-{ev.end}"

    def place(self, label: str) -> str | None:
        return None

    def query(self, name: str, **params: str) -> str | None:
        return None

    def term(self, iri: str) -> str | None:
        return self._to(iri) if self.known is not None and iri in self.known else None


@lru_cache(maxsize=16)
def static_text(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="utf-8")


def _dates(start: str | None, end: str | None) -> str:
    if not start:
        return ""
    return start if not end or end == start else f"{start} – {end}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = format_number
    env.filters["dates"] = _dates
    env.globals["marked_text"] = lambda *a, **k: Markup(marked_text(*a, **k))
    env.globals["static_text"] = lambda name: Markup(static_text(name))
    return env


def render(template: str, links: Links, **context) -> str:
    return environment().get_template(template).render(links=links, **context)
