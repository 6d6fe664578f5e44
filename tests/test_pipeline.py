"""The library API: one record per caption, whatever the caption holds; never an exception."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

import captions
from captions import CaptionRecord, Normaliser

SEED = (
    "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, Saturday, "
    "June 11, 2022. (AP Photo/Efrem Lukatsky)"
)


def test_normalise_returns_the_contract_record() -> None:
    record = captions.normalise(SEED, reference_date="2022-06-12")
    data = record.model_dump(mode="json")
    for key in (
        "id",
        "caption",
        "description",
        "date_created",
        "location",
        "persons",
        "organisations",
        "creator",
        "credit_line",
        "source",
        "provenance",
        "restrictions",
        "digital_source_type",
        "warnings",
    ):
        assert key in data
    assert data["caption"] == SEED
    assert data["date_created"] == "2022-06-11"
    assert data["creator"] == "Efrem Lukatsky" and data["credit_line"] == "AP Photo/Efrem Lukatsky"
    assert data["location"]["sublocation"] == "Pokrovsk railway station"
    assert data["location"]["country_code"] == "UA"
    assert data["warnings"] == []


def test_normaliser_takes_date_objects_and_ids(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Crowds in Mykolaiv, Ukraine, on June 7. (AP Photo/Ann Lee)",
        id="x-1",
        reference_date=date(2022, 6, 12),
    )
    assert (record.id, record.date_created, record.reference_date) == ("x-1", "2022-06-07", "2022-06-12")


def test_bad_reference_date_is_a_warning(normaliser: Normaliser) -> None:
    record = normaliser.normalise(SEED, reference_date="12/06/2022")
    assert "invalid_reference_date" in {w.code.value for w in record.warnings}
    assert record.date_created == "2022-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "<p><b>Smoke</b> rises over <i>Kyiv</i>&amp;nbsp;</p>",
        "Дым поднимается над Киевом, Украина, 11 июня 2022 года. (AP Photo/Ефрем Лукацкий)",
        "这是一张照片。",
        "Los vecinos limpian las calles en Valencia (España), este martes. EFE/Ana Ruiz",
        "(AP Photo)",
        "2022",
        "((((((((((((((((((((((((((((((",
        "in " * 5000,
        "A, " * 10000,
        "Name to come / XXX",
        "\x00\x01 control \u202e characters",
    ],
)
def test_anything_gives_one_record(normaliser: Normaliser, text: str) -> None:
    record = normaliser.normalise(text)
    assert isinstance(record, CaptionRecord)
    assert record.caption == text
    assert "parse_error" not in {w.code.value for w in record.warnings}
    json.loads(record.model_dump_json())


@pytest.mark.parametrize(
    ("caption", "found"),
    [
        ("Name TK, left, talks with voters in Kyiv, Ukraine, June 5, 2023. (AP Photo/Ann Lee)", ["TK"]),
        ("Voters queue in TKTK, Ukraine, June 5, 2023. (AP Photo/Ann Lee)", ["TKTK"]),
        ("CITY, STATE - JUNE 5: Voters queue at a school. (Photo by Ann Lee/Getty Images)", ["CITY"]),
        ("FILE - Voters queue in CITY, Ukraine, June 5, 2023. (AP Photo/Ann Lee)", ["CITY"]),
        ("Name to come waits in CITY. XXX (AP Photo/Ann Lee)", ["Name to come", "XXX", "CITY"]),
        ("Fans cheer in Kansas City, Mo., Sunday, June 4, 2023. (AP Photo/Ann Lee)", []),
        ("KANSAS CITY, MISSOURI - JUNE 4: Fans cheer on June 4, 2023. (Photo by Ann Lee/Getty Images)", []),
        (
            "MEXICO CITY (AP) - Shoppers leave a TK Maxx store in Mexico City, June 4, 2023. (AP Photo/Ann Lee)",
            [],
        ),
        ("Voters queue outside CITY HALL in Boston, June 4, 2023. (AP Photo/Ann Lee)", []),
        ("A TK-421 model kit on show in Tokyo, June 4, 2023. (AP Photo/Ann Lee)", []),
    ],
)
def test_placeholders_only_where_they_stand_as_placeholders(
    normaliser: Normaliser, caption: str, found: list[str]
) -> None:
    warnings = [w.message for w in normaliser.normalise(caption).warnings if w.code.value == "placeholder"]
    assert warnings == [f"placeholder text '{text}' left in the caption" for text in found]


def test_placeholders_fill_no_field(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Fans cheer at the stadium in CITY, Saturday, June 1, 2024. (AP Photo/Ann Lee)", id="tk"
    )
    assert record.location is None or record.location.city is None
    assert {w.code.value for w in record.warnings} >= {"placeholder"}
    assert "place_not_found" not in {w.code.value for w in record.warnings}
    assert record.creator == "Ann Lee"


def test_empty_caption_warnings(normaliser: Normaliser) -> None:
    codes = {w.code.value for w in normaliser.normalise("  ").warnings}
    assert {"empty_caption", "missing_date", "missing_credit", "missing_place"} <= codes


def test_import_captions_does_not_import_typer_or_rich() -> None:
    code = (
        "import sys, captions; print(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_api_is_curated() -> None:
    assert sorted(captions.__all__) == captions.__all__ or set(captions.__all__) >= {
        "normalise",
        "Normaliser",
    }
    for name in captions.__all__:
        assert hasattr(captions, name)


def test_schema_has_contract_fields() -> None:
    schema = CaptionRecord.model_json_schema()
    assert {"id", "caption", "description", "date_created", "location", "warnings"} <= set(
        schema["properties"]
    )


def test_a_source_named_in_words_is_no_missing_credit(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Smoke rises over a refinery in Tuapse, Russia, November 2, 2024, in this screen grab. Video obtained "
        "by REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY."
    )
    assert (record.credit_line, record.source) == (None, "Reuters")
    assert "missing_credit" not in {w.code.value for w in record.warnings}
    record = normaliser.normalise("Smoke rises over a refinery in Tuapse, Russia, November 2, 2024.")
    assert "missing_credit" in {w.code.value for w in record.warnings}


def test_ansas_handout_notice_names_its_distributor(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "I soccorritori al lavoro sulla valanga a Cervinia, 10 gennaio 2027.\nSOCCORSO ALPINO VALDOSTANO\n"
        "+++ ANSA PROVIDES ACCESS TO THIS HANDOUT PHOTO TO BE USED SOLELY TO ILLUSTRATE NEWS REPORTING OR "
        "COMMENTARY ON THE FACTS OR EVENTS DEPICTED IN THIS IMAGE; NO ARCHIVING; NO LICENSING +++"
    )
    assert (record.creator, record.source) == (None, "ANSA")
    assert "missing_credit" not in {w.code.value for w in record.warnings}


def test_the_calendar_packages_are_imported_only_for_a_caption_that_needs_them() -> None:
    # Start-up must not grow: a caption of the Gregorian calendar imports none of them.
    code = (
        "import sys, captions\n"
        "packages = ('hijridate', 'convertdate', 'jdatetime', 'pymeeus')\n"
        "def loaded(): return sorted({m.split('.')[0] for m in sys.modules} & set(packages))\n"
        "captions.normalise('Crowds gather in Lviv, Ukraine, Saturday, March 2, 2024. (AP Photo/Yuri Dyachyshyn)')\n"
        "print(loaded())\n"
        "captions.normalise('Riyadh, Safar 20, 1448 AH, SPA -- The minister chairs a meeting. Photo: SPA')\n"
        "print(loaded())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "['hijridate']"]
