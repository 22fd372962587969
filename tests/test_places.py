"""Places to the state they lie in (kg.places), on the real GeoNames and ISO data."""

from __future__ import annotations

import pytest

from kg.places import place_country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Lagos", "NGA"),  # a city
        ("Ontario", "CAN"),  # the province, not the Californian city of 175,000
        ("Arizona", "USA"),  # the state, not a town in Honduras
        ("Borno", "NGA"),  # the state, not a German town's other name
        ("Borno State", "NGA"),
        ("Idlib province", "SYR"),
        ("Chin", "MMR"),
        ("Tripoli", "LBY"),  # a city of a million stays the city
        ("Jerusalem", "ISR"),  # so does a city of 800,000 (as GeoNames places it)
        ("Nagorno-Karabakh", "AZE"),  # regions of wars that ISO spells otherwise or not
        ("Amhara", "ETH"),
        ("the Hadramout", "YEM"),
        ("Punjab", None),  # India's and Pakistan's: no one state
        ("the Red Sea", None),
        ("the Sea", None),
        ("Narnia State", None),
    ],
)
def test_a_place_maps_to_the_state_it_lies_in(name: str, country: str | None) -> None:
    assert place_country(name) == country
