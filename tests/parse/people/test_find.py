"""People shown, with the title or role the caption gives; not people merely mentioned."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._people import find_people, find_people_checked, is_person_name, natural_case
from captions._parse._people._arabic import _ARABIC
from captions._parse._people._chinese import _HAN, _KANA
from captions._parse._people._find import _OWN_SCRIPT_LETTERS
from captions._parse._people._korean import _HANGUL
from captions._parse._people._titled import _SCRIPTS, _THAI


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ukrainian President Volodymyr Zelenskyy speaks during a news conference in Kyiv, Ukraine",
            ["Volodymyr Zelenskyy"],
        ),
        (
            "British Prime Minister Rishi Sunak, left, U.S. President Joe Biden, center, and Australian Prime "
            "Minister Anthony Albanese, right, meet in San Diego",
            ["Rishi Sunak", "Joe Biden", "Anthony Albanese"],
        ),
        ("Supporters of former President Donald Trump gather outside the courthouse in Miami", []),
        # A participle or preposition ends the object; a lower-case word after a name is its verb.
        (
            "Irish Prime Minister Leo Varadkar, right, greets Dutch Prime Minister Mark Rutte outside "
            "Government Buildings in Dublin",
            ["Leo Varadkar", "Mark Rutte"],
        ),
        (
            "Chile's Ana Torres, left, and Peru's Lucia Campos vie for the ball in Lima",
            ["Ana Torres", "Lucia Campos"],
        ),
        # "and her brother ..." is a second subject, not an appositive of the first.
        (
            "Amina Haddad, 9, center, and her sister Salma Haddad, 6, right, wait outside a tent in Adana",
            ["Amina Haddad", "Salma Haddad"],
        ),
        (
            "Dutch Prime Minister Mark Rutte (L) and his Belgian counterpart Alexander De Croo review an honour "
            "guard in The Hague",
            ["Mark Rutte", "Alexander De Croo"],
        ),
        ("Argentine President-elect Javier Milei (C) greets supporters in Buenos Aires", ["Javier Milei"]),
        # The subject of an "as" clause is in the frame too, unless it is carried inside something.
        (
            "Nurses rally outside the hospital as MARIA LOPEZ, head of the local union, speaks to reporters",
            ["Maria Lopez"],
        ),
        (
            "Reporters wait on the tarmac as Air Force One carrying President Joe Biden lands in Des Moines",
            [],
        ),
        (
            "President Joe Biden takes the oath of office as first lady Jill Biden holds the Bible in Washington",
            ["Joe Biden", "Jill Biden"],
        ),
        (
            "This photo provided by NASA shows astronaut Butch Wilmore aboard the space station",
            ["Butch Wilmore"],
        ),
        ("A Russian Army soldier looks through a rifle scope near Popasna", []),
        (
            "This handout photograph released by the presidential press service shows President Emmanuel Macron (C) "
            "during a meeting in Paris",
            ["Emmanuel Macron"],
        ),
        ("Brazil's Vinicius Junior, right, celebrates after scoring in Madrid", ["Vinicius Junior"]),
        ("Cast member Zendaya arrives at the premiere in London", []),
        (
            'Cast member Timothée Chalamet arrives at the premiere of "Dune" in Los Angeles',
            ["Timothée Chalamet"],
        ),
        (
            "A still image taken from video shows Syria's President Bashar al-Assad arriving at the palace in Damascus",
            ["Bashar al-Assad"],
        ),
        ("File photo dated 12-03-2021 of England's Joe Root", ["Joe Root"]),
        ("Mia Jones, 7, plays in the snow in Buffalo", ["Mia Jones"]),
        ("Firefighters battle the Park Fire near Chico", []),
        (
            "Pope Francis waves to faithful as he arrives at St. Peter's Square at the Vatican",
            ["Pope Francis"],
        ),
        ("Britain's King Charles III speaks during a ceremony in London", ["King Charles III"]),
        (
            "Ukraine's President Volodymyr Zelenskyy, right, and U.S. Secretary of State Antony Blinken attend a news "
            "conference in Kyiv",
            ["Volodymyr Zelenskyy", "Antony Blinken"],
        ),
        ("Mara Vance performs on stage at the Accor Arena in Paris", ["Mara Vance"]),
        ("The Peace Tower is seen through fog on Parliament Hill in Ottawa", []),
    ],
)
def test_people_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_role_from_appositive_or_title() -> None:
    people, _ = find_people(
        "Denis Pushilin, head of the self-proclaimed Donetsk People's Republic, inspects a school in Donetsk"
    )
    assert [(p.name, p.description) for p in people] == [
        ("Denis Pushilin", "head of the self-proclaimed Donetsk People's Republic")
    ]
    people, _ = find_people("German Chancellor Olaf Scholz speaks in Berlin")
    assert people[0].description == "German Chancellor"


def test_organisations_named_with_the_people() -> None:
    _, organisations = find_people(
        "India's Adani Group Chairman Gautam Adani addresses a summit in Gandhinagar"
    )
    assert organisations == ["Adani Group"]


@pytest.mark.parametrize(
    ("raw", "natural"),
    [
        ("JULIEN MOREAU", "Julien Moreau"),
        ("SERGEY DOLZHENKO", "Sergey Dolzhenko"),
        ("JEAN-PIERRE O'NEIL", "Jean-Pierre O'Neil"),
        ("LUDOVIC MARIN", "Ludovic Marin"),
        ("Annick deGooyer", "Annick deGooyer"),
        ("RONAN MCDONALD", "Ronan McDonald"),
        # Initials run together before a surname in mixed case stay capitals; a syllable first is a surname.
        ("LM Otero", "LM Otero"),
        ("AJ Mast", "AJ Mast"),
        ("Sergey BOBOK", "Sergey Bobok"),
        ("LI Qiang", "Li Qiang"),
        ("NG Ka-ho", "Ng Ka-ho"),
        ("AA Fotoğraf", "Aa Fotoğraf"),
        # An article opening a French surname keeps its capital; after a particle it is the particle's.
        ("MATHILDE LE GALL", "Mathilde Le Gall"),
        ("Sophie LA FONTAINE", "Sophie La Fontaine"),
        ("RAMÓN DE LA ROCHA", "Ramón de la Rocha"),
        ("OSCAR DEL POZO", "Oscar del Pozo"),
    ],
)
def test_natural_case(raw: str, natural: str) -> None:
    assert natural_case(raw) == natural


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Efrem Lukatsky", True),
        ("Jae C. Hong", True),
        ("SANA", False),
        ("Syria TV", False),
        ("U.S. Navy", False),
        ("Maxar Technologies", False),
        ("Ukrainian Presidential Press Office", False),
        ("Kremlin", False),
    ],
)
def test_person_or_organisation(text: str, person: bool) -> None:
    assert is_person_name(text) is person


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Knowledge, not capitals: a group, a place, a flag, a date are no one; a known given name is.
        ("Fleeing Sudanese seek refuge in Adre, Chad", []),
        ("Displaced Sunni families arrive at a camp outside Mosul", []),
        ("Keur Massar is flooded after heavy rains near Dakar", []),
        ("Hong Kong is seen from Victoria Peak", []),
        ("CCTV OUT - RESTRICTED TO EDITORIAL USE", []),
        ("A farmer plants rice outside Hanoi, Vietnam June 4, 2024", []),
        ("Calistoga Ranch, in the Napa Valley, was destroyed by wildfire", []),
        ("A close-up of a two-coloured Mason Bee on a flower in Kent", []),
        (
            "Masks of Republican candidate Nora Blake (C) and Tom Reyes (2nd L) are seen at a market in Puebla",
            [],
        ),
        ("Storm Ciaran batters the coast near Brest", []),
        # A person cue vouches for a name the source does not know: a person's verb, a role beside it.
        ("Usain Bolt of Jamaica wins the final at the Olympic Stadium", ["Usain Bolt"]),
        (
            "Prabowo Subianto, Indonesia's president, speaks during a ceremony in Jakarta",
            ["Prabowo Subianto"],
        ),
        ("Georgia Tech quarterback Haynes King runs for a touchdown", ["Haynes King"]),
        (
            "Tavita Mulitalo embraces his mother Losana at the airport in Auckland",
            ["Tavita Mulitalo", "Losana"],
        ),
        ("Kaiah, 6, waves a flag during the parade in Halifax", ["Kaiah"]),
        ("Ines Okafor, 31, and her 2-year-old Chidi wait at the clinic in Lagos", ["Ines Okafor", "Chidi"]),
        # Teams and tags: the player is the person, the team an organisation.
        (
            "Denver Broncos quarterback Bo Nix (10) throws against Kansas City Chiefs linebacker Leo Chenal "
            "during the first half in Denver",
            ["Bo Nix", "Leo Chenal"],
        ),
        ("Toronto Raptors Kyle Lowry drives during the second half in Toronto", ["Kyle Lowry"]),
        ("Sen. Tina Smith (D-Minn.) speaks to reporters at the Capitol", ["Tina Smith"]),
        (
            "Defense Minister Kim Yong-hyun (3rd from L, front row) poses with troops in Paju",
            ["Kim Yong-hyun"],
        ),
        (
            "Prime Minister Anna Ruiz, front centre, poses for a photo with Governor General Paul Dube",
            [
                "Anna Ruiz",
                "Paul Dube",
            ],
        ),
        # Title first, name after: an appositive.
        ("Saudi Foreign Minister, Faisal bin Farhan, speaks with reporters in Riyadh", ["Faisal bin Farhan"]),
        (
            "Mayor Lena Hart and the city's chief medical officer of health, Dr. Omar Keane, announce new measures",
            ["Lena Hart", "Omar Keane"],
        ),
        ("Chairman of the Liberal Party, Takeshi Ondara, speaks at a rally in Osaka", ["Takeshi Ondara"]),
        # Objects that are in the frame.
        (
            "This photo provided by KCNA shows leader of the Democratic People's Republic of Korea Kim Jong Un "
            "during an inspection",
            ["Kim Jong Un"],
        ),
        (
            "Handout photo issued by the council of resident Mabel Ortiz at a care home in Leeds",
            ["Mabel Ortiz"],
        ),
        (
            "Mara Lind, left, is embraced by her son, Anton Lind, 9, at the station in Kharkiv",
            [
                "Mara Lind",
                "Anton Lind",
            ],
        ),
        ("British Ambassador to Japan Simon Welby (R) meets students in Tokyo", ["Simon Welby"]),
        # Xinhua's guest is in the picture: "meets with visiting ...".
        (
            "Chinese Premier Li Qiang meets with visiting Singaporean Prime Minister Lawrence Wong in Beijing",
            ["Li Qiang", "Lawrence Wong"],
        ),
        # Reference tags and editors' brackets before and inside the caption.
        (
            "(Original Caption) With Rosalyn Carter watching, Pres. [Jimmy] Carter signs the bill",
            [
                "Rosalyn Carter",
                "Jimmy Carter",
            ],
        ),
        ("(16513246a) English darts player, Luke Fairley during a match in London", ["Luke Fairley"]),
        (
            "a man standing next to a tent: Red Cross volunteer Marc Leduc adjusts a cot in Laval",
            ["Marc Leduc"],
        ),
    ],
)
def test_people_from_knowledge_and_cues(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("El esloveno Tadej Pogacar (UAE Team Emirates) gana la etapa en Andorra", ["Tadej Pogacar"]),
        ("Pedro Sánchez y Juan Espadas, en el mitin de Sevilla", ["Pedro Sánchez", "Juan Espadas"]),
        ("José Ortega y Gasset, en una imagen de archivo en Madrid", ["José Ortega y Gasset"]),
        (
            "El portavoz del Partido Verde, Marta Ruiz Lago, y el secretario general del sindicato, Iñaki "
            "Etxeberria, conversan durante la manifestación",
            ["Marta Ruiz Lago", "Iñaki Etxeberria"],
        ),
        (
            "Los patinadores, Léa Martin y Hugo Blanc durante su actuación en Grenoble",
            ["Léa Martin", "Hugo Blanc"],
        ),
        (
            "Die Ministerpräsidentin von Niedersachsen, Anke Brandt, zeigt sich mit Ehemann Jörg Brandt bei "
            "einer Pressekonferenz in Hannover",
            ["Anke Brandt", "Jörg Brandt"],
        ),
        (
            "Kremlchef Wladimir Putin (l) ist von Machthaber Kim Jong Un empfangen worden",
            [
                "Wladimir Putin",
                "Kim Jong Un",
            ],
        ),
        ("Jürgen Maier (CDU), ehemaliger Landrat, nimmt als Zeuge im Ausschuss Platz", ["Jürgen Maier"]),
        ("Ursula von der Leyen spricht mit Journalisten in Brüssel", ["Ursula von der Leyen"]),
        # A pronoun stands where a one-word name would.
        ("She waves to supporters after the rally in Harrisburg", []),
        ("Ella saluda a los asistentes al acto en Sevilla", []),
        ("Nádia Costa amamenta a filha Rafaela Costa na estação", ["Nádia Costa", "Rafaela Costa"]),
        ("Para Otan, Rússia pretende usar porta-aviões na Síria", []),
        ("Aficionados del Real Madrid celebran en la plaza de Cibeles", []),
        ("Le Premier ministre François Bayrou s'exprime à l'Assemblée nationale", ["François Bayrou"]),
        ("Temporal atinge o Rio de Janeiro e trabalhadores deixam a região central", []),
        (
            "Vladimir Poutine et Barack Obama se toisent pendant le G20 à Hangzhou",
            ["Vladimir Poutine", "Barack Obama"],
        ),
    ],
)
def test_people_in_other_languages(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_people_listed_or_placed_in_later_sentences() -> None:
    people, _ = find_people(
        "Soldiers learn about guns at a camp dance, December 13, 1940",
        [
            "In front row, from left: Pvt. Tom Abel of Newark; Rose Kline, behind the gun, of Trenton; and "
            "Pvt. Vern Lander of Kearny",
            "Back row: Pvts",
            "William Sarto and William Cole of Camden",
        ],
    )
    assert [p.name for p in people] == [
        "Tom Abel",
        "Rose Kline",
        "Vern Lander",
        "William Sarto",
        "William Cole",
    ]
    people, _ = find_people(
        "Pres. Carter slips on the ice near his limousine",
        ["Behind Carter is Lt. Comdr. J. Ball Reason, his aide"],
    )
    assert [p.name for p in people] == ["J. Ball Reason"]
    # A header first ("17 AOÛT."): the caption is the sentence after it.
    people, _ = find_people("17 AOÛT", ["Gisèle Marchand pose à Avignon, le 23 octobre 2024"])
    assert [p.name for p in people] == ["Gisèle Marchand"]


def test_team_before_a_role_is_an_organisation() -> None:
    _, organisations = find_people("Denver Broncos quarterback Bo Nix throws a pass in Denver")
    assert organisations == ["Denver Broncos"]


def test_labels_are_no_names() -> None:
    assert not is_person_name("Foto: Gareth Fuller")
    assert not is_person_name("FP PHOTO")


@pytest.mark.parametrize(
    "hostile",
    [
        "Behind " + "A" * 3000 + " x",
        " ".join(["is walked by"] * 300),
        "Ana Ruiz" + " " * 3000 + "x",
        "from left: " + "; ".join(["Pvt. Ana Ruiz of Town"] * 200),
        "(" * 1000 + "x" + ")" * 1000,
    ],
)
def test_hostile_text_reads_in_linear_time(hostile: str) -> None:
    # A pattern that backtracks would hang here: every cue and name pattern reads untrusted text.
    people, _ = find_people(hostile, [hostile])
    assert isinstance(people, list)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # One word before a verb only people do is someone's name, in any language.
        ("Pelé waves to fans at the Maracanã stadium in Rio de Janeiro", ["Pelé"]),
        ("Lula cumprimenta Macron no Palácio do Planalto, em Brasília", ["Lula", "Macron"]),
        ("Scholz spricht mit Macron im Kanzleramt in Berlin", ["Scholz", "Macron"]),
        ("Meloni parla con Zelensky a Palazzo Chigi, a Roma", ["Meloni", "Zelensky"]),
        ("Messi conversa con Di María durante el entrenamiento en Buenos Aires", ["Messi", "Di María"]),
        # A red carpet's verbs.
        ("Doechii attends the 69th Annual Grammy Awards at Crypto.com Arena in Los Angeles", ["Doechii"]),
        ("Rosalía poses on the red carpet at the Goya Awards in Granada", ["Rosalía"]),
        # A known given name before any verb of people, or before a gerund.
        ("Neymar celebrates after scoring against South Korea in Doha", ["Neymar"]),
        ("Vinicius, marcando el segundo gol ante el Valencia en Mestalla", ["Vinicius"]),
        # No one: a place, a team (a plural verb), a group, an agency, common nouns in German.
        ("Israel celebrates its Independence Day in Jerusalem", []),
        ("Chelsea celebrate winning the FA Cup at Wembley Stadium in London", []),
        ("Zelensky speaks to Reuters during an interview in Kyiv", ["Zelensky"]),
        ("Ursula von der Leyen spricht mit Journalisten in Brüssel", ["Ursula von der Leyen"]),
        # A pronoun stands where a one-word name would.
        ("She waves to supporters after the rally in Harrisburg", []),
        ("Ella saluda a los asistentes al acto en Sevilla", []),
        ("President Emmanuel Macron greets supporters in Le Touquet", ["Emmanuel Macron"]),
    ],
)
def test_people_named_in_one_word(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "person", "team"),
    [
        (
            "Toronto Maple Leafs center Auston Matthews (34) celebrates his goal against the Boston Bruins",
            "Auston Matthews",
            "Toronto Maple Leafs",
        ),
        (
            "Boston Red Sox starting pitcher Chris Sale throws during the first inning against the New York Yankees",
            "Chris Sale",
            "Boston Red Sox",
        ),
        # A role that is also a verb ("guard"), between a team and a name, is the role.
        (
            "Indiana Pacers guard Andrew Nembhard (2) shoots over the Oklahoma City Thunder defense",
            "Andrew Nembhard",
            "Indiana Pacers",
        ),
        (
            "Real Sociedad defender Aritz Elustondo heads the ball clear against Sevilla",
            "Aritz Elustondo",
            "Real Sociedad",
        ),
    ],
)
def test_a_team_before_a_lower_case_role(sentence: str, person: str, team: str) -> None:
    people, organisations = find_people(sentence)
    assert [p.name for p in people] == [person] and team in organisations


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescue workers search for survivors in the rubble of a building in Antakya",
        "Police officers detain a protester near the Place de la République in Paris",
        "Fire crews battle a wildfire near the village of Saint-Andiol",
    ],
)
def test_a_common_noun_before_a_role_is_no_organisation(sentence: str) -> None:
    assert find_people(sentence) == ([], [])


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Editorial use only\nMandatory Credit: Photo by Jane Doe/ITV/Shutterstock (16513246a)\nBen Shephard\n"
            "'Good Morning Britain' TV show, London, UK - 04 Feb 2026",
            ["Ben Shephard"],
        ),
        (
            "Mandatory Credit: Photo by David Fisher/Shutterstock (14012345c)\nSusanna Reid and Richard Madeley\n"
            "'Good Morning Britain' TV show, London, UK - 12 Mar 2024",
            ["Susanna Reid", "Richard Madeley"],
        ),
    ],
)
def test_the_people_line_under_a_picture_number(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Titles of more languages: the title is no organisation, the name after it a person's.
        ("Prezydent Andrzej Duda podczas uroczystości w Warszawie", [("Andrzej Duda", "Prezydent")]),
        ("Premiér Petr Fiala na tiskové konferenci v Praze", [("Petr Fiala", "Premiér")]),
        ("Burgemeester Femke Halsema tijdens de opening in Amsterdam", [("Femke Halsema", "Burgemeester")]),
        # A chunk opening with a preposition is no role: "..., durante la rueda de prensa".
        (
            "La ministra de Hacienda, María Jesús Montero, durante la rueda de prensa en Madrid",
            [("María Jesús Montero", "La ministra de Hacienda")],
        ),
        # The other party of a meeting, in other languages.
        (
            "Wladimir Putin bei einem Treffen mit Xi Jinping in Peking",
            [("Wladimir Putin", None), ("Xi Jinping", None)],
        ),
        (
            "Pedro Sánchez durante su reunión con Emmanuel Macron en el Palacio de la Moncloa",
            [("Pedro Sánchez", None), ("Emmanuel Macron", None)],
        ),
    ],
)
def test_titles_and_meetings_in_other_languages(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.description) for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A date closing the subject's chunks is no one's role.
        (
            "Il presidente Sergio Mattarella riceve i giornalisti, a Roma, 5 marzo 2024",
            [("Sergio Mattarella", "Il presidente")],
        ),
        ("Nadia Comaneci, 14 July 1976, on the beam in Montreal", [("Nadia Comaneci", None)]),
    ],
)
def test_a_date_chunk_is_no_role(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.description) for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Lists of who is in the frame, cued in the caption's language, split at its own "and".
        (
            "Los miembros del Gobierno posan en el Palacio de la Moncloa. (De izq. a dcha.) Pedro Sánchez, Yolanda "
            "Díaz y Nadia Calviño. EFE/Chema Moya",
            ["Pedro Sánchez", "Yolanda Díaz", "Nadia Calviño"],
        ),
        (
            "Die Spitzenkandidaten (v.l.n.r.) Friedrich Merz, Olaf Scholz und Robert Habeck im Studio. "
            "Foto: Kay Nietfeld/dpa",
            ["Friedrich Merz", "Olaf Scholz", "Robert Habeck"],
        ),
        (
            "Van links naar rechts: Mark Rutte, Sigrid Kaag en Wopke Hoekstra in Den Haag. ANP/REMKO DE WAAL",
            ["Mark Rutte", "Sigrid Kaag", "Wopke Hoekstra"],
        ),
    ],
)
def test_lists_of_people_in_other_languages(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Who a player celebrates with or drives past is in the frame; a jersey number is no part of a name.
        (
            "Buffalo Bills quarterback Josh Allen (17) celebrates with wide receiver Stefon Diggs (14) during the "
            "second half in Orchard Park",
            ["Josh Allen", "Stefon Diggs"],
        ),
        (
            "Boston Celtics forward Jayson Tatum (0) drives past Miami Heat forward Jimmy Butler (22) in Boston",
            ["Jayson Tatum", "Jimmy Butler"],
        ),
        ("Fans celebrate with the trophy in Buenos Aires", []),
    ],
)
def test_players_with_and_past_each_other(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_team_owning_a_player_is_named_without_its_possessive() -> None:
    assert "Manchester City" in find_people("Manchester City's Erling Haaland celebrates in Manchester")[1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A title with the "of" of its place or body: the name follows the place.
        ("Mayor of London Sadiq Khan speaks at City Hall", [("Sadiq Khan", "Mayor of London")]),
        ("President of France Emmanuel Macron speaks in Paris", [("Emmanuel Macron", "President of France")]),
        (
            "Archbishop of Canterbury Justin Welby speaks in London",
            [("Justin Welby", "Archbishop of Canterbury")],
        ),
        (
            "Prime Minister of India Narendra Modi greets supporters in Varanasi",
            [("Narendra Modi", "Prime Minister of India")],
        ),
        # A royal title is part of how the name is written.
        ("Crown Princess Victoria of Sweden arrives in Stockholm", [("Crown Princess Victoria", None)]),
        # A group "of" someone names no one shown.
        ("Supporters of President Donald Trump gather in Miami", []),
    ],
)
def test_a_title_of_a_place(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    people, organisations = find_people(sentence)
    assert [(p.name, p.description) for p in people] == expected and "Canterbury" not in organisations


def test_a_given_name_that_is_also_an_org_word_of_another_language() -> None:
    # "Marina" is a navy in Italian and Spanish, and a given name: a name run holding it is still a person's.
    assert names("Brazilian Environment Minister Marina Silva speaks in Brasilia") == ["Marina Silva"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The conjunction of a Nordic, Polish or Czech caption joins two people as "and" does.
        (
            "Statsminister Mette Frederiksen og udenrigsminister Lars Løkke Rasmussen på Christiansborg i København.",
            ["Mette Frederiksen", "Lars Løkke Rasmussen"],
        ),
        (
            "Statsminister Ulf Kristersson och finansminister Elisabeth Svantesson vid en pressträff i Stockholm.",
            ["Ulf Kristersson", "Elisabeth Svantesson"],
        ),
        (
            "Prezydent Andrzej Duda i premier Donald Tusk podczas uroczystości w Warszawie.",
            ["Andrzej Duda", "Donald Tusk"],
        ),
        # Czech "a" is the conjunction there, not the English article.
        (
            "Prezident Petr Pavel a premiér Petr Fiala na Pražském hradě v Praze.",
            ["Petr Pavel", "Petr Fiala"],
        ),
    ],
)
def test_people_joined_in_nordic_polish_and_czech(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leipzigs Xavi Simons jubelt nach dem 2:0 mit Lois Openda.", ["Xavi Simons", "Lois Openda"]),
        ("Kylian Mbappé celebra su gol con Jude Bellingham.", ["Kylian Mbappé", "Jude Bellingham"]),
        ("Marcus Thuram esulta con Lautaro Martinez dopo il gol.", ["Marcus Thuram", "Lautaro Martinez"]),
        # The fans a coach celebrates with are no one named.
        ("Xabi Alonso feiert mit den Fans nach dem Spiel.", ["Xabi Alonso"]),
    ],
)
def test_who_a_player_celebrates_with_in_other_languages(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # "In the picture:" in Polish (also "Nz."), German and Portuguese names who is shown.
        (
            "Uroczystości rocznicowe przed pomnikiem w Gdańsku, 14.08.2025. Nz. Lech Wałęsa. PAP/Adam Warżawa",
            ["Lech Wałęsa"],
        ),
        (
            "Marsz w Warszawie, 11.11.2024. Na zdjęciu: Donald Tusk i Radosław Sikorski. PAP/Adam Warżawa",
            ["Donald Tusk", "Radosław Sikorski"],
        ),
        (
            "Kundgebung in Berlin am 3. März 2024. Im Bild: Olaf Scholz. Foto: Kay Nietfeld/dpa",
            ["Olaf Scholz"],
        ),
        # The list ends with its line: the next line is the caption again in English, its dateline first.
        (
            "Roma, Italia - 2 giugno 2026 - Festa della Repubblica, parata ai Fori Imperiali. Nella foto: Sergio"
            " Mattarella\nRome, Italy - June 2, 2026 - Republic Day parade at the Imperial Forums. In the photo:"
            " Sergio Mattarella\nPh. Mauro Scrobogna/LaPresse",
            ["Sergio Mattarella"],
        ),
    ],
)
def test_in_the_picture_cues_in_other_languages(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


def test_who_a_player_celebrates_a_goal_with() -> None:
    people = find_people(
        "Chelsea's Cole Palmer celebrates scoring their third goal with Nicolas Jackson at Stamford Bridge"
    )[0]
    assert [p.name for p in people] == ["Cole Palmer", "Nicolas Jackson"]
    # Teammates or fans are no one named.
    people = find_people("Lionel Messi celebrates the title with Inter Miami fans in Fort Lauderdale")[0]
    assert [p.name for p in people] == ["Lionel Messi"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Whom people guard, escort or question is in the frame, after an abbreviated title too.
        ("Police officers guard PM Narendra Modi during a rally in Varanasi, India", ["Narendra Modi"]),
        (
            "Sen. Elizabeth Warren, D-Mass., questions Federal Reserve Chair Jerome Powell during a hearing",
            ["Elizabeth Warren", "Jerome Powell"],
        ),
        ("Secret Service agents escort Gov. Ron DeSantis through the crowd in Des Moines", ["Ron DeSantis"]),
        # Who someone shares a moment with.
        ("Fans take selfies with Taylor Swift outside the stadium in Lisbon, Portugal", ["Taylor Swift"]),
        (
            "President Joe Biden with first lady Jill Biden on the South Lawn of the White House",
            ["Joe Biden", "Jill Biden"],
        ),
        # A group clashing with forces names no one.
        ("Palestinians clash with Israeli forces in Hebron, West Bank", []),
        # Titles abbreviated, and a name with an elided particle: "Mgr", "Prof.", "d'Ornellas".
        ("Mgr Pierre d'Ornellas lors de la messe chrismale à Rennes, le 26 mars 2024", ["Pierre d'Ornellas"]),
        ("Prof. Christian Drosten während einer Pressekonferenz in Berlin", ["Christian Drosten"]),
        # A name, then whom it is shown with, in other languages.
        (
            "Il presidente della Repubblica Sergio Mattarella con il presidente francese Emmanuel Macron al "
            "Quirinale, Roma, 5 marzo 2024",
            ["Sergio Mattarella", "Emmanuel Macron"],
        ),
        (
            "Le Premier ministre Gabriel Attal avec le président ukrainien Volodymyr Zelensky à Paris, le 16 "
            "février 2024",
            ["Gabriel Attal", "Volodymyr Zelensky"],
        ),
        (
            "El rey Felipe VI saluda al presidente francés Emmanuel Macron en el Palacio Real de Madrid",
            ["Felipe VI", "Emmanuel Macron"],
        ),
        (
            "Bundespräsident Frank-Walter Steinmeier empfängt den französischen Präsidenten Emmanuel Macron im "
            "Schloss Bellevue",
            ["Frank-Walter Steinmeier", "Emmanuel Macron"],
        ),
        # A queen or king in lower case before one name; "drottning" is no English participle.
        (
            "Kung Carl XVI Gustaf och drottning Silvia vid Nobelfesten i Stockholms stadshus",
            ["Carl XVI Gustaf", "Silvia"],
        ),
        # Finnish told by one word ("ja") where English has none: the spouse is a second person.
        (
            "Presidentti Sauli Niinistö ja puoliso Jenni Haukio linnan juhlissa Helsingissä 6. joulukuuta 2023",
            ["Sauli Niinistö", "Jenni Haukio"],
        ),
        # An ordinal ("45.") is no age: "Obchody" is no one.
        ("Obchody 80. rocznicy wybuchu Powstania Warszawskiego przy pomniku w Warszawie", []),
        # Hong Kong's "Kong" is no Nordic king.
        ("Hong Kong's chief executive John Lee leaves a meeting in Sham Shui Po", ["John Lee"]),
    ],
)
def test_people_after_verbs_prepositions_and_titles(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Президент России Владимир Путин во время встречи с губернатором Курской области в Кремле",
            ["Владимир Путин"],
        ),
        (
            "Президент України Володимир Зеленський та прем'єр-міністр Польщі Дональд Туск під час зустрічі у "
            "Києві",
            ["Володимир Зеленський", "Дональд Туск"],
        ),
        ("Президентът Румен Радев и премиерът Николай Денков в София", ["Румен Радев", "Николай Денков"]),
        ("Председник Србије Александар Вучић разговара са новинарима у Београду", ["Александар Вучић"]),
        # A Cyrillic word that is no given name opens no one's name.
        ("Жители Харькова разбирают завалы после обстрела", []),
    ],
)
def test_people_in_cyrillic_kept_as_written(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_people_in_the_sentences_after_a_header() -> None:
    # dpa's header ("Sport: competition, match, round, venue.") names no one; the caption follows it.
    people, _ = find_people(
        "Fußball: Bundesliga, Bayer Leverkusen - VfB Stuttgart, 20",
        [
            "Spieltag, BayArena",
            "Leverkusens Florian Wirtz (r) jubelt nach seinem Tor zum 2:0 mit Granit Xhaka",
            "Der Sieg war verdient",
        ],
    )
    assert [p.name for p in people] == ["Florian Wirtz", "Granit Xhaka"]
    # dpa names who stands beside the subject in a sentence of its own; so do "At left is ..." lines.
    people, _ = find_people(
        "Bundeskanzler Olaf Scholz (SPD) kommt zur Kabinettssitzung im Kanzleramt",
        ["Neben ihm steht Finanzminister Christian Lindner (FDP)"],
    )
    assert [p.name for p in people] == ["Olaf Scholz", "Christian Lindner"]
    people, _ = find_people(
        "Gov. Kathy Hochul speaks at a news conference in Albany, N.Y.",
        ["At left is Lt. Gov. Antonio Delgado"],
    )
    assert [p.name for p in people] == ["Kathy Hochul", "Antonio Delgado"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The defender or the rival for the puck is in the frame.
        (
            "Philadelphia Eagles quarterback Jalen Hurts (1) throws under pressure from Dallas Cowboys "
            "linebacker Micah Parsons (11) during the first half",
            ["Jalen Hurts", "Micah Parsons"],
        ),
        (
            "Edmonton Oilers forward Leon Draisaitl (29) battles for the puck with Florida Panthers defenceman "
            "Aaron Ekblad (5) during third period NHL hockey action in Edmonton",
            ["Leon Draisaitl", "Aaron Ekblad"],
        ),
        # "Behind him is ...": a sheriff or governor standing there; "Sheriff" is a title.
        (
            "Maricopa County Sheriff Jerry Sheridan, center, speaks during a news conference",
            ["Jerry Sheridan"],
        ),
        # A list cue ahead of the sentence is no reference tag to drop.
        (
            "(L-R) Kacey Musgraves and Brandi Carlile perform onstage during the CMA Awards at Bridgestone Arena",
            ["Kacey Musgraves", "Brandi Carlile"],
        ),
        # A player named in one word after the club's possessive; an assembly is no one.
        ("Bayern Munich's Gnabry celebrates scoring their second goal", ["Gnabry"]),
        ("Israel's Knesset meets in Jerusalem to vote on the budget", []),
        # "premier ministre" is one title: "du Québec" is its body, not the object of a verb.
        (
            "Le premier ministre de l'Ontario, Doug Ford, s'adresse aux médias à Toronto, le mardi 4 février 2025",
            ["Doug Ford"],
        ),
    ],
)
def test_rivals_lists_and_one_word_players(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_who_stands_behind_him() -> None:
    people, _ = find_people(
        "Harris County Sheriff Ed Gonzalez speaks during a news conference in Houston",
        ["Behind him is Texas Gov. Greg Abbott", "Officials said roads were closed"],
    )
    assert [p.name for p in people] == ["Ed Gonzalez", "Greg Abbott"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A body's "of" holds its name together: the person follows its role.
        (
            "Ministry of Defence spokesman Igor Konashenkov speaks during a briefing in Moscow",
            ["Igor Konashenkov"],
        ),
        (
            "Department of Homeland Security Secretary Alejandro Mayorkas testifies on Capitol Hill",
            ["Alejandro Mayorkas"],
        ),
        (
            "Democratic Republic of the Congo's Foreign Minister Therese Kayikwamba Wagner arrives in Kinshasa",
            ["Therese Kayikwamba Wagner"],
        ),
        # The rival a few words on: "drives to the basket against ...".
        (
            "Boston Celtics forward Jayson Tatum (0) drives to the basket against Miami Heat center Bam Adebayo "
            "(13) during the first half",
            ["Jayson Tatum", "Bam Adebayo"],
        ),
        # An article before a name with no title or body still names no one.
        ("The Peace Tower is lit up in Ottawa", []),
    ],
)
def test_names_after_a_body_or_a_rival(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Beside someone, or in a duel with them, in other languages.
        (
            "El centrocampista del Barcelona Pedri celebra su gol junto a Lamine Yamal durante el partido",
            ["Lamine Yamal"],
        ),
        (
            "Dortmunds Julian Brandt (l) im Zweikampf mit Leipzigs Xavi Simons",
            ["Julian Brandt", "Xavi Simons"],
        ),
        ("Liverpool's Mohamed Salah in action with Manchester City's Rodri", ["Mohamed Salah", "Rodri"]),
        (
            "Japan's Takefusa Kubo vies for the ball with Spain's Gavi during the match",
            ["Takefusa Kubo", "Gavi"],
        ),
        # One word, then the team: a player ("Pedri of FC Barcelona in action"); a place is no one.
        ("Bellingham of Real Madrid in action during the Spanish LaLiga soccer match", ["Bellingham"]),
        ("Port of Spain hosts the summit of Caribbean leaders", []),
        # A dateline or slug ahead of " - " is no part of the subject.
        (
            "Rabat - Le Chef du gouvernement, M. Aziz Akhannouch, a présidé la réunion du Conseil",
            ["Aziz Akhannouch"],
        ),
        (
            "Brasília (DF), 05/11/2025 - O presidente Luiz Inácio Lula da Silva durante cerimônia no Palácio",
            ["Luiz Inácio Lula da Silva"],
        ),
        # A club's acronym after a particle is no part of the name.
        (
            "EINDHOVEN - Luuk de Jong van PSV viert de 1-0 met Joey Veerman",
            ["Luuk de Jong", "Joey Veerman"],
        ),
        # A subject that is no one, in German: destroyed houses stand.
        ("Zerstörte Häuser stehen nach dem Hochwasser an der Ahr im Ortskern", []),
        # A city and a round number is no name and age.
        ("Fußball: Bundesliga, VfB Stuttgart, 12", []),
        # Greek, read as written.
        (
            "Ο πρωθυπουργός Κυριάκος Μητσοτάκης προεδρεύει της συνεδρίασης του υπουργικού συμβουλίου",
            ["Κυριάκος Μητσοτάκης"],
        ),
        # Greek roles of the arts before a name.
        (
            "Ο συνθέτης Νίκος Λαμπράκης σε συναυλία στο Ηρώδειο, στην Αθήνα, τον Ιούλιο του 1979",
            ["Νίκος Λαμπράκης"],
        ),
        ("Η ηθοποιός Ελένη Δρακοπούλου στο θέατρο της Επιδαύρου", ["Ελένη Δρακοπούλου"]),
        # A list ends where a credit label starts.
        ("Nella foto: Sergio Mattarella Foto Mario Rossi - LaPresse", ["Sergio Mattarella"]),
    ],
)
def test_duels_datelines_and_scripts(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_header_and_dated_sentences_before_the_caption() -> None:
    # A German sports header of labels and no verb, then the caption.
    people, _ = find_people(
        "Olympia, Milano Cortina 2026, Ski alpin, Abfahrt, Damen, auf der Olimpia delle Tofane",
        ["Mikaela Shiffrin aus den USA in Aktion"],
    )
    assert [p.name for p in people] == ["Mikaela Shiffrin"]
    # TASS: the place, the date, then the caption.
    people, _ = find_people(
        "Москва",
        ["15 мая 2025", "Президент РФ Владимир Путин во время встречи в Кремле", "Встреча прошла в Кремле"],
    )
    assert [p.name for p in people] == ["Владимир Путин"]
    # An English sentence without a verb is a caption, not a header: the next sentence is not read whole.
    people, _ = find_people(
        "A view of the damaged building in Kharkiv, Ukraine, Monday, Jan. 5, 2024",
        ["Ukrainian President Volodymyr Zelenskyy said the strike killed five people"],
    )
    assert people == []


def test_a_name_only_the_sentence_reads_is_doubtful_where_it_could_be_a_place() -> None:
    # No known given name, title or age, and a word of it is a big place's name: a place, likelier.
    people, _, doubtful = find_people_checked(
        "A general view of the Titanic Quarter in Belfast, Northern Ireland, U.K., on Monday"
    )
    assert doubtful == [p.name for p in people if p.name == "Northern Ireland"] == ["Northern Ireland"]
    # The shape alone is no doubt: such names are people's far more often than not.
    people, _, doubtful = find_people_checked("FC Barcelona's Raphinha celebrates scoring their fourth goal")
    assert ([p.name for p in people], doubtful) == (["Raphinha"], [])
    people, _, doubtful = find_people_checked("India's Virat Kohli celebrates his century in Ahmedabad")
    assert ([p.name for p in people], doubtful) == (["Virat Kohli"], [])
    # A known given name, or a title, vouches for the name.
    _, _, doubtful = find_people_checked("Chairman Inejiro Asanuma speaks at a rally in Tokyo")
    assert doubtful == []
    _, _, doubtful = find_people_checked("Kerr County Sheriff Larry Leitha speaks in Kerrville")
    assert doubtful == []


def test_a_doubtful_name_warns_on_the_record(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A general view of the Titanic Quarter in Belfast, Northern Ireland, U.K., on Monday, Aug. 5, 2024. "
        "Photographer: Paul McErlane/Bloomberg"
    )
    assert [w.code for w in record.warnings if w.code == "doubtful_person"] == ["doubtful_person"]
    record = normaliser.normalise(
        "Brazil's Raphinha celebrates scoring during the match in Rio de Janeiro, Brazil, Oct. 10, 2025. "
        "(AP Photo/Bruna Prado)"
    )
    assert [p.name for p in record.persons] == ["Raphinha"]
    assert not [w for w in record.warnings if w.code == "doubtful_person"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Titles of the Baltic, Romanian, Serbian and Malay agencies; a Finnish or Lithuanian locative after
        # the name says where, and is no part of it.
        (
            "Prezidentė Dalia Grybauskaitė Prezidentūroje susitiko su Lenkijos premjeru",
            ["Dalia Grybauskaitė"],
        ),
        ("Valsts prezidents Egils Levits piedalās ceremonijā", ["Egils Levits"]),
        ("Premierul Ilie Bolojan participă la o ședință de guvern", ["Ilie Bolojan"]),
        # "Dan" is a given name, no Malay "dan" (and): the sentence stays Romanian.
        ("Președintele Nicușor Dan participă la ceremonia de la Palatul Cotroceni", ["Nicușor Dan"]),
        ("Predsednik Aleksandar Vučić razgovara sa novinarima", ["Aleksandar Vučić"]),
        ("Tasavallan presidentti Tarja Halonen Helsingissä vierailee", ["Tarja Halonen"]),
        # A Finnish phrase closes with its date, no preposition before it.
        ("Presidentti Tarja Halonen Turussa 6. joulukuuta 2005", ["Tarja Halonen"]),
        ("Real Madrid 3 March 2024", []),
        (
            "KUALA LUMPUR, 5 Okt -- Timbalan Perdana Menteri Datuk Seri Fadillah Yusof menghadiri majlis "
            "perasmian di Kuching hari ini",
            ["Fadillah Yusof"],
        ),
        # A Malaysian governor's office is a title: the name after it, none with no name.
        (
            "KUCHING, 9 Jun -- Yang di-Pertua Negeri Sarawak Tun Wan Junaidi Tuanku Jaafar menyampaikan ucapan "
            "di Kuching hari ini",
            ["Wan Junaidi Tuanku Jaafar"],
        ),
        (
            "KUCHING, 9 Jun -- Ahli-ahli Dewan Undangan Negeri Sarawak mendengar ucapan Yang di-Pertua Negeri "
            "di Kuching hari ini",
            [],
        ),
        # Bulgarian "на" is a title's "of": "the President of Bulgaria Name".
        ("Президентът на България Румен Радев на среща в София", ["Румен Радев"]),
        # Icelandic puts the title after the name, in lower case.
        ("Bjarni Benediktsson forsætisráðherra á Alþingi í gær", ["Bjarni Benediktsson"]),
        # Datelines: a month's name in lower case, a city that is also a given name.
        ("Torino, 3 ottobre 2025 - Lorenzo Musetti in azione durante il torneo", ["Lorenzo Musetti"]),
        ("Alger - Le ministre de l'Intérieur, M. Brahim Merad, a présidé la réunion", ["Brahim Merad"]),
        (
            "3 de mayo de 2025/VALPARAÍSO El presidente Gabriel Boric saluda desde el balcón del Palacio",
            ["Gabriel Boric"],
        ),
        # Not in English: a title after a team is no name's.
        ("A Russian Army soldier walks past a destroyed tank", []),
    ],
)
def test_titles_and_datelines_of_national_agencies(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "doubtful"),
    [
        # Arabic: the words after a title, up to a verb in the present, a preposition or a comma.
        (
            "الرئيس عبد الفتاح السيسي يستقبل رئيس الوزراء اليوناني في قصر الاتحادية بالقاهرة",
            ["عبد الفتاح السيسي"],
            [],
        ),
        (
            "ولي العهد الأمير محمد بن سلمان يلتقي الرئيس الفرنسي إيمانويل ماكرون في الرياض",
            ["محمد بن سلمان", "إيمانويل ماكرون"],
            [],
        ),
        ("الشيخ تميم بن حمد آل ثاني خلال القمة في الدوحة", ["تميم بن حمد آل ثاني"], []),
        # A name running to the sentence's end: read, and not flagged (doubtful_person is kept for a name
        # with a big place's word in it; docs/choices.md).
        ("الرئيس محمود عباس", ["محمود عباس"], []),
        ("متظاهرون في شوارع بيروت، 3 مايو 2025", [], []),
    ],
)
def test_arabic_names_after_a_title(sentence: str, expected: list[str], doubtful: list[str]) -> None:
    people, _, unsure = find_people_checked(sentence)
    assert ([p.name for p in people], unsure) == (expected, doubtful)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Whom a player celebrates or duels with is a person: no known given name needed.
        (
            "Chelsea's Cole Palmer celebrates scoring their second goal with Noni Madueke",
            ["Cole Palmer", "Noni Madueke"],
        ),
        (
            "Newcastle United's Bruno Guimaraes battles for the ball with Brentford's Yoane Wissa",
            ["Bruno Guimaraes", "Yoane Wissa"],
        ),
        # A name beside a player's, written after its team, is a player's too.
        (
            "Tottenham Hotspur's Son Heung-min and Aston Villa's Ezri Konsa battle for the ball",
            ["Son Heung-min", "Ezri Konsa"],
        ),
        # Not a team, nor a place after an owner.
        ("Arsenal's Declan Rice celebrates with the Arsenal fans", ["Declan Rice"]),
    ],
)
def test_players_named_together_in_one_sentence(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The defender a player beats, shoots over or moves the puck past is in the frame.
        (
            "Edmonton Oilers centre Leon Draisaitl (29) moves the puck past Vancouver Canucks defenceman "
            "Filip Hronek (17) during second-period NHL action in Vancouver on Saturday, Jan. 10, 2026",
            ["Leon Draisaitl", "Filip Hronek"],
        ),
        (
            "Denver Nuggets center Nikola Jokic, left, shoots over Phoenix Suns center Mark Williams (15) "
            "during the first half of an NBA basketball game, Sunday, Feb. 8, 2026, in Denver",
            ["Nikola Jokic", "Mark Williams"],
        ),
        (
            "Philadelphia Eagles running back Saquon Barkley (26) runs by Dallas Cowboys linebacker "
            "DeMarvion Overshown (13) during the first half in Arlington, Texas",
            ["Saquon Barkley", "DeMarvion Overshown"],
        ),
        (
            "Toronto Maple Leafs' William Nylander (88) skates with the puck past Ottawa Senators' Jake "
            "Sanderson (85) during first period NHL hockey action in Toronto",
            ["William Nylander", "Jake Sanderson"],
        ),
        # A place or a puddle after the same words is no one.
        ("Smoke rises over Khan Younis after an Israeli strike on Tuesday", []),
        ("A pelican dives over Tampa Bay near St. Petersburg, Fla., on Monday", []),
    ],
)
def test_the_defender_a_player_gets_past_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "O presidente Luiz Inácio Lula da Silva e a primeira-dama Janja Lula da Silva recebem o "
            "presidente da França no Palácio da Alvorada",
            ["Luiz Inácio Lula da Silva", "Janja Lula da Silva"],
        ),
        (
            "El presidente Gustavo Petro y la primera dama Verónica Alcocer saludan desde el balcón de la "
            "Casa de Nariño",
            ["Gustavo Petro", "Verónica Alcocer"],
        ),
        (
            "Le président Emmanuel Macron et la première dame Brigitte Macron accueillent les invités à "
            "l'Elysée",
            ["Emmanuel Macron", "Brigitte Macron"],
        ),
        (
            "President Javier Milei and First Lady Karina Milei arrive at the Casa Rosada in Buenos Aires",
            ["Javier Milei", "Karina Milei"],
        ),
        # Catalan (ACN): a title, then the name in commas.
        (
            "La consellera de Salut, Olga Pané, durant la visita a les noves urgències de l'hospital",
            ["Olga Pané"],
        ),
        ("El conseller d'Interior, Joan Ignasi Elena, atén els mitjans a Barcelona", ["Joan Ignasi Elena"]),
    ],
)
def test_first_ladies_and_catalan_titles(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A role in the plural before two names: the people, not an organisation, are the subject.
        (
            "NASA astronauts Sunita Williams and Butch Wilmore speak to reporters at Johnson Space Center",
            ["Sunita Williams", "Butch Wilmore"],
        ),
        (
            "Democratic senators Chuck Schumer and Cory Booker speak to reporters at the Capitol in Washington",
            ["Chuck Schumer", "Cory Booker"],
        ),
        (
            "Team USA skaters Madison Chock and Evan Bates perform their free dance in Milan, Italy",
            ["Madison Chock", "Evan Bates"],
        ),
        # A company's workers: the plural noun before the verb is no verb, and the company no one.
        ("Kenya Power technicians repair a transmission line in Kisumu on January 8, 2026", []),
        ("Ghana Water workers repair a burst pipe in Accra on Monday", []),
        # A verb in -s stays a verb.
        ("Mara Vance performs at the Ryman Auditorium in Nashville, Tenn.", ["Mara Vance"]),
        (
            "Rory McIlroy watches play on the 18th green during the final round in Augusta, Ga.",
            ["Rory McIlroy"],
        ),
    ],
)
def test_a_plural_noun_after_a_name_is_no_verb(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Whom the one placed by a marker is shown with stands there too.
        (
            "Courtroom sketch of defendant Bryan Kohberger, center, with his attorneys Anne Taylor and Jay "
            "Logsdon during a hearing in Boise, Idaho, on July 2, 2025",
            ["Bryan Kohberger", "Anne Taylor", "Jay Logsdon"],
        ),
        (
            "Detroit Lions head coach Dan Campbell, left, with owner Sheila Ford Hamp after the game in Detroit",
            ["Dan Campbell", "Sheila Ford Hamp"],
        ),
        ("Argentina's Lionel Messi, right, with the trophy in Lusail, Qatar", ["Lionel Messi"]),
        (
            "Sen. John Fetterman, D-Pa., center, with reporters on Capitol Hill in Washington",
            ["John Fetterman"],
        ),
    ],
)
def test_the_people_a_placed_person_is_with(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ANSA and EFE open with the place, then the person after a title in lower case.
        (
            "Bergamo, il sindaco Giorgio Gori alla cerimonia per le vittime del Covid, 18 marzo 2024",
            ["Giorgio Gori"],
        ),
        (
            "Roma, il presidente della Repubblica Sergio Mattarella al Quirinale, 2 giugno 2025",
            ["Sergio Mattarella"],
        ),
        (
            "Sevilla, el alcalde José Luis Sanz durante la procesión del Corpus, 19 junio 2025",
            ["José Luis Sanz"],
        ),
        # A city and nothing after it names no one.
        ("Milano, piazza Duomo sotto la neve, 8 gennaio 2026", []),
    ],
)
def test_a_place_heading_a_caption_is_read_past(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A particle before a word in lower case is a preposition: those named after it are mentioned.
        ("Simpatizantes del presidente Gustavo Petro participan en una marcha en Bogotá, el 1 de mayo", []),
        (
            "Sostenitori della premier Giorgia Meloni sono arrivati nella piazza per il comizio del partito a Roma",
            [],
        ),
        ("Apoiadores da ex-presidente Dilma Rousseff protestam em Brasília", []),
        # Before a capital it stays a particle, or a title's body.
        ("Juan del Castillo habla con los periodistas en Sevilla", ["Juan del Castillo"]),
        ("Ursula von der Leyen spricht mit Journalisten in Brüssel", ["Ursula von der Leyen"]),
        ("O presidente da Câmara, Hugo Motta, fala com jornalistas em Brasília", ["Hugo Motta"]),
        (
            "Il presidente della Repubblica Sergio Mattarella parla al Quirinale, Roma, 2 giugno 2025",
            ["Sergio Mattarella"],
        ),
        ("El presidente del gobierno Pedro Sánchez interviene en el Congreso", ["Pedro Sánchez"]),
        # A picture of someone, as "photo of" in English.
        (
            "Fotografía de archivo del presidente de Chile, Gabriel Boric, mientras saluda desde el balcón "
            "de La Moneda, en Santiago (Chile)",
            ["Gabriel Boric"],
        ),
        ("Fotografía de archivo del 12 de marzo de 2024 de la Casa Rosada en Buenos Aires", []),
    ],
)
def test_a_particle_before_a_lower_case_word_is_a_preposition(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Sentence 1 shows someone unnamed; a later sentence names them: "The woman, NAME, 71, said".
        (
            "A resident is helped into a boat by SES volunteers as floodwaters inundate homes in Grafton, NSW, "
            "Thursday, February 5, 2026. The woman, Joan Whitaker, 71, said the water rose faster than in "
            "2022. (AAP Image/Dan Peled)",
            ["Joan Whitaker"],
        ),
        (
            "A boy sits in the rubble of his home in Rafah, Gaza Strip, Monday, Jan. 5, 2026. The boy, Ahmed "
            "Nasser, 9, lost his father in the strike. (AP Photo/Abdel Kareem Hana)",
            ["Ahmed Nasser"],
        ),
        # No name after it: no one.
        (
            "Police stand at the scene in Perth, Australia, on Jan. 5, 2026. The man, a 45-year-old, was "
            "arrested at the scene. (AAP Image/Richard Wainwright)",
            [],
        ),
    ],
)
def test_a_later_sentence_names_the_one_shown(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


def test_a_dateline_in_capitals_is_not_read_as_a_heading_place() -> None:
    people, organisations = find_people(
        "GOMA, DEMOCRATIC REPUBLIC OF THE CONGO - 02 SEPTEMBER: Governor Peter Cirimwami attends a memorial "
        "service in Goma, Democratic Republic of the Congo, 02 September 2025"
    )
    assert [p.name for p in people] == ["Peter Cirimwami"] and "DEMOCRATIC REPUBLIC" not in organisations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Whom someone is with, named after their tie to them, is in the frame.
        (
            "Bryan Kohberger appears in court with his attorneys Anne Taylor and Jay Logsdon in Moscow, Idaho",
            ["Bryan Kohberger", "Anne Taylor", "Jay Logsdon"],
        ),
        (
            "Defendant Sean Combs sits with his attorney Marc Agnifilo during his trial in New York",
            ["Sean Combs", "Marc Agnifilo"],
        ),
        (
            "Former Rep. Gabby Giffords stands with her husband Sen. Mark Kelly at the Capitol in Washington",
            ["Gabby Giffords", "Mark Kelly"],
        ),
        # A pet or a car is no one.
        ("A woman walks with her dog Max in Central Park in New York", []),
        ("Charles Leclerc poses with his new Ferrari SF-26 in Maranello, Italy", ["Charles Leclerc"]),
    ],
)
def test_the_one_someone_is_with_named_after_their_tie(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A title in the plural before two names is no part of the first.
        (
            "Supreme Court Justices Elena Kagan and Sonia Sotomayor arrive for the State of the Union address",
            ["Elena Kagan", "Sonia Sotomayor"],
        ),
        (
            "Prime Ministers Keir Starmer and Mark Carney meet at 10 Downing Street in London",
            ["Keir Starmer", "Mark Carney"],
        ),
        # A surname in -s stays a surname, and a team's name its affiliation.
        ("Chris Evans speaks at the premiere in Los Angeles", ["Chris Evans"]),
        (
            "Sacramento Kings forward Keegan Murray dunks during the first half in Sacramento",
            ["Keegan Murray"],
        ),
    ],
)
def test_a_title_in_the_plural_before_names(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Fanoušci Viktorie Plzeň během utkání Konferenční ligy proti Fiorentině v Plzni, 27. listopadu 2025",
        "Kibice Legii Warszawa na stadionie przy Łazienkowskiej w Warszawie, 3 listopada 2025",
        "Navijači Dinama Zagreb bodre svoju momčad na stadionu Maksimir u Zagrebu",
        "Fanúšikovia Slovana Bratislava počas zápasu na Tehelnom poli",
    ],
)
def test_the_club_after_its_fans_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Argentine President Javier Milei, accompanied by his sister and Presidential Secretary Karina "
            "Milei, waves to supporters in Buenos Aires, Argentina, October 26, 2025",
            ["Javier Milei", "Karina Milei"],
        ),
        (
            "Spain's King Felipe VI, flanked by Queen Letizia and Princess Leonor, attends the National Day "
            "military parade in Madrid",
            ["King Felipe VI", "Queen Letizia", "Princess Leonor"],
        ),
        ("Fans, escorted by police, march to the stadium before the match in Seville", []),
    ],
)
def test_who_accompanies_the_subject_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Turkish declines a name after an apostrophe: the name is what comes before the ending.
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara'daki Cumhurbaşkanlığı Külliyesi'nde Macaristan Başbakanı "
            "Viktor Orban'ı resmi törenle karşıladı",
            ["Recep Tayyip Erdoğan", "Viktor Orban"],
        ),
        (
            "Dışişleri Bakanı Hakan Fidan, Almanya Dışişleri Bakanı Johann Wadephul'u Ankara'da kabul etti",
            ["Hakan Fidan", "Johann Wadephul"],
        ),
        # An apostrophe inside a name stays: a short first part, or what follows is no Turkish ending.
        ("Chicago Bears cornerback Cre'von LeBlanc runs after the catch in Chicago", ["Cre'von LeBlanc"]),
        ("Irish tenor Liam O'neill sings at the National Concert Hall in Dublin", ["Liam O'neill"]),
    ],
)
def test_a_turkish_case_ending_is_no_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # One word after a role in lower case of someone known by one name.
        (
            "Colombian singer Shakira performs during her concert at Estadio Azteca in Mexico City",
            ["Shakira"],
        ),
        ("Singer Rihanna arrives at the Met Gala in New York", ["Rihanna"]),
        ("Barbadian pop star Rihanna arrives at the Met Gala in New York", ["Rihanna"]),
        ("Brazilian footballer Neymar attends a charity event in Sao Paulo", ["Neymar"]),
        ("La cantante Rosalía actúa en el Palau Sant Jordi de Barcelona, este viernes", ["Rosalía"]),
        ("A cantora Anitta se apresenta no Rio de Janeiro, 3 de outubro de 2025", ["Anitta"]),
    ],
)
def test_one_word_after_a_stage_role_is_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A title with its realm before the name: every word after the realm is the name, known or not.
        (
            "The Emir of Kano Aminu Ado Bayero arrives for the Durbar festival in Kano, Nigeria",
            ["Aminu Ado Bayero"],
        ),
        (
            "Emir of Kano Aminu Ado Bayero greets horsemen during the Durbar festival in Kano",
            ["Aminu Ado Bayero"],
        ),
        # A realm of two words.
        ("Governor of New York Kathy Hochul speaks at a news conference in Albany", ["Kathy Hochul"]),
        # The realm's particle stays with it.
        ("Mayor of Rio de Janeiro Eduardo Paes visits a flooded street in Rio de Janeiro", ["Eduardo Paes"]),
        # The title alone after its article, the name in the next chunk: the title is no one's name.
        (
            "The Prime Minister, Shri Narendra Modi interacting with students at Varanasi, Uttar Pradesh on March 3",
            ["Narendra Modi"],
        ),
        ("The Governor, Gavin Newsom speaks to reporters in Sacramento, California", ["Gavin Newsom"]),
        # A surname that is a title's word, then the player's country: no title of a realm.
        (
            "Travis Head of Australia hits out during the second ODI against India at Adelaide Oval",
            ["Travis Head"],
        ),
        (
            "Joshua King of Norway controls the ball during the qualifier at Ullevaal Stadion in Oslo",
            ["Joshua King"],
        ),
        # A side named for its town, a nickname before it or after it, as South Asia's leagues name them.
        (
            "Travis Head of Sunrisers Hyderabad plays a shot during the IPL match at Rajiv Gandhi International "
            "Stadium in Hyderabad",
            ["Travis Head"],
        ),
        (
            "Joshua King of Lahore Qalandars bats during the PSL match at Gaddafi Stadium in Lahore",
            ["Joshua King"],
        ),
    ],
)
def test_a_title_of_a_place_before_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A street named for someone is no one shown.
        "Shoppers crowd Jalan Tuanku Abdul Rahman ahead of Hari Raya in Kuala Lumpur, Malaysia",
        "Orang ramai membeli-belah di Jalan Tuanku Abdul Rahman, Kuala Lumpur hari ini",
        # An animal's name, after the animal.
        "Giant panda Meng Meng eats bamboo at the Chengdu Research Base of Giant Panda Breeding in Chengdu",
        "Racehorse Enable is paraded at Newmarket, Britain",
        # A place named for someone, its noun in lower case after the name.
        "Charles de Gaulle airport is seen near Paris, France",
        "Abraham Lincoln memorial is lit at dusk in Washington",
        # A place named for a king after its article: the article is the place's, no title's realm.
        "The King Fahd Causeway is seen from Bahrain",
        "The King George V Dock is seen in London",
        # A club in AFP's capitals, its fans after it: no one.
        "Real MADRID fans cheer at Cibeles square in Madrid, Spain",
        "Paris SAINT-GERMAIN fans cheer at the Parc des Princes in Paris",
    ],
)
def test_a_street_an_animal_or_a_club_in_capitals_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


def test_the_keeper_of_a_named_animal_is_shown() -> None:
    assert names("Zookeeper Anna Weber feeds giant panda Meng Meng at Berlin Zoo in Berlin, Germany") == [
        "Anna Weber"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Novak Djokovic of Serbia returns the ball to Carlos Alcaraz of Spain during the US Open in New York",
            ["Novak Djokovic", "Carlos Alcaraz"],
        ),
        (
            "Iga Swiatek of Poland hits a forehand to Aryna Sabalenka of Belarus during the final in Melbourne",
            ["Iga Swiatek", "Aryna Sabalenka"],
        ),
        # Returning to a place is no shot.
        ("Rafael Nadal returns to Manacor after the exhibition match", ["Rafael Nadal"]),
    ],
)
def test_the_player_a_shot_is_played_to_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Catherine, Princess of Wales, attends the Royal Variety Performance at the Royal Albert Hall in London",
            [("Catherine", "Princess of Wales")],
        ),
        (
            "Prince William and Catherine, Princess of Wales, visit a school in Cardiff, Wales",
            [("Prince William", None), ("Catherine", "Princess of Wales")],
        ),
        ("Camilla, Queen Consort, arrives at Westminster Abbey in London", [("Camilla", "Queen Consort")]),
        # A team before a role is no one.
        ("Chelsea, Premier League champions, celebrate at Stamford Bridge in London", []),
    ],
)
def test_a_given_name_alone_before_a_royal_title(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.description) for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Bibi the hippo wades with her calf Tuli in their pool at the Zoo Berlin, Monday, Jan. 5, 2026",
        "Giant panda Mei Lun plays with her twin sister Mei Huan at Zoo Atlanta in Atlanta",
        "Juno the orangutan rests beside her son Bako in the rainforest house of the zoo",
    ],
)
def test_an_animals_kin_are_animals(sentence: str) -> None:
    assert names(sentence) == []


def test_a_keepers_kin_are_people() -> None:
    sentence = "Zookeeper Anna Berg walks with her daughter Mia past the elephant enclosure in Leipzig"
    assert names(sentence) == ["Anna Berg", "Mia"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Max Verstappen of the Netherlands and Oracle Red Bull Racing drives during qualifying at Circuit "
            "Zandvoort",
            ["Max Verstappen"],
        ),
        (
            "Lewis Hamilton of Great Britain and Scuderia Ferrari walks in the paddock before practice",
            ["Lewis Hamilton"],
        ),
    ],
)
def test_racing_teams_are_no_people(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("header", "later", "expected"),
    [
        (
            "Ленинград",
            ["1982 год", "Народный артист СССР Алексей Громов на сцене Кировского театра"],
            ["Алексей Громов"],
        ),
        ("Москва", ["1979 год", "Певица Анна Соколова во время концерта в Кремле"], ["Анна Соколова"]),
        (
            "Warszawa",
            ["1975 r.", "Piosenkarka Anna Nowak podczas koncertu w Sali Kongresowej"],
            ["Anna Nowak"],
        ),
    ],
)
def test_a_year_alone_after_the_place_heads_an_archive_caption(
    header: str, later: list[str], expected: list[str]
) -> None:
    people, _ = find_people(header, later)
    assert [p.name for p in people] == expected


@pytest.mark.parametrize(
    ("main", "later", "expected"),
    [
        # Sentence 1 names the event; a sentence of titled names alone says who is shown (PIXSELL, HINA).
        (
            "12.03.2026., Split - Sjednica Gradskog vijeća u Hrvatskom domu.",
            ["Gradonačelnik Ivo Perić i predsjednica vijeća Ana Jurić.", "Photo: Ivo Cagalj/PIXSELL"],
            ["Ivo Perić", "Ana Jurić"],
        ),
        # A later sentence that says more than the names is not read so.
        (
            "12.03.2026., Split - Sjednica Gradskog vijeća u Hrvatskom domu.",
            ["Gradonačelnik Ivo Perić najavio je novi proračun.", "Photo: Ivo Cagalj/PIXSELL"],
            [],
        ),
    ],
)
def test_a_sentence_of_names_alone_after_the_event_says_who_is_shown(
    main: str, later: list[str], expected: list[str]
) -> None:
    people, _ = find_people(main, later)
    assert [p.name for p in people] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Vietnamese "và", Turkish "ile" and "ve" join the people of the subject.
        (
            "Chủ tịch nước Lương Cường và Tổng thống Pháp Emmanuel Macron tại lễ đón ở Phủ Chủ tịch, Hà Nội.",
            ["Lương Cường", "Emmanuel Macron"],
        ),
        (
            "Dışişleri Bakanı Hakan Fidan ile İtalya Dışişleri Bakanı Antonio Tajani, Ankara'da bir araya geldi.",
            ["Hakan Fidan", "Antonio Tajani"],
        ),
        # A Turkish name in the locative or ablative is where: "Çankaya Köşkü'nde".
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan ile Macaristan Başbakanı Viktor Orban, Çankaya Köşkü'nde görüştü.",
            ["Recep Tayyip Erdoğan", "Viktor Orban"],
        ),
        # A Vietnamese beach after its noun is no one.
        ("Du khách tắm biển tại bãi biển Non Nước, Đà Nẵng, chiều 2/2.", []),
    ],
)
def test_vietnamese_and_turkish_joins(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's Prime Minister speaks to reporters in Tokyo on Monday.",
        "Canada's Governor General arrives at Rideau Hall in Ottawa, Feb. 9, 2026.",
        "UN Secretary General speaks at the General Assembly in New York, Feb. 9, 2026.",
    ],
)
def test_a_title_with_no_name_is_no_one(sentence: str) -> None:
    assert find_people(sentence)[0] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hertha BSC gegen 1. FC Köln: Kölns Torhüter Marvin Schwäbe (l) und Herthas Fabian Reese kämpfen um den Ball.",
            ["Marvin Schwäbe", "Fabian Reese"],
        ),
        (
            "Werder Bremen gegen Borussia Dortmund: Bremens Marco Friedl jubelt nach dem 1:0.",
            ["Marco Friedl"],
        ),
        ("Juventus vs. Roma: Dusan Vlahovic celebrates scoring the opening goal.", ["Dusan Vlahovic"]),
    ],
)
def test_a_header_naming_a_match_by_its_two_teams_names_no_one(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An event's or brand's word in capitals before title-case words names no one.
        (
            "Florence Pugh and Austin Butler attend the EE BAFTA Film Awards and BAFTA Tea Party at the Savoy in "
            "London, England.",
            ["Florence Pugh", "Austin Butler"],
        ),
        (
            "Kacey Musgraves and Jon Batiste attend the MusiCares Gala and GRAMMY Celebration at the Los Angeles "
            "Convention Center on January 30, 2027 in Los Angeles, California.",
            ["Kacey Musgraves", "Jon Batiste"],
        ),
        # A known given name in capitals still opens a name.
        (
            "Singer JENNIE Kim performs onstage at the Fontainebleau in Miami Beach, Florida.",
            ["Jennie Kim"],
        ),
    ],
)
def test_a_word_in_capitals_before_title_case_words_is_an_events_name(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


def test_a_stage_name_with_a_sign_in_its_capitals_is_someones() -> None:
    found = names(
        "US rapper A$AP Rocky and Barbadian singer Rihanna attend the Loewe show in Paris on March 7, 2027."
    )
    assert len(found) == 2
    assert found[0].lower() == "a$ap rocky"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A stage role before one name, after an article too: Portuguese "a fadista", Italian television's hosts.
        ("A fadista Ana Moura canta no Teatro Tivoli, em Lisboa, 5 de março de 2027.", ["Ana Moura"]),
        ("O fadista Camané atua no Coliseu do Porto, 6 de março de 2027.", ["Camané"]),
        (
            "Alessia Marcuzzi e la co-conduttrice Annalisa sul palco del teatro Ariston durante la serata finale, "
            "Sanremo, 12 febbraio 2027.",
            ["Alessia Marcuzzi", "Annalisa"],
        ),
    ],
)
def test_a_stage_role_before_one_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A stage name that opens with a title word is read whole, in its place among the people named.
        (
            "Lady Gaga and her fiancé Michael Polansky leave the Giorgio Baldi restaurant in Santa Monica on "
            "Friday night.",
            ["Lady Gaga", "Michael Polansky"],
        ),
        (
            "Viola Davis and Queen Latifah attend the NAACP Image Awards at the Pasadena Civic Auditorium.",
            ["Viola Davis", "Queen Latifah"],
        ),
    ],
)
def test_a_stage_name_opening_with_a_title_word(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A title closing with a word of place ("Desa", village) is the head's, and the name after it his.
        (
            "Kepala Desa Sutrisno (tengah) memimpin kerja bakti membersihkan saluran irigasi di Desa Sukamaju, "
            "Kabupaten Bogor, Jawa Barat, Minggu (15/3/2026).",
            ["Sutrisno"],
        ),
        # A village named after the word stays a village.
        ("Warga membersihkan lumpur di Desa Sukamaju, Kabupaten Bogor, Minggu (15/3/2026).", []),
    ],
)
def test_a_title_that_closes_with_a_word_of_place(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Un mural con la imagen del expresidente José Mujica en una calle de Montevideo, este lunes.",
        "Des manifestants avec la photo de l'opposant Tundu Lissu devant le tribunal de Dar es Salaam.",
    ],
)
def test_a_picture_held_up_in_other_languages_shows_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A minister's portfolio, "and" in it: its capitalised words end before the name.
        (
            "Minister of Water and Sanitation Pemmy Majodina speaks at the summit in Durban",
            ["Pemmy Majodina"],
        ),
        ("Minister of Agriculture Gaston Tonda addresses farmers in Kinshasa", ["Gaston Tonda"]),
        ("Minister of Fisheries and Livestock Mamadou Diallo visits the port in Conakry", ["Mamadou Diallo"]),
    ],
)
def test_a_portfolio_ends_before_the_ministers_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A plant's or a ship's line's initials close no one's name (Norwegian, Polish nouns capitalised first).
        ("Prosessanlegget Kollsnes LNG ved Bergen i drift", []),
        ("Kontenerowiec CMA CGM przy nabrzeżu w Gdyni", []),
        # A stage name in capitals after a known given name stays a person's.
        ("Charli XCX performs at the O2 Arena in London", ["Charli XCX"]),
    ],
)
def test_initials_with_no_vowel_close_no_name(sentence: str, expected: list[str]) -> None:
    # Case aside: a name's words in capitals are put in natural case ("Charli Xcx").
    assert [n.casefold() for n in names(sentence)] == [n.casefold() for n in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Indonesian ranks, abbreviated before a soldier's or police officer's one name.
        (
            "Serda Wahyudi, prajurit TNI Satgas Kontingen Garuda, berjaga di pos pengamanan di Naqoura, "
            "Lebanon selatan, Selasa (3/3/2026).",
            ["Wahyudi"],
        ),
        (
            "Kompol Hendra Gunawan memeriksa barang bukti di Mapolda Jawa Timur, Surabaya, Senin (2/3/2026).",
            ["Hendra Gunawan"],
        ),
    ],
)
def test_an_indonesian_rank_vouches_for_one_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Simpatizantes sostienen retratos de Salvador Allende durante un acto en Santiago de Chile.",
        "Des manifestants brandissent des portraits de l'ancien président Thomas Sankara à Ouagadougou.",
        "Anhänger halten Bilder von Alexej Nawalny bei einer Kundgebung in Berlin.",
    ],
)
def test_a_picture_of_someone_in_other_languages_shows_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "M." (Monsieur) before another initial is an initial.
        ("Kerala Chief Minister P. K. Vijayan waves to supporters in Kochi, India.", ["P. K. Vijayan"]),
        ("M. K. Stalin, centre, waves to supporters during a rally in Chennai, India.", ["M. K. Stalin"]),
        ("M. Emmanuel Macron reçoit M. Olaf Scholz à l'Élysée.", ["Emmanuel Macron", "Olaf Scholz"]),
        # Initials and a surname, read by a person's verb.
        (
            "Indian playback singer K. S. Chithra performs during a concert in Kochi, India.",
            ["K. S. Chithra"],
        ),
    ],
)
def test_initials_before_a_surname(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A lower-case athlete's role vouches for a name the given-name list does not know.
        (
            "Ethiopian runner Gotytom Gebreslase crosses the finish line in Valencia, Spain.",
            ["Gotytom Gebreslase"],
        ),
        # A fighter's opponent in French.
        (
            "Le lutteur sénégalais Modou Lô (G) affronte Moussa Ndoye lors d'un combat à l'Arène nationale.",
            ["Modou Lô", "Moussa Ndoye"],
        ),
    ],
)
def test_athletes_and_their_opponents(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Someone's kin after an article, then their name between commas: the name is who is shown.
        (
            "The widow of Ghanaian poet Kofi Awoonor, Adzo Awoonor, lays a wreath at a memorial in Accra, Ghana.",
            ["Adzo Awoonor"],
        ),
        ("La hija del cantante Camilo Sesto, Laura Sesto, asiste a un homenaje en Madrid.", ["Laura Sesto"]),
        (
            "Die Tochter von Franz Beckenbauer, Francesca Beckenbauer, spricht in München.",
            ["Francesca Beckenbauer"],
        ),
        # A title and its realm after an article, then its holder between commas.
        (
            "The chief executive of Mahindra Group, Anish Shah, speaks at a forum in Mumbai, India.",
            ["Anish Shah"],
        ),
        (
            "L'évêque de Nice, Mgr Jean-Philippe Nault, bénit les fidèles devant la cathédrale Sainte-Réparate.",
            ["Jean-Philippe Nault"],
        ),
        # The holder's article and title open the chunk after the role.
        ("Le chef de la junte guinéenne, le général Mamadi Doumbouya, à Conakry.", ["Mamadi Doumbouya"]),
        # No name between the commas: no one read.
        ("The mother of a victim, center, cries during a vigil in Uvalde, Texas.", []),
    ],
)
def test_a_role_or_kin_before_the_name_between_commas(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Kikuyu "wa" (son of) inside a name.
        ("Kenyan writer Wanjiku wa Ngugi speaks at a book fair in Nairobi, Kenya.", ["Wanjiku wa Ngugi"]),
        # Three names after a title in lower case, the first unknown to the given-name list.
        (
            "Former Indonesian vice president Try Sutrisno Wibowo waves in Jakarta, Indonesia.",
            ["Try Sutrisno Wibowo"],
        ),
        # A body's one-word title inside the run after an article.
        ("The Green Party MP Sian Berry (centre) at a rally in London.", ["Sian Berry"]),
        ("The King Fahd Causeway is seen from Bahrain.", []),
    ],
)
def test_names_with_particles_three_words_or_a_body_before_them(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_dateline_sentence_is_a_header_and_the_caption_follows() -> None:
    found = find_people(
        "Guadalajara, 14 de febrero de 2027.",
        ["Roberto Alvarado del Guadalajara celebra su gol en el Estadio Akron."],
    )[0]
    assert [p.name for p in found] == ["Roberto Alvarado"]
    # A description before the comma is no place's name: the later sentence is not read for people.
    assert find_people("Zatopená ulice v Opavě, 15. září 2024.", ["Řeka Opava se vylila z břehů."])[0] == []


@pytest.mark.parametrize("dateline", ["Kraków, 5 III 2027 r.", "Szczecin, 15.IX.2026 r."])
def test_a_dateline_with_a_roman_month_is_a_header(dateline: str) -> None:
    # PAP writes the month in Roman numerals: the dateline names no one, the next sentence does.
    found = find_people(dateline, ["Premier Donald Tusk podczas uroczystości na Wawelu."])[0]
    assert [p.name for p in found] == ["Donald Tusk"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A picture named right after the name: depicted there.
        (
            "Fotografía de archivo del expresidente boliviano Evo Morales en un cartel durante una marcha en La Paz.",
            [],
        ),
        ("Former Iraqi leader Saddam Hussein is seen on a mural in Tikrit, Iraq.", []),
        ("L'ancien président Thomas Sankara sur une fresque à Ouagadougou.", []),
        # A place or a scene after the name is no picture.
        ("El presidente Luis Arce en un acto en La Paz.", ["Luis Arce"]),
    ],
)
def test_a_picture_named_after_the_name_shows_no_one(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A kin noun after a possessive, then the kin's given name alone between commas.
        (
            "Chloe Evans, pictured with her brother, Thomas, was found safe in Cardiff last week",
            ["Chloe Evans", "Thomas"],
        ),
        ("Chloe Evans poses with her mother, Sarah, at their home in Cardiff.", ["Chloe Evans", "Sarah"]),
        # A place after the kin noun is no name.
        ("Chloe Evans, pictured with her brother, Cardiff, Wales.", ["Chloe Evans"]),
    ],
)
def test_a_kins_given_name_between_commas(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_an_indonesian_officers_corps_after_his_rank_is_no_part_of_his_name() -> None:
    assert names("Mayor Czi Andi Wijaya meninjau lokasi banjir di Bekasi, Jawa Barat, Rabu (8/4/2026).") == [
        "Andi Wijaya"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wearing a face mask, Senator Lisa Murkowski walks to the Senate chamber", ["Lisa Murkowski"]),
        (
            "Flanked by bodyguards, opposition leader Maria Corina Machado addresses supporters in Caracas",
            ["Maria Corina Machado"],
        ),
        # A name or a town before the comma opens no clause.
        ("Alfred Ndiaye, 23, walks past a market in Dakar", ["Alfred Ndiaye"]),
        ("Holding a candle, a woman mourns at the memorial in Paris", []),
    ],
)
def test_the_subject_after_an_opening_participle_clause(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_an_article_and_a_title_with_no_name_are_no_person() -> None:
    # German's article is a particle too ("van der"); before a title it names an office, no one.
    assert names("Der Bundeskanzler spricht im Bundestag in Berlin am 14. April 2027.") == []


def test_a_feast_named_with_its_weekday_is_no_person() -> None:
    assert names(
        "Bishop Ann Lee leads Easter Sunday Mass at the cathedral in Sydney, Sunday, March 28, 2027."
    ) == ["Ann Lee"]


def test_efes_dateline_is_cut_before_a_title_with_its_article() -> None:
    # EFE closes its dateline with a stop and a hyphen: "MADRID, 24/03/2027.- El presidente del Gobierno, ...".
    sentence = (
        "MADRID, 14/04/2027.- La ministra de Hacienda, Ana Lee, interviene en el Senado este miércoles."
    )
    assert names(sentence) == ["Ana Lee"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A sentence wholly in capitals: its verb ends the name, as in natural case.
        ("PRIME MINISTER KEIR STARMER ARRIVES AT DOWNING STREET IN LONDON", ["Keir Starmer"]),
        ("ANGELA MERKEL WAVES TO SUPPORTERS IN BERLIN", ["Angela Merkel"]),
        ("LIVERPOOL FANS CELEBRATE IN THE STREETS AFTER THE LEAGUE TITLE", []),
    ],
)
def test_a_sentence_in_capitals_ends_its_name_at_the_verb(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A mosque named after a sultan, in the genitive: no one after the title.
        ("Bursa'da tarihi Emir Sultan Camii'nin avlusunda iftar sofrası kuruldu", []),
        # A title that is part of the name still names its holder.
        ("Queen Mary arrives at Christiansborg Palace in Copenhagen", ["Queen Mary"]),
    ],
)
def test_a_title_before_a_place_noun_names_no_one(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A feast before the noun it names: "Eid al-Adha prayers", "Durga Puja prayers".
        "Muslims offer Eid al-Adha prayers at the Badshahi Mosque in Lahore",
        "Muslims offer Eid-ul-Azha prayers at the Eidgah in Dhaka",
        "Devotees offer Durga Puja prayers at a pandal in Kolkata",
    ],
)
def test_a_feast_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


def test_supporters_in_german_are_no_one() -> None:
    # German capitalises its nouns: "Anhänger der Oppositionspartei PTI" are a party's supporters.
    assert names("Anhänger der Oppositionspartei PTI demonstrieren vor dem Obersten Gericht in Lahore") == []


def test_every_script_with_a_reader_of_its_own_opens_the_gate() -> None:
    # A sentence the one search finds no letter in is read as Latin: each reader's letters must be in it.
    readers = (_ARABIC, *_SCRIPTS.values(), _THAI, _HANGUL, _HAN, _KANA)
    for code in range(0x10000):
        char = chr(code)
        if any(letters.search(char) for letters in readers):
            assert _OWN_SCRIPT_LETTERS.search(char), hex(code)
    assert not _OWN_SCRIPT_LETTERS.search("Prime Minister Ána Łukasiewicz’s “visit”, Århus")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ראש הממשלה בנימין נתניהו נואם בכנסת", ["בנימין נתניהו"]),
        ("President Lee Jae-myung (이재명) speaks in Seoul", ["Lee Jae-myung"]),
        ("이재명 대통령이 서울에서 연설하고 있다", ["이재명"]),
    ],
)
def test_sentences_in_other_scripts_still_reach_their_readers(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("A performer dressed as Queen Victoria waves to spectators during the parade in Victoria, B.C.", []),
        ("A man dressed up as Abraham Lincoln poses for pictures outside the Old State Capitol", []),
        ("Un niño disfrazado de Harry Potter llega a la feria del libro en Madrid", []),
        # The one in costume is named: the character alone is dropped.
        ("Morris dancer Tom Pilling, dressed as Robin Hood, performs at the May Day fair", ["Tom Pilling"]),
        ("Dressed as Santa Claus, Tom Pilling hands out presents at the hospital in Derby", ["Tom Pilling"]),
    ],
)
def test_a_character_someone_is_dressed_as_is_no_one_shown(caption: str, expected: list[str]) -> None:
    assert [p.name for p in Normaliser().normalise(caption).persons] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Director Miguel Gomes and cast member Crista Alfaiate pose on the red carpet in Cannes, France",
            ["Miguel Gomes", "Crista Alfaiate"],
        ),
        (
            "Director Tom Hale and cast members Anna Reed and Joe Pike pose on the red carpet in Cannes",
            ["Tom Hale", "Anna Reed", "Joe Pike"],
        ),
    ],
)
def test_a_cast_member_after_and_is_a_title_not_a_verb(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Eallach á dtaispeáint ag Seó Talmhaíochta Chill Airne ar an Domhnach. Grianghraf: Dónall Mac Suibhne",
        "Ceoltóirí ag Féile Chois Cuain i gCill Chainnigh ar an Satharn. Grianghraf: Dónall Mac Suibhne",
        "Cystadleuwyr yn Sioe Frenhinol Cymru yn Llanelwedd ddydd Llun. Llun: Huw Evans",
    ],
)
def test_a_celtic_show_or_festival_opening_with_its_head_noun_is_no_one(caption: str) -> None:
    assert [p.name for p in Normaliser().normalise(caption).persons] == []


def test_the_one_tributes_are_paid_to_on_a_local_page_is_shown() -> None:
    caption = (
        "Tributes have been paid to Gwenllian Parry, who ran the village shop in Llanon for 30 years. "
        "Picture: Huw Evans"
    )
    assert [p.name for p in Normaliser().normalise(caption).persons] == ["Gwenllian Parry"]
