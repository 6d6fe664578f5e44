"""People shown besides the subject: the players numbered, the ones a player celebrates or duels with."""

from __future__ import annotations

import pytest

from captions._parse._people import find_people
from captions._parse._people._objects import _marked


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


def described(sentence: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.description) for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kansas City Chiefs running back Isiah Pacheco (10) breaks away from Buffalo Bills linebacker "
            "Terrel Bernard (43) during the second half of an NFL football game, Sunday, Nov. 8, 2026",
            ["Isiah Pacheco", "Terrel Bernard"],
        ),
        (
            "Seattle Kraken center Jared McCann (19) shoots in front of Vancouver Canucks goaltender Kevin "
            "Lankinen (32) during the first period of an NHL hockey game in Seattle",
            ["Jared McCann", "Kevin Lankinen"],
        ),
        (
            "Boston Celtics guard Derrick White (9) drives as Orlando Magic forward Franz Wagner (22) "
            "defends during the first half of an NBA basketball game",
            ["Derrick White", "Franz Wagner"],
        ),
    ],
)
def test_a_player_with_a_shirt_number_is_in_the_frame(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_numbered_player_keeps_the_role_the_whole_phrase_gives() -> None:
    sentence = (
        "Green Bay Packers wide receiver Romeo Doubs (87) catches a pass in front of Minnesota Vikings "
        "cornerback Byron Murphy Jr. (7) during the first half"
    )
    assert described(sentence)[0] == ("Romeo Doubs", "Green Bay Packers wide receiver")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Winnipeg Jets' Kyle Connor (81) celebrates his goal against the Calgary Flames with teammate "
            "Mark Scheifele during the third period in Winnipeg",
            ["Kyle Connor", "Mark Scheifele"],
        ),
        (
            "Declan Rice of Arsenal celebrates scoring his team's third goal with teammate Bukayo Saka during "
            "the Premier League match",
            ["Declan Rice", "Bukayo Saka"],
        ),
        (
            "Ferrari's Charles Leclerc celebrates on the podium with Mercedes' George Russell after the race",
            ["Charles Leclerc", "George Russell"],
        ),
        # Fans and a trophy are no one.
        ("Lionel Messi celebrates his goal with fans at Chase Stadium in Fort Lauderdale", ["Lionel Messi"]),
        ("Lionel Messi celebrates the title with the MLS Cup trophy", ["Lionel Messi"]),
    ],
)
def test_whom_a_player_celebrates_with_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Barcelona's Spanish midfielder #08 Pedri (L) vies with Girona's Dutch defender #04 Daley Blind "
            "during the Spanish league football match",
            [("Pedri", "Barcelona's Spanish midfielder"), ("Daley Blind", "Girona's Dutch defender")],
        ),
        (
            "Real Madrid's Brazilian forward #07 Vinicius Junior celebrates scoring his team's first goal",
            [("Vinicius Junior", "Real Madrid's Brazilian forward")],
        ),
    ],
)
def test_a_shirt_number_before_a_player_is_dropped_and_a_position_vouches_for_one_name(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Semi Radradra of Fiji breaks through the tackle of Ardie Savea of New Zealand during the Rugby "
            "World Cup match",
            ["Semi Radradra", "Ardie Savea"],
        ),
        (
            "Antoine Dupont of France evades the challenge from Finn Russell of Scotland during the Six "
            "Nations match",
            ["Antoine Dupont", "Finn Russell"],
        ),
    ],
)
def test_the_one_whose_tackle_a_player_meets_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Remco Evenepoel of Belgium leads Primoz Roglic of Slovenia during the time trial",
            ["Remco Evenepoel", "Primoz Roglic"],
        ),
        (
            "Oscar Piastri of McLaren overtakes Charles Leclerc of Ferrari during the race",
            ["Oscar Piastri", "Charles Leclerc"],
        ),
        ("Lando Norris of McLaren leads the field at the start of the race", ["Lando Norris"]),
    ],
)
def test_the_rider_or_driver_one_leads_or_overtakes_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Who shares a press conference with the subject stands beside them.
        (
            "Japanese Prime Minister Sanae Takaichi speaks during a joint news conference with Australian Prime "
            "Minister Anthony Albanese in Tokyo, Japan, on December 2, 2026",
            ["Sanae Takaichi", "Anthony Albanese"],
        ),
        (
            "German Chancellor Friedrich Merz gestures during a press conference with Polish Prime Minister "
            "Donald Tusk at the Chancellery in Berlin",
            ["Friedrich Merz", "Donald Tusk"],
        ),
        # WAM and SPA: the host "received" the guest, named with the title after him.
        (
            "His Highness Sheikh Mohamed bin Zayed Al Nahyan today received Anthony Albanese, Prime Minister of "
            "Australia, at Qasr Al Watan in Abu Dhabi",
            ["Mohamed bin Zayed Al Nahyan", "Anthony Albanese"],
        ),
    ],
)
def test_a_guest_received_or_beside_the_subject_at_a_press_conference_is_shown(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chicago Bulls head coach Billy Donovan, left, talks with Josh Giddey during a timeout in the first "
            "half of an NBA basketball game",
            ["Billy Donovan", "Josh Giddey"],
        ),
        (
            "Senate Majority Leader John Thune speaks alongside Sen. John Barrasso, R-Wyo., during a news "
            "conference at the Capitol",
            ["John Thune", "John Barrasso"],
        ),
        (
            "Arsenal manager Mikel Arteta gives instructions to Gabriel Martinelli during the Premier League "
            "match at the Emirates Stadium",
            ["Mikel Arteta", "Gabriel Martinelli"],
        ),
        (
            "Philadelphia Phillies' Bryce Harper, center, is greeted at the dugout by Kyle Schwarber, left, and "
            "Trea Turner after scoring",
            ["Bryce Harper", "Kyle Schwarber", "Trea Turner"],
        ),
        # A landmark beside the subject is nobody.
        ("Swimmers cool off beside Clevedon Marine Lake and the Victorian pier on Sunday", []),
        ("Tourists queue next to Buckingham Palace in London", []),
    ],
)
def test_whom_the_subject_talks_with_stands_beside_or_is_greeted_by_is_shown(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Constitution Hill ridden by Nico de Boinville jumps the last to win the Champion Hurdle at "
            "Cheltenham Racecourse",
            ["Nico de Boinville"],
        ),
        (
            "Sovereignty, with jockey Junior Alvarado aboard, crosses the finish line to win the Kentucky Derby "
            "at Churchill Downs",
            ["Junior Alvarado"],
        ),
        # A trainer is seldom in the frame.
        ("Racehorse Energumene trained by Willie Mullins clears a fence during the Ryanair Chase", []),
        (
            "Dallas Cowboys head coach Brian Schottenheimer watches as quarterback Dak Prescott warms up before "
            "the game",
            ["Brian Schottenheimer", "Dak Prescott"],
        ),
    ],
)
def test_the_jockey_of_a_horse_and_a_player_watched_are_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Students hold placards with the image of jailed activist Alaa Abd el-Fattah during a march in Cairo",
            [],
        ),
        (
            "Mourners holding a photo of Colombian senator Miguel Uribe gather outside the clinic in Bogota",
            [],
        ),
        # The picture itself is of the one shown.
        (
            "This photo of Colombian senator Miguel Uribe was released by his campaign",
            ["Miguel Uribe"],
        ),
    ],
)
def test_someone_in_a_picture_held_up_is_mentioned_not_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Britain's Anthony Joshua, left, lands a right on Croatia's Filip Hrgovic during their heavyweight fight "
            "in Riyadh",
            ["Anthony Joshua", "Filip Hrgovic"],
        ),
        (
            "Brazil's Alex Pereira throws a kick at Jiri Prochazka during their light heavyweight bout at UFC 303",
            ["Alex Pereira", "Jiri Prochazka"],
        ),
        # A team's name with an article in it, then its rider.
        (
            "Remco Evenepoel duels with Visma-Lease a Bike's Wout van Aert on the climb of the Cauberg",
            ["Remco Evenepoel", "Wout van Aert"],
        ),
    ],
)
def test_the_one_a_punch_lands_on_and_a_rider_after_his_teams_possessive_are_shown(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pep Guardiola, manager of Manchester City, lifts the FA Cup trophy with Bernardo Silva after the final at "
            "Wembley Stadium",
            ["Pep Guardiola", "Bernardo Silva"],
        ),
        (
            "Boxer Canelo Alvarez of Mexico and Terence Crawford of the United States face off in Las Vegas",
            ["Canelo Alvarez", "Terence Crawford"],
        ),
    ],
)
def test_whom_a_trophy_is_lifted_with_and_a_titled_player_of_a_side_are_shown(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "FILE - Cut man Eddie Lowell, left, tends to Larry Holmes between rounds of his title fight in Las Vegas, "
            "June 9, 1978.",
            ["Eddie Lowell", "Larry Holmes"],
        ),
        (
            "A paramedic tends to Carlos Mendez after the crash at Phoenix Raceway on Sunday.",
            ["Carlos Mendez"],
        ),
        ("A medic tends to a wounded soldier near Bakhmut on Tuesday.", []),
    ],
)
def test_whom_someone_tends_to_is_in_the_frame(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "(ARCHIVES) Cette photo d'archive prise le 4 juin 1984 montre l'entraîneur Guy Roux et le capitaine "
            "Jean-Marc Ferratge célébrant la victoire au stade de l'Abbé-Deschamps, à Auxerre.",
            ["Guy Roux", "Jean-Marc Ferratge"],
        ),
        (
            "Cette photo montre le président Jacques Chirac saluant la foule au Stade de France, à Saint-Denis.",
            ["Jacques Chirac"],
        ),
        (
            "Cette photo montre la réalisatrice Claire Mercier posant devant le Palais des festivals à Cannes.",
            ["Claire Mercier"],
        ),
    ],
)
def test_a_french_photo_shows_its_objects_to_their_participle(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "junto a" and a title in lower case with its body, then each name between commas.
        (
            "La presidenta Lucía Fernández inaugura la feria junto a la ministra de Cultura, Elena Ruiz, y el "
            "alcalde de Sevilla, Tomás Vidal, en el recinto ferial, este lunes.",
            ["Lucía Fernández", "Elena Ruiz", "Tomás Vidal"],
        ),
        # Indonesian: whom someone shakes hands with, "di" (in) ending the name.
        (
            "Presiden Joko Santoso berjabat tangan dengan Perdana Menteri Singapura Lawrence Wong di Istana Bogor, "
            "Jawa Barat, Selasa (10/3/2026).",
            ["Joko Santoso", "Lawrence Wong"],
        ),
    ],
)
def test_whom_someone_is_shown_with_in_other_languages(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The conductor of an orchestra playing is on the stage with it.
        (
            "The Berlin Philharmonic, conducted by Kirill Petrenko, performs at the Philharmonie in Berlin, "
            "Germany, on March 2, 2027.",
            ["Kirill Petrenko"],
        ),
        (
            "The London Symphony Chorus, conducted by Simon Halsey, sings at the Barbican Centre in London on "
            "Dec. 20, 2026.",
            ["Simon Halsey"],
        ),
        # Whom a leader awards or decorates stands before them.
        (
            "French President Emmanuel Macron awards Lt. Col. Claire Dubois the Legion of Honour at the Invalides "
            "in Paris, Nov. 11, 2026.",
            ["Emmanuel Macron", "Claire Dubois"],
        ),
        (
            "Polish President Karol Nawrocki decorates Capt. Marek Zielinski at the Presidential Palace in "
            "Warsaw, Poland, Friday, Aug. 14, 2026.",
            ["Karol Nawrocki", "Marek Zielinski"],
        ),
    ],
)
def test_a_conductor_and_the_one_awarded_are_in_the_frame(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_the_one_who_awards_keeps_his_title() -> None:
    # "awards" is the subject's verb: the chunks after it (a country, a weekday) describe no one.
    sentence = (
        "Ukrainian President Volodymyr Zelenskyy, right, awards Col. Petro Marchenko at a frontline position in "
        "Zaporizhzhia region, Ukraine, Monday, Feb. 8, 2027."
    )
    assert described(sentence) == [
        ("Volodymyr Zelenskyy", "Ukrainian President"),
        ("Petro Marchenko", "Col."),
    ]


@pytest.mark.parametrize(
    ("main", "later", "expected"),
    [
        (
            "U.S. President Donald Trump speaks during a Cabinet meeting at the White House in Washington, "
            "Thursday, Feb. 5, 2026.",
            "Secretary of State Marco Rubio looks on.",
            ["Donald Trump", "Marco Rubio"],
        ),
        (
            "German Chancellor Friedrich Merz speaks to the media at the Chancellery in Berlin, Feb. 5, 2026.",
            "Finance Minister Lars Klingbeil stands behind him.",
            ["Friedrich Merz", "Lars Klingbeil"],
        ),
        # A later sentence that places someone only after a clause of its own is not read so.
        (
            "Firefighters battle a blaze in Valparaiso, Chile, Feb. 5, 2026.",
            "The fire spread overnight, and President Gabriel Boric looks on from Santiago.",
            [],
        ),
    ],
)
def test_a_later_sentence_placing_its_subject_in_the_frame(
    main: str, later: str, expected: list[str]
) -> None:
    assert [p.name for p in find_people(main, [later])[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A referee's card goes to a player in the frame.
        (
            "Referee Anthony Taylor shows a yellow card to Tottenham's Cristian Romero during the English "
            "Premier League match in London, Feb. 7, 2026.",
            ["Anthony Taylor", "Cristian Romero"],
        ),
        # A team's player right in front of the subject is in the frame; a building is no one.
        (
            "Japan's Takumi Minamino controls the ball in front of Australia's Harry Souttar during their World "
            "Cup qualifying match in Saitama, Japan, Feb. 7, 2026.",
            ["Takumi Minamino", "Harry Souttar"],
        ),
        ("Fans gather in front of Liverpool's Anfield stadium before the match, Feb. 7, 2026.", []),
        # Posing on the red carpet with someone.
        (
            "Actress Emma Stone poses on the red carpet with director Yorgos Lanthimos at the premiere in "
            "London, Feb. 7, 2026.",
            ["Emma Stone", "Yorgos Lanthimos"],
        ),
    ],
)
def test_a_card_a_team_player_in_front_and_the_red_carpet(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fierceness, with John Velazquez aboard, wins the Florida Derby at Gulfstream Park in Hallandale Beach",
            ["John Velazquez"],
        ),
        (
            "Iowa's Spencer Lee wrestles Penn State's Roman Bravo-Young during their bout in Iowa City",
            ["Spencer Lee", "Roman Bravo-Young"],
        ),
        (
            "Salina Central's Mason Kerr wrestles Maize's Tyler Dunn in the 144-pound final at Hartman Arena",
            ["Mason Kerr", "Tyler Dunn"],
        ),
    ],
)
def test_a_jockey_aboard_and_a_wrestlers_opponent_are_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("main", "later", "expected"),
    [
        (
            "Split, 14.02.2027 - Utakmica 21. kola HNL-a između Hajduka i Rijeke na stadionu Poljud",
            "Na slici: Ivan Perišić i Toni Fruk. foto",
            ["Ivan Perišić", "Toni Fruk"],
        ),
        (
            "Zagreb, 10.02.2027 - Sjednica Vlade u Banskim dvorima na Markovu trgu",
            "Na slici: Andrej Plenković i Davor Božinović. foto",
            ["Andrej Plenković", "Davor Božinović"],
        ),
    ],
)
def test_a_list_joined_by_i_ends_at_its_stop(main: str, later: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(main, (later,))[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pictured at the launch of the Galway Arts Festival programme on Tuesday are festival director "
            "Sarah Kelly and Mayor of Galway Cllr Peter Keane",
            ["Sarah Kelly", "Peter Keane"],
        ),
        (
            "Pictured at the opening of the new library in Tralee on Monday were Cathaoirleach of Kerry County "
            "Council Cllr Breandán Fitzgerald and author Máire Walsh",
            ["Breandán Fitzgerald", "Máire Walsh"],
        ),
        ("Pictured are the winners of the county final in Thurles on Sunday", []),
    ],
)
def test_pictured_were_lists_the_people_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("main", "later", "expected"),
    [
        (
            "Narren ziehen beim Rosenmontagsumzug durch die Innenstadt",
            "Oberbürgermeisterin Henriette Reker (M) läuft im Umzug mit",
            ["Henriette Reker"],
        ),
        (
            "Die Bundesregierung stellt den Haushalt in der Bundespressekonferenz vor",
            "Finanzminister Lars Klingbeil (M) spricht mit den Journalisten",
            ["Lars Klingbeil"],
        ),
        # German local papers' abbreviated and written-out markers.
        (
            "Der neue Radweg an der Bielefelder Straße ist seit Freitag freigegeben",
            "Ortsvorsteher Klaus Wiemann (r.) schnitt das Band gemeinsam mit Anwohnern durch",
            ["Klaus Wiemann"],
        ),
        (
            "Das neue Feuerwehrhaus in Spenge ist fertig",
            "Wehrführer Stefan Kramer (Mitte) übergibt den Schlüssel",
            ["Stefan Kramer"],
        ),
    ],
)
def test_dpas_middle_marker_in_a_later_german_sentence(main: str, later: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(main, (later,))[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed Al Nahyan tours a pavilion with UAE "
            "Minister of Industry Sultan Al Jaber at the exhibition in Abu Dhabi",
            ["Khaled bin Mohamed bin Zayed Al Nahyan", "Sultan Al Jaber"],
        ),
        (
            "Indian Prime Minister Narendra Modi visits the factory with Chancellor Friedrich Merz in Bengaluru",
            ["Narendra Modi", "Friedrich Merz"],
        ),
        # A thing one tours an exhibition with is no one.
        ("A man tours the exhibition with Lego figures in Billund", []),
    ],
)
def test_whom_a_place_is_toured_or_visited_with(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A kin's given name with an age is in the frame, a town's name too ("Sofia") and whatever the verb.
        (
            "Maria Delgado hugs her daughter Sofia, 6, on the pier as the destroyer returns to Norfolk, Va.",
            ["Maria Delgado", "Sofia"],
        ),
        ("Firefighter Tom Walsh holds his son Liam, 3, at the station in Boston.", ["Tom Walsh", "Liam"]),
        (
            "Laura Gómez abraza a su hija Valentina, de 7 años, en el albergue de Valencia.",
            ["Laura Gómez", "Valentina"],
        ),
        ("Amina Diallo tient sa fille Aïcha, 5 ans, dans un camp près de Bamako.", ["Amina Diallo", "Aïcha"]),
        ("Jana Weber mit ihrem Sohn Paul, 6, am Strand von Warnemünde.", ["Jana Weber", "Paul"]),
    ],
)
def test_a_kin_named_with_an_age_is_in_the_frame(sentence: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A kin in a picture held up, or one who died, is not in the frame.
        "Ana Lopez holds a photo of her son Juan, 9, during the vigil in San Antonio.",
        "Ana Lopez cries as she speaks of her late husband Mario, 54, at the church in Uvalde.",
        "Ana Lopez speaks about her son Juan, 9, who was killed in the shooting.",
    ],
)
def test_a_kin_with_an_age_not_in_the_frame_is_left_out(sentence: str) -> None:
    assert [p.name for p in find_people(sentence)[0]] == ["Ana Lopez"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Liverpool's Mohamed Salah in action with Brentford's Yehor Yarmoliuk",
            ["Mohamed Salah", "Yehor Yarmoliuk"],
        ),
        (
            "Esperance's Youcef Belaili in action with Orlando Pirates' Thalente Mbatha",
            ["Youcef Belaili", "Thalente Mbatha"],
        ),
    ],
)
def test_whom_a_player_is_in_action_with_is_someone(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_possessive_before_a_thing_names_no_one() -> None:
    assert names("A man walks past Tesla's Model Y in Berlin") == []


# A court sketch or pool picture of a hearing shows the judge the subject appears before, whatever the
# judge's court; a hearing still to come ("will appear before") shows no judge.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Marcus Bell, accused of a $12 million ticket fraud, appears before U.S. District Judge Ana Ruiz in "
            "Manhattan federal court in New York City, U.S., April 5, 2027, in this courtroom sketch.",
            ["Marcus Bell", "Ana Ruiz"],
        ),
        (
            "Marta Vidal appears before Chief Magistrate Paul Goldspring at Westminster Magistrates Court in "
            "London, Britain, April 3, 2027, in this courtroom sketch.",
            ["Marta Vidal", "Paul Goldspring"],
        ),
        (
            "Tom Reyes arrives at court where he will appear before Judge Ann Lowe in Boston, Massachusetts, "
            "U.S., April 3, 2027.",
            ["Tom Reyes"],
        ),
    ],
)
def test_the_judge_a_defendant_appears_before_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Winnipeg Jets' Kyle Connor (81) scores past Calgary Flames goaltender Dustin Wolf during the second "
            "period",
            ["Kyle Connor", "Dustin Wolf"],
        ),
        (
            "Seattle Kraken's Jared McCann shoots on Vancouver Canucks goalie Thatcher Demko during the first period",
            ["Jared McCann", "Thatcher Demko"],
        ),
        (
            "Buffalo Bills quarterback Josh Allen throws a pass to wide receiver Khalil Shakir during practice",
            ["Josh Allen", "Khalil Shakir"],
        ),
        (
            "Aston Villa manager Unai Emery gestures next to assistant Pablo Villar at Villa Park",
            ["Unai Emery", "Pablo Villar"],
        ),
        # A role's noun is needed: a landmark after "next to" is no one.
        ("Tourists pose next to the Eiffel Tower in Paris", []),
        ("Alex Morgan scores on a penalty kick against Canada in Toronto", ["Alex Morgan"]),
    ],
)
def test_a_goaltender_beaten_a_receiver_and_an_assistant_beside_are_shown(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenya's Faith Kipyegon leads Beatrice Chebet and Gudaf Tsegay during the women's 1500m in Nanjing",
            ["Faith Kipyegon", "Beatrice Chebet", "Gudaf Tsegay"],
        ),
    ],
)
def test_a_name_shaped_conjunct_beside_a_full_name_is_someone(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Firefighters battle a blaze near Fresno, California, as resident Linda Morales, 62, watches",
            ["Linda Morales"],
        ),
        (
            "Court artist sketch by Priya Nair of Thomas Whitfield, 38, appearing at Southwark Crown Court",
            ["Thomas Whitfield"],
        ),
        # Not the dead, nor a face on a portrait held up.
        ("Mourners hold a portrait of Daniel Kerr, 45, during a vigil in Leeds", []),
        ("Relatives mourn at the grave of Maria Santos, 34, who died in the fire", []),
    ],
)
def test_a_full_name_with_an_age_anywhere_in_the_sentence_is_shown(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hoshoryu (L) pushes out Kotozakura on the eighth day of the Spring Grand Sumo Tournament in Osaka",
            ["Hoshoryu", "Kotozakura"],
        ),
        (
            "Terunofuji, right, forces out Abi on the fifth day of the tournament in Tokyo",
            ["Terunofuji", "Abi"],
        ),
    ],
)
def test_the_wrestler_pushed_or_forced_out_is_the_other_in_the_ring(
    sentence: str, expected: list[str]
) -> None:
    assert [p.name for p in find_people(sentence)[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Prime Minister Anna Berglund, left, greets Tomas Lindqvist at the palace", "en", ["Anna Berglund"]),
        ("Coach Marta Ruiz (C) talks to her players", "en", ["Marta Ruiz"]),
        ("Yoon Ji-ho (2nd from R) attends a meeting", "en", ["Yoon Ji-ho"]),
        ("Menteri Budi Santoso (kiri) berbincang dengan warga", "id", ["Budi Santoso"]),
        ("El ministro Pablo Ortega (i) saluda al alcalde", "es", ["Pablo Ortega"]),
        ("Mayor Helen Carter, front centre, poses with the staff", "en", ["Helen Carter"]),
        ("Quarterback Dan Miller (12) throws a pass", "en", ["Dan Miller"]),
        # A language's own marker, outside the shared markers' union: still read.
        ("Oberbürgermeister Jürgen Albrecht (M) läuft im Umzug mit", "de", ["Jürgen Albrecht"]),
        ("Ortsheimatpfleger Dieter Brand (l.) eröffnet die Ausstellung", "de", ["Dieter Brand"]),
        ("Il premier Marco Bellini (S) con il ministro", "it", ["Marco Bellini"]),
        ("Leader Ana Costa (S) speaks", "en", []),
        ("Farmers harvest rice in a field near the river", "en", []),
    ],
)
def test_names_before_each_kind_of_marker(sentence: str, lang: str, expected: list[str]) -> None:
    # The markers' union is searched first, and the markers one by one only where it finds one.
    assert [found.name for found in _marked(sentence, lang)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A player named in one word celebrates with another named so: both are in the frame.
        ("Kane celebrates with Olise after scoring the opener against Freiburg", ["Kane", "Olise"]),
        # A place or a team's people after "celebrates with" is no one.
        ("Kane celebrates with Bayern Munich teammates after the final whistle", ["Kane"]),
        ("Kane celebrates with England fans after the final whistle", ["Kane"]),
    ],
)
def test_one_word_player_celebrating_with_one_word_player(sentence: str, expected: list[str]) -> None:
    assert sorted(names(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A college team named by a state that is a given name too is no one before a position.
        (
            "Georgia Bulldogs running back Marcus Hale (7) runs for a touchdown during the first half",
            ["Marcus Hale"],
        ),
        (
            "Alabama Crimson Tide quarterback Devin Shaw (10) throws a pass during the second quarter",
            ["Devin Shaw"],
        ),
        ("Texas Longhorns wide receiver Jalen Price (3) catches a pass over a defender", ["Jalen Price"]),
        # A woman named Georgia is still someone.
        ("Georgia Miller, a nurse, waves to patients at the hospital on Monday", ["Georgia Miller"]),
    ],
)
def test_college_team_before_a_position_is_no_one(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A plural kin noun, then kin named in a row, each with an age.
        (
            "Dad Owen Hale with daughters Isla, 4, and Ruby, 2, at a picnic in Kings Park",
            ["Owen Hale", "Isla", "Ruby"],
        ),
        # A kin's name alone between commas after the possessive and the kin noun.
        (
            "Kelly Brown, right, and her husband, Mark, unload hay at their farm near Lexington, Ky.",
            ["Kelly Brown", "Mark"],
        ),
    ],
)
def test_kin_named_in_a_row_or_between_commas_are_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # No given name after the conjunction: a town, no kin.
        ("Lucy Hart holds her daughter Mia, 2, and Reading, 4, at the fun day", ["Lucy Hart", "Mia"]),
        # A picture of the kin is held up: not in the frame.
        ("Maria Lopez holds a photo of her late husband, Tom, at the memorial in Derby", ["Maria Lopez"]),
    ],
)
def test_no_kin_without_a_given_name_or_in_a_picture(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_the_opponent_a_player_holds_off_is_shown() -> None:
    sentence = "Athlone Town's Kyle Fennelly holds off Treaty United's Seán McGrath at Athlone Town Stadium"
    assert names(sentence) == ["Kyle Fennelly", "Seán McGrath"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Head girl Amelia Okafor receives the Wakeman Cup from Deputy Lieutenant Peter Harland at the school",
            ["Amelia Okafor", "Peter Harland"],
        ),
        (
            "Amelia Okafor receives a long-service award from Mayor Peter Harland",
            ["Amelia Okafor", "Peter Harland"],
        ),
        # A call is no award handed over: its caller is elsewhere.
        ("Amelia Okafor receives a call from Peter Harland at the school on Thursday", ["Amelia Okafor"]),
    ],
)
def test_who_hands_an_award_over_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_the_fielder_whose_tag_a_runner_beats_is_shown() -> None:
    sentence = (
        "Boise Post 10's Jace Romero (12) slides home ahead of the tag from Coeur d'Alene catcher Mason Tate "
        "during an American Legion game"
    )
    assert names(sentence) == ["Jace Romero", "Mason Tate"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Legion branch president Doug Harlow pins a poppy on Coun. Mei Lin Tran at Kamloops City Hall",
            ["Doug Harlow", "Mei Lin Tran"],
        ),
        # A day after "on": no one.
        ("Doug Harlow pins a poppy on Friday at Kamloops City Hall", ["Doug Harlow"]),
    ],
)
def test_whom_a_poppy_or_a_medal_is_pinned_on_is_shown(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
