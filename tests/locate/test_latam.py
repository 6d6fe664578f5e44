"""Places as Latin American agencies write them: Brazilian state codes in brackets."""

from __future__ import annotations

import pytest

from captions import Normaliser
from tests.conftest import located


@pytest.mark.parametrize(
    ("caption", "city", "province_state"),
    [
        # "RR" alone folds to a Saudi town's Arabic name, "MS" is Mississippi's postal code: the town before
        # the bracket lies in the Brazilian state, which is what the code names.
        (
            "Bonfim (RR), 10/03/2027 – Indígenas participam de assembleia na Terra Raposa Serra do Sol. "
            "Foto: Lúcio Távora Prado/Agência Brasil",
            "Bonfim",
            "Roraima",
        ),
        (
            "Ponta Porã (MS), 09/03/2027 – Policiais fiscalizam a fronteira com o Paraguai. "
            "Foto: Mariana Leal Fonseca/Agência Brasil",
            "Ponta Porã",
            "Mato Grosso do Sul",
        ),
        # Control: a code the town before it does not lie in is left as it was.
        (
            "Manaus (AM), 10/03/2027 – Estudantes participam de ato no centro. Foto: Ana Lins/Agência Brasil",
            "Manaus",
            "Amazonas",
        ),
    ],
)
def test_a_brazilian_state_code_in_brackets_names_the_state(
    normaliser: Normaliser, caption: str, city: str, province_state: str
) -> None:
    assert located(normaliser, caption, "city", "province_state", "country_code") == (
        city,
        province_state,
        "BR",
    )


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # GeoNames lends a province its seat's "Ciudad de X": after "la ciudad de", the name is the town.
        (
            "Vecinos limpian las calles de la ciudad de Formosa, el 9 de marzo de 2027. Foto: Télam/Archivo",
            "Formosa",
        ),
        (
            "Hinchas celebran en la ciudad de La Rioja, el 8 de marzo de 2027. (Foto de SEBASTIÁN BORSERO PAZ / AFP)",
            "La Rioja",
        ),
    ],
)
def test_the_city_of_a_name_is_the_town_not_its_province(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "AR")


@pytest.mark.parametrize(
    ("caption", "city"),
    [
        # EFE's and Prensa Latina's datelines name the town the story is filed from; "la ciudad de X" in the
        # body names the town shown.
        (
            "La Habana, 9 mar (Prensa Latina) Obreros reparan una grúa del puerto de la ciudad de Santiago de "
            "Cuba, en el oriente del país. Foto: PL",
            "Santiago de Cuba",
        ),
        (
            "La Habana, 8 mar (EFE).- Niños juegan béisbol en un parque de la ciudad de Camagüey, este "
            "domingo. EFE/Ernesto Mastrascusa",
            "Camagüey",
        ),
        # Control: the dateline's own town named again stays.
        (
            "La Habana, 8 mar (EFE).- Vecinos hacen fila frente a una panadería en la ciudad de La Habana. "
            "EFE/Ernesto Mastrascusa",
            "Havana",
        ),
    ],
)
def test_a_town_the_body_names_over_an_agency_dateline(
    normaliser: Normaliser, caption: str, city: str
) -> None:
    assert located(normaliser, caption, "city", "country_code") == (city, "CU")


@pytest.mark.parametrize(
    ("caption", "sublocation", "city"),
    [
        # EFE's dateline names the town; the body's own chain names the venue in it.
        (
            "Cusco (Perú), 7 mar (EFE).- Fieles rezan en la iglesia de La Compañía, en Cusco (Perú), este "
            "domingo. EFE/Paolo Aguilar Ríos",
            "iglesia de La Compañía",
            "Cusco",
        ),
        (
            "Cusco, 7 mar (EFE).- Turistas recorren la plaza de Armas, en Cusco (Perú), este domingo. "
            "EFE/Paolo Aguilar Ríos",
            "plaza de Armas",
            "Cusco",
        ),
    ],
)
def test_a_venue_in_the_body_after_an_agency_dateline(
    normaliser: Normaliser, caption: str, sublocation: str, city: str
) -> None:
    assert located(normaliser, caption, "sublocation", "city") == (sublocation, city)


@pytest.mark.parametrize(
    ("caption", "sublocation"),
    [
        # Spanish and Portuguese name carnival circuits, power plants and cable cars head first, in lower case.
        (
            "Foliões acompanham o trio elétrico no circuito Osmar, em Salvador, nesta terça-feira (9). "
            "Foto: Rafael Martins Lima/Folhapress",
            "circuito Osmar",
        ),
        (
            "Trabajadores reparan una caldera en la termoeléctrica Felton, en Mayarí (Cuba), este lunes. "
            "EFE/Ernesto Mastrascusa",
            "termoeléctrica Felton",
        ),
    ],
)
def test_a_venue_named_after_its_lower_case_noun(
    normaliser: Normaliser, caption: str, sublocation: str
) -> None:
    assert located(normaliser, caption, "sublocation") == (sublocation,)
