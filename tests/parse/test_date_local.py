"""Weekdays and months of local papers' languages the CLDR list lacks: Welsh, Maori, Urdu, Tamil, Punjabi."""

from __future__ import annotations

from datetime import date

import pytest

from captions import Normaliser


@pytest.mark.parametrize(
    ("caption", "reference", "expected"),
    [
        # Welsh: "ddydd" (on the day) and a part of the day before the weekday; the month between day and year.
        (
            "Plant yn chwarae ar y traeth ym Mangor ddydd Gwener. Llun: Nia Roberts",
            "2027-04-12",
            "2027-04-09",
        ),
        ("Gorymdaith yn Llandudno, fore Sadwrn, 10 Ebrill 2027. Llun: Huw Parry", "2027-04-12", "2027-04-10"),
        # Maori: the weekday after "te", the month after "o".
        ("Ka hui ngā kaumātua i Napier i te Rāpare. Whakaahua: Aroha Waititi", "2027-04-12", "2027-04-08"),
        ("Ka tū te hui i Nelson i te Rāhoroi, 10 o Paenga-whāwhā 2027.", "2027-04-12", "2027-04-10"),
        # Urdu: Monday ("پیر", also a saint) read with "کے روز" (on the day).
        ("آگرہ میں پیر کے روز بارش کے بعد سڑک پر پانی۔", "2027-04-14", "2027-04-12"),
        # Tamil: the weekday with "கிழமை" (day) glued on, which ends with a vowel sign.
        ("கோவையில் செவ்வாய்க்கிழமை நடைபெற்ற பேரணி.", "2027-04-14", "2027-04-13"),
        # Punjabi: Saturday as the papers spell it ("ਸ਼ਨੀਵਾਰ").
        ("ਜਲੰਧਰ ਵਿੱਚ ਸ਼ਨੀਵਾਰ ਨੂੰ ਪ੍ਰਦਰਸ਼ਨ ਕਰਦੇ ਹੋਏ ਵਿਦਿਆਰਥੀ।", "2027-04-14", "2027-04-10"),
    ],
)
def test_local_weekdays_and_months_date_the_picture(
    normaliser: Normaliser, caption: str, reference: str, expected: str
) -> None:
    record = normaliser.normalise(caption, reference_date=date.fromisoformat(reference))
    assert record.date_created == expected


def test_a_welsh_picture_label_is_no_monday(normaliser: Normaliser) -> None:
    # "Llun:" with its colon is the picture's label; "dydd Llun" is Monday.
    record = normaliser.normalise(
        "Ffermwyr ym Mhwllheli ddydd Llun. Llun: Dafydd Owen", reference_date=date(2027, 4, 14)
    )
    assert (record.date_created, record.creator) == ("2027-04-12", "Dafydd Owen")
