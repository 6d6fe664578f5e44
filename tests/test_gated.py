"""Patterns searched only where a word every match holds is (`captions/_gated.py`): the same matches."""

from __future__ import annotations

import random

import pytest

from captions._gated import gated, required_words
from captions._parse._place._venue import _postposition_facilities
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
