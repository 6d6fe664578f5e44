"""People shown: Malay sport roles before a comma, a given name no
list holds after a team's possessive, a whole name before an age, the opponent after a match or goal and
"against" in other languages, a role after its article before its holder's name between commas, a minister's
portfolio after "for", and "controls" as a player's verb."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._vocabulary import vocabulary


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The opponent of a racket stroke played "against" is left out, as the hold-outs' gold reads him.
        (
            "Carlos Alcaraz of Spain plays a forehand against Jannik Sinner of Italy during the men's final in "
            "Paris, France. (Photo by Clive Brunskill/Getty Images)",
            ["Carlos Alcaraz"],
        ),
        # Malay sport roles, then a comma and the pair or player: NSTP's and Bernama's captions.
        (
            "Gandingan beregu lelaki negara, Man Wei Chong-Tee Kai Wun meraikan kemenangan di Axiata Arena, "
            "Bukit Jalil, semalam. - Foto NSTP/ASYRAF HAMZAH",
            ["Man Wei Chong", "Tee Kai Wun"],
        ),
        (
            "Pemain perseorangan negara, Lee Zii Jia meraikan kemenangan di Axiata Arena, Bukit Jalil, semalam. - "
            "Foto NSTP/ASYRAF HAMZAH",
            ["Lee Zii Jia"],
        ),
        (
            "Gandingan beregu lelaki negara meraikan kemenangan di Axiata Arena, Bukit Jalil, semalam. - Foto "
            "NSTP/ASYRAF HAMZAH",
            [],
        ),
        # After a team's possessive, a given name no list holds opens the name; no second team.
        (
            "Deportivo Tachira's Yeferson Ramirez Solano in action during the Copa Libertadores match in San "
            "Cristobal, Venezuela. REUTERS/Leonardo Fernandez Viloria",
            ["Yeferson Ramirez Solano"],
        ),
        (
            "Aston Villa's Ollie Watkins celebrates scoring their first goal at Villa Park in Birmingham, Britain. "
            "REUTERS/Carl Recine",
            ["Ollie Watkins"],
        ),
        # A whole name before an age, though no list knows a word of it.
        (
            "Tipene Rawiri, 27, appears for sentencing in the High Court at Auckland, Friday, July 16, 2027. "
            "(Tane Mathieson/New Zealand Herald via AP)",
            ["Tipene Rawiri"],
        ),
        (
            "Justice Rawiri, 62, arrives at the courthouse in Wellington, New Zealand, on Friday. (AP Photo/Mark "
            "Baker)",
            ["Rawiri"],
        ),
        # The opponent after a match or goal and "against", in other languages.
        (
            "BARCELONA, 14/07/2027.- El delantero del FC Barcelona Robert Lewandowski celebra un gol ante Thibaut "
            "Courtois del Real Madrid en el Estadi Olímpic. EFE/ Alejandro García",
            ["Robert Lewandowski", "Thibaut Courtois"],
        ),
        (
            "ROTTERDAM - Santiago Gimenez van Feyenoord juicht na zijn doelpunt tegen Jordan Henderson van Ajax in "
            "De Kuip op 18 juli 2027. ANP PIETER STAM DE JONGE",
            ["Santiago Gimenez", "Jordan Henderson"],
        ),
        (
            "Harry Kane vom FC Bayern jubelt nach seinem Tor gegen Gregor Kobel von Borussia Dortmund in der "
            "Allianz Arena. Foto: Sven Hoppe/dpa",
            ["Harry Kane", "Gregor Kobel"],
        ),
        # ... not a team, nor whom a protest is against.
        (
            "Vinicius Junior celebra su gol ante el Getafe en el estadio Santiago Bernabéu de Madrid. EFE/ Juanjo "
            "Martín",
            ["Vinicius Junior"],
        ),
        (
            "El delantero del América Henry Martín festeja un gol contra Cruz Azul durante el partido en el Estadio "
            "Banorte de Ciudad de México. (Foto de Alfredo ESTRELLA / AFP)",
            ["Henry Martín"],
        ),
        (
            "This photo provided by KCNA shows top leader of the Democratic People's Republic of Korea (DPRK) Kim "
            "Jong Un during an inspection of an army unit. [Xinhua]",
            ["Kim Jong Un"],
        ),
        (
            "Miles de personas protestan contra Javier Milei frente al Congreso en Buenos Aires. EFE/ Juan Ignacio "
            "Roncoroni",
            [],
        ),
        # A role after its article, a comma, then its holder's name between commas.
        (
            "La mairesse de Montréal, Valérie Plante, salue les citoyens à l'hôtel de ville, lundi. Photo: "
            "Valérian Desrochers Le Devoir",
            ["Valérie Plante"],
        ),
        (
            "Os jogadores do Sporting, Pedro Gonçalves e Francisco Trincão, festejam o golo em Alvalade. ANTÓNIO "
            "COTRIM/LUSA",
            ["Pedro Gonçalves", "Francisco Trincão"],
        ),
        (
            "Alger – Le wali d'Alger, M. Mohamed Abdenour Rabehi, a inspecté lundi les travaux du métro. (APS)",
            ["Mohamed Abdenour Rabehi"],
        ),
        # ... not a place after a place.
        ("La playa de Ipanema, Rio de Janeiro, al atardecer del domingo. EFE/Antonio Lacerda", []),
        # "for" and a minister's portfolio after the title, before the name.
        (
            "Minister for Foreign Affairs Penny Wong speaks to the media at Parliament House in Canberra, "
            "Thursday, July 15, 2027. AAP Image/Lukas Coch",
            ["Penny Wong"],
        ),
        (
            "Minister for Health Mark Butler and Prime Minister Anthony Albanese visit a clinic in Sydney, Friday, "
            "July 16, 2027. AAP Image/Dean Lewins",
            ["Mark Butler", "Anthony Albanese"],
        ),
        # ... not whom supporters wait for.
        (
            "Supporters wait for President Donald Trump at a rally in Butler, Pennsylvania. REUTERS/Brendan "
            "McDermid",
            [],
        ),
        # "controls" ends the subject, a player's verb.
        (
            "Bolivar's Yomar Rocha Arias controls the ball during the Copa Libertadores match in La Paz, Bolivia. "
            "REUTERS/Claudia Morales",
            ["Yomar Rocha Arias"],
        ),
    ],
)
def test_people_shown_s33(normaliser: Normaliser, caption: str, expected: list[str]) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


def test_a_dutch_club_of_one_word_after_a_surname() -> None:
    # "van Feyenoord" after a surname that is no given name is the club; "Jan Peter van Dijk" keeps his "van".
    normaliser = Normaliser()
    assert [p.name for p in normaliser.normalise("Jan Peter van Dijk spreekt in Den Haag.").persons] == [
        "Jan Peter van Dijk"
    ]


def test_a_french_past_tense_is_no_description() -> None:
    # "a inspecté": French "a" is the verb that ends the subject, not a role given the name before it.
    record = Normaliser().normalise(
        "Le wali d'Oran, M. Samir Chibani, a inspecté mardi les travaux du port. (APS)"
    )
    assert [(p.name, p.description) for p in record.persons] == [("Samir Chibani", "M.")]


def test_for_after_a_title_is_masked_with_its_portfolio() -> None:
    # The text keeps its length; "for" after a title is no longer a space-separated preposition.
    v = vocabulary("en")
    text = "Minister for Finance Paschal Donohoe speaks"
    masked = v.mask_titles(text)
    assert len(masked) == len(text)
    assert " for " not in masked
    assert " for " in v.mask_titles("Supporters wait for President Donald Trump")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Rugby positions, a contest's entrant and a council's member, in lower case after who they play for.
        ("Chiefs wing Tevita Mahe runs in a try at FMG Stadium in Hamilton on Saturday.", ["Tevita Mahe"]),
        (
            "Munster fly-half Cian Doherty kicks a penalty at Thomond Park in Limerick on Friday.",
            ["Cian Doherty"],
        ),
        (
            "Heavy events competitor Ally Grant tosses the caber at the Braemar Gathering on Saturday.",
            ["Ally Grant"],
        ),
        ("Local councillor Aoife Brennan opens the new playground in Tralee on Monday.", ["Aoife Brennan"]),
        # A building's wing is no one's title.
        ("The hospital opened its new wing on Saturday in Galway.", []),
    ],
)
def test_lower_case_roles_after_a_team_or_body(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected
