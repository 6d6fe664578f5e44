"""Credits as newspapers' own pages print them: the paper's styles, picture agencies credited alone, and the
credit labels of languages beyond Europe's."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import Credit, find_credit


def credit(caption: str) -> Credit:
    return find_credit(*clean_with_breaks(caption))


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        # Postmedia: the photographer and the paper in capitals, after the caption's last sentence.
        (
            "Trucks queue at the Ambassador Bridge in Windsor on Tuesday, March 4, 2025, as tariffs took "
            "effect. RAVI SANDHU/WINDSOR STAR",
            "Ravi Sandhu",
            "RAVI SANDHU/WINDSOR STAR",
        ),
        (
            "Fans cheer as the Senators score in Ottawa on Saturday, Feb. 1, 2025. ERROL MCGIHON/OTTAWA SUN",
            "Errol McGihon",
            "ERROL MCGIHON/OTTAWA SUN",
        ),
        (
            "Crews work on the Whitemud Drive overpass in Edmonton on Monday, Aug. 11, 2025. "
            "GREG SOUTHAM/EDMONTON JOURNAL",
            "Greg Southam",
            "GREG SOUTHAM/EDMONTON JOURNAL",
        ),
        # McClatchy: the photographer and their address at the paper.
        (
            "Gov. Andy Beshear speaks in the Capitol in Frankfort, Ky., on Wednesday, Jan. 8, 2025. "
            "Silas Whitaker/swhitaker@herald-leader.com",
            "Silas Whitaker",
            "Silas Whitaker/swhitaker@herald-leader.com",
        ),
        (
            "Crews clear snow on Tryon Street in Charlotte, N.C., on Friday, Jan. 10, 2025. "
            "Jeff Siner/jsiner@charlotteobserver.com",
            "Jeff Siner",
            "Jeff Siner/jsiner@charlotteobserver.com",
        ),
        # A paper and its photographer joined by a dash, in a parenthesis of their own before the notice.
        (
            "Runners pass the green during the Turkey Trot in Lebanon, N.H., on Thursday, Nov. 27, 2025. "
            "(Valley News — Jordan Pike) Copyright Valley News. May not be reprinted without permission.",
            "Jordan Pike",
            "Valley News — Jordan Pike",
        ),
        # Australian and Scottish papers: "Picture by Name", the words no part of the credit.
        (
            "Staff in period costume prepare for the festival in Ballarat on Friday, July 4. Picture by Kate "
            "Healy",
            "Kate Healy",
            "Kate Healy",
        ),
        (
            "Riders tackle the downhill course near Fort William on Sunday. Picture by Ewan Grant/DCT Media",
            "Ewan Grant",
            "Ewan Grant/DCT Media",
        ),
        # The Indian Express and Hindustan Times: the paper, then "Photo by".
        (
            "Fishermen haul in their nets at Fort Kochi beach on Monday. (Express Photo by Arun Chandran)",
            "Arun Chandran",
            "Express Photo by Arun Chandran",
        ),
        (
            "Commuters wade through a waterlogged street in Gurugram on Tuesday. (HT Photo by Parveen Kumar)",
            "Parveen Kumar",
            "HT Photo by Parveen Kumar",
        ),
    ],
)
def test_papers_own_credit_styles(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.doubt) == (creator, line, None)
    assert found.provenance == ()


@pytest.mark.parametrize(
    ("caption", "creator", "paper"),
    [
        (
            "Le premier ministre à l'Assemblée nationale, mardi. Photo: Samuel Ouellet Le Devoir",
            "Samuel Ouellet",
            "Le Devoir",
        ),
        (
            "Des manifestants devant l'hôtel de ville de Montréal, samedi. Photo: Valérian Mazataud Le Devoir",
            "Valérian Mazataud",
            "Le Devoir",
        ),
        (
            "Le maire de Gatineau en conférence de presse, lundi. Photo: Patrick Woodbury Le Droit",
            "Patrick Woodbury",
            "Le Droit",
        ),
    ],
)
def test_a_quebec_paper_signed_after_its_photographer(caption: str, creator: str, paper: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, paper, None)


def test_a_name_with_a_particle_is_no_paper() -> None:
    found = credit("Marine Le Pen à Hénin-Beaumont, le 3 mars 2025. Photo: Jean-Marc Le Bras")
    assert (found.creator, found.doubt) == ("Jean-Marc Le Bras", None)


def test_a_paper_that_may_follow_the_photographer_is_doubted() -> None:
    # "Soleil" is a given name too: the paper cannot be told from a surname, so the desk is asked.
    found = credit("Les pompiers combattent un incendie à Lévis, jeudi. Photo: Erick Labbé Le Soleil")
    assert found.doubt is not None and "paper" in found.doubt


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Aidan Byrne (41), leaving the Criminal Courts of Justice in Dublin yesterday. Pic: Collins Courts",
            "Collins Courts",
        ),
        (
            "Dragons' Jack Evans breaks through at Rodney Parade, Newport. Picture: Huw Evans Agency",
            "Huw Evans Agency",
        ),
        (
            "Seán Daly (34) leaving Ennis Courthouse on Tuesday, where he was remanded. Photo: Press 22",
            "Press 22",
        ),
        (
            "The Taoiseach at Government Buildings in Dublin on Monday. Photo: Brian Lawless Photography",
            "Brian Lawless Photography",
        ),
    ],
)
def test_a_picture_agency_credited_alone_is_the_source_and_no_handout(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.line, found.creator, found.source, found.doubt) == (line, None, line, None)
    assert found.provenance == ()


def test_a_government_agency_credited_alone_still_handed_the_picture_out() -> None:
    found = credit("A test launch at the range on Monday. Photo: Defence Industry Agency")
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    "caption",
    [
        "Ranger Tess Moore with a crocodile trap on the Ross River in Townsville. Picture: Supplied",
        "The family at their home in Whangārei last summer. Photo: Supplied",
        "Volunteers plant trees along the Bow River in Calgary on Saturday. Photo: Contributed",
    ],
)
def test_a_supplied_picture_is_a_whole_credit(caption: str) -> None:
    found = credit(caption)
    assert found.doubt is None and found.creator is None
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_photo_by_handout_alone_still_lacks_its_party() -> None:
    assert credit("A man walks in Paris. (Photo by Handout)").doubt is not None


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # Swahili (Taifa Leo), Filipino (GMA), Malay (Berita Harian), Irish (Tuairisc).
        (
            "Wafanyabiashara wakiuza samaki katika soko la Marikiti, Mombasa, Jumatatu. PICHA | MWANAISHA CHANDE",
            "Mwanaisha Chande",
        ),
        ("Wanafunzi wakiwa darasani jijini Nairobi, Jumanne. PICHA: FRANCIS NDERITU", "Francis Nderitu"),
        (
            "Lumikas ang mga residente sa Marikina City nitong Huwebes. (Kuha ni Rodel Santiago/GMA News)",
            "Rodel Santiago",
        ),
        # ABS-CBN closes the caption with it unbracketed, the outlet after a comma.
        (
            "Nagsimba ang mga deboto sa Baclaran Church nitong Linggo. Kuha ni Mark Demayo, ABS-CBN News",
            "Mark Demayo",
        ),
        (
            "Jemaah menunaikan solat di Masjid Sultan pada 31 Mac. - Foto BH: NUR SYAFIQAH RAHMAN",
            "Nur Syafiqah Rahman",
        ),
        (
            "Peminat bola sepak di Stadium Nasional Bukit Jalil, Kuala Lumpur. Gambar NSTP: Aizuddin Saad",
            "Aizuddin Saad",
        ),
        (
            "Lucht leanúna ag ceiliúradh i bPáirc an Chrócaigh Dé Domhnaigh. Grianghraf: Seán Ó Briain",
            "Seán Ó Briain",
        ),
    ],
)
def test_credit_labels_in_swahili_filipino_malay_and_irish(caption: str, creator: str) -> None:
    found = credit(caption)
    assert (found.creator, found.doubt) == (creator, None)


@pytest.mark.parametrize(
    ("caption", "agency"),
    [
        ("Demonstranten ziehen am Freitag über die Independence Avenue in Windhoek. Foto: Nampa", "Nampa"),
        ("Farmers display their maize at the show in Windhoek on Friday. Photo: Nampa", "Nampa"),
        ("Die Ministerin bei der Pressekonferenz in Wien am Montag. Foto: Kurier", "Kurier"),
    ],
)
def test_an_agency_named_alone_after_its_label_is_the_source(caption: str, agency: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.creator, found.doubt) == (agency, agency, None, None)


@pytest.mark.parametrize(
    "caption",
    [
        # A place or a kind of picture named alone is no agency: the desk looks.
        "Protesters march through the city centre on Friday. Photo: Screenshot",
        "Protesters march through the city centre on Friday. Photo: Paris",
    ],
)
def test_a_word_alone_that_is_no_agency_is_doubted(caption: str) -> None:
    found = credit(caption)
    assert found.source is None and found.doubt is not None


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Commuters wait at the Britomart station in Auckland on Monday. Photo / Michael Craig",
            "Michael Craig",
            "Michael Craig",
        ),
        (
            "Surfers at Piha beach west of Auckland on Sunday. Photo / Dean Purcell",
            "Dean Purcell",
            "Dean Purcell",
        ),
        ("The family at their home in Whangārei last summer. Photo / Supplied", None, "Supplied"),
    ],
)
def test_the_new_zealand_herald_label_with_a_slash(caption: str, creator: str | None, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.doubt) == (creator, line, None)


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        ("Firefighters battle a blaze at a warehouse in Dandenong on Tuesday.\nJason South", "Jason South"),
        ("Commuters crowd the platform at Central Station in Sydney on Monday.\nNick Moir", "Nick Moir"),
        ("Volunteers fill sandbags in Lismore on Monday, March 3, 2025.\nNATALIE GRONO", "Natalie Grono"),
    ],
)
def test_a_photographers_name_on_a_line_of_its_own(caption: str, creator: str) -> None:
    found = credit(caption)
    assert (found.creator, found.doubt) == (creator, None)


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # La Nación and Clarín: the name alone in title case closes the caption, with no stop of its own.
        ("Turistas en la rambla de Mar del Plata, el sábado pasado. Mauro V. Rizzi", "Mauro V. Rizzi"),
        (
            "Hinchas de Boca en la Bombonera, durante el partido del domingo. Santiago Filipuzzi",
            "Santiago Filipuzzi",
        ),
        ("Banhistas na praia de Copacabana, no Rio de Janeiro, no domingo. Pedro Kirilos", "Pedro Kirilos"),
    ],
)
def test_a_photographers_name_closing_the_caption_with_no_stop(caption: str, creator: str) -> None:
    found = credit(caption)
    assert (found.creator, found.doubt) == (creator, None)


@pytest.mark.parametrize(
    "caption",
    [
        # A stop after the name, or a caption of a few words before it: a sentence naming someone, no credit.
        "Turistas en la rambla de Mar del Plata, el sábado pasado. Mauro Rizzi.",
        "En la rambla. Mauro Rizzi",
    ],
)
def test_a_name_closing_the_caption_needs_no_stop_and_a_sentence_before_it(caption: str) -> None:
    assert credit(caption).creator is None


@pytest.mark.parametrize(
    "caption",
    [
        # A list's cue before the name, or no stop closing the caption's sentence: the name is no credit.
        "Volunteers fill sandbags in Lismore on Monday.\nPictured from left:\nJohn Smith",
        "A view of the harbour in Sydney\nEddie Jim",
    ],
)
def test_a_name_on_its_own_line_needs_the_caption_closed_before_it(caption: str) -> None:
    assert credit(caption).creator is None


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # Vietnamese "Ảnh:" (photo), Swahili "Picha na" (photo by), closing the caption.
        ("Người dân dọn dẹp sau bão tại Quảng Ngãi, sáng 28/10. Ảnh: Phạm Linh", "Phạm Linh", None),
        (
            "Wakulima wakivuna kahawa mjini Moshi leo Jumatano, Machi 12, 2025. Picha na Janeth Mushi",
            "Janeth Mushi",
            None,
        ),
        # Malay papers: "- Foto NSTP/NAME", the paper's initials before a slash.
        (
            "Orang ramai memenuhi Dataran Merdeka, Kuala Lumpur. - Foto NSTP/MOHD FADLI HAMZAH",
            "Mohd Fadli Hamzah",
            "NSTP",
        ),
        # A dash glued to the name closing the caption (the Inquirer, Dawn), a paper after a slash.
        (
            "Binaha ang mga kalsada sa Navotas City noong Biyernes. —RICHARD A. REYES",
            "Richard A. Reyes",
            None,
        ),
        (
            "LAHORE: Smog envelops the Minar-i-Pakistan on Sunday.—Murtaza Ali / White Star",
            "Murtaza Ali",
            None,
        ),
        # French papers: "Photo Name" with no colon.
        (
            "Des habitants devant les ruines d'un immeuble à Tyr, le 3 octobre 2025. Photo Ali Hashisho",
            "Ali Hashisho",
            None,
        ),
        # Indonesian papers with photo desks of their own.
        (
            "Presiden menyapa warga di Istana Bogor, Jawa Barat, Senin, 3 Maret 2025. TEMPO/Muhammad Hidayat",
            "Muhammad Hidayat",
            "Tempo",
        ),
        # The Hindu: initials and a name in capitals; an initial counts for no word of a long name.
        (
            "Devotees throng the Kapaleeswarar temple in Chennai on March 3, 2025. | Photo Credit: R. RAGU",
            "R. Ragu",
            None,
        ),
        (
            "Fishermen mend their nets at the harbour in Kochi on March 3, 2025. | Photo Credit: H. VIBHU",
            "H. Vibhu",
            None,
        ),
        (
            "Farmers protest near the Collectorate in Madurai on March 3, 2025. | Photo Credit: G. MOORTHY KUMAR",
            "G. Moorthy Kumar",
            None,
        ),
    ],
)
def test_credit_labels_of_asian_and_african_papers(caption: str, creator: str, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.doubt) == (creator, None)
    if source is not None:
        assert found.source == source


def test_a_dash_before_words_in_lower_case_is_no_credit() -> None:
    assert credit("Children play in the rain in Manila on Monday.—and the rain kept falling").creator is None


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # A paper's name alone after the label is the source, no photographer.
        ("Traders wait for customers at Balogun market in Lagos.\nPhoto: Punch Times", "Punch Times"),
        ("Flood victims queue for aid in Sylhet, Bangladesh.\nPhoto: Dhaka Tribune", "Dhaka Tribune"),
    ],
)
def test_a_papers_name_alone_is_the_source(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (None, source, None)


@pytest.mark.parametrize(
    "caption",
    [
        # The BBC's services in Swahili and Indonesian: the label, a comma, then the credit.
        "Rais William Ruto akihutubia mkutano jijini Nairobi.\nChanzo cha picha, Getty Images",
        "Warga mengungsi di Cianjur, Jawa Barat.\nSumber gambar, Getty Images",
    ],
)
def test_the_bbc_services_image_source_label(caption: str) -> None:
    assert credit(caption).source == "Getty Images"


@pytest.mark.parametrize(
    "caption",
    [
        "Inilikas ang mga residente sa bayan ng Guinobatan, Albay. (Larawan mula sa Albay PDRRMO)",
        # Unbracketed, closing the caption.
        "Binaha ang mga kalsada sa bayan ng Borongan nitong Lunes. Larawan mula sa MDRRMO Borongan",
    ],
)
def test_a_filipino_picture_from_a_party_is_a_handout(caption: str) -> None:
    found = credit(caption)
    assert found.creator is None
    assert ProvenanceKind.HANDOUT in {kind for kind, *_ in found.provenance}


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # Thai papers sign their Thai captions with their own name after the label "ภาพ:" (photo).
        ("ชาวบ้านลุยน้ำท่วมในอำเภอหาดใหญ่ จังหวัดสงขลา เมื่อวันที่ 2 ธ.ค. 2569 (ภาพ: มติชน)", "Matichon"),
        ("นักท่องเที่ยวชมดอกซากุระบนดอยอ่างขาง จังหวัดเชียงใหม่ ภาพ: ไทยรัฐออนไลน์", "Thairath"),
        ("ประชาชนร่วมงานลอยกระทงที่สะพานพระราม 8 กรุงเทพฯ ภาพ: ข่าวสด", "Khaosod"),
    ],
)
def test_a_thai_papers_own_name_after_the_label_is_the_source(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (None, source, None)


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # Icelandic papers credit with their web address in lower case, then the photographer.
        (
            "Snjómokstur á Laugavegi í gærmorgun. mbl.is/Kristinn Magnússon",
            "Kristinn Magnússon",
            "Morgunblaðið",
        ),
        ("Ferðamenn við Gullfoss á sunnudag. visir.is/Vilhelm Gunnarsson", "Vilhelm Gunnarsson", "Vísir"),
        # Georgian: "ფოტო:" (photo), a name in Mkhedruli, which has no capitals, and the agency.
        (
            "თბილისი, 3 თებერვალი. აქცია რუსთაველის გამზირზე. ფოტო: გიორგი კაპანაძე / IPN",
            "გიორგი კაპანაძე",
            "IPN",
        ),
    ],
)
def test_icelandic_web_addresses_and_georgian_labels(caption: str, creator: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, source)
    assert not found.provenance


def test_the_vietnam_news_agency_writes_xinhua_in_its_initials() -> None:
    found = credit("Lực lượng cứu hộ tìm kiếm nạn nhân ở thành phố Rafah, ngày 5/2/2027. Ảnh: THX/TTXVN")
    assert (found.source, found.provenance) == ("Xinhua", ())


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        # A page's caption and its credit run together with no stop between: the credit opens at the name.
        (
            "Fans watch the Premier League match at the Tottenham Hotspur Stadium, London, on Sunday Justin "
            "Setterfield/Getty Images",
            "Justin Setterfield",
            "Justin Setterfield/Getty Images",
        ),
        (
            "A smartphone screen shows a chatbot's app in this photo illustration Tomas Kerner/NurPhoto via Getty "
            "Images",
            "Tomas Kerner",
            "Tomas Kerner/NurPhoto via Getty Images",
        ),
        # After a lower-case word, a two-word run opening with a known given name.
        (
            "Shoppers walk past empty units in Sheffield, where three chains announced closures this week Danny "
            "Lawson/PA",
            "Danny Lawson",
            "Danny Lawson/PA",
        ),
    ],
)
def test_a_pages_credit_run_into_its_caption(caption: str, creator: str, line: str) -> None:
    credit = find_credit(caption)
    assert (credit.creator, credit.line) == (creator, line)


def test_a_handouts_party_with_lower_case_words_stays_whole() -> None:
    # No photographer's name opens the chain: the party is written whole, "of" and all.
    credit = find_credit(
        "Rescuers work at the site in Odesa. Press service of the State Emergency Service of Ukraine/Handout via "
        "REUTERS"
    )
    assert credit.line == "Press service of the State Emergency Service of Ukraine/Handout via REUTERS"


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # "Abd", "Abu" and "Abou" make one name with the "El" after them: no paper's article ("El País").
        (
            "Men pray at a mosque in Giza, Egypt, March 3, 2027. REUTERS/Amr Abd El Rahman",
            "Amr Abd El Rahman",
        ),
        ("Boats in Port Said, Egypt, March 4, 2027. REUTERS/Ahmed Abu El Ela", "Ahmed Abu El Ela"),
    ],
)
def test_an_arabic_names_el_after_abd_is_no_papers(caption: str, creator: str) -> None:
    found = credit(caption)
    assert (found.creator, found.doubt) == (creator, None)


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        # A known given name and a surname that is an organisation's word too ("Court", "Church", "Cross").
        (
            "Commuters queue for buses outside Piccadilly station in Manchester on Thursday Simon Court/Getty "
            "Images",
            "Simon Court",
            "Simon Court/Getty Images",
        ),
        ("Nurses at a hospital in Leeds, March 1, 2027. Peter Church/PA", "Peter Church", "Peter Church/PA"),
        (
            "Flooded fields near Tewkesbury, March 2, 2027. Anna Cross/Reuters",
            "Anna Cross",
            "Anna Cross/Reuters",
        ),
    ],
)
def test_a_photographers_surname_that_is_an_organisations_word(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.provenance) == (creator, line, ())


def test_a_court_with_no_given_name_is_still_a_handouts_party() -> None:
    found = credit("Judges arrive in London, March 1, 2027. Supreme Court/Handout via REUTERS")
    assert (found.creator, [kind for kind, *_ in found.provenance]) == (None, [ProvenanceKind.HANDOUT])


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        # Arabic pages name AFP "the French" (agency); Thai pages write the agencies in Thai letters.
        ("متظاهرون أمام مبنى البرلمان في بيروت، الخميس 4 مارس/آذار 2027 (الفرنسية)", "الفرنسية", "AFP"),
        ("น้ำท่วมถนนในตัวเมืองเชียงใหม่ เมื่อวันที่ 3 มี.ค. 2570 (ภาพ: เอเอฟพี)", "เอเอฟพี", "AFP"),
        ("ผู้ชุมนุมรวมตัวหน้าทำเนียบรัฐบาล เมื่อวันที่ 2 มี.ค. 2570 (ภาพ: รอยเตอร์)", "รอยเตอร์", "Reuters"),
        # A broadcaster credited on a line of its own.
        ("Drift ice fills the harbour in Abashiri on March 2.\nNHK", "NHK", "NHK"),
    ],
)
def test_agencies_named_in_other_languages_and_broadcasters(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.creator) == (line, source, None)


def test_a_regional_newsroom_of_a_broadcaster_is_no_photographer() -> None:
    # "Суспільне Харків": Ukraine's public broadcaster and its city, not a given name and a surname.
    found = credit("Рятувальники на місці удару в Харкові, 3 березня 2027 року. Фото: Суспільне Харків")
    assert (found.creator, found.source) == (None, "Suspilne")


def test_the_french_adjective_in_arabic_running_text_is_no_credit() -> None:
    found = credit("أعلنت الحكومة الفرنسية عن خطة جديدة للنقل في باريس، الخميس 4 مارس/آذار 2027")
    assert found.source is None


@pytest.mark.parametrize(
    "caption",
    [
        # A party with no organisation's word, or a person: each handed the picture out, no photographer.
        "Rangers release a rescued turtle near Cairns this week. (Supplied: Parks Victoria)",
        "Floodwaters surround a farmhouse near Gundagai on Tuesday. (Contributed: Jane Citizen)",
        "A koala sits in a gum tree near Lismore this week. (Supplied: Friends of the Koala)",
    ],
)
def test_an_australian_supplied_label_says_a_handout(caption: str) -> None:
    assert [kind for kind, *_ in credit(caption).provenance] == [ProvenanceKind.HANDOUT]


def test_a_supplied_partys_credit_is_complete() -> None:
    # The party is the whole credit: no agency or photographer is missing from it.
    assert (
        credit("A koala sits in a gum tree near Lismore this week. (Supplied: Friends of the Koala)").doubt
        is None
    )


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # French papers: the photographer on the paper's assignment, the paper in guillemets (its source, in
        # its own case, whether a list knows it or not).
        (
            "Des bénévoles à Lille, le 3 mars 2027. MATHIEU ROUSSEL POUR « LE MONDE »",
            "Mathieu Roussel",
            "Le Monde",
        ),
        (
            "Des manifestants à Lyon, le 2 mars 2027. Jean-Marc Dupuis pour « Libération »",
            "Jean-Marc Dupuis",
            "Libération",
        ),
    ],
)
def test_a_french_papers_photographer_pour_the_paper(caption: str, creator: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, source)


def test_pour_and_a_quotation_in_running_text_is_no_credit() -> None:
    assert credit("Les élus votent à Paris, le 3 mars 2027. Le texte passe pour « une avancée »").line is None


# Korea's private wire agencies close a Korean caption as Yonhap does, after "사진=" or alone.
@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("귀성객들이 3일 서울역에서 열차에 오르고 있다. 사진=뉴시스", "Newsis"),
        ("지난 2일 부산 해운대해수욕장에서 관광객들이 산책하고 있다. 뉴스1", "News1"),
    ],
)
def test_korean_private_agencies_are_sources(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.source, found.creator) == (source, None)


# Sky News' figure: "Image:" opens the caption with what the picture shows, "Pic:" closes it with the credit.
@pytest.mark.parametrize(
    ("caption", "line", "creator"),
    [
        ("Image: Keir Starmer speaks in the House of Commons. Pic: PA", "PA", None),
        ("Image: Mark Carney. Pic: Reuters", "Reuters", None),
        (
            "Image: Flood water in Tewkesbury, Gloucestershire. Pic: Jacob King/PA",
            "Jacob King/PA",
            "Jacob King",
        ),
        # The same credit said twice, opening and closing the caption, is still the credit.
        (
            "Foto: Ana Lima/Agência Brasil Brasília (DF) 02/03/2027 – Chuva forte. Foto: Ana Lima/Agência Brasil",
            "Ana Lima/Agência Brasil",
            "Ana Lima",
        ),
    ],
)
def test_a_label_opening_the_caption_yields_to_the_credit_closing_it(
    caption: str, line: str, creator: str | None
) -> None:
    found = credit(caption)
    assert (found.line, found.creator) == (line, creator)


@pytest.mark.parametrize(
    ("caption", "line", "creator", "source"),
    [
        # Japanese papers close the caption with the photographer's name and "撮影" (photographed).
        (
            "雪の中を歩く人たち＝2027年2月24日午前、札幌市中央区、山田太郎撮影",
            "山田太郎撮影",
            "山田太郎",
            None,
        ),
        # Xinhua and China News Service in full-width brackets.
        (
            "游客在香港维多利亚港海滨拍照。（中新社记者 李明 摄）",
            "中新社记者 李明 摄",
            "李明",
            "China News Service",
        ),
        # An Irish picture agency named alone after the page's label.
        (
            "Taoiseach Micheál Martin arrives at Government Buildings in Dublin (Image: RollingNews.ie)",
            "RollingNews.ie",
            None,
            "RollingNews.ie",
        ),
        # Euronews in Spanish: "Derechos de autor" (copyright) before the credit.
        (
            "Bomberos en Viña del Mar, Chile, el 26 de febrero de 2027.\nDerechos de autor AP Photo/Ana Ruiz",
            "AP Photo/Ana Ruiz",
            "Ana Ruiz",
            "AP",
        ),
        # Israeli pages' fair-use note inside the credit's brackets is no part of it.
        (
            "Smoke rises in Tyre, February 25, 2027. (Screenshot: Telegram; used in accordance with Clause 27a of the Copyright Law)",
            "Telegram",
            None,
            None,
        ),
    ],
)
def test_page_credits_of_asian_irish_spanish_and_israeli_outlets(
    caption: str, line: str, creator: str | None, source: str | None
) -> None:
    found = credit(caption)
    assert (found.line, found.creator, found.source) == (line, creator, source)


def test_a_japanese_pool_mark_is_no_photographer() -> None:
    assert credit("首相官邸で記者会見する首相＝2027年2月6日、東京都千代田区（代表撮影）").creator is None


def test_kyodos_helicopter_picture_is_kyodos() -> None:
    found = credit("大雪に見舞われ、除雪作業が続く札幌市中心部＝8日午前（共同通信社ヘリから）")
    assert (found.source, found.creator, found.doubt) == ("Kyodo", None, None)


def test_a_file_picture_mark_in_brackets_is_no_photographer() -> None:
    # Hong Kong papers: "（資料圖片）" (file picture) names no one.
    assert credit("尖沙咀海旁的聖誕燈飾吸引不少市民及旅客拍照。（資料圖片）").creator is None


@pytest.mark.parametrize(
    "caption",
    [
        "Shoppers queue for durians at a stall in Geylang on June 6. ST PHOTO: ARIFFIN JAMAR",
        "Commuters board a train at Bishan MRT station during the morning rush. | ST PHOTO: LIM YAOHUI",
    ],
)
def test_the_straits_times_label_names_its_paper(caption: str) -> None:
    # "ST PHOTO: NAME": the label's letters are the paper's, the record names it in full.
    assert credit(caption).source == "The Straits Times"


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("Volunteers plant trees at the Castle Park on Saturday. Photo: Kilkenny People", "Kilkenny People"),
        ("Lorries queue on the A20 near the port on Friday. Picture: Kent Online", "Kent Online"),
    ],
)
def test_a_listed_papers_name_alone_is_no_photographer(caption: str, source: str) -> None:
    # Two capitalised words with no given name read as a person's; the outlet tables know them as a paper.
    found = credit(caption)
    assert (found.creator, found.source) == (None, source)


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # A regional paper's title first, its photographer second: the title's words read as a name too, but
        # only the second opens with a known given name.
        (
            "Des vendanges à Gigondas, ce mardi 14 septembre. Photo : LE DAUPHINÉ LIBÉRÉ / CLAIRE FAURE",
            "Claire Faure",
        ),
        (
            "Des vendanges à Gigondas, ce mardi 14 septembre. Photo : Vaucluse Matin / Julien Roche",
            "Julien Roche",
        ),
        # Two photographers' names keep the first (each opens with a known given name).
        (
            "Des vendanges à Gigondas, ce mardi 14 septembre. Photo : Claire Faure / Julien Roche",
            "Claire Faure",
        ),
    ],
)
def test_a_papers_title_before_its_photographer_is_no_photographer(caption: str, creator: str) -> None:
    assert credit(caption).creator == creator
