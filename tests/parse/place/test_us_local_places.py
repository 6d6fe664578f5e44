"""US and Canadian local pages' places: a US state's house of government written "state Capitol" (AP style, where
the caption names the state's town only) keeps "state" in the sublocation (`_parse/_place/_sub.py`); Haitian
Creole "nan" (in) places the town (`_parse/_place/_words.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        ("Nurses rally on the south steps of the state Capitol in Sacramento on Tuesday.", "state Capitol"),
        ("Lawmakers leave the state Capitol in Austin after a late session on Thursday.", "state Capitol"),
        ("Teachers gather at the state Capitol in Boise on Monday.", "state Capitol"),
        # The state named: the name is whole. "interstate" is no "state".
        ("Lawmakers leave the Texas State Capitol in Austin on Thursday.", "Texas State Capitol"),
        ("Senators leave the Capitol in Washington on Thursday.", "Capitol"),
    ],
)
def test_the_state_capitol_keeps_state(normaliser: Normaliser, caption: str, sublocation: str) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # Haitian Creole "nan" (in), in lower case.
        (
            "Manm kominote ayisyen an mache nan Little Haiti, Miami, samdi 24 avril 2027.",
            "Miami",
            "Little Haiti",
        ),
        (
            "Moun yo rasanble devan legliz la nan Miami, dimanch 2 me 2027, pou yon mès espesyal.",
            "Miami",
            None,
        ),
        # Capitalised where it opens the caption, a name.
        ("Nan Goldin attends an opening in New York on Monday.", "New York City", None),
    ],
)
def test_haitian_creole_nan_places_the_town(
    normaliser: Normaliser, caption: str, city: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # A town, a comma, its state or province, then "में" (in): Hindi papers in Canada and India.
        ("ब्रैम्पटन, ओंटारियो में रविवार को वैसाखी नगर कीर्तन में हज़ारों श्रद्धालु शामिल हुए।", "Brampton", "Ontario"),
        ("मिसिसागा, ओंटारियो में शनिवार को होली मेले में सैकड़ों लोग शामिल हुए।", "Mississauga", "Ontario"),
        ("पटना, बिहार में सोमवार को बारिश के बाद जलभराव।", "Patna", "Bihar"),
    ],
)
def test_a_hindi_town_before_its_province_and_a_locative(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # Polish "św." (saint) and "ul." (street) end no sentence: the town after the church is read.
        ("Wierni podczas mszy w bazylice św. Jacka w Chicago w niedzielę 25 kwietnia 2027 r.", "Chicago"),
        ("Protest na ul. Marszałkowskiej w Warszawie w sobotę 1 maja 2027 r.", "Warsaw"),
    ],
)
def test_polish_abbreviations_end_no_sentence(normaliser: Normaliser, caption: str, city: str) -> None:
    assert located(normaliser, caption, "city") == (city,)
