"""Dates of stop 31: Haitian Creole and Punjabi months, weekdays a cue makes days to come, and AP's closing
sentence of a weekday and a day without the year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.test_date import when

# A Friday: the week before it runs from Friday 5 to Thursday 11 February 2027.
REFERENCE = date(2027, 2, 12)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Haitian Creole: the weekday, the day, the month and the year, accented or not.
        (
            "Moun ap tann bis nan Pòtoprens, Ayiti, jedi 11 fevriye 2027. (AP Photo/Odelyn Joseph)",
            "2027-02-11",
        ),
        (
            "Elèv yo nan lakou lekòl la nan Okap, 7 jiyè 2026. (Foto: Marc Pierre/Le Nouvelliste)",
            "2026-07-07",
        ),
        ("Fanmi yo nan Miami, Florid, samdi 14 novanm 2026. (AP Photo/Rebecca Blackwell)", "2026-11-14"),
        ("Machann yo nan Jakmèl, 3 oktob 2026. (AP Photo/Ramon Espinosa)", "2026-10-03"),
        # Punjabi in Gurmukhi.
        ("ਬਰੈਂਪਟਨ ਵਿੱਚ ਦੀਵਾਲੀ ਮਨਾਉਂਦੇ ਲੋਕ, 8 ਨਵੰਬਰ 2026.", "2026-11-08"),
        ("ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਸ਼ਰਧਾਲੂ, 9 ਫ਼ਰਵਰੀ 2027.", "2027-02-09"),
    ],
)
def test_months_of_haitian_creole_and_punjabi(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


def test_portuguese_out_stays_october() -> None:
    # Haitian "out" (August) is Portuguese's October: the Creole reading is left out.
    assert when("Manifestantes em Lisboa, 7 out 2026. (Foto: Lusa)", REFERENCE)[0] == "2026-10-07"


def test_creole_me_without_a_day_is_no_month() -> None:
    assert when("Moun yo mande me jistis nan Pòtoprens. (AP Photo/Odelyn Joseph)", REFERENCE)[0] is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The weekday from which an exhibition runs is to come; the later sentence dates the picture.
        (
            "Die Albertina in Wien zeigt ab Freitag die Ausstellung. Im Bild: Eine Besucherin bei der "
            "Presseführung am Mittwoch, 10. Februar 2027. APA-FOTO: GEORG HOCHMUTH",
            "2027-02-10",
        ),
        (
            "The gallery will be open to the public starting Saturday. A visitor at a press preview in London "
            "on Wednesday, Feb. 10, 2027. (AP Photo/Kirsty Wigglesworth)",
            "2027-02-10",
        ),
        (
            "Le musée présente à partir de samedi une rétrospective. Une visiteuse lors de la visite de "
            "presse, le mercredi 10 février 2027. (Photo by Olivier CHASSIGNOLE / AFP)",
            "2027-02-10",
        ),
        # A weekday without such a cue still dates the picture.
        (
            "Fans jubeln am Freitag beim Konzert in der Wiener Stadthalle. APA-FOTO: HERBERT NEUBAUER",
            "2027-02-12",
        ),
    ],
)
def test_a_weekday_from_which_something_runs_dates_no_picture(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected


def test_a_closing_sentence_of_a_weekday_and_a_day_dates_the_picture() -> None:
    caption = (
        "Climate activists block a road in Bonn, Germany. Wednesday, Feb. 10. (AP Photo/Martin Meissner)"
    )
    assert when(caption, REFERENCE)[0] == "2027-02-10"
    # Without a filing day the year is unknown: no date.
    assert when(caption, None)[0] is None


def test_a_weekday_and_a_day_inside_a_later_sentence_date_no_picture() -> None:
    caption = (
        "Volunteers fill sandbags in Dresden, Germany. The river is expected to crest Monday, Feb. 15. "
        "(AP Photo/Matthias Schrader)"
    )
    assert when(caption, REFERENCE)[0] is None


@pytest.mark.parametrize(
    "caption",
    [
        "Nobelpristagarna anländer till Konserthuset inför prisutdelningen den 20 februari. Bilden togs på onsdagen.",
        "Kongeparret ankommer til Marselisborg. Billedet er taget onsdag. Foto: Bo Amstrup/Ritzau Scanpix",
        "Fans gather outside the stadium in Manchester. Picture taken Wednesday. REUTERS/Phil Noble",
    ],
)
def test_a_weekday_said_of_the_picture_dates_it(caption: str) -> None:
    assert when(caption, REFERENCE)[0] == "2027-02-10"


def test_a_weekday_said_of_the_picture_needs_a_filing_day() -> None:
    assert (
        when("Fans gather outside the stadium. Picture taken Wednesday. REUTERS/Phil Noble", None)[0] is None
    )


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The weekday after "the morning after" is the event's: the picture is of the day after it.
        (
            "A damaged building on the morning after the gas explosion in Liège, which the mayor said had "
            "injured nine people on Wednesday night. Photograph: Nicolas Maeterlinck/Belga",
            "2027-02-11",
        ),
        ("Des habitants au lendemain de l'explosion de mercredi soir à Liège. Photo: Belga", "2027-02-11"),
        # A weekday before the cue is the picture's own.
        (
            "Residents clear debris on Wednesday, the day after the storm. Photograph: Nicolas Maeterlinck",
            "2027-02-10",
        ),
    ],
)
def test_the_morning_after_an_event_on_a_weekday(caption: str, expected: str) -> None:
    assert when(caption, REFERENCE)[0] == expected
