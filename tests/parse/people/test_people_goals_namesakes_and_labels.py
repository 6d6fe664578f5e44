"""People shown: a goal celebrated by one word, places named after someone, a surname that is a
credit's label word, a file picture of someone in the Romance languages, Indonesian "bernama", the one who
took the picture."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._people import is_person_name


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A goal is a player's: one word before "comemora gol", "celebrates scoring", "celebra su gol" names him.
        (
            "Raphinha comemora gol do Barcelona contra o Girona no Camp Nou, neste domingo. Foto: Joana Prates/Reuters",
            ["Raphinha"],
        ),
        (
            "Saka celebrates scoring their second goal against Everton at the Emirates Stadium in London on Sunday. "
            "REUTERS/Tom Harlow",
            ["Saka"],
        ),
        ("Pedri celebra su gol ante el Getafe en Barcelona este sábado. EFE/Marta Coll", ["Pedri"]),
        # A team is a place or a known club: it celebrates no one's goal.
        ("Flamengo comemora gol contra o Vasco no Maracanã, neste domingo. Foto: Lia Moura/Estadão", []),
        # A protected land or a park named after someone is no one shown.
        (
            "Ansel Adams Wilderness is seen from a road near Mammoth Lakes, California, on Friday. "
            "AP Photo/Dana Pike",
            [],
        ),
        ("Tourists walk along the Santa Monica Pier in California on Sunday. AP Photo/Dana Pike", []),
        # "Fuente" is a credit's label word ("Fuente: X"), but after "de la" a surname's.
        (
            "Luis de la Fuente, Spain's coach, speaks at a news conference in Las Rozas on Tuesday. EFE/Iker Sanz",
            ["Luis de la Fuente"],
        ),
        # A file picture of someone: "Foto de archivo de X", whose next words' case tells a title from "archivo".
        ("Foto de archivo de Gustavo Petro en Bogotá. EFE/Camilo Reyes", ["Gustavo Petro"]),
        (
            "Foto de archivo del presidente colombiano Gustavo Petro en Bogotá. EFE/Camilo Reyes",
            ["Gustavo Petro"],
        ),
        ("Foto d'archivio di Giorgia Meloni a Roma. ANSA/Paolo Sani", ["Giorgia Meloni"]),
        ("Foto de archivo de la catedral de Sevilla. EFE/Raúl Caro", []),
        # Indonesian "bernama" (named) vouches for a one-word name.
        (
            "Warga bernama Sutarno (62) membersihkan rumahnya setelah banjir di Demak, Jawa Tengah, Selasa "
            "(18/5/2027). ANTARA FOTO/Rina Dewi",
            ["Sutarno"],
        ),
        (
            "Seorang pedagang bernama Wati melayani pembeli di Pasar Beringharjo, Yogyakarta, Senin (17/5/2027). "
            "ANTARA FOTO/Rina Dewi",
            ["Wati"],
        ),
        # The one who took the picture is behind the camera, as a page credits a reader's picture.
        (
            "Image source, Sarah Holt\nImage caption, Sarah Holt took this picture of the flooded lane in Marlow on "
            "Wednesday evening",
            [],
        ),
        ("Tom Reed filmed the video of the landslide near Keswick on Monday. Photo: Tom Reed", []),
        ("Sarah Holt walks along the flooded lane in Marlow on Wednesday. Photo: Tom Reed", ["Sarah Holt"]),
    ],
)
def test_people_shown_s32(normaliser: Normaliser, caption: str, expected: list[str]) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


def test_a_label_word_after_a_particle_is_a_surname() -> None:
    assert is_person_name("Luis de la Fuente")
    assert not is_person_name(
        "Ana Ruiz Fuente"
    )  # a label closing the name: "... Fuente" as a credit writes it
