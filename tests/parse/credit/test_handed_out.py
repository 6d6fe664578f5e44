"""Credits of pictures handed out, reproduced or credited to an agency of Africa and the Middle East: who made
the picture, who handed it out, and which agency distributes it."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import ProvenanceKind, WarningCode
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit


def credit(caption: str):  # type: ignore[no-untyped-def]
    return find_credit(*clean_with_breaks(caption))


def handed_out_by(caption: str) -> str | None:
    """The party the credit says handed the picture out, or None when it says none did."""
    found = credit(caption)
    return next((party for kind, _, party in found.provenance if kind == ProvenanceKind.HANDOUT), None)


@pytest.mark.parametrize(
    ("caption", "line", "party"),
    [
        # A company and a handout word closing the caption, with no agency: the company handed it out.
        (
            "An A350F freighter takes off on its maiden flight from Toulouse, France, January 8, 2027. Airbus/Handout",
            "Airbus/Handout",
            "Airbus",
        ),
        (
            "Workers at the plant in Wolfsburg, Germany, January 8, 2027. Volkswagen AG / Handout",
            None,
            "Volkswagen AG",
        ),
        # German business pages: the company, then "Pressefoto".
        (
            "Der neue ICE L bei einer Testfahrt bei Nürnberg am 12. Januar 2027. Foto: Deutsche Bahn/Pressefoto",
            "Deutsche Bahn/Pressefoto",
            "Deutsche Bahn",
        ),
        # The courtesy before the party is no part of its name.
        (
            "Children collect water at a camp in Baidoa, Somalia, January 10, 2027. Handout/Courtesy of UNICEF",
            "Handout/Courtesy of UNICEF",
            "UNICEF",
        ),
        # dpa's dash for no photographer: the organisation after it handed the picture out.
        (
            "Das Standbild aus einem Video zeigt einen zerstörten Panzer bei Pokrowsk. Foto: -/Ukrainische "
            "Streitkräfte/dpa",
            "Ukrainische Streitkräfte/dpa",
            "Ukrainische Streitkräfte",
        ),
        # Swahili: the State House's picture.
        (
            "Rais akiwahutubia wananchi mjini Dodoma, Jumanne, Januari 12, 2027. (Picha na Ikulu)",
            "Picha na Ikulu",
            "Ikulu",
        ),
    ],
)
def test_the_party_that_handed_the_picture_out(caption: str, line: str | None, party: str) -> None:
    found = credit(caption)
    assert found.creator is None
    assert line is None or found.line == line
    assert handed_out_by(caption) == party


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # A known given name before a handout word is the photographer's who worked for the party.
        (
            "O presidente visita as obras em Cabrobó (PE), nesta quinta-feira (14). Foto: Carla Menezes/Divulgação",
            "Carla Menezes",
        ),
        # A photographer named by a party's picture service.
        (
            "Trucks cross into Sudan on 7 January 2027. Photo courtesy of WFP/Abdel Karim Osman",
            "Abdel Karim Osman",
        ),
        # An archive picture said before its photographer: the name after the words is his.
        (
            "L'ancien Premier ministre à l'hôtel Matignon, à Paris, le 14 mai 2012. Photo d'archives Claire "
            "Dumoulin / AFP",
            "Claire Dumoulin",
        ),
        (
            "El escritor en Buenos Aires, 3 de mayo de 2021. Foto de archivo Mariano Quiroga/EFE",
            "Mariano Quiroga",
        ),
        # Gulf papers' "lens:" label before the photographer's name.
        ("الرئيس خلال زيارته إلى تبوك في 12 مارس 2019 (صورة أرشيفية). عدسة: محمد الحربي", "محمد الحربي"),
    ],
)
def test_the_photographer_beside_a_party_or_a_label(caption: str, creator: str) -> None:
    assert credit(caption).creator == creator


def test_a_dash_for_no_photographer_before_an_agency_is_no_handout() -> None:
    # "-/XinHua/dpa": Xinhua's picture, no party's; the dash names no one.
    found = credit(
        "20.07.2024, China, Peking: Menschen am Houhai-See. Foto: -/XinHua/dpa +++ dpa-Bildfunk +++"
    )
    assert (found.creator, found.provenance) == (None, ())


def test_an_organisation_s_picture_service_is_no_second_name() -> None:
    # "UN Photo/Name": the UN's picture service and its photographer; no doubt about two names.
    found = credit(
        "Secretary-General António Guterres addresses the Security Council in New York on 14 January 2027. UN "
        "Photo/Mariam Adeyemi"
    )
    assert (found.creator, found.line, found.doubt) == ("Mariam Adeyemi", "UN Photo/Mariam Adeyemi", None)


@pytest.mark.parametrize(
    ("caption", "line", "kinds"),
    [
        # A frame of a broadcast or a post reproduced: the credit is whole, the medium handed nothing out.
        (
            "Captura de vídeo mostra deslizamento de terra em Petrópolis (RJ), neste domingo (10). Reprodução/TV "
            "Globo",
            "Reprodução/TV Globo",
            set(),
        ),
        (
            "Bolsonaro publicou o vídeo neste domingo (10). Foto: Reprodução/Instagram",
            "Reprodução/Instagram",
            {ProvenanceKind.SOCIAL_MEDIA},
        ),
    ],
)
def test_a_reproduced_picture(caption: str, line: str, kinds: set[ProvenanceKind]) -> None:
    found = credit(caption)
    assert (found.line, found.creator, found.doubt) == (line, None, None)
    assert {kind for kind, _, _ in found.provenance} == kinds


def test_company_handout_alone_is_a_whole_credit(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "A rendering of the planned battery plant near Szeged, Hungary. Company handout"
    )
    assert [p.kind for p in record.provenance] == [ProvenanceKind.HANDOUT]
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("Snow covers the shrine of Imam Reza in Mashhad on Saturday. Photo: Fars News Agency", "Fars"),
        (
            "Firefighters battle a blaze in south Tehran on Sunday, Jan. 10, 2027. Photo: Mehr News Agency",
            "Mehr",
        ),
        ("Students take part in a science fair in Tehran on Monday. Photo: ISNA", "ISNA"),
        ("Orthodox faithful celebrate Timket in Gondar on January 19, 2027. Photo: ENA", "ENA"),
        ("ጠቅላይ ሚኒስትሩ አዲሱን ተርሚናል መርቀው ከፍተዋል። (ኢዜአ)", "ENA"),
        ("وزیراعظم اسلام آباد میں ایک تقریب سے خطاب کر رہے ہیں۔ (فوٹو: اے پی پی)", "APP"),
    ],
)
def test_agencies_of_iran_ethiopia_and_pakistan(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.source, found.creator, found.provenance) == (source, None, ())


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # A Gulf agency's Arabic dateline closing its own line, the caption on the next.
        (
            "الرياض 12 شعبان 1448 هـ الموافق 20 يناير 2027 م واس\nاستقبل ولي العهد رئيس وزراء باكستان في قصر "
            "اليمامة.",
            "SPA",
        ),
        ("الدوحة في 18 يناير /قنا/\nالتقى أمير البلاد المفدى اليوم في الديوان الأميري رئيس رواندا.", "QNA"),
        # Words on that line are no agency: no source.
        ("الرياض 12 شعبان 1448 هـ الموافق 20 يناير 2027 م\nاستقبل ولي العهد رئيس وزراء باكستان.", None),
    ],
)
def test_the_agency_closing_an_arabic_dateline(caption: str, source: str | None) -> None:
    assert credit(caption).source == source


@pytest.mark.parametrize(
    ("caption", "party"),
    [
        # An article after the courtesy's preposition: the party is named after it.
        (
            "Elementos de la Marina aseguran un cargamento en Manzanillo, Colima, el 19 de enero de 2027. Foto: "
            "Cortesía de la Secretaría de Marina",
            "Secretaría de Marina",
        ),
        (
            "Brigadistas combaten un incendio en Quillón. EFE/Cortesía de los Bomberos de Chile",
            "Bomberos de Chile",
        ),
        ("Bombeiros resgatam vítimas em Petrópolis. Foto: Cortesia dos Bombeiros", "Bombeiros"),
    ],
)
def test_a_courtesy_with_its_article(caption: str, party: str) -> None:
    assert (credit(caption).creator, handed_out_by(caption)) == (None, party)


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # Amharic writes its colon or word space after the label.
        ("ጠቅላይ ሚኒስትሩ በአዳማ ከተማ የኢንዱስትሪ ፓርክ መርቀዋል። ፎቶ፡ ኢዜአ", None, "ENA"),
        # Israel's picture agency after its photographer, in English and Hebrew.
        (
            "Protesters in Tel Aviv on January 23, 2027. Photo: Yonatan Sindel/Flash90",
            "Yonatan Sindel",
            "Flash90",
        ),
        (
            "ראש הממשלה בישיבת הממשלה בירושלים, 24 בינואר 2027. צילום: חיים כהן, פלאש 90",
            "חיים כהן",
            "Flash90",
        ),
    ],
)
def test_labels_and_agencies_of_other_scripts(caption: str, creator: str | None, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, source)


def test_latin_letters_spelled_in_urdu_are_initials() -> None:
    # "پی آئی ڈی" (PID, the Press Information Department): no one's name, flagged as a credit to check.
    found = credit("وزیراعلیٰ لاہور میں ایک اجلاس کی صدارت کر رہی ہیں۔ (تصویر: پی آئی ڈی)")
    assert found.creator is None and found.doubt is not None
    assert credit("وزیراعلیٰ لاہور میں اجلاس کی صدارت کر رہی ہیں۔ (تصویر: علی رضا)").creator == "علی رضا"


def test_a_chamber_of_parliament_before_pa_wire_handed_the_picture_out() -> None:
    caption = (
        "The Chancellor gives evidence to the Treasury Committee. PA Photo. Photo credit should read: "
        "House of Lords/PA Wire"
    )
    assert handed_out_by(caption) == "House of Lords"


def test_a_national_agency_named_alone_hands_nothing_out() -> None:
    # Côte d'Ivoire's agency credits its own pictures: "(Photo AIP)" names the source, no handout's party.
    found = credit("Des élèves à Bouaké, le 3 mars 2027. (Photo AIP)")
    assert (found.source, found.provenance) == ("AIP", ())
