"""Names folded for comparing: accents dropped, case folded, compatibility forms spelt plainly.

The one accent folding of `captions`: the parse and locate stages compare a name written in a caption with
a vocabulary's or the gazetteer's through it. (`gazetteer` has its own `fold`, which also spells letters
such as "ø" and "ł" in ASCII for its index keys; `gazetteer` does not import `captions`.)
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


def fold(text: str) -> str:
    """TEXT without its accents, case folded: "Médecins" is "medecins", "Straße" "strasse", "ﬁ" "fi",
    full-width "Ｋｙｉｖ" "kyiv". Letters with no decomposition ("ø", "ł") stay as they are.

    NFKD rather than NFD, so that ligatures and full-width forms read as the letters they stand for;
    casefold rather than lower, so that "ß" is "ss" and Greek final "ς" is "σ"."""
    if text.isascii():
        return text.lower()  # no accent to drop, and casefold is lower for ASCII letters
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
