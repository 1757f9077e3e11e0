"""Evidence spans marked in a release's text: nested and overlapping spans, one highlighted."""

from __future__ import annotations

from html.parser import HTMLParser

from kg.web.textmarks import marked_text


class _Check(HTMLParser):
    """Fails on badly nested tags; collects the text inside <mark class="hl"> and the anchors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_hl = 0
        self.hl = ""
        self.text = ""
        self.anchors: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append(tag)
        if tag == "mark" and attrs.get("class") == "hl":
            self.in_hl = len(self.stack)
        if tag == "a":
            self.anchors.append(attrs["id"])

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        if self.in_hl == len(self.stack):
            self.in_hl = 0
        self.stack.pop()

    def handle_data(self, data):
        self.text += data
        if self.in_hl:
            self.hl += data


def check(html: str) -> _Check:
    c = _Check()
    c.feed(html)
    c.close()
    assert c.stack == []
    return c


TEXT = "The Harbour Fair drew 12,000 visitors & 300 <exhibitors> in 2031."


def test_text_round_trips_escaped():
    c = check(marked_text(TEXT, []))
    assert c.text == TEXT
    assert "&lt;exhibitors&gt;" in marked_text(TEXT, [])


def test_overlapping_and_nested_spans_stay_well_formed():
    fair = (4, 16)                # "Harbour Fair"
    sentence = (0, 37)            # "The Harbour Fair drew 12,000 visitors"
    figure = (22, 37)             # "12,000 visitors"
    crossing = (30, 50)           # "visitors & 300 <exh" crosses figure's end
    html = marked_text(TEXT, [sentence, fair, figure, crossing], highlight=figure)
    c = check(html)
    assert c.text == TEXT
    assert c.hl == "12,000 visitors"
    assert set(c.anchors) == {"ev-0-37", "ev-4-16", "ev-22-37", "ev-30-50"}
    # a segment covered by two spans lists both
    assert 'data-ev="0-37 22-37"' in html or 'data-ev="22-37 0-37"' in html


def test_highlight_may_be_any_range_and_bad_ranges_are_ignored():
    c = check(marked_text(TEXT, [(999, 1000), (5, 5)], highlight=(44, 58)))
    assert c.hl == "<exhibitors> i"
    assert c.anchors == []
    assert "mark" not in marked_text(TEXT, [], highlight=(10, 500))


def test_titles_say_what_was_read():
    html = marked_text(TEXT, [(22, 37)], titles={(22, 37): "visitors: 12,000 visitor"})
    assert 'title="visitors: 12,000 visitor"' in html
