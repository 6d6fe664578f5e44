"""Agency datelines in Arabic and Persian letters (date.toml `style = "script"`, read by `_place/_lead.py`
through script_names.json), and Anadolu's town and date in brackets after its credit (`_zones.py`)."""

from __future__ import annotations

import pytest

from captions import Normaliser


def _read(normaliser: Normaliser, caption: str, reference: str) -> tuple[str | None, str | None, str | None]:
    record = normaliser.read(caption, reference_date=reference).record
    location = record.location
    return (
        record.date_created,
        location.city if location is not None else None,
        location.country_code if location is not None else None,
    )


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # WAM: the town, "في" (on), the day and month, the agency between slashes.
        (
            "أبوظبي في 4 يونيو / وام / افتتح سمو ولي العهد معرضاً للكتاب في مركز المعارض.",
            "2027-06-05",
            ("2027-06-04", "Abu Dhabi", "AE"),
        ),
        # MENA writes its name in three letters: "أ ش أ".
        (
            "القاهرة في 3 يونيو / أ ش أ / افتتح وزير النقل محطة قطار جديدة شرق العاصمة.",
            "2027-06-04",
            ("2027-06-03", "Cairo", "EG"),
        ),
        # WAFA: the town, the date in digits day first, then "وفا-".
        (
            "نابلس 3-6-2027 وفا- شارك المئات في مسيرة وسط المدينة.",
            "2027-06-04",
            ("2027-06-03", "Nablus", "PS"),
        ),
        # IRNA: the agency first, then the town, no date.
        (
            "ایرنا - شیراز - مراسم بزرگداشت حافظ در آرامگاه این شاعر برگزار شد.",
            "2027-06-05",
            (None, "Shiraz", "IR"),
        ),
    ],
    ids=["wam", "mena", "wafa", "irna"],
)
def test_agency_dateline_in_arabic_or_persian_letters(
    normaliser: Normaliser, caption: str, reference: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _read(normaliser, caption, reference) == expected


def test_a_script_dateline_whose_first_word_is_no_town_names_no_place(normaliser: Normaliser) -> None:
    # "گزارش" (report) stands where IRNA's town would: no town the script names know.
    record = normaliser.read(
        "ایرنا - گزارش - مسئولان از پیشرفت طرح های عمرانی خبر دادند.", reference_date="2027-06-05"
    ).record
    assert record.location is None or record.location.city is None


def test_anadolu_town_and_date_in_brackets_after_the_credit(normaliser: Normaliser) -> None:
    # "(Fotoğraf: Name - AA) (Ankara, 8 Haziran 2027)": the same closing line, bracketed.
    assert _read(
        normaliser,
        "TBMM Genel Kurulu'nda bütçe görüşmeleri sürüyor. (Fotoğraf: Ali Demir - AA) (Ankara, 8 Haziran 2027)",
        "2027-06-10",
    ) == ("2027-06-08", "Ankara", "TR")


def test_a_bracketed_note_after_the_credit_is_no_dateline(normaliser: Normaliser) -> None:
    date, city, _ = _read(
        normaliser,
        "Mevlana'yı anma törenine katılanlar sema gösterisi izledi. (Fotoğraf: Emre Şahin - AA) (Arşiv)",
        "2027-06-10",
    )
    assert (date, city) == (None, None)


def test_a_village_the_body_names_keeps_the_dateline_town_out(normaliser: Normaliser) -> None:
    # WAFA files from Nablus; the picture is in a village ("في قرية") no script name reads: no town, flagged.
    record = normaliser.read(
        "نابلس 2-6-2027 وفا- مزارعون يقطفون الزيتون في قرية عصيرة القبلية جنوب نابلس.",
        reference_date="2027-06-03",
    ).record
    assert record.date_created == "2027-06-02"
    assert record.location is None
    assert "missing_place" in {w.code.value for w in record.warnings}
