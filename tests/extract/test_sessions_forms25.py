"""Forms 25 (s-sessions25): session groups in forms of the probe releases of tests/extract/
probes25s. Our own sentences, each failing on main a39be8d."""

import pytest

HEAD = "The 2026 Cedar Loom Fair opened in Porto, Portugal on June 2. "


def _sessions(x):
    return sorted((s.label, s.count) for s in x.sessions)


@pytest.mark.parametrize(("text", "expect"), [
    ("The fair features 40 panels.\n\nAbout Ridgeline Media\nRidgeline Media organises trade shows, "
     "conferences and workshops.\n", [("panel", 40)]),
    ("The fair features 40 panels.\n\nABOUT RIDGELINE MEDIA\nFounded in 1998, Ridgeline Media organises "
     "roundtables, seminars and investor workshops.\n", [("panel", 40)]),
    ("The fair features 40 panels.\n\nAbout Ridgeline Media:\nRidgeline Media hosts roundtables and "
     "workshops for investors.\n\nAbout the Cedar Loom Fair\nThe fair also offers guided tours.\n",
     [("guided tour", None), ("panel", 40)]),
])
def test_organiser_profile_section_is_no_programme(extract, text, expect):
    """rule organizer-profile: an 'About <organisation>' section that names no event"""
    assert _sessions(extract(HEAD + text)) == expect
