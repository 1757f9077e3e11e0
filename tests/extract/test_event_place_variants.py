"""Event places lost to gazetteer strictness or taken for venues (issue 10, class 2), on
sentences written for these tests."""

from __future__ import annotations

from datetime import date


def _places(ev) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in ev.places:
        out.setdefault(p.kind, p.name)
    return out


def test_regression_saskatoon_is_refused_as_a_word(extract):
    x = extract("The Prairie Grain Expo opened in Saskatoon on Tuesday.", published=date(2025, 5, 20))
    got = _places(x.main_event)
    assert got["city"] == "Saskatoon" and got["country"] == "Canada"


def test_regression_city_before_its_region_is_kept(extract):
    x = extract("The Western Farm Show will be held in Saskatoon, Saskatchewan, from June 3 to 5.")
    assert _places(x.main_event)["city"] == "Saskatoon"


def test_regression_small_city_leading_a_venue_name(extract):
    x = extract("Poland's biggest amber fair, the Amber Trade Fair, opened at the Sopot Congress Centre on Thursday.")
    got = _places(x.main_event)
    assert got["venue"] == "Sopot Congress Centre" and got["city"] == "Sopot"


def test_regression_island_is_no_venue(extract):
    x = extract("The Tropical Orchard Expo opened on China's Hainan Island on Monday.")
    got = _places(x.main_event)
    assert "venue" not in got and got["region"] == "Hainan" and got["country"] == "China"


def test_an_unknown_island_is_nothing(extract):
    x = extract("The Tropical Orchard Expo opened on Kestrel Island on Monday.")
    assert _places(x.main_event) == {}
