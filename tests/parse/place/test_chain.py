"""Place chains (`_parse/_place/_chain.py`): a place after the town that only locates it."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._place._chain import _is_parent
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # A distance converted in brackets: the town before it is the place, the one after only locates it.
        (
            "Women queue for food aid in Sake, 25 kilometers (15 miles) west of Goma, Congo, Monday, March 1, "
            "2027. (AP Photo/Moses Sawasawa)",
            "Sake",
            "CD",
        ),
        (
            "Farmers harvest maize in Kasese, about 40 miles (64 kilometers) from Fort Portal, Uganda, Monday, "
            "March 1, 2027. (AP Photo/Hajarah Nalwadda)",
            "Kasese",
            "UG",
        ),
        # "near" after a settlement phrase that closes a longer place: the settlement is the town.
        (
            "Archaeologists clean a mosaic in the excavation area of the ancient city of Pompeii, near Naples, "
            "Italy, Monday, March 1, 2027. (AP Photo/Andrew Medichini)",
            "Pompei",
            "IT",
        ),
        (
            "Children play in the ruins of the village of Kafr Nabl, near Idlib, Syria, Monday, March 1, 2027. "
            "(AP Photo/Ghaith Alsayed)",
            "Kafranbel",
            "SY",
        ),
        # Peruvian Spanish "en la región Lima": the region, not the capital.
        (
            "Vecinos limpian el lodo tras un huaico en Chosica, en la región Lima (Perú), este lunes. "
            "EFE/ Paolo Aguilar",
            "Chosica",
            "PE",
        ),
        (
            "Agricultores cosechan papa en Huancayo, en la región Junín (Perú), este martes. EFE/ Paolo Aguilar",
            "Huancayo",
            "PE",
        ),
        # The Romance languages' and German's "near" (an elided "d'" glued to its town).
        (
            "Des habitants devant une école à Sainte-Geneviève-des-Bois, près de Paris, le 2 décembre 2026. "
            "(Photo by Thomas SAMSON / AFP)",
            "Sainte-Geneviève-des-Bois",
            "FR",
        ),
        (
            "Des pompiers à Saint-Jean-de-Braye, près d'Orléans, le 3 décembre 2026. (Photo by Guillaume "
            "SOUVANT / AFP)",
            "Saint-Jean-de-Braye",
            "FR",
        ),
        (
            "Voluntarios reparten comida en Paiporta, cerca de Valencia, este jueves. EFE/Manuel Bruque",
            "Paiporta",
            "ES",
        ),
        (
            "Feuerwehrleute pumpen einen Keller in Sinzig, nahe Bonn, aus. Foto: Thomas Frey/dpa",
            "Sinzig",
            "DE",
        ),
        # Italian writes the town with a weak "a": the one "near" names after it only locates it.
        (
            "Manifestanti davanti alla fabbrica a Sesto San Giovanni, alle porte di Milano, 2 dicembre 2026."
            " ANSA/MATTEO CORNER",
            "Sesto San Giovanni",
            "IT",
        ),
        ("Turisti a Fiesole, vicino a Firenze, 2 dicembre 2026. ANSA/CLAUDIO GIOVANNINI", "Fiesole", "IT"),
        # A town placed by another, then the division: the town, not the one that places it.
        (
            "Palestinians pick olives in Turmus Ayya, north of Ramallah, in the Israeli-occupied West Bank, "
            "Saturday, Nov. 28, 2026. (AP Photo/Nasser Nasser)",
            "Turmus‘ayyā",
            "PS",
        ),
        (
            "Rescuers search a building in Irpin, 25 km northwest of Kyiv, in Kyiv region, Ukraine, March 3, "
            "2026. REUTERS/Gleb Garanich",
            "Irpin",
            "UA",
        ),
    ],
)
def test_a_place_that_only_locates_the_town_before_it(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        (
            "Des Palestiniens fouillent les décombres d'une maison à Rafah, dans la bande de Gaza, le 3 décembre "
            "2026. (Photo by AFP)",
            "Rafaḩ",
        ),
        (
            "Des enfants attendent une distribution de repas à Khan Younès, dans la bande de Gaza, le 2 décembre "
            "2026. (Photo by Bashar TALEB / AFP)",
            "Khān Yūnis",
        ),
        (
            "Des Palestiniens marchent entre les ruines dans la bande de Gaza, le 1er décembre 2026. "
            "(Photo by Omar AL-QATTAA / AFP)",
            None,
        ),
    ],
)
def test_a_division_named_with_its_lower_case_noun_is_no_town(
    normaliser: Normaliser, caption: str, city: str | None
) -> None:
    # "la bande de Gaza" is the Gaza Strip, not Gaza City: the town is the one written before it, if any.
    assert located(normaliser, caption, "city", "country_code") == (city, "PS")


@pytest.mark.parametrize(
    "caption",
    [
        "Ein Stadtbus fährt am Morgen durch Frankfurt an der Oder. Foto: Patrick Pleul/dpa",
        "Ein Regionalzug rollt über die Brücke bei Frankfurt an der Oder. Foto: Patrick Pleul/dpa",
    ],
)
def test_a_town_named_with_its_river_after_an_der_is_one_town(normaliser: Normaliser, caption: str) -> None:
    # Not the river read alone after "an der" (Odder, Denmark, by a near spelling).
    assert located(normaliser, caption, "city", "country_code") == ("Frankfurt (Oder)", "DE")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # The whole is no town of the gazetteer: the town before "an der", not "Mosel" (German for Mosul).
        (
            "Helfer räumen Schlamm aus einem Keller in Zell an der Mosel am Montag. Foto: Anna Roth/dpa",
            "Zell",
        ),
        ("Weinberge oberhalb von Bernkastel-Kues an der Mosel. Foto: Uwe Anspach/dpa", "Bernkastel-Kues"),
        # "am Rhein" read inside the town's phrase: the town before it.
        ("Die Uferpromenade in Boppard am Rhein steht unter Wasser. Foto: Thomas Frey/dpa", "Boppard"),
    ],
)
def test_a_town_named_with_the_river_it_lies_on_is_the_town(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "DE")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        (
            "Commuters at the new entrance to Crewe station on Friday. Picture: TOM WREN",
            "Crewe station",
            "Crewe",
        ),
        (
            "Pupils outside the main entrance to Leeds General Infirmary on Monday. Picture: JO LEE",
            "Leeds General Infirmary",
            "Leeds",
        ),
    ],
)
def test_the_entrance_to_a_place_places_it(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "city", "province"),
    [
        # A town, then its state after a preposition of its own and the state's word: the state is no town
        # for the first phrase to name a place within.
        (
            "Policías patrullan las calles este martes, en el municipio de Apodaca, en el estado de Nuevo León "
            "(México). EFE/Miguel Sierra",
            "Ciudad Apodaca",
            "Nuevo León",
        ),
        (
            "Voluntarios reparten agua este viernes en Hermosillo, en el estado de Sonora (México). "
            "EFE/Daniel Sánchez",
            "Hermosillo",
            "Sonora",
        ),
        (
            "Moradores limpam as ruas nesta segunda-feira em Petrópolis, no estado do Rio de Janeiro. "
            "Foto: Tânia Rêgo/Agência Brasil",
            "Petrópolis",
            "Rio de Janeiro",
        ),
    ],
)
def test_a_town_before_its_state_written_with_its_word(
    normaliser: Normaliser, caption: str, city: str, province: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province)


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The country written after the place left is that place's, not the town's arrived in.
        (
            "Syrian returnees cross into Tell Abyad from Akcakale, Turkey, December 1, 2026. REUTERS/Mahmoud"
            " Hassano",
            "Tall Abyaḑ",
            "SY",
        ),
        # A view is taken from the place after "from": that place is the picture's, with its town.
        (
            "Tourists take in the view over Lake Wakatipu from Bob's Peak, Queenstown, New Zealand, December 2,"
            " 2026. REUTERS/Stephen Jaquiery",
            "Queenstown",
            "NZ",
        ),
    ],
)
def test_the_place_left_keeps_its_country(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


def test_a_relative_clause_between_commas_is_no_place_of_the_chain(normaliser: Normaliser) -> None:
    """ "inside the Roj camp, which holds ..., in Hasakah governorate": the chain goes on after the clause."""
    caption = (
        "Children stand between tents inside the Roj camp, which holds families of suspected militants, in "
        "Hasakah governorate, Syria, March 6, 2026. REUTERS/Orhan Qereman"
    )
    assert located(normaliser, caption, "sublocation", "country_code") == ("Roj camp", "SY")


def test_the_place_before_a_relative_clause_and_a_town_it_is_near(normaliser: Normaliser) -> None:
    """ "at the Azraq refugee camp, which houses ..., near Zarqa": the camp, then the town it is near."""
    caption = (
        "Children queue for water at the Azraq refugee camp, which houses Syrians who fled the war, near "
        "Zarqa, Jordan, March 6, 2026. REUTERS/Alaa Al Sukhni"
    )
    assert located(normaliser, caption, "sublocation")[0] == "Azraq refugee camp"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # German capitalises its nouns: "vor den Medien" (before the media) is no town (was Meeden, NL).
        (
            "Bundesrat Ignazio Cassis spricht am Mittwoch in Bern vor den Medien. Anna Muster / Keystone",
            ("Bern", "CH"),
        ),
        ("Der Minister spricht in Berlin vor den Journalisten. Foto: Anna Muster/dpa", ("Berlin", "DE")),
        # A sky's feature after the place: "under the Milky Way" named the chain's place before.
        (
            "The observatory stands on Cerro Pachón, in Chile's Coquimbo region, under the Milky Way on February 6, "
            "2027. (Photo by ANA ROJAS / AFP)",
            (None, "CL"),
        ),
    ],
)
def test_an_articled_name_no_gazetteer_knows_yields_to_the_known_place_before_it(
    normaliser: Normaliser, caption: str, expected: tuple[str | None, str]
) -> None:
    assert located(normaliser, caption, "city", "country_code") == expected


def test_a_division_after_a_name_written_as_a_towns_is_its_division(normaliser: Normaliser) -> None:
    # "Queensland" is a town's name somewhere too: after "the town of Ingham" it is Ingham's state.
    caption = (
        "Floodwaters surround homes in the town of Ingham in north Queensland on Monday. (ABC: Jane Doe)"
    )
    assert located(normaliser, caption, "city", "province_state") == ("Ingham", "Queensland")


@pytest.mark.parametrize(
    ("caption", "city", "country_code"),
    [
        # The island after the town and a comma, with its own preposition, is the town's parent (Guadeloupe
        # and the United States have bigger namesakes).
        (
            "Des surfeurs près de Saint-Louis, sur l'île de La Réunion, le 28 février 2027. (Photo by Richard "
            "BOUHET / AFP)",
            "Saint-Louis",
            "RE",
        ),
        (
            "Lava flows into the sea near Sainte-Rose, on the French island of La Reunion, March 4, 2027. "
            "REUTERS/Laurent Capmas",
            "Sainte-Rose",
            "RE",
        ),
        (
            "Lavastrom bei Sainte-Rose, auf der Insel La Réunion, 4. März 2027. Foto: Richard Bouhet/AFP/dpa",
            "Sainte-Rose",
            "RE",
        ),
        # No comma: "on the Greek island of" after the town is its parent all the same, the nationality's
        # country where no division bears the island's name (Oiã, Portugal, is bigger).
        (
            "Sunset crowds gather in Oia on the Greek island of Santorini, June 2, 2027. REUTERS/Louiza Vradi",
            "Oía",
            "GR",
        ),
        # An island group's adjective names the division ("Canary Islands"); the town is the port's.
        (
            "Migrants step ashore at the port of Arrecife on the Canary Island of Lanzarote, Spain, June 3, "
            "2027. REUTERS/Borja Suarez",
            "Arrecife",
            "ES",
        ),
        # French writes "à" before an island's name, "La Réunion" with its article: no hamlet so named.
        (
            "Une coulée de lave descend vers la mer près de Sainte-Rose, à La Réunion, le 4 mars 2027. (Photo by "
            "Richard BOUHET / AFP)",
            "Sainte-Rose",
            "RE",
        ),
        (
            "Des pêcheurs rentrent au port à Sainte-Rose, en Guadeloupe, le 3 mars 2027. (Photo by Cedrick "
            "ISHAM / AFP)",
            "Sainte-Rose",
            "GP",
        ),
    ],
)
def test_an_island_written_after_the_town_is_its_parent(
    normaliser: Normaliser, caption: str, city: str, country_code: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, country_code)


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # "de" before a town, with no locative, then its state: the state alone was read, as its capital Puebla.
        (
            "Agricultores muestran los daños en sus parcelas de Tehuacán, Puebla, el martes 6 de abril de 2027. "
            "Foto: Especial",
            "Tehuacán",
            "Puebla",
        ),
        (
            "Mineros bloquean los accesos de Fresnillo, Zacatecas, el lunes 5 de abril de 2027. Foto: Cuartoscuro",
            "Fresnillo",
            "Zacatecas",
        ),
        # A town whose own name holds "de", "del" or "de los": the whole name, not the state's capital.
        (
            "Brigadas de limpieza recorren las calles de Villa de Álvarez, Colima, el martes 6 de abril de 2027. "
            "Foto: Especial",
            "Ciudad de Villa de Álvarez",
            "Colima",
        ),
        (
            "Vecinos barren las calles de Hidalgo del Parral, Chihuahua, el lunes 5 de abril de 2027. Foto: Especial",
            "Hidalgo del Parral",
            "Chihuahua",
        ),
        (
            "Policías patrullan las calles de San Juan del Río, Querétaro, el lunes 5 de abril de 2027. "
            "Foto: Cuartoscuro",
            "San Juan del Río",
            "Querétaro",
        ),
        (
            "Peregrinos llenan las calles de San Juan de los Lagos, Jalisco, el lunes 5 de abril de 2027. "
            "Foto: Especial",
            "San Juan de los Lagos",
            "Jalisco",
        ),
        # The capital itself, its country after it, stays the capital.
        (
            "Vecinos del centro de Puebla, México, el lunes 5 de abril de 2027. Foto: Especial",
            "Puebla",
            "Puebla",
        ),
    ],
)
def test_a_town_after_of_then_its_state(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state") == (city, province_state)


def test_a_facility_named_of_its_town_keeps_its_name(normaliser: Normaliser) -> None:
    # "del Distrito Escolar Unificado de Santa Ana, California": the name before "de" is the place within.
    caption = (
        "Padres protestan frente a la sede del Distrito Escolar Unificado de Santa Ana, California, el martes 23 "
        "de marzo de 2027. (Ana Ruiz/La Opinión)"
    )
    assert located(normaliser, caption, "sublocation", "city") == ("Distrito Escolar Unificado", "Santa Ana")


def test_a_segment_asked_again_is_the_kept_answer(normaliser: Normaliser) -> None:
    # Every candidate chain asks whether the same segments are parents: asked once a lookup, kept.
    lookup = normaliser.gazetteer
    for segment, fresh in (("Luhansk region", True), ("Ukraine", True), ("the crowd cheers", False)):
        assert _is_parent.__wrapped__(segment, lookup) is fresh
        hits = _is_parent.cache_info().hits
        assert _is_parent(segment, lookup) is fresh
        assert _is_parent(segment, lookup) is fresh
        assert _is_parent.cache_info().hits > hits  # the second asking is the kept answer
