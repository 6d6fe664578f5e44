"""Credits of North American wire and papers: a photographer's generational suffix after a comma, and the
agencies' own bylines in other scripts and in Quebec."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        (
            "A firefighter works at a house fire in Akron, Ohio, Monday, Nov. 9, 2026. (AP Photo/Phil Long, Jr.)",
            "Phil Long, Jr.",
        ),
        (
            "Students walk on campus in Atlanta, Tuesday, Nov. 10, 2026. (AP Photo/Marcus Dwight Hale, Sr.)",
            "Marcus Dwight Hale, Sr.",
        ),
    ],
)
def test_a_generational_suffix_after_a_comma_stays_with_the_photographer(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator == creator
    # The suffix is no word of the name's length: a three-word name with it is no doubtful one.
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # Quebecor's agency after the photographer, on a line of its own.
        (
            "Des bénévoles distribuent des repas à Laval, mardi.\nPHOTO JULIE-ANNE CARON/AGENCE QMI",
            "Agence QMI",
        ),
        # Hindi pages write the agencies in Devanagari after "फोटो:".
        ("वॉशिंगटन में व्हाइट हाउस के बाहर खड़े पत्रकार, 12 नवंबर 2026. (फोटो: एपी)", "AP"),
        ("मुंबई में दिवाली मेले में लोग, 8 नवंबर 2026. (फोटो: एएफपी)", "AFP"),
        # Xinhua's picture by another, the whole inside one pair of brackets.
        ("这是11月7日在加拿大多伦多拍摄的雪景。（新华社发 邹明远摄）", "Xinhua"),
    ],
)
def test_agencies_named_in_their_own_or_their_readers_words(
    normaliser: Normaliser, caption: str, source: str
) -> None:
    assert normaliser.normalise(caption).source == source
