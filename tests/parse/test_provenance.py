"""Provenance and restrictions: a phrase decides, not a word."""

from __future__ import annotations

import json

import pytest

from captions import Normaliser
from tests.conftest import ROOT


def kinds(normaliser: Normaliser, caption: str) -> set[str]:
    return {p.kind.value for p in normaliser.normalise(caption).provenance}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "A soldier guards journalists near Popasna, eastern Ukraine, Friday, May 20, 2022. This photo was taken "
            "during a trip organized by the Russian Ministry of Defense. (AP Photo)",
            {"organised_trip"},
        ),
        (
            "In this photo provided by the Ukrainian Emergency Service, firefighters work in Kharkiv, Ukraine, Monday, "
            "Jan. 2, 2024. (Ukrainian Emergency Service via AP)",
            {"handout"},
        ),
        ("Leaders meet in Paris, France, June 6, 2023. (Ludovic Marin, Pool Photo via AP)", {"pool"}),
        ("FILE - A dam in Nova Kakhovka, Ukraine, on Oct. 20, 2022. (AP Photo/Lev Frank, File)", {"file"}),
        (
            "This image taken from video shows a ship on fire in the Black Sea, Tuesday, March 5, 2024. "
            "(Ukrainian Navy via AP)",
            {"video_still", "handout"},
        ),
        (
            "Smoke rises in Belgorod, Russia, May 3, 2024, in this still image taken from video obtained from social "
            "media. Social media/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            {"video_still", "social_media", "third_party", "handout"},
        ),
        (
            "A satellite image shows damage at the airbase in Saky, Crimea, Aug. 10, 2022. Planet Labs PBC/Handout via "
            "REUTERS",
            {"satellite", "handout"},
        ),
        (
            "A drone view shows flooded streets in Valencia, Spain, October 30, 2024. REUTERS/Eva Manez",
            {"drone"},
        ),
        (
            "Fans watch the match on a giant video screen in Warsaw, Poland, Sunday, June 12, 2022. "
            "(AP Photo/Piotr Nowak)",
            set(),
        ),
        (
            "Children cool off in a public swimming pool in Madrid, Spain, Friday, July 15, 2022. (AP Photo/Ana Ruiz)",
            set(),
        ),
        (
            "A satellite dish stands on a roof in Kabul, Afghanistan, Tuesday, Aug. 1, 2023. (AP Photo/Ebrahim Noori)",
            set(),
        ),
        (
            "Smoke rises over Port-au-Prince, Haiti, in this screen grab from a social media video released on "
            "March 9, 2024. Reuters was able to confirm the location from the buildings and street layout that "
            "matched file and satellite imagery of the area. @HaitiNews/via REUTERS",
            {"social_media", "video_still"},
        ),
        ("A soldier launches a drone near Bakhmut, Ukraine, Sunday, May 14, 2023. (AP Photo/Libkos)", set()),
        (
            "Members of the White House press pool wait in Washington, Monday, Jan. 8, 2024. (AP Photo/Evan Vucci)",
            set(),
        ),
    ],
)
def test_provenance_kinds(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


def test_restrictions(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A satellite image shows Mariupol, Ukraine, May 1, 2022. Maxar Technologies/Handout via REUTERS ATTENTION "
        "EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES."
    )
    assert {r.kind.value for r in record.restrictions} == {"mandatory_credit", "no_sales", "no_archives"}
    record = normaliser.normalise(
        "Rescuers in Seoul on Oct. 30, 2022. (Photo by STR / YONHAP / AFP) / SOUTH KOREA OUT / REPUBLIC OF KOREA OUT "
        "NO ARCHIVES RESTRICTED TO SUBSCRIPTION USE"
    )
    assert {"regional", "no_archives"} <= {r.kind.value for r in record.restrictions}
    record = normaliser.normalise(
        "A photo in Kyiv on June 11, 2022. (Photo by Handout / PRESS SERVICE / AFP) / RESTRICTED TO EDITORIAL USE - "
        'MANDATORY CREDIT "AFP PHOTO / PRESS SERVICE" - NO MARKETING NO ADVERTISING CAMPAIGNS'
    )
    assert {r.kind.value for r in record.restrictions} == {
        "editorial_use_only",
        "mandatory_credit",
        "no_marketing",
    }


def test_organiser_is_named(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Troops stand in Mariupol, Ukraine, May 18, 2022. The picture was taken during a media trip organised by "
        "the Russian Defence Ministry. REUTERS/Stringer"
    )
    trip = next(p for p in record.provenance if p.kind.value == "organised_trip")
    assert trip.party == "Russian Defence Ministry"


def test_digital_source_type(normaliser: Normaliser) -> None:
    base = "http://cv.iptc.org/newscodes/digitalsourcetype/"
    still = normaliser.normalise(
        "A still image taken from video shows a fire in Kyiv, Ukraine, May 3, 2024. Reuters TV"
    )
    photo = normaliser.normalise("Crowds in Kyiv, Ukraine, May 3, 2024. REUTERS/Gleb Garanich")
    screen = normaliser.normalise(
        "A screenshot of a post on X by the Ukrainian presidency, taken in Kyiv, Ukraine, May 3, 2024. "
        "REUTERS/Staff"
    )
    # a still from video is a capture of real life, not a capture of a computer's screen (IPTC's CV)
    assert still.digital_source_type == base + "digitalCapture"
    assert screen.digital_source_type == base + "screenCapture"
    # a caption that says nothing of how the picture was made gives no source type to write as a claim
    assert photo.digital_source_type is None


def test_trigger_words_skip_nothing(normaliser: Normaliser, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule is skipped when none of its trigger words is in the caption; with every rule tried instead,
    the corpus of our own captions gets the same provenance, restrictions and source types."""
    from captions._parse import _provenance

    corpus = ROOT / "tests" / "corpus" / "agency_styles.jsonl"
    texts = [json.loads(line)["caption"] for line in corpus.read_text(encoding="utf-8").splitlines()]

    def summary() -> list[tuple[object, ...]]:
        out = []
        for text in texts:
            r = normaliser.normalise(text)
            out.append((r.provenance, r.restrictions, r.digital_source_type))
        return out

    with_triggers = summary()
    monkeypatch.setattr(_provenance._Rule, "search", _provenance._Rule.search_all)
    assert summary() == with_triggers
