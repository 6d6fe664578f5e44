"""News stories as input: the photo captions at the end of a story, and the story's date.

A story is a header (`date YYYY-MM-DD`, on a line of its own or in front of the first paragraph), body
paragraphs, then caption paragraphs. A caption paragraph ends in a credit the credit finder recognises
("(AP Photo/Efrem Lukatsky)", "REUTERS/Name", "Photo by Name/Getty Images"), with at most a few words of
notes after it. The captions are the last run of such paragraphs; a paragraph without a credit inside the
run counts when sentence 1 carries a date, as a caption that lost its credit. Body paragraphs never
count, whatever dates or places they quote: a quote does not end in a credit, and a body paragraph that
happened to would stand apart from the run. What follows the run (a footer) is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._parse import clean_with_breaks, find_credit, find_date, zone

__all__ = ["Story", "caption_paragraphs", "read_story", "story_header"]

_HEADER = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.IGNORECASE)
_PARAGRAPHS = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
# Lower-case words after a credit that still end no sentence: "(AP Photo/Name) via ..." and the like.
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_MAX_WORDS_AFTER = 2
# A credit with fewer words than this in front of it opens its paragraph ("KYIV, Ukraine (AP) —").
_MIN_WORDS_BEFORE = 5
_SENTENCE_END = (".", "!", "?", ")", '"', "”", ":")
# An agency marker in capitals opens a credit wherever it stands; in running text it is "Reuters/Ipsos".
_CAPITALS = re.compile(r"[A-Z]{2,}[\s/-]")


@dataclass(frozen=True)
class Story:
    """What a story gives: its date (None without a header) and its captions, in order."""

    reference_date: str | None
    captions: tuple[str, ...]


def story_header(first: str) -> tuple[str | None, str]:
    """The header date of a story's first paragraph, and the paragraph without the header."""
    m = _HEADER.match(first)
    if m is None:
        return None, first
    return m.group(1), first[m.end() :].strip()


def _credited(paragraph: str) -> bool:
    """A paragraph with a caption's credit: one on a line of its own (Shutterstock's "Mandatory Credit:
    Photo by ..."), or one after some words that stands apart (in parentheses or after a sentence:
    "according to a Reuters/Ipsos poll." is none) and ends its sentence: what follows is notes, not the
    rest of a sentence ("(Reuters) said that ..." is a story's)."""
    text, breaks = clean_with_breaks(paragraph)
    credit = find_credit(text, breaks)
    if credit.span is None:
        return False
    start, end = credit.span
    line_end = next((b - 1 for b in breaks if b > end), len(text))
    if (start == 0 or start in breaks) and not _LOWER_WORD.search(text, end, line_end):
        return True
    apart = (
        text.startswith("(", start)
        or start in breaks
        or text[:start].rstrip().endswith(_SENTENCE_END)
        or _CAPITALS.match(text, start) is not None  # "... scoring their second goal REUTERS/Name"
    )
    after = text[end:].lstrip(" .,;:-–—*")
    ends = (
        not after
        or end + 1 in breaks
        or not after[0].islower()
        or len(_LOWER_WORD.findall(after)) <= _MAX_WORDS_AFTER
    )
    return apart and ends and len(text[:start].split()) >= _MIN_WORDS_BEFORE


def _dated(paragraph: str) -> bool:
    """Sentence 1 carries a date with its year, as a caption's does ("said Saturday" is none)."""
    text, breaks = clean_with_breaks(paragraph)
    return find_date(zone(text, None, breaks), None).iso is not None


def caption_paragraphs(paragraphs: Sequence[str]) -> list[int]:
    """The indexes of the caption paragraphs among a story's PARAGRAPHS (header already removed)."""
    credited = [_credited(p) for p in paragraphs]
    if not any(credited):
        return []
    last = max(i for i, c in enumerate(credited) if c)
    first = last
    # Back from the last credited paragraph while paragraphs are captions; one without a credit counts
    # only between credited ones, so the run starts at a credited paragraph.
    i = last - 1
    while i >= 0:
        if credited[i]:
            first = i
        elif not _dated(paragraphs[i]):
            break
        i -= 1
    return list(range(first, last + 1))


def read_story(text: str) -> Story:
    """The date and captions of a story's text (paragraphs are separated by blank lines)."""
    paragraphs = [p.strip() for p in _PARAGRAPHS.split(text.removeprefix("\ufeff")) if p.strip()]
    reference: str | None = None
    if paragraphs:
        reference, paragraphs[0] = story_header(paragraphs[0])
        paragraphs = [p for p in paragraphs if p]
    return Story(reference, tuple(paragraphs[i] for i in caption_paragraphs(paragraphs)))
