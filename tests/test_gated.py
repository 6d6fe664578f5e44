"""Patterns searched only where a word every match holds is (`captions/_gated.py`): the same matches."""

from __future__ import annotations

import random
import re

import pytest

from captions._gated import WordStarts, gated, lowered_finder, opening_words, required_words
from captions._parse._place._venue import _postposition_facilities
from captions._parse._place._words import _vocab
from captions._parse._vocabulary import _shared
from captions._regex import CaselessWords
from captions._rules import rules


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<![\w'’])(?P<name>[A-Z]\w+ (?:Meydanı|Caddesi|Park))\b", {"Meydanı", "Caddesi", "Park"}),
        (r"\b(?:in|at) (?:the )?(?:Stadium|Arena){1,2}", {"in", "at"}),  # the first it cannot do without
        (r"(?:Stadium|Arena)?\s+in\b", None),  # optional: no word is needed
        (r"(?i:stadium|arena) in", None),  # case-blind: any case would do
        (r"(?i)(?:stadium|arena)", None),
        (r"(?-i:Stadium|Arena) in", None),  # case rules of its own: left alone
        (r"(?=Stadium|Arena)[A-Z]\w+", None),  # inside a lookahead: not read
        (r"(?:Stadium|\w+ Arena)", None),  # an alternative that is no plain word
        (r"[A-Z]\w+ Square", None),
    ],
)
def test_required_words(pattern: str, words: set[str] | None) -> None:
    assert required_words(pattern) == (frozenset(words) if words is not None else None)


def test_same_matches_as_the_pattern() -> None:
    captions = [
        "Demonstrators gather at Taksim Meydanı'nda during a May Day rally in Istanbul, Turkey, May 1, 2024.",
        "Yeniden inşa edilen Uzun Çarşı, dün ziyaretçilerle doldu.",
        "Fans walk to the Ali Sami Yen Arena'da before the derby in Istanbul, Turkey, April 7, 2024.",
        "Residents walk through a park in Ankara, Turkey, June 3, 2023. REUTERS/Cagla Gurdogan",
        "People visit Gezi Park'ta on the anniversary of the protests in Istanbul, Turkey, May 31, 2023.",
        "Commuters wait at Sirkeci station in Istanbul, Turkey, on January 12, 2025. (AP Photo/Emrah Gurel)",
    ]
    rng = random.Random(16)
    words = ["Meydanı", "Park", "Arena", "Çarşı", "Camii", "Kulesi", "park", "'ta", "’da", "Istanbul"]
    captions += [
        " ".join(rng.choice(words + c.split()) for _ in range(12)) for c in captions for _ in range(20)
    ]
    for source, found in zip(
        rules("place")["postposition_facilities"], _postposition_facilities(), strict=True
    ):
        assert found.pattern.pattern == source
        for caption in captions:
            mine, theirs = found.search(caption), found.pattern.search(caption)
            assert (mine and (mine.span(), mine.groupdict())) == (
                theirs and (theirs.span(), theirs.groupdict())
            )


def test_no_words_searched_as_it_is() -> None:
    plain = gated(r"[A-Z]\w+ Square")
    m = plain.search("Crowds fill Trafalgar Square in London, Britain, on June 8, 2024.")
    assert m is not None and m.group() == "Trafalgar Square"
    assert gated(r"(?:Square|Plaza) de").search("on the square de la Concorde") is None


def test_gate_built_after_a_few_searches_same_matches_throughout() -> None:
    from captions._gated import _UNGATED, GatedPattern

    found = GatedPattern(gated(r"(?<![\w'’])(?P<name>[A-Z]\w+ (?:Meydanı|Caddesi))(?![\w'’])").pattern)
    texts = [
        "Protesters gather in Taksim Meydanı on Sunday.",
        "Crowds fill Trafalgar Square in London.",
    ] * _UNGATED
    before = [m and m.group("name") for m in map(found.search, texts[:_UNGATED])]
    assert found._gate is None  # not built yet: the first searches wait on nothing
    after = [m and m.group("name") for m in map(found.search, texts[:_UNGATED])]
    assert found._gate is not None
    assert before == after == ["Taksim Meydanı", None] * (_UNGATED // 2)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?i)\bshows?\s+", {"show", "shows"}),  # in lower case, to where it stops being plain
        (
            r"\b(?:meets?|greets?|(?:holds? )?talks with)\s+",
            {"meet", "meets", "greet", "greets", "hold t", "holds ", "talks "},
        ),  # optional: both ways; six characters deep
        (r"(?<![\w-])(?:a|b)\s", {"a", "b"}),  # "[ab]" to the parser
        (r"\b[Tt]he\s", {"the"}),
        (r"(?:ab)*cd", {"ab", "cd"}),  # a repeat may follow itself: read no further than it
        (r"\b\w+ed by", None),  # a class opens it: unsure
    ],
)
def test_opening_words(pattern: str, words: set[str] | None) -> None:
    assert opening_words(pattern) == (frozenset(words) if words is not None else None)


def test_word_starts_same_matches_as_the_pattern() -> None:
    cues = _shared().object_cues
    assert cues._finder is not None  # people's object cues are searched from the characters before words
    captions = [
        "President Joe Biden shakes hands with Ukrainian President Volodymyr Zelensky in Kyiv, Ukraine.",
        "Shakes hands with the mayor: Prime Minister Keir Starmer greets Sadiq Khan in London, Britain.",
        '"Meets with visiting Brazilian President Luiz Inacio Lula da Silva in Beijing," the agency said.',
        "Referee Anthony Taylor shows a red card to Chelsea's Moises Caicedo (not pictured) in London.",
        "Nelia Fedorova, left, is embraced by her daughter,Anna, in Bucha, Ukraine, on April 2, 2024.",
        "Queen Camilla (C) poses with pupils during a visit in Reading, Britain, May 3, 2024.",
        "His wife Jill hugs him-son Hunter looks on-at the White House in Washington.",
        "Ukrainian soldiers unshakes hands withdrawn (a word inside another is no cue).",
        # Lower-casing would not keep "İ" one letter: the finder's case-blind trie reads this text.
        "İstanbul Valisi Davut Gül MEETS with residents and Shakes Hands with the mayor.",
        # A cue opening the text, where the search starts: its words are looked for there first.
        "MEETS with residents: İzmir's mayor Ayşe Demir greets fishermen at the port.",
        "Poses with fans after the final in Manchester, Britain, May 3, 2026.",
    ]
    assert cues._lowered is not None  # elsewhere, its words are looked for in the lower-cased text
    rng = random.Random(29)
    pieces = [w for c in captions for w in c.split()]
    captions += [" ".join(rng.choice(pieces) for _ in range(14)) for _ in range(300)]
    for caption in captions:
        assert [(m.span(), m.groups()) for m in cues.finditer(caption)] == [
            (m.span(), m.groups()) for m in cues.pattern.finditer(caption)
        ]
        for pos in range(0, len(caption), 3):
            mine, theirs = cues.search(caption, pos), cues.pattern.search(caption, pos)
            assert (mine and mine.span()) == (theirs and theirs.span())


def test_word_starts_left_as_they_are() -> None:
    # Not every match opens a word: the pattern is searched as it is.
    assert WordStarts(re.compile(r"\bshows?|with\s+"))._finder is None
    assert WordStarts(re.compile(r"(?<=\w)ed by\s+"))._finder is None
    assert WordStarts(re.compile(r"\b\w+ed by\s+"))._finder is None  # no opening words
    plain = WordStarts(re.compile(r"\bshows?|with\s+"))
    m = plain.search("a man forthwith sat")
    assert m is not None and m.group() == "with "


def test_lowered_finder_reads_the_opening_words() -> None:
    assert (
        lowered_finder(r"(?<![\w-])(?:In|near|(?-i:am)|nearby)\s+") == r"(?<![\w-])(?:(?:am|in|near(?:by)?))"
    )  # to where the words stop being plain, six letters deep at most
    # Unsure of the words (a class opens it): the test alone, every place the pattern may match.
    assert lowered_finder(r"(?<![\w-])[a-z]+ de ") == r"(?<![\w-])"
    with pytest.raises(ValueError, match="does not open with"):
        lowered_finder(r"\bin\s+")


def test_locatives_found_where_the_pattern_finds_them() -> None:
    locative = _vocab().locative
    assert isinstance(locative, CaselessWords)
    segments = [
        "Rescue workers search the rubble in Antakya",
        "Protesters gather outside of the parliament IN BUDAPEST",
        "Ein Eisbär im Tierpark Berlin, auf dem Neumarkt vor der Frauenkirche",
        "Sa Maynila, nagtipon ang mga tao sa harap ng simbahan",
        "Fans celebrate near Kyiv's İndependence Square (İ: searched case-blind)",
        "Frankfurt am Main, am Potsdamer Platz, inside-out, within",
    ]
    for segment in segments:
        for pos in range(0, len(segment), 4):
            assert [(m.span(), m.group()) for m in locative.finditer(segment, pos)] == [
                (m.span(), m.group()) for m in locative.pattern.finditer(segment, pos)
            ]
            mine, theirs = locative.search(segment, pos), locative.pattern.search(segment, pos)
            assert (mine and mine.span()) == (theirs and theirs.span())
