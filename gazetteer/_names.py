"""Name folding shared by the index builder and the resolver.

Both sides must fold identically: the index stores folded keys and queries are folded the same way.
Changing anything here changes the index keys, so bump ``SCHEMA_VERSION`` in ``_schema.py``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "COMPASS_WORDS",
    "GENERIC_ADMIN_WORDS",
    "compact",
    "fold",
    "is_latin",
    "latin_key",
    "norm",
    "prefix_deletes",
    "skeleton",
    "skeleton_uncached",
    "strip_compass",
    "strip_generic",
    "strip_leading_particles",
]

# Letters NFKD does not decompose; apostrophe-like marks are dropped ("Pokrovs'k" -> "pokrovsk").
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
        "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
        "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "ŀ": "l", "ə": "e", "Ə": "E", "ɛ": "e",
        "ɔ": "o", "ŋ": "ng", "ʃ": "sh", "ʒ": "zh",
        "'": None, "’": None, "‘": None, "`": None, "´": None, "ʹ": None, "ʻ": None,
        "ʼ": None, "ʿ": None, "ʾ": None, "′": None, "‛": None,
    }
)  # fmt: skip

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Combining marks left by NFKD on Latin letters; marks of other scripts stay and make the name non-Latin.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_EXPANDABLE = re.compile(r"\b(?:st|ste|mt|ft)\b")
# Abbreviations folded into the full word so "St. Petersburg" and "Saint Petersburg" share a key.
_TOKEN_EXPANSIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

# Romanisation variants (Cyrillic, German umlauts, Polish) merged into a coarse "skeleton" key so that
# Schastia/Shchastya, Mykolaiv/Mykolayiv, Kitzbuehel/Kitzbühel, Lugansk/Luhansk meet. One left-to-right pass
# over an ordered alternation (longest first), then doubled letters collapse.
_SKELETON_MAP: dict[str, str] = {
    "shch": "sh", "szcz": "sh", "sch": "sh", "kh": "h", "zh": "z", "rz": "z", "ts": "c", "tz": "c",
    "cz": "c", "ph": "f", "yi": "i", "iy": "i", "ii": "i", "ij": "i", "yj": "i", "ue": "u", "oe": "o",
    "ae": "a", "y": "i", "w": "v", "g": "h",
    **{f"{glide}{vowel}": vowel for glide in "iyj" for vowel in "eauo"},
}  # fmt: skip
_SKELETON_RE = re.compile("|".join(sorted(_SKELETON_MAP, key=lambda k: (-len(k), k))))
_DOUBLED = re.compile(r"(.)\1+")


# Words that name a kind of first-level division ("Luhansk region", "Sichuan Province").
GENERIC_ADMIN_WORDS = frozenset(
    {
        "region", "province", "oblast", "oblast'", "state", "governorate", "prefecture", "krai", "kray",
        "territory", "department", "autonomous", "republic", "county", "district", "voivodeship",
        "voivodship", "emirate", "canton", "municipality", "division", "okrug", "oblysy", "voblast",
        "sheng", "shi", "zizhiqu", "raion", "rayon", "area",
    }
)  # fmt: skip

_LEADING_GENERIC = frozenset(
    {"province", "state", "region", "republic", "prefecture", "governorate", "oblast", "autonomous", "free"}
)

COMPASS_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
        "north-eastern", "north-western", "south-eastern", "south-western", "mid", "upper", "lower",
        "far", "midwestern", "coastal", "centre", "center",
    }
)  # fmt: skip

_SIDEWAYS = frozenset({"east", "west", "eastern", "western"})
_LEADING_PARTICLES = ("the ", "in ", "near ", "of ", "outside ", "at ")
_PARTICLE_START = re.compile(r"(?:the|in|near|of|outside|at) ", re.IGNORECASE)


def fold(text: str) -> str:
    """Casefold and strip accents and apostrophes; non-Latin letters are kept as they are."""
    text = text.translate(_SPECIAL)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold()


def is_latin(text: str) -> bool:
    """True when the name is Latin script once accents are folded (the index keeps only those)."""
    return fold(text).isascii()


def _key_of_folded(folded: str) -> str:
    key = " ".join(_NON_ALNUM.sub(" ", folded.replace("&", " and ")).split())
    if _EXPANDABLE.search(key):
        key = " ".join(_TOKEN_EXPANSIONS.get(t, t) for t in key.split())
    return key


def latin_key(text: str) -> str | None:
    """``norm(text)`` for a Latin-script name, None for any other script (uncached: for index builds)."""
    folded = fold(text)
    return _key_of_folded(folded) if folded.isascii() else None


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The exact-match key: folded, punctuation to single spaces, common abbreviations expanded."""
    return _key_of_folded(fold(text))


def skeleton_uncached(key: str) -> str:
    s = _SKELETON_RE.sub(_skeleton_repl, key.replace(" ", ""))
    return _DOUBLED.sub(r"\1", s)


def _skeleton_repl(match: re.Match[str]) -> str:
    return _SKELETON_MAP[match.group(0)]


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """The variant key of a ``norm`` key: spaces removed and romanisation variants merged."""
    return skeleton_uncached(key)


def prefix_deletes(key: str, prefix: int, max_edits: int) -> set[str]:
    """The strings left by deleting up to ``max_edits`` letters (never the first two) of ``key[:prefix]``.

    Two keys that share their first two letters and are within ``max_edits`` edits (Levenshtein) share
    one of these (SymSpell's deletion neighbourhood, cut to a prefix): the fuzzy index stores them for
    every key, a lookup computes them for its text, and only the keys they lead to are measured.
    """
    found = {key[:prefix]}
    frontier = found
    for _ in range(max_edits):
        frontier = {s[:i] + s[i + 1 :] for s in frontier for i in range(2, len(s))}
        found |= frontier
    return found


def compact(text: str) -> str:
    """Folded letters and digits only, for abbreviations ("N.Y." -> "ny", "Calif." -> "calif")."""
    return _NON_ALNUM.sub("", fold(text))


# Asked of the same few texts several times a caption (the resolver, its context and the area readers each
# strip the same place text): pure, so cached as `norm` is.
@lru_cache(maxsize=65536)
def strip_generic(key: str) -> str:
    """Remove generic division words from a ``norm`` key.

    Trailing words go ("luhansk region" -> "luhansk", "sichuan sheng" -> "sichuan", "amhara regional state"
    -> "amhara"), and a leading "province of" / "state of" ("state of lower saxony" -> "lower saxony");
    "District of Columbia" stays.
    """
    words = key.split()
    if len(words) > 2 and words[-2:] == ["regional", "state"]:
        del words[-2:]  # Ethiopia's "Amhara Regional State": "regional" alone names no kind of division
    while len(words) > 1 and words[-1] in GENERIC_ADMIN_WORDS:
        words.pop()
    i = 0
    while i < len(words) and words[i] in _LEADING_GENERIC:
        i += 1
    if 0 < i < len(words) - 1 and words[i] == "of":
        words = words[i + 1 :]
        if len(words) > 1 and words[0] == "the":
            words = words[1:]
    return " ".join(words)


def strip_compass(key: str) -> tuple[str, str | None]:
    """Split a leading compass descriptor off a ``norm`` key: "eastern ukraine" -> ("ukraine", "eastern")."""
    words = key.split()
    taken: list[str] = []
    while len(words) >= 2:
        if len(words) >= 3 and words[0] in {"north", "south"} and words[1] in _SIDEWAYS:
            taken.append(words[0] + words[1])
            words = words[2:]
        elif words[0] in COMPASS_WORDS:
            taken.append(words.pop(0))
        else:
            break
    if not taken:
        return key, None
    return " ".join(words), " ".join(taken)


@lru_cache(maxsize=65536)
def strip_leading_particles(text: str) -> str:
    """Drop "the", "in", "near" ... that captions put before a place ("in Donetsk region")."""
    if not _PARTICLE_START.match(text):
        return text  # the usual case, checked without lowering the whole text
    lowered = text.lower()
    changed = True
    while changed:
        changed = False
        for particle in _LEADING_PARTICLES:
            if lowered.startswith(particle) and len(lowered) > len(particle):
                text, lowered = text[len(particle) :].lstrip(), lowered[len(particle) :].lstrip()
                changed = True
    return text
