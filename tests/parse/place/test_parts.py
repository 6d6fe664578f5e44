"""Places within a town written as parts of it: a named area or neighbourhood, a town's suburbs written as
its possessive, a stadium or square before a town that is its own division too."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Tourists stroll through the Hongyadong area in Chongqing, southwest China, May 2, 2024. "
            "(Xinhua/Tang Yi)",
            "Hongyadong",
            "Chongqing",
        ),
        (
            "Palestinians search the rubble in the Shejaiya neighbourhood of Gaza City, December 12, 2023. "
            "REUTERS/Dawoud Abu Alkas",
            "Shejaiya",
            "Gaza",
        ),
        # A two-word place noun stays whole: a "scenic area" is a place, not a part of a town.
        (
            "Tourists visit the Mount Emei scenic area in Leshan, southwest China's Sichuan Province, "
            "July 21, 2023. (Xinhua/Wang Xi)",
            "Mount Emei scenic area",
            "Leshan",
        ),
        # Dutch "op de": the article opens a place phrase as "the" does.
        (
            "Schaatsers op de bevroren Keizersgracht in Amsterdam, 9 januari 2025. ANP / KOEN VAN WEEL",
            "Keizersgracht",
            "Amsterdam",
        ),
    ],
)
def test_a_named_part_of_a_town(normaliser: Normaliser, caption: str, sublocation: str, city: str) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


def test_a_demonym_before_a_part_names_none(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Tourists walk in the Spanish quarter in Naples, Italy, May 5, 2024. REUTERS/Ciro De Luca"
    )
    assert record.location is not None and record.location.city == "Naples"
    assert record.location.sublocation is None


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The suburbs of a town written as its possessive: the town, not its division alone.
        (
            "Smoke rises over Beirut's southern suburbs, Lebanon, October 5, 2024. REUTERS/Mohamed Azakir",
            "Beirut",
            "LB",
        ),
        (
            "Smoke billows over Beirut's southern suburbs, Saturday, Oct. 5, 2024. (AP Photo/Hassan Ammar)",
            "Beirut",
            "LB",
        ),
        (
            "Rescuers clear debris on Kyiv's outskirts, Ukraine, March 1, 2022. REUTERS/Gleb Garanich",
            "Kyiv",
            "UA",
        ),
        # A lone place noun, then a big town that is also its own division, then the country.
        (
            "Fans wait outside the stadium, Madrid, Spain, May 11, 2025. REUTERS/Juan Medina",
            "Madrid",
            "ES",
        ),
    ],
)
def test_a_town_written_beside_its_parts(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    "caption",
    [
        "Tanks roll through Ukraine's eastern regions, March 1, 2022. REUTERS/Alexander Ermochenko",
        "Cows graze in a field in Bavaria, Germany, May 11, 2025. REUTERS/Lukas Barth",
        "Flooded fields are seen near the river, Texas, U.S., May 11, 2025. REUTERS/Go Nakamura",
    ],
)
def test_a_division_or_country_is_no_town(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.location is not None and record.location.city is None


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # Shutterstock's closing dash before the date ends the chain; the town is its own division too.
        (
            "Rescue workers gather outside the city hall, Tokyo, Japan - 2 July 2024 Mandatory Credit: "
            "Photo by Kazuhiro Nogi/Shutterstock (14541398a)",
            "Tokyo",
            "JP",
        ),
        (
            "Voters queue outside a polling station, Vladimir, Russia - 15 March 2024 Mandatory Credit: "
            "Photo by Yuri Kochetkov/Shutterstock (14348494b)",
            "Vladimir",
            "RU",
        ),
    ],
)
def test_a_closing_chain_before_a_dash(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_town_of_the_country_written_after_it(normaliser: Normaliser) -> None:
    # Corozal is a district of Belize and a town of Colombia: the country written says which.
    record = normaliser.normalise(
        "Supporters wave flags at a rally, Corozal, Colombia - 10 June 2025 Mandatory Credit: Photo by "
        "Chepa Beltran/Shutterstock (14997538a)"
    )
    assert record.location is not None
    assert (record.location.city, record.location.country_code) == ("Corozal", "CO")


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # The town before the date; the chain after it names only the country.
        (
            "A Russian soldier stands guard at the Zaporizhzhia nuclear power plant in Enerhodar on May 1, "
            "2025, in Russian-controlled territory in Ukraine. (Photo by STRINGER / AFP)",
            "Enerhodar",
            "Zaporizhzhia Oblast",
        ),
        # A town given as "the town of X" before a region no gazetteer knows.
        (
            "Floodwaters surround homes in the town of Kempsey on the NSW Mid North Coast, Thursday, May 22, "
            "2025. (AAP Image/Jason O'Brien)",
            "Kempsey",
            "New South Wales",
        ),
        # The descriptor after a possessive owner is no part of the division's name.
        (
            "Displaced families queue for water in Tawila, in Sudan's war-torn North Darfur state, on "
            "November 2, 2025. (Photo by AFP)",
            "Tawila",
            "North Darfur",
        ),
    ],
)
def test_a_town_and_its_division_around_other_phrases(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)


def test_a_name_before_the_date_is_no_town_where_the_chain_after_names_one(normaliser: Normaliser) -> None:
    # The chain after "este sábado" names a stadium and its town: the name before the date is a person.
    record = normaliser.normalise(
        "El delantero del Atlético Antoine Griezmann celebra su gol junto a Julián Álvarez durante el partido "
        "que disputan Atlético y Getafe este sábado en el estadio Metropolitano, en Madrid. EFE/ Kiko Huesca"
    )
    assert record.location is not None
    assert record.location.city == "Madrid"


def test_an_aside_inside_a_chain(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Ukrainian servicemen fire a mortar towards Russian troops near the town of Pokrovsk, amid Russia's "
        "attack on Ukraine, in Donetsk region, Ukraine November 3, 2025. REUTERS/Anatolii Stepanov"
    )
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == ("Pokrovsk", None)
    assert record.location.province_state == "Donetsk Oblast"


def test_an_aside_after_a_chain(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "This handout satellite picture taken on June 24, 2025 shows the Isfahan nuclear technology center, "
        "southeast of Natanz, Iran, after US strikes. (Photo by Handout / Satellite image ©2025 Maxar "
        "Technologies / AFP)"
    )
    assert record.location is not None and record.location.country_code == "IR"
