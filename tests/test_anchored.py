"""Rule patterns searched through their bodies (captions/_anchored.py): the same matches as the pattern's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from captions._anchored import _body, anchored
from captions._parse._credit._patterns import _patterns
from captions._regex import compiled

_CAPTIONS = [
    "Firefighters battle a blaze in Valencia, Spain, March 3, 2026. EPA-EFE/Ana Ruiz",
    "Fans cheer at Wembley Stadium in London, May 30, 2026. Photo by Tom Hale/PA Images via Getty Images",
    "A man walks past the Photo by the door exhibit in Oslo on June 2, 2026. NTB/Kari Lund",
    "Protesters march in Santiago, Chile, April 4, 2026. Foto: Diego Rojas/dpa",
    "The Prime Minister arrives in Ottawa, Jan. 14, 2026. THE CANADIAN PRESS/Sean Kilpatrick",
    "Children play in the snow in Tampere, Finland, Feb. 8, 2026. Kuva: Lehtikuva/Mikko Stig",
    "Smoke rises over Khan Younis, Gaza Strip, Oct. 9, 2025. AFP PHOTO / SAID KHATIB",
    "Pupils return to school in Nairobi, Kenya, Jan. 6, 2026. Picha na Mwangi Kirubi",
    'MANDATORY CREDIT: "Ministry of Defence/Handout" A soldier stands guard in Kyiv, Ukraine, May 2, 2025.',
    "Nurses rally in Manila, Philippines, on Nov. 3, 2025. (Photo courtesy of the Philippine Nurses Union)",
    "Wind turbines near Esbjerg, Denmark, Sept. 1, 2025. Credit... Mads Nissen for The New York Times",
    "Rescuers search the rubble in Antakya, Türkiye, Feb. 7, 2023. Fotoğraf: Ahmet Yıldız",
]


def test_bodies_of_rule_patterns() -> None:
    """The opening zero-width tests come off, flags or none leave the pattern whole."""
    assert _body(r"\bEPA/ ?(?=\S)") == r"EPA/ ?(?=\S)"
    assert _body(r"(?:^|(?<=[.!?] ))Photo by (?=[A-Z])") == "Photo by (?=[A-Z])"
    assert _body(r"(?:^|(?<=[\s.(]))(?<!\bdem )(?:Foto|Photo):") == "(?:Foto|Photo):"
    assert _body(r"(?i)\bphoto credit should read:? ") is None  # flags: searched as it is
    assert _body("Photo by ") is None  # no opening test: the engine already skips to its "P"
    assert _body(r"(?:^|\s)Photo") is None  # a group that consumes text is no zero-width test


def test_patterns_without_a_letter_after_their_tests_are_searched_whole() -> None:
    plain = anchored(r"\b(?:Action Images via )?(?:REUTERS|Reuters)/ ?(?=\S)")
    caption = "A player reacts in Turin, Italy, May 3, 2026. REUTERS/Massimo Pinca"
    assert [m.group() for m in plain.finditer(caption)] == ["REUTERS/"]
    assert plain.pattern is compiled(r"\b(?:Action Images via )?(?:REUTERS|Reuters)/ ?(?=\S)")


def test_credit_leads_match_as_their_patterns_on_wire_captions() -> None:
    for lead in _patterns().leads:
        pattern = compiled(lead.pattern)
        for caption in _CAPTIONS:
            for base in (0, len(caption) // 2):
                want = [m.span() for m in pattern.finditer(caption, base)]
                assert [m.span() for m in anchored(lead.pattern).finditer(caption, base)] == want, lead


def test_a_lead_opening_after_a_sentence_is_not_found_inside_one() -> None:
    lead = anchored(r"(?:^|(?<=[.!?] ))Photo by (?=[A-Z])")
    assert [m.start() for m in lead.finditer(_CAPTIONS[1])] == [_CAPTIONS[1].index("Photo by")]
    assert list(lead.finditer(_CAPTIONS[2])) == []  # "the Photo by the door": no sentence opens there


_FRAGMENTS = [
    "Photo by ", "photo by ", "EPA/", "EPA-EFE/", "AFP PHOTO / ", "Foto: ", "FOTO ", "dem ", "im ", ". ",
    "? ", "(", " ", "Jane Doe", "ANA", "x", "/", ":", "Kuva: ", "Picture by ", "Credit... ", "MANDATORY CREDIT: ",
    '"', "Ä", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join), st.integers(min_value=0, max_value=6))
def test_credit_leads_match_as_their_patterns_anywhere(text: str, base: int) -> None:
    for lead in _patterns().leads:
        want = [m.span() for m in compiled(lead.pattern).finditer(text, base)]
        assert [m.span() for m in anchored(lead.pattern).finditer(text, base)] == want, lead
