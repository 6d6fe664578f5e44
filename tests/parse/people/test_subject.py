"""The subject of sentence 1: its lists of names, with a position marker or without."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shakira, left, Jennifer Lopez, center, and Gloria Estefan arrive at the Latin Grammy Awards on "
            "Thursday, Nov. 12, 2026, in Las Vegas",
            ["Shakira", "Jennifer Lopez", "Gloria Estefan"],
        ),
        ("Adele, right, and Rich Paul arrive at the premiere in London", ["Adele", "Rich Paul"]),
        # A party's tag before a marker is no one's name.
        (
            "Senate Majority Leader Chuck Schumer greets Sen. Alex Padilla, D-Calif., right, at the Capitol",
            ["Chuck Schumer", "Alex Padilla"],
        ),
    ],
)
def test_one_word_before_a_position_marker_opens_a_list_of_names(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_an_adverb_opening_the_sentence_is_no_one() -> None:
    assert "Earlier" not in names("Earlier, Joe Biden and Jill Biden arrive at the White House")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shubman Gill of India bats during day one of the third Test match between India and England at "
            "Lord's in London",
            ["Shubman Gill"],
        ),
        (
            "Norway's Halvor Egner Granerud soars during the large hill event in Oberstdorf",
            ["Halvor Egner Granerud"],
        ),
        (
            "Austria's Marco Schwarz skis during the men's giant slalom in Alta Badia, Italy",
            ["Marco Schwarz"],
        ),
        ("Coco Gauff of the United States serves to Jessica Pegula during the quarterfinal", ["Coco Gauff"]),
    ],
)
def test_a_sports_verb_says_its_subject_is_a_player(sentence: str, expected: list[str]) -> None:
    assert names(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vinicius Junior of Real Madrid and Gavi of FC Barcelona vie for the ball during the Clasico",
            ["Vinicius Junior", "Gavi"],
        ),
        (
            "Noah Lyles of the United States and Kishane Thompson of Jamaica compete in the 100m final",
            ["Noah Lyles", "Kishane Thompson"],
        ),
        # The followers of someone are not he.
        ("Supporters of Donald Trump and Joe Biden gather outside the courthouse", []),
    ],
)
def test_two_players_each_with_their_side(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_players_side_between_commas_lets_the_list_go_on() -> None:
    sentence = (
        "Jayson Tatum, left, of the Boston Celtics, and Jalen Brunson of the New York Knicks chase a loose ball "
        "during the second half"
    )
    assert names(sentence) == ["Jayson Tatum", "Jalen Brunson"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Portugal's Cristiano Ronaldo, left, and Vitinha celebrate their side's second goal during the Nations "
            "League match in Munich",
            ["Cristiano Ronaldo", "Vitinha"],
        ),
        ("Spain's Rodri, right, and Pedri react after the final whistle in Berlin", ["Rodri", "Pedri"]),
        (
            "Jude Bellingham y Vinicius celebran el primer gol del Real Madrid",
            ["Jude Bellingham", "Vinicius"],
        ),
        # Two teams, no player.
        ("Chelsea and Arsenal players shake hands before the match at Stamford Bridge", []),
        ("Bayern and Dortmund meet in the cup final in Berlin", []),
    ],
)
def test_one_word_beside_a_player_in_the_subject_is_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Members of the band U2, Bono and Adam Clayton, perform at the Sphere in Las Vegas",
            ["Bono", "Adam Clayton"],
        ),
        (
            "Members of the Swiatek camp, coach Wim Fissette and physio Maciej Ryszczuk, watch from the box",
            ["Wim Fissette", "Maciej Ryszczuk"],
        ),
        (
            "Supporters of former President Jair Bolsonaro, who is under house arrest, pray outside his home",
            [],
        ),
    ],
)
def test_names_between_commas_after_a_group_are_of_the_group_shown(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "(L-R) Zendaya, Tom Holland and Jacob Batalon attend the premiere in Los Angeles",
            ["Zendaya", "Tom Holland", "Jacob Batalon"],
        ),
        (
            "From left, Rihanna, Lewis Hamilton and Pharrell Williams arrive at the gala",
            ["Rihanna", "Lewis Hamilton", "Pharrell Williams"],
        ),
        (
            "(L-R) Tom Holland, Zendaya and Jacob Batalon attend the premiere in Los Angeles, California",
            ["Tom Holland", "Zendaya", "Jacob Batalon"],
        ),
    ],
)
def test_one_word_in_a_list_of_the_people_shown_is_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_kin_noun_heads_the_name_that_follows_between_commas() -> None:
    sentence = "Widow of slain journalist Daniel Pearl, Mariane Pearl, speaks at a memorial in Los Angeles"
    assert names(sentence) == ["Mariane Pearl"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Premier Donald Tusk, minister zdrowia Izabela Leszczyna i wicepremier Krzysztof Gawkowski podczas "
            "konferencji prasowej w Warszawie, 12 bm.",
            ["Donald Tusk", "Izabela Leszczyna", "Krzysztof Gawkowski"],
        ),
        (
            "Prezydent Karol Nawrocki (C), wicepremier, minister cyfryzacji Krzysztof Gawkowski (P) i marszałek "
            "Szymon Hołownia (L) podczas uroczystości w Warszawie.",
            ["Karol Nawrocki", "Krzysztof Gawkowski", "Szymon Hołownia"],
        ),
        (
            "Joe Biden, president of the United States, speaks at the White House in Washington.",
            ["Joe Biden"],
        ),
    ],
)
def test_a_lower_case_title_and_a_name_after_a_comma_is_the_next_person(
    sentence: str, expected: list[str]
) -> None:
    assert sorted(names(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Arsenal's Bukayo Saka in action", ["Bukayo Saka"]),
        (
            "Arsenal's Bukayo Saka in action with Liverpool's Andrew Robertson",
            ["Bukayo Saka", "Andrew Robertson"],
        ),
        ("Manchester City in action against Arsenal", []),
    ],
)
def test_in_action_is_the_predicate_of_a_player(sentence: str, expected: list[str]) -> None:
    # The sports desks' "X in action" has no verb: the phrase says X is someone playing, as a verb would.
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A craft's name and its number before the craft's noun: no one, and the number is no age.
        "Europe's Vega C rocket, carrying a Sentinel satellite, lifts off from Kourou, French Guiana, on Dec. 3, "
        "2026.",
        "Europe's Ariane 6 rocket lifts off from the launch pad in Kourou, French Guiana, on March 6, 2027.",
        "NASA's Orion spacecraft splashes down in the Pacific Ocean off San Diego, Calif., April 10, 2027.",
    ],
)
def test_a_crafts_name_before_its_noun_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A stage's verb in the singular after one word: a stage name.
        ("Wizkid performs at the O2 Arena in London, Britain, March 21, 2026.", ["Wizkid"]),
        ("Doechii performs during the music festival at the Empire Polo Club in Indio, Calif.", ["Doechii"]),
        # A band in the plural names no one.
        ("Coldplay perform during their concert at Wembley Stadium in London.", []),
    ],
)
def test_a_stage_name_before_a_verb_of_the_stage(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A mission's, a ship's or a side's name before its crew, astronauts or team is no one's.
        ("Expedition 76 crew members harvest lettuce aboard the International Space Station", []),
        ("Artemis II crew members pose for a photo at Kennedy Space Center in Florida", []),
        ("Hermione crew members climb the rigging as the frigate arrives in Bordeaux", []),
        ("Expedition 73 astronauts train in the Neutral Buoyancy Laboratory in Houston", []),
        # The names after the crew noun are the people shown.
        (
            "Crew-12 astronauts Jessica Meir and Jack Hathaway walk out to the van",
            ["Jessica Meir", "Jack Hathaway"],
        ),
    ],
)
def test_a_crews_name_before_its_noun_is_no_one(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An age after a chunk is its last name's: the animal opening the subject is no one aged 2.
        ("Fiona the hippo swims with her brother Fritz, 2, at the Cincinnati Zoo in Ohio", []),
        ("Harmony, 5, wipes her eyes outside the shelter in Los Angeles", ["Harmony"]),
        # One word and a number with no comma names a vehicle or a road, no one of that age.
        ("Tram 28 squeezes through the narrow lanes of the Alfama district in Lisbon", []),
        ("Trolleybus 11 waits at a stop in Sofia", []),
        ("Route 66 runs past a diner in Kingman, Arizona", []),
        ("Mia Jones 7 feeds ducks at a pond in York", ["Mia Jones"]),
    ],
)
def test_an_age_belongs_to_the_chunks_last_name(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Giorgia Meloni e Antonio Tajani durante la conferenza stampa a Roma",
            ["Giorgia Meloni", "Antonio Tajani"],
        ),
        ("Jan Novak e Anna Rossi a Roma", ["Jan Novak", "Anna Rossi"]),
        # A lone surname after the conjunction is part of one name.
        ("José Ortega y Gasset", ["José Ortega y Gasset"]),
    ],
)
def test_two_full_names_joined_by_another_languages_and_are_two_people(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "JPMorgan Chase Chairman and CEO Jamie Dimon speaks at the Economic Club in Washington",
            ["Jamie Dimon"],
        ),
        ("Nvidia Founder and CEO Jensen Huang holds up a chip in Taipei", ["Jensen Huang"]),
        # The second title's first word is a verb's too ("boards a plane"): a title's word here.
        (
            "Harbor Energy Chairman and board member Ingrid Solberg arrives for the shareholder meeting",
            ["Ingrid Solberg"],
        ),
        # Two people, each with a title: no title closes the first part.
        (
            "Ford President and CEO Jim Farley and Executive Chair Bill Ford pose in Dearborn",
            ["Jim Farley", "Bill Ford"],
        ),
    ],
)
def test_a_company_and_two_titles_joined_by_and_name_one_man(sentence: str, expected: list[str]) -> None:
    assert sorted(names(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenya's Agnes Ngetich leads Ethiopia's Tsigie Gebreselama and Ejgayehu Taye in the final in Tokyo",
            ["Agnes Ngetich", "Tsigie Gebreselama", "Ejgayehu Taye"],
        ),
        (
            "Norway's Jakob Ingebrigtsen runs ahead of Kenya's Reynold Cheruiyot and Australia's Cameron Myers "
            "in the final in Nanjing",
            ["Jakob Ingebrigtsen", "Reynold Cheruiyot", "Cameron Myers"],
        ),
        (
            "Jamaica's Shericka Jackson leads the Netherlands' Femke Bol and Poland's Natalia Kaczmarek in Torun",
            ["Shericka Jackson", "Femke Bol", "Natalia Kaczmarek"],
        ),
        # A country's landmarks: one part is no one's name, so neither is the other.
        ("Japan's Mount Fuji and Lake Kawaguchi are seen from Fujikawaguchiko", []),
        ("Ethiopia's Great Renaissance Dam and Lake Tana are seen from above", []),
    ],
)
def test_full_names_after_a_countrys_possessive_are_its_athletes(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_vom_and_a_club_after_a_player_leave_the_next_player_in_the_subject() -> None:
    sentence = (
        "Jamal Musiala vom FC Bayern München und Konrad Laimer jubeln über das 2:0 in der Allianz Arena"
    )
    assert names(sentence) == ["Jamal Musiala", "Konrad Laimer"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Clubs named after their towns, both before the players' noun: no one named.
        ("Italy's Inter Milan and AC Milan players shake hands before the derby at San Siro", []),
        ("Spain's Real Betis and Sevilla FC fans cheer before the derby in Seville", []),
        # A player's name beside a club's before the noun stays.
        ("Lionel Messi and Inter Miami players celebrate the title in Fort Lauderdale", ["Lionel Messi"]),
    ],
)
def test_clubs_before_their_players_noun_name_no_one(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "France's Charles de Gaulle aircraft carrier sails off Brest during a naval exercise",
        "Britain's HMS Prince of Wales aircraft carrier leaves Portsmouth harbour",
        "The Abraham Lincoln carrier strike group sails in the Arabian Sea",
    ],
)
def test_a_ship_named_for_someone_before_its_noun_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A passive only a person undergoes vouches for a name no given name of which is known.
        ("Leeds Rhinos' Kwabena Osei is tackled by Hull FC's Liam Cassidy at Headingley", ["Kwabena Osei"]),
        (
            "Chelsea's Tosin Adarabioyo is fouled by Arsenal's Declan Rice at Stamford Bridge",
            ["Tosin Adarabioyo"],
        ),
        # A place that "is flooded" is no one.
        ("Keur Massar is flooded after heavy rain in Dakar", []),
    ],
)
def test_a_passive_only_people_undergo_names_the_subject(sentence: str, expected: list[str]) -> None:
    assert names(sentence)[:1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Getty's verbless sports caption: the player, "of" his side, then the event.
        (
            "Siyabonga Ngezana of Mamelodi Sundowns during the Betway Premiership match between Mamelodi Sundowns "
            "and Golden Arrows at Loftus Versfeld Stadium",
            ["Siyabonga Ngezana"],
        ),
        # A body named before "of" is no one.
        ("National Museum of Scotland during the night of museums in Edinburgh", []),
    ],
)
def test_a_player_of_his_side_during_the_event(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Portuguese joins two surnames with "e": one name, after a comma as after a title.
        (
            "O primeiro-ministro cabo-verdiano, Ulisses Correia e Silva, durante a sessão parlamentar na "
            "Assembleia Nacional, na cidade da Praia",
            ["Ulisses Correia e Silva"],
        ),
        ("O deputado António Pires e Costa discursa na Assembleia Nacional", ["António Pires e Costa"]),
        # Two full names with "e" between them stay two people.
        (
            "O Presidente moçambicano, Daniel Chapo, e o primeiro-ministro, Adriano Maleiane, durante uma "
            "cerimónia em Maputo",
            ["Daniel Chapo", "Adriano Maleiane"],
        ),
    ],
)
def test_portuguese_e_joins_two_surnames(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
