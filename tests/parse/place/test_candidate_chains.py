"""The place chains a caption writes, before one is chosen (captions/_parse/_place/_candidate_chains.py)."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode
from captions._parse import clean_with_breaks, zone
from captions._parse._credit import find_credit
from captions._parse._date import find_date
from captions._parse._place._candidate_chains import _postposition_triggers, candidate_chains
from captions._rules import rules
from tests.conftest import located
from tests.parse.place.test_find import Lookup


def _chains(caption: str) -> tuple[str, list[str | None]]:
    text, breaks = clean_with_breaks(caption)
    zones = zone(text, find_credit(text, breaks).span, breaks)
    _, main, _, chains = candidate_chains(zones, find_date(zones, None).anchor, Lookup())
    return main, [c.city_phrase for c in chains]


def test_the_chain_by_the_date_is_read() -> None:
    main, phrases = _chains(
        "People walk towards an evacuation train in Pokrovsk, Ukraine, Saturday, June 11, 2026. "
        "(AP Photo/Efrem Lukatsky)"
    )
    assert main.startswith("People walk towards")
    assert phrases[0] is not None and "Pokrovsk" in phrases[0]


def test_a_file_photo_header_gives_the_sentence_read() -> None:
    main, _ = _chains(
        "Former Canadian senator Jean Tremblay has died aged 81. FILE PHOTO: Jean Tremblay speaks to reporters "
        "in Quebec City, Canada, October 9, 1993. REUTERS/Stringer/File Photo"
    )
    assert main.startswith("Jean Tremblay speaks to reporters")


@pytest.mark.parametrize(
    "caption",
    [
        "Former Australian treasurer John Kerr, who died on January 4, 2027, is seen in a file photo. "
        "FILE PHOTO: Australian treasurer John Kerr speaks to reporters in Canberra, Australia, October 3, 1984. "
        "REUTERS/Stringer/File Photo",
        "Former Australian treasurer John Kerr has died aged 88. FILE PHOTO: Australian treasurer John Kerr "
        "speaks to reporters in Canberra, Australia, October 9, 1983. REUTERS/Stringer/File Photo",
    ],
)
def test_a_file_photo_header_opens_the_pictures_own_caption(normaliser: Normaliser, caption: str) -> None:
    assert located(normaliser, caption, "city", "country_code") == ("Canberra", "AU")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The chain by the date names where the picture was taken from; the place shown is written before it.
        (
            "Smoke rises after an airstrike on the southern Lebanese village of Kfar Kila, seen from Metula, "
            "northern Israel, Tuesday, March 2, 2027. (AP Photo/Leo Correa)",
            "Kfar Kila",
            "LB",
        ),
        (
            "Smoke billows over the Lebanese town of Bint Jbeil, as seen from Avivim, northern Israel, on "
            "March 2, 2027. (Photo by Jalaa MAREY / AFP)",
            "Bent Jbaïl",
            "LB",
        ),
        # The phrase in any case (its triggers are looked for before its pattern).
        (
            "Smoke rises after an airstrike on the southern Lebanese village of Kfar Kila, SEEN FROM Metula, "
            "northern Israel, Tuesday, March 2, 2027. (AP Photo/Leo Correa)",
            "Kfar Kila",
            "LB",
        ),
    ],
)
def test_a_vantage_chain_gives_way_to_the_place_shown(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # Backgrid, Splash: the town and a US state's postal code before a hyphen open the text.
        (
            "Malibu, CA - Cindy Crawford leaves a lunch date at Nobu Malibu with her daughter. "
            "BACKGRID USA 3 FEBRUARY 2027 BYLINE MUST READ: MEGA / BACKGRID",
            "Malibu",
            "Nobu Malibu",
        ),
        (
            "Beverly Hills, CA - Selena Gomez grabs coffee at Alfred Coffee with a friend on Tuesday. "
            "BACKGRID USA 2 FEBRUARY 2027 BYLINE MUST READ: MEGA / BACKGRID",
            "Beverly Hills",
            "Alfred Coffee",
        ),
    ],
)
def test_a_town_and_postal_code_lead(
    normaliser: Normaliser, caption: str, city: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "city", "province_state", "sublocation") == (
        city,
        "California",
        sublocation,
    )


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # Folhapress, Agência Brasil: the town and its state's code in brackets before a hyphen, over a
        # district the gazetteer does not know.
        (
            "Quixadá (CE) - Agricultores observam o açude seco no distrito de Juatama, nesta segunda-feira (1). "
            "Foto: Jarbas Oliveira/Folhapress",
            "Quixadá",
            "Ceará",
        ),
        (
            "Petrópolis (RJ) - Bombeiros procuram vítimas nesta terça-feira (2). Foto: Tânia Rêgo/Agência Brasil",
            "Petrópolis",
            "Rio de Janeiro",
        ),
    ],
)
def test_a_town_and_state_code_lead(normaliser: Normaliser, caption: str, city: str, province: str) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (city, province, "BR")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The port a ship leaves is shown, not where it is bound; "cedida por la Armada" is the handout's
        # giver (the agent of a passive), no place.
        (
            'Fotografía cedida por la Armada de Chile del rompehielos "Almirante Viel" zarpando este jueves desde '
            "Punta Arenas (Chile) rumbo a la Antártica. EFE/ Armada de Chile /SOLO USO EDITORIAL",
            "Punta Arenas",
            "CL",
        ),
        (
            "The research vessel departs from Ushuaia, Argentina, bound for Antarctica, March 1, 2027. "
            "REUTERS/Agustin Marcarian",
            "Ushuaia",
            "AR",
        ),
        (
            "The icebreaker leaves Punta Arenas for the Antarctic Peninsula on Thursday, March 4, 2027. (AP "
            "Photo/Esteban Felix)",
            "Punta Arenas",
            "CL",
        ),
    ],
)
def test_the_port_a_ship_leaves_is_the_place(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_train_leaving_a_station_in_a_town_is_in_that_town(normaliser: Normaliser) -> None:
    caption = (
        "This aerial photo taken on Dec. 7, 2026 shows a freight train departing from Tuanjiecun station in "
        "Chongqing, southwest China. (Xinhua/Huang Wei)"
    )
    assert located(normaliser, caption, "city") == ("Chongqing",)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # No town shown (a volcano): the town the picture was taken from, not the one that locates it.
        (
            "Lava fountains rise from Mount Etna, seen from Zafferana Etnea, near Catania, Sicily, March 3, 2027. "
            "REUTERS/Antonio Parrinello",
            "Zafferana Etnea",
        ),
        (
            "El volcán Villarrica, visto desde Pucón, este martes 2 de marzo de 2027. EFE/Felipe Trueba",
            "Pucón",
        ),
        ("Il cratere dell'Etna visto da Nicolosi (Catania), 3 marzo 2027. ANSA/ORIETTA SCARDINO", "Nicolosi"),
    ],
)
def test_with_no_town_shown_the_vantage_town_is_the_place(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None
    assert record.location.city == city
    assert WarningCode.AMBIGUOUS_PLACE not in {w.code for w in record.warnings}


def test_a_town_shown_from_another_is_the_place_and_flagged(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Smoke billows over Kfar Kila, seen from Metula, northern Israel, March 2, 2027. REUTERS/Ammar Awad"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Kfar Kila", "LB")
    assert WarningCode.AMBIGUOUS_PLACE in {w.code for w in record.warnings}


def test_the_chain_after_a_weekday_and_its_bracketed_day(normaliser: Normaliser) -> None:
    # Brazilian pages: "neste domingo (14), no Maracanã, no Rio de Janeiro"; the player's name opening the
    # caption had been read as a town of the Cayman Islands.
    caption = (
        "Pedro, do Flamengo, comemora gol contra o Fluminense neste domingo (14), no Maracanã, no Rio de "
        "Janeiro.\nFoto: Ana Souza/Flamengo"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Maracanã", "Rio de Janeiro")


@pytest.mark.parametrize(
    "text",
    [
        "Deyr Balah kentindeki çadır kampında yaşayan Filistinliler, 4 Aralık 2026.",
        "İstanbul'da Taksim Meydanı'nda toplanan taraftarlar.",
        "Gernikako Batzarretxean, Bizkaian, azaroaren 3an.",
        "Firefighters clear debris after a storm in Porto Alegre, Brazil, May 3, 2026.",
        "",
    ],
)
def test_postposition_triggers_are_looked_for_in_one_search(text: str) -> None:
    lowered = text.lower()
    expected = any(t in lowered for t in rules("place")["postposition_triggers"])
    assert _postposition_triggers().occurs(lowered) is expected


@pytest.mark.parametrize(
    ("caption", "city", "sublocation"),
    [
        # Keystone-SDA writes the place after the date, a building first: that chain, not the German noun
        # after an article before the date ("über die Sicherheitspolitik").
        (
            "Bundesrätin Karin Keller-Sutter spricht über die Finanzpolitik, am Mittwoch, 11. März 2026, im "
            "Medienzentrum Bundeshaus in Bern. (KEYSTONE/Alessandro della Valle)",
            "Bern",
            "Medienzentrum Bundeshaus",
        ),
        # A chain after the date that names no town is not read: the town before the date stays.
        (
            "Ein Umzug in Basel am 9. März 2026 im Rahmen der Fasnacht. (KEYSTONE/Georgios Kefalas)",
            "Basel",
            None,
        ),
    ],
)
def test_a_building_and_its_town_after_the_date(
    normaliser: Normaliser, caption: str, city: str, sublocation: str | None
) -> None:
    assert located(normaliser, caption, "city", "sublocation") == (city, sublocation)


@pytest.mark.parametrize(
    ("caption", "city", "country"),
    [
        (
            "Agenten houden zondag toezicht in Utrecht voor de wedstrijd tussen FC Utrecht en Ajax. "
            "Foto: ANP / Mila de Boer",
            "Utrecht",
            "NL",
        ),
        (
            "Fans vieren feest op de Grote Markt in Groningen na de derby tussen FC Groningen en Heerenveen. "
            "Foto: ANP / Lars Bos",
            "Groningen",
            "NL",
        ),
        (
            "Supporters verzamelen zich in Brugge voor de match tussen Club Brugge en Genk. "
            "Foto: Belga / Bruno Fahy",
            "Brugge",
            "BE",
        ),
    ],
)
def test_a_match_s_second_side_after_dutch_en_is_no_town(
    normaliser: Normaliser, caption: str, city: str, country: str
) -> None:
    """Dutch "en" after "tussen ..." is "and", not Spanish or French "in": Ajax (Ontario), Heerenveen and Genk
    are the other side; the town is read from the sentence before it."""
    assert located(normaliser, caption, "city", "country_code") == (city, country)
