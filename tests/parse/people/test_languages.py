"""People in sports captions of the partner agencies' languages: duels for the ball, a title's body after
its preposition, club initials, lists "from left" and "in the picture"."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._parse._people import find_people


def names(sentence: str) -> list[str]:
    return [p.name for p in find_people(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "O avançado do Benfica Vangelis Pavlidis (D) disputa a bola com o defesa do SC Braga Sikou Niakaté "
            "durante o jogo da 10.ª jornada da I Liga, no Estádio da Luz, em Lisboa, 2 de novembro de 2026.",
            ["Vangelis Pavlidis", "Sikou Niakaté"],
        ),
        (
            "El delantero del FC Barcelona Robert Lewandowski (i) disputa un balón con el defensa del Sevilla "
            "Loïc Badé durante el partido de LaLiga en el Estadio Olímpico, en Barcelona.",
            ["Robert Lewandowski", "Loïc Badé"],
        ),
        (
            "L'attaquant de l'OM Mason Greenwood et le défenseur du Stade Rennais Lilian Brassier se disputent "
            "le ballon lors du match de Ligue 1 au Vélodrome, à Marseille, le 8 novembre 2026.",
            ["Mason Greenwood", "Lilian Brassier"],
        ),
        (
            "Il centrocampista della Juventus Manuel Locatelli (dx) contrasta il difensore del Napoli Amir "
            "Rrahmani durante la partita di Serie A allo Stadium, Torino, 29 novembre 2026.",
            ["Manuel Locatelli", "Amir Rrahmani"],
        ),
    ],
)
def test_the_two_players_of_a_duel_for_the_ball(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_club_after_its_initials_is_no_one() -> None:
    header = (
        "Zápas 12. kola hokejové extraligy: HC Kometa Brno - HC Dynamo Pardubice, 3. listopadu 2026, Brno."
    )
    assert names(header) == []


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Zápas 12. kola hokejové extraligy: HC Kometa Brno - HC Dynamo Pardubice, 3. listopadu 2026, Brno. "
            "Zprava Peter Mueller z Komety a Roman Červenka z Pardubic. ČTK/Sznapka Petr",
            ["Peter Mueller", "Roman Červenka"],
        ),
        (
            "08.11.2026., Split - Utakmica 14. kola SuperSport HNL-a izmedju HNK Hajduka i GNK Dinama na "
            "stadionu Poljud. Na slici: Marko Livaja. Photo: Ivo Cagalj/PIXSELL",
            ["Marko Livaja"],
        ),
    ],
)
def test_a_list_after_from_left_or_in_the_picture(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.normalise(caption).persons] == expected


def test_a_swedish_party_in_parentheses_is_no_position() -> None:
    caption = (
        "Statsminister Ulf Kristersson (M) talar i riksdagen i Stockholm på onsdagen. Partiledaren Anna "
        "Lindqvist (S) lyssnar.\nFoto: Anna Berg/TT"
    )
    people, _ = find_people(caption.split(". ")[0] + ".", [caption.split(". ", 1)[1]])
    assert [p.name for p in people] == ["Ulf Kristersson"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Leverkusener Florian Wirtz (l) im Zweikampf mit dem Stuttgarter Angelo Stiller. Foto: Marius "
            "Becker/dpa",
            [("Florian Wirtz", "Der Leverkusener"), ("Angelo Stiller", "Stuttgarter")],
        ),
        (
            "Feyenoord-aanvoerder Quinten Timber in duel met AZ-middenvelder Sven Mijnans tijdens de wedstrijd "
            "in De Kuip. ANP PIETER STAM DE JONGE",
            [("Quinten Timber", "Feyenoord-aanvoerder"), ("Sven Mijnans", "AZ-middenvelder")],
        ),
    ],
)
def test_a_duel_with_an_article_and_a_team_joined_to_a_role(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.description) for p in find_people(sentence.split(". ")[0])[0]] == expected


def test_whose_hand_is_shaken_in_french() -> None:
    sentence = (
        "Le Premier ministre Sébastien Lecornu serre la main du président ukrainien Volodymyr Zelensky à "
        "Matignon, à Paris, le 2 décembre 2026."
    )
    assert names(sentence) == ["Sébastien Lecornu", "Volodymyr Zelensky"]


# A text agency's dateline, the town in capitals, a comma and the day, is no one's name in any script.
@pytest.mark.parametrize(
    "caption",
    [
        "НОВИ САД, 23. децембра 2026. (Танјуг) - Студенти током шетње на Петроварадинској тврђави.",
        "БЕОГРАД, 3. децембра 2026. (Танјуг) - Грађани на Тргу републике.",
        "БАНЯ ЛУКА, 5 декабря 2026. Жители на площади.",
    ],
)
def test_a_dateline_town_in_capitals_is_no_person(normaliser: Normaliser, caption: str) -> None:
    assert not normaliser.normalise(caption).persons


# Arabic names after their titles: a royal's chain of forebears runs to seven words ("خالد بن محمد بن زايد
# آل نهيان"), up to the next title ("ولي العهد"); a title may close its clause with a comma ("رئيس مجلس
# الوزراء،": no name), and the country after "رئيس جمهورية" is the title's, not the name's.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "استقبل صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز آل سعود أمير منطقة المدينة المنورة "
            "في مكتبه اليوم السفير الياباني.",
            ["فيصل بن سلمان بن عبدالعزيز آل سعود"],
        ),
        (
            "شهد سمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة، سباق الهجن في الختم.",
            ["منصور بن زايد آل نهيان"],
        ),
        (
            "استقبل ولي العهد رئيس مجلس الوزراء، في قصر السلام بجدة، فخامة رئيس جمهورية كينيا وليام روتو.",
            ["وليام روتو"],
        ),
    ],
)
def test_arabic_names_after_their_titles(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La présidente du Rassemblement national Marine Le Pen salue ses partisans lors d'un meeting à Nice",
            ["Marine Le Pen"],
        ),
        (
            "L'attaquant norvégien du Paris FC Erling Haaland célèbre son but lors du match au stade Jean-Bouin",
            ["Erling Haaland"],
        ),
        (
            "La cheffe des Écologistes Marine Tondelier et le président du parti Jordan Bardella arrivent sur "
            "le plateau de TF1",
            ["Marine Tondelier", "Jordan Bardella"],
        ),
        (
            "La atleta colombiana Caterine Ibargüen, junto a la venezolana Yulimar Rojas, posa en Medellín",
            ["Caterine Ibargüen", "Yulimar Rojas"],
        ),
        # A title further in, after a group, opens no subject: the president is mentioned.
        ("Simpatizantes del presidente Gustavo Petro participan en una marcha en Bogotá", []),
        ("El portavoz del Bloque Nacionalista Galego, Ana Pontón, habla en Santiago", ["Ana Pontón"]),
    ],
)
def test_a_title_its_body_and_a_known_name_open_a_subject(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bundeskanzler Friedrich Merz begrüßt den französischen Präsidenten Emmanuel Macron im Kanzleramt",
            ["Friedrich Merz", "Emmanuel Macron"],
        ),
        (
            "Bundesinnenminister Alexander Dobrindt spricht neben Bundespolizeipräsident Dieter Romann in Berlin",
            ["Alexander Dobrindt", "Dieter Romann"],
        ),
        (
            "Le Norvégien Johannes Høsflot Klæbo devance le Français Hugo Lapalus lors du sprint à Davos",
            ["Johannes Høsflot Klæbo", "Hugo Lapalus"],
        ),
        (
            "El centrocampista del Atlético de Madrid Conor Gallagher disputa el balón con Pedri, del FC "
            "Barcelona, en el Metropolitano",
            ["Conor Gallagher", "Pedri"],
        ),
        (
            "Statsminister Ulf Kristersson (M) och utrikesminister Maria Malmer Stenergard (M) i Stockholm",
            None,
        ),
    ],
)
def test_whom_the_subject_greets_stands_beside_or_leads_is_shown(
    sentence: str, expected: list[str] | None
) -> None:
    if expected is None:
        expected = ["Ulf Kristersson", "Maria Malmer Stenergard"]
    assert names(sentence) == expected


def test_a_team_after_a_particle_is_no_part_of_the_name() -> None:
    assert names("Lando Norris van McLaren Racing tijdens de kwalificatie in Zandvoort") == ["Lando Norris"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Warga menyaksikan kapal KRI Dewaruci bersandar di Pelabuhan Tanjung Perak, Surabaya",
        "Sailors line the deck of HMS Prince of Wales as it leaves Portsmouth",
    ],
)
def test_a_ship_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Außenminister Johann Wadephul und sein französischer Amtskollege Jean-Noël Barrot sprechen in Paris",
            ["Johann Wadephul", "Jean-Noël Barrot"],
        ),
        (
            "Minister obrony narodowej Władysław Kosiniak-Kamysz podczas konferencji prasowej w Warszawie",
            ["Władysław Kosiniak-Kamysz"],
        ),
        (
            "El entrenador del Real Madrid Xabi Alonso da instrucciones a Federico Valverde durante el partido",
            ["Xabi Alonso", "Federico Valverde"],
        ),
        (
            "Raphinha, do Barcelona, comemora o gol com Pedri durante a partida contra o Sevilla",
            ["Raphinha", "Pedri"],
        ),
        # Indonesians often go by one name: a title before it vouches for it.
        (
            "Menteri Luar Negeri Sugiono menyampaikan keterangan pers di Kementerian Luar Negeri, Jakarta",
            ["Sugiono"],
        ),
        ("Presiden Prabowo menghadiri upacara di Istana Merdeka, Jakarta", ["Prabowo"]),
    ],
)
def test_counterparts_ministers_coaches_and_one_names_in_other_languages(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


def test_an_italian_caption_marks_the_left_with_s() -> None:
    sentence = (
        "Il presidente Sergio Mattarella (C) con il premier Giorgia Meloni (D) e il cancelliere tedesco "
        "Friedrich Merz (S) al Quirinale"
    )
    assert sorted(names(sentence)) == ["Friedrich Merz", "Giorgia Meloni", "Sergio Mattarella"]
    # Elsewhere "(S)" is a Swedish party's tag, no marker.
    assert names("Statsminister Magdalena Andersson (S) talar i riksdagen i Stockholm") == [
        "Magdalena Andersson"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Croatian: "i" joins two people, the second after a title in lower case with its body.
        (
            "Premijer Andrej Plenković i ministrica gospodarstva Ana Kovač obišli su brodogradilište u Puli.",
            ["Andrej Plenković", "Ana Kovač"],
        ),
        # Polish: a title with its body in capitals ("Marszałek Senatu") before the name.
        (
            "Marszałek Senatu Janina Wolska i wicemarszałek Adam Kruk podczas posiedzenia w Warszawie.",
            ["Janina Wolska", "Adam Kruk"],
        ),
    ],
)
def test_titled_people_of_the_slavic_agencies(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_an_italian_object_ends_at_its_preposition() -> None:
    # "dopo" (after), "contro" (against) and "allo" end whom a player celebrates with: the stadium named for
    # someone further on is no one.
    sentence = (
        "L'attaccante dell'Inter Lautaro Martinez esulta con Marcus Thuram dopo il gol contro il Milan allo "
        "stadio Giuseppe Meazza di Milano, 8 febbraio 2026."
    )
    assert names(sentence) == ["Lautaro Martinez", "Marcus Thuram"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A club after a title's preposition, then a one-word name: the club is no part of a name.
        "O atacante do Botafogo Igor comemora o gol no estádio Nilton Santos, no Rio de Janeiro.",
        "El extremo del Betis Antony celebra su gol en el estadio Benito Villamarín.",
    ],
)
def test_a_club_before_a_one_word_name_is_no_part_of_it(sentence: str) -> None:
    assert not any(name.split()[0] in ("Botafogo", "Betis") for name in names(sentence))


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Београд - Тренер Партизана Жељко Обрадовић на утакмици Евролиге у Београдској арени.",
            ["Жељко Обрадовић"],
        ),
        ("Кошаркаш Звезде Немања Недовић у утакмици Евролиге против Барселоне.", ["Немања Недовић"]),
        ("Фудбалер Црвене звезде Мирко Иванић слави гол на стадиону Рајко Митић.", ["Мирко Иванић"]),
    ],
)
def test_a_serbian_players_club_in_the_genitive_before_his_name(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Ο Γιάννης Αντετοκούνμπο των Μπακς σε φάση του αγώνα με τους Σέλτικς στο Μιλγουόκι.",
            ["Γιάννης Αντετοκούνμπο"],
        ),
        ("Ο Κώστας Σλούκας του Παναθηναϊκού σε φάση του αγώνα στο ΟΑΚΑ.", ["Κώστας Σλούκας"]),
        ("Η Εθνική Τράπεζα της Ελλάδος ανακοίνωσε τα αποτελέσματα στην Αθήνα.", []),
    ],
)
def test_a_greek_article_before_a_name_and_the_team_after_it(
    normaliser: Normaliser, caption: str, expected: list[str]
) -> None:
    assert [p.name for p in normaliser.read(caption).record.persons] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Honorifics before the name, no part of it: Hausa, Malay and Indonesian.
        (
            "Alhaji Aliko Dangote, president of the Dangote Group, speaks to journalists in Lagos",
            ["Aliko Dangote"],
        ),
        (
            "Ustaz Abdul Somad Batubara memberikan tausiyah di Masjid Raya Baiturrahman, Banda Aceh.",
            ["Abdul Somad Batubara"],
        ),
        # Turkish writes the title after its body, in the possessive.
        (
            "Türk Hava Yolları Yönetim Kurulu Başkanı Ahmet Bolat, İstanbul Havalimanı'nda gazetecilerin "
            "sorularını yanıtladı.",
            ["Ahmet Bolat"],
        ),
        # Heads of companies in French, Spanish and Italian.
        (
            "Le PDG de TotalEnergies Patrick Pouyanné s'exprime lors de la présentation des résultats à Paris.",
            ["Patrick Pouyanné"],
        ),
        (
            "El consejero delegado de Iberdrola, Ignacio Sánchez Galán, interviene en Madrid.",
            ["Ignacio Sánchez Galán"],
        ),
    ],
)
def test_honorifics_and_heads_of_companies(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A group of people opening an Indonesian sentence: the Buddhist faithful, the residents.
        "Umat Buddha mengikuti perayaan Waisak di Candi Borobudur, Magelang, Jawa Tengah, Minggu (31/5/2026).",
        "Umat Hindu mengarak ogoh-ogoh saat malam menjelang Hari Raya Nyepi di Denpasar, Bali, Jumat (20/3/2026).",
        # A weekday is no one's name: "sejak Selasa malam" (since Tuesday night).
        "Hujan deras yang mengguyur sejak Selasa malam menyebabkan sejumlah kawasan di kota itu terendam.",
    ],
)
def test_indonesian_groups_holidays_and_weekdays_are_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A plural written by doubling the word: mothers, the members of.
        "Mama-mama Maluku berjualan ikan di Pasar Mardika, Ambon, Rabu (2/6/2027).",
        "Ahli-ahli Dewan Negara bergambar di Bangunan Parlimen hari ini.",
        # A state assembly's name in Malay, its words no given names but "Dewan".
        "Sesi Dewan Undangan Negeri Sabah bermula di Kota Kinabalu hari ini.",
        # A country's name in two words, as Vietnamese and the UN write it.
        "Cổ động viên cổ vũ đội tuyển Việt Nam tại Hà Nội, tối 8/6/2027.",
        # Māori "Ngā" (the, of many) opens a school's name.
        "Ka haka ngā tauira o Te Kura Kaupapa Māori o Ngā Rangatahi ki mua i te Whare Pāremata i te Rātū.",
    ],
)
def test_malay_plurals_assemblies_split_countries_and_maori_groups_are_no_one(sentence: str) -> None:
    assert names(sentence) == []


def test_a_short_chinese_name_spelling_a_country_is_a_person() -> None:
    # "Ma Li" spells Mali, too short to be read as a country written in two words.
    assert names("Ma Li and Sun Yang pose at the premiere in Los Angeles.") == ["Ma Li", "Sun Yang"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb of the stage after a one-word name: the singer.
        ("Rosalía actúa durante el primer concierto de su gira en Barcelona.", ["Rosalía"]),
        ("Laura Pausini canta durante il concerto all'Arena di Verona.", ["Laura Pausini"]),
    ],
)
def test_a_verb_of_the_stage_in_other_languages(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Davide Frattesi dell'Inter contrasta Strahinja Pavlović del Milan durante il derby a San Siro.",
            ["Davide Frattesi", "Strahinja Pavlović"],
        ),
        (
            "Warren Zaïre-Emery du PSG lutte avec Geoffrey Kondogbia de l'OM au Parc des Princes.",
            ["Warren Zaïre-Emery", "Geoffrey Kondogbia"],
        ),
        (
            "Joey Veerman van PSV in actie tegen Wout Weghorst van Ajax tijdens de wedstrijd in Eindhoven.",
            ["Joey Veerman", "Wout Weghorst"],
        ),
        # The opponent a player is in action against, in Italian and Spanish.
        (
            "Lorenzo Musetti in azione contro Holger Rune durante i quarti di finale a Montecarlo.",
            ["Lorenzo Musetti", "Holger Rune"],
        ),
        (
            "Paula Badosa en acción contra Iga Swiatek durante la semifinal del torneo en Madrid.",
            ["Paula Badosa", "Iga Swiatek"],
        ),
        # A title's body elided before the name stays the title's.
        ("L'allenatore dell'Inter Cristian Chivu durante la partita a San Siro.", ["Cristian Chivu"]),
    ],
)
def test_a_club_after_a_player_and_his_opponent_in_other_languages(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Il presidente Sergio Mattarella con il ministro degli Esteri Antonio Tajani al Quirinale a Roma.",
            ["Sergio Mattarella", "Antonio Tajani"],
        ),
        (
            "Il capo dello Stato Sergio Mattarella riceve il presidente della Regione Michele de Pascale a Roma.",
            ["Sergio Mattarella", "Michele de Pascale"],
        ),
    ],
)
def test_an_italian_title_with_its_portfolio_after_an_articled_preposition(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A doubles pair joined by a hyphen, as Malaysian and Asian sport writes it: two people.
        (
            "Malaysia's Goh Sze Fei-Nur Izzuddin celebrate after winning their men's doubles match in Kuala Lumpur.",
            ["Goh Sze Fei", "Nur Izzuddin"],
        ),
        (
            "Malaysia's Pearly Tan-Thinaah Muralitharan celebrate after their women's doubles win in Kuala Lumpur.",
            ["Pearly Tan", "Thinaah Muralitharan"],
        ),
        # One name each: a hyphen in the given name, the surname, or in lower case after it.
        (
            "Jamaica's Jhaniele Fowler-Nembhard shoots during the match in Melbourne.",
            ["Jhaniele Fowler-Nembhard"],
        ),
        ("South Korean President Lee Jae-myung speaks in Hanoi.", ["Lee Jae-myung"]),
        (
            "Parti Québécois leader Paul St-Pierre Plamondon speaks in Quebec City.",
            ["Paul St-Pierre Plamondon"],
        ),
    ],
)
def test_a_doubles_pair_joined_by_a_hyphen(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Catalan's plural article before a capitalised body opens no name ("Els" is a Dutch given name too).
        "Els Bombers treballen en l'incendi d'una nau a Reus, aquest dimecres al migdia.",
        "Els Agents Rurals vigilen el bosc de Collserola, aquest dissabte.",
        # "al" is a preposition and an article in one, as in Spanish: a museum's name after it, no one's.
        "Visitants al Museu Dalí de Figueres aquest dijous.",
    ],
)
def test_a_catalan_article_before_a_body_names_no_one(sentence: str) -> None:
    assert names(sentence) == []
