"""Provenance and restrictions: a phrase decides, not a word."""

from __future__ import annotations

import json

import pytest

from captions import Normaliser, normalise
from captions._parse._provenance import _provenance_rules, _restriction_rules, _triggered, _triggers
from tests.conftest import ROOT


def kinds(normaliser: Normaliser, caption: str) -> set[str]:
    return {p.kind.value for p in normaliser.normalise(caption).provenance}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "A soldier guards journalists near Popasna, eastern Ukraine, Friday, May 20, 2022. This photo was taken "
            "during a trip organized by the Russian Ministry of Defense. (AP Photo)",
            {"organised_trip"},
        ),
        (
            "In this photo provided by the Ukrainian Emergency Service, firefighters work in Kharkiv, Ukraine, Monday, "
            "Jan. 2, 2024. (Ukrainian Emergency Service via AP)",
            {"handout"},
        ),
        ("Leaders meet in Paris, France, June 6, 2023. (Ludovic Marin, Pool Photo via AP)", {"pool"}),
        # The Canadian Press: "(File)" in brackets after its credit.
        (
            "Snow falls on Parliament Hill in Ottawa on Tuesday, Dec. 15, 2026. THE CANADIAN PRESS/Sean "
            "Kilpatrick (File)",
            {"file"},
        ),
        (
            "Fans cheer in Toronto on Saturday, May 2, 2026. THE CANADIAN PRESS/Nathan Denette (FILE)",
            {"file"},
        ),
        # Anadolu in Turkish: "dronla görüntülendi" (filmed with a drone); not "dron saldırısı" (a drone attack).
        ("Karapınar ilçesindeki obruklar dronla görüntülendi. (Ali Yılmaz - Anadolu Ajansı)", {"drone"}),
        ("Gazze'de dron saldırısı sonrası yıkım. (Ali Yılmaz - Anadolu Ajansı)", set()),
        # Spanish and Portuguese: an adjective and a participle before "con un dron" / "com drone".
        ("Vista aérea tomada con un dron del malecón de Mazatlán (México). EFE/Rita Solís Ortega", {"drone"}),
        (
            "Imagem aérea feita com drone mostra a enchente em Rio Branco, no Acre. Foto: Ana Lins/Agência Brasil",
            {"drone"},
        ),
        ("Un policía lanza un dron de vigilancia en Tijuana (México). EFE/Joebeth Terríquez", set()),
        # German: "(Luftaufnahme mit einer Drohne)"; not a drone the police fly in the picture.
        (
            "Feuerwehrleute löschen einen Brand in einer Scheune bei Bad Dürkheim (Luftaufnahme mit einer "
            "Drohne). Foto: Lena Maurer/dpa",
            {"drone"},
        ),
        ("Die Polizei setzt eine Drohne bei der Suche in Speyer ein. Foto: Lena Maurer/dpa", set()),
        # A picture taken from social media, as Spanish and Portuguese pages credit it.
        (
            "Un deslizamiento cerró la vía a Pereira este martes. Foto | Tomada de redes sociales",
            {"social_media"},
        ),
        ("A enchente atingiu o centro de Blumenau. Foto: Retirada das redes sociais", {"social_media"}),
        # Sky News: "File pic:" before the credit.
        ("Image: Ukrainian soldiers near Pokrovsk. File pic: Reuters", {"file"}),
        ("FILE - A dam in Nova Kakhovka, Ukraine, on Oct. 20, 2022. (AP Photo/Lev Frank, File)", {"file"}),
        (
            "This image taken from video shows a ship on fire in the Black Sea, Tuesday, March 5, 2024. "
            "(Ukrainian Navy via AP)",
            {"video_still", "handout"},
        ),
        (
            "Smoke rises in Belgorod, Russia, May 3, 2024, in this still image taken from video obtained from social "
            "media. Social media/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            # "Social media" in the chain says where it was posted, not who handed it out.
            {"video_still", "social_media", "third_party"},
        ),
        (
            "Firefighters work in Belgorod, Russia, May 3, 2024. Telegram/via REUTERS THIS IMAGE HAS BEEN "
            "SUPPLIED BY A THIRD PARTY.",
            {"social_media", "third_party"},
        ),
        (
            "A satellite image shows damage at the airbase in Saky, Crimea, Aug. 10, 2022. Planet Labs PBC/Handout via "
            "REUTERS",
            {"satellite", "handout"},
        ),
        (
            "A drone view shows flooded streets in Valencia, Spain, October 30, 2024. REUTERS/Eva Manez",
            {"drone"},
        ),
        (
            "Fans watch the match on a giant video screen in Warsaw, Poland, Sunday, June 12, 2022. "
            "(AP Photo/Piotr Nowak)",
            set(),
        ),
        (
            "Children cool off in a public swimming pool in Madrid, Spain, Friday, July 15, 2022. (AP Photo/Ana Ruiz)",
            set(),
        ),
        (
            "A satellite dish stands on a roof in Kabul, Afghanistan, Tuesday, Aug. 1, 2023. (AP Photo/Ebrahim Noori)",
            set(),
        ),
        (
            "Smoke rises over Port-au-Prince, Haiti, in this screen grab from a social media video released on "
            "March 9, 2024. Reuters was able to confirm the location from the buildings and street layout that "
            "matched file and satellite imagery of the area. @HaitiNews/via REUTERS",
            {"social_media", "video_still"},
        ),
        ("A soldier launches a drone near Bakhmut, Ukraine, Sunday, May 14, 2023. (AP Photo/Libkos)", set()),
        # Reuters: "in the course of" a visit is "during" one.
        (
            "A view shows the damaged bridge in the course of a media tour organised by the Russian Defence Ministry "
            "near Kakhovka, Kherson region, Russian-controlled Ukraine, May 20, 2025. REUTERS/Staff",
            {"organised_trip"},
        ),
        # The participle joined to its party by a hyphen.
        (
            "Displaced families queue for water at a camp in Tawila, North Darfur, Sudan, June 8, 2027, during a "
            "government-organised media tour. REUTERS/Stringer",
            {"organised_trip"},
        ),
        # Sports pages: an agency glued to the photographer is no handout.
        (
            "Sep 14, 2025; Green Bay, Wisconsin, USA; Fans tailgate before the game at Lambeau Field. "
            "Mandatory Credit: Kelvin Osei-Imagn Images",
            set(),
        ),
        (
            "Members of the White House press pool wait in Washington, Monday, Jan. 8, 2024. (AP Photo/Evan Vucci)",
            set(),
        ),
    ],
)
def test_provenance_kinds(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


def test_restrictions(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A satellite image shows Mariupol, Ukraine, May 1, 2022. Maxar Technologies/Handout via REUTERS ATTENTION "
        "EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES."
    )
    assert {r.kind.value for r in record.restrictions} == {"mandatory_credit", "no_sales", "no_archives"}
    record = normaliser.normalise(
        "Rescuers in Seoul on Oct. 30, 2022. (Photo by STR / YONHAP / AFP) / SOUTH KOREA OUT / REPUBLIC OF KOREA OUT "
        "NO ARCHIVES RESTRICTED TO SUBSCRIPTION USE"
    )
    assert {"regional", "no_archives"} <= {r.kind.value for r in record.restrictions}
    record = normaliser.normalise(
        "Mitchell Starc of Australia bowls during day one of the second Test match between Australia and India at "
        "Adelaide Oval in Adelaide, Friday, December 6, 2024. (AAP Image/Matt Turner) NO ARCHIVING, EDITORIAL USE ONLY"
    )
    assert {r.kind.value for r in record.restrictions} == {"no_archives", "editorial_use_only"}
    record = normaliser.normalise(
        "A photo in Kyiv on June 11, 2022. (Photo by Handout / PRESS SERVICE / AFP) / RESTRICTED TO EDITORIAL USE - "
        'MANDATORY CREDIT "AFP PHOTO / PRESS SERVICE" - NO MARKETING NO ADVERTISING CAMPAIGNS'
    )
    assert {r.kind.value for r in record.restrictions} == {
        "editorial_use_only",
        "mandatory_credit",
        "no_marketing",
    }


def test_a_mandatory_byline_is_a_mandatory_credit(normaliser: Normaliser) -> None:
    # British news-and-picture agencies: "MANDATORY BYLINE" on its own line, or after the credit.
    record = normaliser.normalise(
        "Police at the scene of a collision on the A19 near Peterlee on Friday night.\n"
        "© Tyne News & Pictures\nMANDATORY BYLINE"
    )
    assert {r.kind.value for r in record.restrictions} == {"mandatory_credit"}
    record = normaliser.normalise(
        "Crowds at the Goose Fair on Saturday. Picture: Ross Parry Agency. MANDATORY BYLINE"
    )
    assert {r.kind.value for r in record.restrictions} == {"mandatory_credit"}
    # BACKGRID's "BYLINE MUST READ" gives the credit's wording, no restriction.
    record = normaliser.normalise("Jennifer Doe in Malibu on Sunday.\nBYLINE MUST READ: MEGA / BACKGRID")
    assert not record.restrictions


def test_organiser_is_named(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Troops stand in Mariupol, Ukraine, May 18, 2022. The picture was taken during a media trip organised by "
        "the Russian Defence Ministry. REUTERS/Stringer"
    )
    trip = next(p for p in record.provenance if p.kind.value == "organised_trip")
    assert trip.party == "Russian Defence Ministry"


def test_digital_source_type(normaliser: Normaliser) -> None:
    base = "http://cv.iptc.org/newscodes/digitalsourcetype/"
    still = normaliser.normalise(
        "A still image taken from video shows a fire in Kyiv, Ukraine, May 3, 2024. Reuters TV"
    )
    photo = normaliser.normalise("Crowds in Kyiv, Ukraine, May 3, 2024. REUTERS/Gleb Garanich")
    screen = normaliser.normalise(
        "A screenshot of a post on X by the Ukrainian presidency, taken in Kyiv, Ukraine, May 3, 2024. "
        "REUTERS/Staff"
    )
    # a still from video is a capture of real life, not a capture of a computer's screen (IPTC's CV)
    assert still.digital_source_type == base + "digitalCapture"
    assert screen.digital_source_type == base + "screenCapture"
    # a caption that says nothing of how the picture was made gives no source type to write as a claim
    assert photo.digital_source_type is None


def test_trigger_words_skip_nothing(normaliser: Normaliser, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule is skipped when none of its trigger words is in the caption; with every rule tried instead,
    the corpus of our own captions gets the same provenance, restrictions and source types."""
    from captions._parse import _provenance

    corpus = ROOT / "tests" / "corpus" / "agency_styles.jsonl"
    texts = [json.loads(line)["caption"] for line in corpus.read_text(encoding="utf-8").splitlines()]

    def summary() -> list[tuple[object, ...]]:
        out = []
        for text in texts:
            r = normaliser.normalise(text)
            out.append((r.provenance, r.restrictions, r.digital_source_type))
        return out

    with_triggers = summary()
    monkeypatch.setattr(_provenance._Rule, "search", _provenance._Rule.search_all)
    assert summary() == with_triggers


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A party named in lower case, and a time between the verb and "by".
        (
            "Japanese Prime Minister Fumio Kishida meets troops at a base in Naha, Japan, on April 2, 2024, in this "
            "photo provided by the defense ministry. (Kyodo)",
            {"handout"},
        ),
        (
            "Firefighters spray water on a burning warehouse in Busan on Jan. 5, 2025, in this photo released the "
            "following day by the city's fire department. (Yonhap)",
            {"handout"},
        ),
        (
            "Indian soldiers patrol a road in Srinagar, India, May 8, 2025, in this picture released on Thursday by "
            "the army. REUTERS",
            {"handout"},
        ),
        # The same, written in Spanish, Portuguese, French, Italian and German.
        (
            "El presidente Gabriel Boric saluda a vecinos en Valparaíso, en una foto cedida por la Presidencia de "
            "Chile. EFE/ Presidencia de Chile SOLO USO EDITORIAL",
            {"handout"},
        ),
        (
            "O presidente Luiz Inácio Lula da Silva em Brasília, em foto divulgada pelo Palácio do Planalto. "
            "Foto: Ricardo Stuckert/PR",
            {"handout"},
        ),
        (
            "Le ministre Jean Dupont visite une usine à Lyon, sur une photo fournie par le ministère de l'Industrie. "
            "(AFP)",
            {"handout"},
        ),
        (
            "Il presidente Sergio Mattarella a Roma, in una foto diffusa dall'ufficio stampa del Quirinale. ANSA",
            {"handout"},
        ),
        (
            "Bundeskanzler Olaf Scholz in Berlin auf einem vom Bundespresseamt zur Verfügung gestellten Foto. "
            "Foto: Steffen Kugler/Bundesregierung/dpa",
            {"handout"},
        ),
        # The same in the languages of national agencies.
        (
            "Путин проводит совещание в Москве, 3 мая 2025 года. На фото, предоставленном пресс-службой "
            "Кремля. Фото: Гавриил Григоров/ТАСС",
            {"handout"},
        ),
        ("Premier w Warszawie, 3 maja 2025 r. Zdjęcie udostępnione przez KPRM. Fot. PAP", {"handout"}),
        ("Premiér v Praze 3. května 2025. Snímek poskytl Úřad vlády. Foto: ČTK", {"handout"}),
        (
            "Koning Willem-Alexander in Den Haag, 3 mei 2025, op een foto verstrekt door de RVD. ANP",
            {"handout"},
        ),
        (
            "Erdoğan Ankara'da, 3 Mayıs 2025. Cumhurbaşkanlığı tarafından servis edilen fotoğraf. (AA)",
            {"handout"},
        ),
        (
            "Ο πρωθυπουργός στην Αθήνα, 3 Μαΐου 2025, σε φωτογραφία που διανεμήθηκε από το γραφείο Τύπου. "
            "ΑΠΕ-ΜΠΕ",
            {"handout"},
        ),
        (
            "Premierul la București, 3 mai 2025, într-o fotografie furnizată de Guvernul României. Inquam Photos",
            {"handout"},
        ),
        (
            "Orbán Viktor Budapesten 2025. május 3-án a Miniszterelnöki Sajtóiroda által közreadott képen. MTI",
            {"handout"},
        ),
        # A photographer's own picture says nothing of a handout.
        ("Путин выступает в Москве, 3 мая 2025 года. Фото: Гавриил Григоров/ТАСС", set()),
        # A date between the verb and its party.
        (
            "Kim Jong Un inspects a greenhouse farm in Hamju, in this photo released Nov. 4, 2025, by the North's "
            "official Korean Central News Agency. (Yonhap)",
            {"handout"},
        ),
        # South Asia's wires credit a government press office's picture after their own.
        (
            "New Delhi [India], July 9 (ANI): President Droupadi Murmu presents awards at Rashtrapati Bhavan on "
            "Friday. (ANI Photo/PIB)",
            {"handout"},
        ),
        (
            "Islamabad, July 9 (APP): Prime Minister Shehbaz Sharif chairs a meeting. APP Photo/ PID",
            {"handout"},
        ),
        ("New Delhi: Voters queue outside a polling station on Friday. (PTI Photo/Ravi Choudhary)", set()),
        # Who provides nothing: a person photographed by someone, a report released by a ministry.
        (
            "Protesters hold signs released by organisers in Seoul, South Korea, May 1, 2024. (AP Photo/Lee Jin-man)",
            set(),
        ),
    ],
)
def test_handout_phrasings(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A broadcaster's name with an owner's apostrophe, and "capture" as a noun.
        (
            "North Korean leader Kim Jong Un inspects a factory in Pyongyang in this photo captured from the "
            "North's Korean Central Television on March 3, 2025. (Yonhap)",
            {"video_still"},
        ),
        (
            "Soldiers march in Pyongyang in this image capture from North Korea’s state TV on Oct. 10, 2020. "
            "(Yonhap)",
            {"video_still"},
        ),
        (
            "Rescuers search the rubble in Antakya, Turkey, in this screen grab taken from Turkey's TRT television "
            "on Feb. 7, 2023. REUTERS",
            {"video_still"},
        ),
        # Other languages: French, Spanish, Portuguese, German, Italian.
        (
            "Des secouristes dans les décombres à Derna, en Libye, sur cette image extraite d'une vidéo diffusée le "
            "12 septembre 2023. (AFP)",
            {"video_still"},
        ),
        (
            "Le visage couvert de poussière, cette fillette, devenue le symbole du siège de Marioupol, est tirée "
            "d'une vidéo tournée par un habitant. (AFP PHOTO / HO)",
            {"video_still"},
        ),
        (
            "Captura de video de la llegada del huracán Otis a Acapulco, México, el 25 de octubre de 2023. EFE",
            {"video_still"},
        ),
        (
            "Imagem retirada de vídeo mostra a enchente em Porto Alegre, no Rio Grande do Sul. Foto: Reprodução",
            {"video_still"},
        ),
        (
            "Das Videostandbild zeigt Rettungskräfte in Valencia, Spanien. Foto: -/Protección Civil/dpa",
            {"video_still"},
        ),
        (
            "Un fermo immagine tratto da un video mostra i soccorritori a Casamicciola. ANSA/VIGILI DEL FUOCO",
            {"video_still"},
        ),
        # dpa's "-/Telegram/dpa": taken from a Telegram post.
        (
            "Ein Screenshot aus einem Video zeigt Soldaten in Bachmut. Foto: -/Telegram/dpa",
            {"video_still", "social_media"},
        ),
        ("Capture d'écran d'une vidéo diffusée sur X montrant des soldats à Gaza. (AFP)", {"video_still"}),
        # A screenshot of a web page is no still of a video, nor a screen shown in the picture.
        ("Captura de pantalla de la web del Gobierno de México. EFE", set()),
        ("Capture d'écran du site du ministère de l'Intérieur. (AFP)", set()),
        (
            "Fans watch the final on a television screen at a bar in Buenos Aires, Argentina, Dec. 18, 2022. "
            "(AP Photo/Gustavo Garello)",
            set(),
        ),
    ],
)
def test_video_still_phrasings(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) - {"handout"} == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # An archive picture, in the words of EFE, AFP, ANSA, dpa, Lusa.
        (
            "Fotografía de archivo del presidente Gustavo Petro en Bogotá. EFE/Mauricio Dueñas Castañeda",
            {"file"},
        ),
        ("ARCHIVO - El rey Felipe VI en Madrid, el 3 de marzo de 2020. EFE/Ballesteros", {"file"}),
        ("Photo d'archives du président Emmanuel Macron à Paris, le 3 mars 2020. (AFP)", {"file"}),
        ("Foto d'archivio del presidente Sergio Mattarella a Roma. ANSA/ETTORE FERRARI", {"file"}),
        ("Foto di archivio del 12 marzo 2019: Sergio Mattarella al Quirinale. ANSA/ETTORE FERRARI", {"file"}),
        # Posted online, in the languages of AFP, EFE, Agência Brasil and dpa.
        (
            "Capture d'écran d'une vidéo publiée sur les réseaux sociaux montrant un incendie à Marseille. (AFP)",
            {"video_still", "social_media"},
        ),
        ("Imagen difundida en redes sociales del incendio en Quito. EFE", {"social_media"}),
        (
            "Vídeo divulgado nas redes sociais mostra a enchente em Porto Alegre. Foto: Reprodução",
            {"social_media"},
        ),
        (
            "Ein in den sozialen Medien verbreitetes Video zeigt den Brand in Hamburg. Foto: -/dpa",
            {"social_media"},
        ),
        ("Undatiertes Handout: Ein Eisbär im Tierpark Berlin. Foto: Tierpark Berlin/dpa", {"handout"}),
        ("Das Archivbild zeigt den Reichstag in Berlin. Foto: Paul Zinken/dpa", {"file"}),
        # A government office or ministry in a partner agency's credit handed the picture out.
        ("Il presidente Sergio Mattarella al Quirinale, a Roma. ANSA/UFFICIO STAMPA QUIRINALE", {"handout"}),
        (
            "El rey Felipe VI durante el acto en Madrid. EFE/Casa de S.M. el Rey/SOLO USO EDITORIAL",
            {"handout"},
        ),
        ("Soldados en la base de Zaragoza. EFE/Ministerio de Defensa", {"handout"}),
        # A photographer's own picture is none.
        ("Vista del incendio en Valparaíso, Chile. EFE/Adriana Thomasa SOLO USO EDITORIAL", set()),
    ],
)
def test_file_and_handout_in_other_languages(
    normaliser: Normaliser, caption: str, expected: set[str]
) -> None:
    assert kinds(normaliser, caption) == expected


def test_a_restriction_closing_the_chain_is_no_photographer(normaliser: Normaliser) -> None:
    record = normaliser.normalise("El rey Felipe VI en Madrid. EFE/Casa de S.M. el Rey/SOLO USO EDITORIAL")
    assert record.creator is None and record.credit_line == "EFE/Casa de S.M. el Rey"
    assert "editorial_use_only" in {r.kind.value for r in record.restrictions}


def test_the_phrase_ends_with_its_party(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Handout photo released by the Palestinian Presidency shows Mahmoud Abbas in Ramallah on Jan. 5, 2024. "
        "Palestinian Presidency/Handout via REUTERS"
    )
    handout = next(p for p in record.provenance if p.kind.value == "handout")
    assert (handout.text, handout.party) == (
        "photo released by the Palestinian Presidency",
        "Palestinian Presidency",
    )


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # File pictures in the words of Lehtikuva, ČTK, Tanjug, BTA.
        (
            "ARKISTOKUVA: Pääministeri Kesärannassa Helsingissä 3. heinäkuuta 2021. Kuva: Lehtikuva / Matti "
            "Matikainen",
            {"file"},
        ),
        ("ARCHIVNÍ SNÍMEK - Povodně v Ostravě, 17. září 2024.\nFOTO: ČTK/Šimánek Vít", {"file"}),
        ("Arhivska fotografija: Poplave u Obrenovcu, 17. maja 2014. Foto: Tanjug/Marko Marković", {"file"}),
        ("Архивна снимка: Наводнение в Царево, 6 септември 2023 г. Снимка: БТА/Иван Петров", {"file"}),
        # Drone pictures, said in German, Spanish, French, Icelandic.
        (
            "Drohnenaufnahme: Hochwasser an der Donau bei Passau, 3. Juni 2024. Foto: Max Muster/dpa",
            {"drone"},
        ),
        (
            "Foto tomada con un dron del incendio en Valparaíso, Chile, 3 de febrero de 2024. EFE/Ana López",
            {"drone"},
        ),
        (
            "Vue prise par drone du chantier à Marseille, le 3 mai 2025. (Photo by Jean Dupont / AFP)",
            {"drone"},
        ),
        ("Drónamynd af gosstöðvunum við Sundhnúk, 1. apríl 2025. Mynd/Jón Jónsson", {"drone"}),
        # An attack drone is what the picture shows.
        ("Un dron de ataque sobrevuela Kiev, 3 de mayo de 2025. EFE/Oleg Petrasyuk", set()),
    ],
)
def test_file_and_drone_in_other_languages(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Il ministro a Milano, 3 maggio 2025. ANSA/MATTEO BAZZI +++ USO ESCLUSIVAMENTE EDITORIALE +++",
        "Koning Willem-Alexander in Den Haag. ANP/Robin van Dam - ALLEEN VOOR REDACTIONEEL GEBRUIK",
        "Kronprinsessan Victoria i Stockholm, 3 maj 2025. Foto: Anna Svensson/TT - Endast för redaktionellt bruk",
        "Polizisten vor dem Rathaus in Köln. Foto: Max Muster/dpa - Nur zur redaktionellen Verwendung",
    ],
)
def test_editorial_use_only_in_other_languages(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert {r.kind.value for r in record.restrictions} == {"editorial_use_only"}
    assert record.creator is not None and "EDITORIAL" not in record.creator.upper()


@pytest.mark.parametrize(
    ("caption", "creator", "line", "region"),
    [
        # EPA glues the country a picture may not be sold in to its credit, in the same capitals.
        (
            "Poland's President Karol Nawrocki welcomes a guest at the Presidential Palace in Warsaw, Poland, "
            "03 December 2026. EPA-EFE/PAWEL SUPERNAK POLAND OUT",
            "Pawel Supernak",
            "EPA-EFE/PAWEL SUPERNAK",
            "POLAND OUT",
        ),
        (
            "Skaters take to the ice at Kungsträdgården in Stockholm, Sweden, 02 December 2026. "
            "EPA-EFE/CHRISTINE OLSSON SWEDEN OUT",
            "Christine Olsson",
            "EPA-EFE/CHRISTINE OLSSON",
            "SWEDEN OUT",
        ),
        (
            "Fans cheer in Copenhagen, Denmark, 03 December 2026. EPA-EFE/IDA MARIE ODGAARD DENMARK OUT / "
            "SWEDEN OUT",
            "Ida Marie Odgaard",
            "EPA-EFE/IDA MARIE ODGAARD",
            "DENMARK OUT",
        ),
        (
            "Riot police stand guard in Hong Kong, China, 03 December 2026. EPA-EFE/LEUNG MAN HEI CHINA OUT",
            "Leung Man Hei",
            "EPA-EFE/LEUNG MAN HEI",
            "CHINA OUT",
        ),
    ],
)
def test_a_regional_restriction_glued_to_the_credit_is_no_part_of_the_name(
    normaliser: Normaliser, caption: str, creator: str, line: str, region: str
) -> None:
    record = normaliser.normalise(caption)
    assert (record.creator, record.credit_line) == (creator, line)
    assert [(r.kind.value, r.text) for r in record.restrictions] == [("regional", region)]
    assert not record.warnings


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "epa12093811 (FILE) - Spanish tennis player Rafael Nadal reacts during a match in Paris, France, "
            "05 June 2022 (reissued 19 November 2026). EPA-EFE/CAROLINE BLUMBERG",
            {"file"},
        ),
        (
            "(FILES) Workers repair a road in Lagos on March 3, 2019. (Photo by PIUS UTOMI EKPEI / AFP)",
            {"file"},
        ),
        (
            "US President Joe Biden speaks in Washington, 14 June 2022 (reissued 3 November 2026). "
            "EPA-EFE/SHAWN THEW / POOL",
            {"file", "pool"},
        ),
        (
            "In this photo taken from a post on the official Telegram channel of the regional governor on Nov. 5, "
            "2026, smoke rises over Belgorod. (Belgorod regional administration via AP)",
            {"handout", "social_media"},
        ),
    ],
)
def test_file_flags_and_channel_posts(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


def restrictions(normaliser: Normaliser, caption: str) -> set[str]:
    return {r.kind.value for r in normaliser.normalise(caption).restrictions}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "HANDOUT - The undated handout shows the planned terminal at Munich airport. (Photo: Flughafen "
            "München/dpa) - ATTENTION: For editorial use only and only with full mention of the above credit",
            {"editorial_use_only", "mandatory_credit"},
        ),
        (
            "Oct. 4, 2026 - Portland, Oregon, USA - Fans cheer at Providence Park. (Credit Image: © Dana Shore/ZUMA "
            "Press Wire) EDITORIAL USAGE ONLY! Not for Commercial USAGE!",
            {"editorial_use_only"},
        ),
        (
            "A shopper passes a sign advertising no sales tax in Portland, Ore., Nov. 27, 2026. (AP Photo/Jenny Kane)",
            set(),
        ),
        (
            "Protesters hold placards reading 'No sales to the regime' outside an arms fair in London, Britain, "
            "September 9, 2026. REUTERS/Jaimi Joy",
            set(),
        ),
        (
            "A shelter dog waits for adoption in Split, Croatia, 2 May 2026. EPA-EFE/MATKO BEGOVIC NO SALES",
            {"no_sales"},
        ),
        # EFE's Spanish block, in capitals; "no ventas" in running text is a shop's notice.
        (
            "Fotografía cedida por la Policía Nacional del Perú que muestra un decomiso en Lima. EFE/ Policía "
            "Nacional del Perú /SOLO USO EDITORIAL /NO VENTAS /CRÉDITO OBLIGATORIO",
            {"editorial_use_only", "no_sales", "mandatory_credit"},
        ),
        (
            "Un cartel dice que no ventas de alcohol tras las diez en una tienda de Lima, Perú, el 3 de mayo de "
            "2026. EFE/Paolo Aguilar",
            set(),
        ),
    ],
)
def test_restriction_phrasings(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert restrictions(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Dancers perform at the opening gala in Vienna, Austria, November 30, 2026. REUTERS/Lisa Leutner FOR "
            "EDITORIAL USE ONLY. NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS.",
            {"editorial_use_only", "no_marketing"},
        ),
        (
            "Skaters glide on a lake near Tampere, Finland, December 3, 2026. Lehtikuva/Emmi Korhonen via REUTERS "
            "ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. NO THIRD PARTY SALES. FINLAND OUT.",
            {"no_sales", "regional"},
        ),
    ],
)
def test_reuters_restriction_notes(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert restrictions(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "text"),
    [
        (
            "EMBARGOED TO 0001 FRIDAY DECEMBER 11 Undated handout photo issued by the RSPB of a puffin on the Farne "
            "Islands. Photo credit should read: RSPB/PA Wire",
            "EMBARGOED TO 0001 FRIDAY DECEMBER 11",
        ),
        (
            "Embargoed until 6 a.m. ET Thursday, March 12, 2026. A curator cleans a skull at a museum in Los Angeles "
            "on March 3, 2026. (AP Photo/Damian Dovarganes)",
            "Embargoed until 6 a.m. ET Thursday, March 12, 2026",
        ),
    ],
)
def test_an_embargo_is_its_time_and_day(normaliser: Normaliser, caption: str, text: str) -> None:
    found = [r.text for r in normaliser.normalise(caption).restrictions if r.kind.value == "embargo"]
    assert found == [text]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Dashcam video shows the moment a truck slides off an icy road near Duluth, Minn. "
            "(Minnesota State Patrol via AP)",
            {"handout", "video_still"},
        ),
        (
            "Security camera footage shows a man leaving the jewellery store in Lyon, France, on Nov. 4, 2026. "
            "(Police Nationale via AP)",
            {"handout", "video_still"},
        ),
        # Watched, a video is what the picture shows.
        (
            "A woman watches a video showing the launch at a cafe in Nairobi, Kenya, June 9, 2026. "
            "REUTERS/Monicah Mwangi",
            set(),
        ),
    ],
)
def test_a_sentence_about_its_video_is_a_video_still(
    normaliser: Normaliser, caption: str, expected: set[str]
) -> None:
    assert kinds(normaliser, caption) == expected


# Korean, Japanese and Chinese captions say provenance in their own words: Yonhap's "[Party 제공. 재판매 및
# DB 금지]" (provided by; no resale and no database), "（Party提供）", "（资料图片）" (file picture), Xinhua's
# "（无人机照片）" (drone photo); a drone attack ("无人机袭击") is none.
@pytest.mark.parametrize(
    ("caption", "expected", "restrictions"),
    [
        (
            "(서울=연합뉴스) 합동참모본부가 24일 서해상에서 해상 기동훈련을 하고 있다. 2026.12.24 "
            "[합동참모본부 제공. 재판매 및 DB 금지] photo@yna.co.kr",
            {"handout"},
            {"no_sales", "no_archives"},
        ),
        ("陸上自衛隊の訓練の様子（防衛省提供）", {"handout"}, set()),
        ("維港兩岸的煙花匯演吸引大批市民觀賞。（資料圖片）", {"file"}, set()),
        ("这是12月3日拍摄的贵州省黔东南州的梯田（无人机照片）。新华社发（李某 摄）", {"drone"}, set()),
        ("12月3日，当地遭到无人机袭击后的建筑。新华社发", set(), set()),
        ("(부산=연합뉴스) 드론으로 촬영한 광안대교의 야경. 2026.12.24", {"drone"}, set()),
    ],
)
def test_provenance_and_restrictions_in_east_asian_captions(
    normaliser: Normaliser, caption: str, expected: set[str], restrictions: set[str]
) -> None:
    record = normaliser.normalise(caption)
    assert {p.kind.value for p in record.provenance} == expected
    assert {r.kind.value for r in record.restrictions} == restrictions


# A Ukrainian oblast's or town's military administration in the credit ("Фото: Харківська ОВА") handed the
# picture out: no photographer.
@pytest.mark.parametrize(
    "caption",
    [
        "Наслідки обстрілу Херсона, 12 грудня 2026 року. Фото: Херсонська ОВА",
        "Рятувальники на місці влучання в Запоріжжі, 3 листопада 2026 року. Фото: Запорізька ОДА",
    ],
)
def test_a_military_administration_credit_is_a_handout(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert record.creator is None
    assert {p.kind.value for p in record.provenance} == {"handout"}


# The archive word closing a credit in brackets or after the agency's slash, and file photos in Greek,
# Arabic and Hindi.
@pytest.mark.parametrize(
    "caption",
    [
        "O actor Manuel Reis no Teatro Nacional, em Lisboa, em 1979. (ARQUIVO) ANTÓNIO COTRIM/LUSA",
        "Ressam Orhan Kaya, 1975 yılında İzmir'de. (Arşiv - Anadolu Ajansı)",
        "Laulaja Aino Lehto konsertissa Tampereella 1981. LEHTIKUVA / ARKISTO",
        "Ο ηθοποιός Νίκος Σταύρου στο θέατρο, το 1970. (ΦΩΤΟ ΑΡΧΕΙΟΥ ΑΠΕ-ΜΠΕ)",
        "المطرب الراحل حسن علي خلال حفل في بيروت عام 1972 (أرشيفية)",
        "दिवंगत अभिनेत्री मीना दास की 1968 में ली गई फाइल फोटो।",
    ],
)
def test_archive_words_of_other_languages_make_a_file_photo(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption)
    assert "file" in {p.kind.value for p in record.provenance}


def test_an_archive_named_as_the_credit_is_a_file_picture_with_no_photographer(
    normaliser: Normaliser,
) -> None:
    # The paper's archive handed the picture out: a file picture (_parse/_credit's archive_prefixes_cased).
    record = normaliser.normalise("Cantante Lía Paz en el Teatro Colón en 1979. Foto: Archivo Clarín")
    assert "file" in {p.kind.value for p in record.provenance}
    assert record.creator is None


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A pool picture in German, Dutch and Nordic compounds: APA's label, "Poolfoto", "poolbild".
        (
            "Bundespräsident empfängt den slowakischen Präsidenten in der Hofburg in Wien am 13. Jänner 2027. "
            "POOLFOTO: APA/Helmut Graf",
            {"pool"},
        ),
        ("Kronprinsessan Victoria i Stockholm, 3 maj 2025. Poolbild: Anna Svensson/TT", {"pool"}),
        # Polish and Czech archive pictures, either word first and declined.
        (
            "Prezydent podczas uroczystości w Warszawie, 11 listopada 2018 r. (zdjęcie archiwalne) Fot. "
            "PAP/Tomasz Wieczorek",
            {"file"},
        ),
        ("Prezydent na archiwalnym zdjęciu z 11 listopada 2018 r. Fot. PAP/Tomasz Wieczorek", {"file"}),
        ("Bývalý prezident na archivním snímku z 5. června 2015. ČTK/Petr Novotný", {"file"}),
        ("Bývalý prezident na archívnej snímke z 5. júna 2015. TASR/Martin Baumann", {"file"}),
        # Indonesian: an aerial photo taken with a drone; an aerial photo alone may be a plane's.
        (
            "Foto udara menggunakan drone memperlihatkan banjir di Kampung Melayu, Jakarta, Senin (11/1/2027). "
            "ANTARA FOTO/Rizky Pratama",
            {"drone"},
        ),
        ("Foto udara banjir di Kampung Melayu, Jakarta, Senin (11/1/2027). ANTARA FOTO/Rizky Pratama", set()),
        # A swimming pool's picture is no pool's.
        ("Kinder im Poolbereich des Freibads in Köln, 3. Juli 2025. Foto: Max Muster/dpa", set()),
    ],
)
def test_pool_file_and_drone_compounds(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Polish: a party's materials handed over; German: a video's still in a compound with a hyphen.
        (
            "Policjanci zatrzymali podejrzanego w Olkuszu w środę. Fot. materiały dostarczone przez KPP w Olkuszu",
            {"handout"},
        ),
        (
            "Ein Video-Standbild zeigt die eingestürzte Brücke in Dresden am Donnerstag. Foto: Polizei Sachsen/dpa",
            {"video_still", "handout"},
        ),
        # Indonesian: a party's documentation.
        ("Petugas mengevakuasi warga di Bekasi, Selasa (16/2/2027). Foto: Dok. BNPB", {"handout"}),
        # Not a word alone: a dock, a document.
        ("Kapal bersandar di dok kering Surabaya, Selasa (16/2/2027). ANTARA FOTO/Didik Suhartono", set()),
    ],
)
def test_page_provenance(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A picture "from a video" in the languages of national agencies and pages.
        (
            "Bild aus einem Video: Rauch über Charkiw am Dienstag. Foto: Uncredited/AP/dpa",
            {"video_still"},
        ),
        ("Fotogramma da un video: soccorritori a Ischia, mercoledì. (Ansa)", {"video_still"}),
        ("Kuvakaappaus videolta: savua nousee Harkovassa tiistaina. Kuva: Lehtikuva", {"video_still"}),
        ("Stillbild från en video som visar röken över Göteborg i tisdags. Foto: TT", {"video_still"}),
        ("Kadr z nagrania: dym nad Lwowem we wtorek. Fot. PAP", {"video_still"}),
        ("Snímek z videa ukazuje kouř nad Charkovem v úterý. Foto: ČTK", {"video_still"}),
        ("Videodan alınan görüntüde Kahramanmaraş'taki yangın görülüyor. Fotoğraf: DHA", {"video_still"}),
        ("Кадр из видео: дым над Белгородом во вторник. Фото: ТАСС", {"video_still"}),
        ("Στιγμιότυπο από βίντεο με καπνό πάνω από την Πάτρα. (EUROKINISSI)", {"video_still"}),
        # Not a picture of a video game, nor of a ceremony.
        ("Besucher der Messe in Köln spielen ein Videospiel am Dienstag. Foto: dpa", set()),
        ("Ein Foto von der Übergabe des Preises in Berlin am Dienstag. Foto: dpa", set()),
        ("Il fotogramma vincitore del concorso a Venezia, martedì. (Ansa)", set()),
    ],
)
def test_a_frame_of_video_in_other_languages(
    normaliser: Normaliser, caption: str, expected: set[str]
) -> None:
    assert kinds(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A picture shared on or taken from social media, said in other languages.
        ("Il fumo sopra Beirut in una foto diffusa sui social, mercoledì. (Ansa)", {"social_media"}),
        ("Zdjęcie z mediów społecznościowych: dym nad Lwowem we wtorek. Fot. PAP", {"social_media"}),
        ("Rook boven Kyiv op een foto gedeeld op sociale media, dinsdag. Foto: ANP", {"social_media"}),
        ("Дым над Белгородом, фото из соцсетей, вторник. Фото: ТАСС", {"social_media"}),
        ("Sosyal medyada paylaşılan görüntüde yangın görülüyor. Fotoğraf: DHA", {"social_media"}),
        # Someone who said something on social media did not share the picture.
        ("Губернатор Белгородской области сообщил в соцсетях о пожаре во вторник. Фото: ТАСС", set()),
    ],
)
def test_social_media_in_other_languages(normaliser: Normaliser, caption: str, expected: set[str]) -> None:
    assert kinds(normaliser, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The pool's or the handout's word after the picture's, as Romance pages print it.
        ("Il premier a Bruxelles martedì. Foto di pool ANSA/Olivier Hoslet", {"pool"}),
        ("Le président à Bruxelles, mardi. Photo de pool. © Ludovic Marin / AFP", {"pool"}),
        ("Photo handout de la gendarmerie, mardi, près de Lyon. AFP", {"handout"}),
        # Greek "made available by", Arabic "distributed by" after the picture's word.
        ("Η φωτογραφία διατέθηκε από την Πυροσβεστική, την Τρίτη. (EUROKINISSI)", {"handout"}),
        ("صورة وزعتها وزارة الداخلية يوم الثلاثاء. (رويترز)", {"handout"}),
        # Not a pool the picture shows, nor a handout word in a name.
        ("Bambini nella piscina comunale di Torino, martedì. ANSA/Alessandro Di Marco", set()),
    ],
)
def test_pool_and_handout_words_after_the_picture(
    normaliser: Normaliser, caption: str, expected: set[str]
) -> None:
    assert kinds(normaliser, caption) == expected


def test_an_italian_service_after_ansa_is_a_handout_and_no_photographer(normaliser: Normaliser) -> None:
    record = normaliser.normalise("La nave militare entra nel porto di Genova, martedì. ANSA/Marina Militare")
    assert (record.creator, [p.kind.value for p in record.provenance]) == (None, ["handout"])


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO: A handout picture released by the ministry shows a drone. Editorial use only. No resales.",
        "A still image taken from video shows smoke over the port. REUTERS/Reuters TV",
        "Fans cheer at the stadium in Lisbon. (AP Photo/Ana Brito)",
        "EDITORS NOTE: Graphic content. Mandatory credit. SOUTH KOREA OUT",
    ],
)
def test_rules_run_are_those_a_present_trigger_lets_run(caption: str) -> None:
    # The rules found from the triggers present are those that each rule's own test lets run, in order.
    present = _triggers().found(caption.lower())
    for restriction, every in ((False, _provenance_rules()), (True, _restriction_rules())):
        expected = [rule for rule in every if not rule.triggers.isdisjoint(present)]
        assert _triggered(restriction, present) == expected


def test_a_file_image_a_screen_shows_is_no_file_picture() -> None:
    # A TV screen in the frame shows an archive picture; the picture itself is the day's.
    record = normalise(
        "People watch a TV screen showing a file image of a missile launch at Seoul Railway Station in Seoul, "
        "South Korea, Tuesday, Oct. 19, 2027. (AP Photo/Park Ji-hoon)"
    )
    assert not record.provenance
