"""Credits of stop 30's pages, feeds and exports: a photographer working for a paper as the caption's last
sentence, courtesy lines, and the labelled fields of an export block."""

from __future__ import annotations

import pytest

from tests.parse.credit.test_find import credit


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        # A photographer on assignment for a paper, the caption's last sentence or line, with no bracket.
        (
            "The chancellor visits a factory in Wolverhampton on Friday. Stefan Rousseau for The Times",
            "Stefan Rousseau",
            "Stefan Rousseau for The Times",
        ),
        (
            "Voters queue outside a polling station in Leeds on Thursday.\nSarah Lee for the Guardian",
            "Sarah Lee",
            "Sarah Lee for the Guardian",
        ),
        (
            "A trader works on the floor of the exchange in New York on Monday. Michael Nagle for Bloomberg.",
            "Michael Nagle",
            "Michael Nagle for Bloomberg",
        ),
    ],
)
def test_a_photographer_for_a_paper_closing_the_caption(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)


@pytest.mark.parametrize(
    "caption",
    [
        # A sentence that says whom someone voted or works for is no credit.
        "Residents vote in Leeds on Thursday. Most voted for Labour.",
        "The minister visits a school in Leeds on Thursday. She spoke for The Times.",
    ],
)
def test_a_sentence_with_for_is_no_credit(caption: str) -> None:
    assert credit(caption).line is None


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        # A handout's label before its party, outside a bracket: the party handed the picture out.
        (
            "The restored locomotive leaves Grosmont station on Saturday.\nCourtesy: North Yorkshire Moors Railway",
            "North Yorkshire Moors Railway",
        ),
        (
            "A koala rests in a gum tree at Cleland on Sunday. Supplied: Department for Environment",
            "Department for Environment",
        ),
        # "Courtesy photo", alone or before its party: a picture handed to the paper.
        (
            "Supporters cheer at a rally in Kampala on Tuesday. Courtesy photo / State House Uganda",
            "Courtesy photo / State House Uganda",
        ),
        ("Volunteers plant trees along the river in Dayton on Saturday. Courtesy photo", "Courtesy photo"),
        ("Volunteers plant trees along the river in Dayton on Saturday. (Courtesy photo)", "Courtesy photo"),
        ("Volunteers plant trees along the river in Dayton on Saturday. (Courtesy)", "Courtesy"),
    ],
)
def test_courtesy_lines_are_handouts(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.line, [kind.value for kind, _, _ in found.provenance]) == (line, ["handout"])


@pytest.mark.parametrize(
    "caption",
    ["A mural in Dayton on Saturday. (Courtesy)", "A mural in Dayton on Saturday. (Photo courtesy)"],
)
def test_a_courtesy_word_alone_names_no_source(caption: str) -> None:
    assert credit(caption).source is None


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # An export's field block pasted as the caption: the photographer in a By-line field of its own, the
        # agency alone in the Credit field.
        (
            "Caption: Residents wade through a flooded street in Porto Alegre on Tuesday.\nBy-line: Diego Vara\n"
            "Credit: REUTERS\nSource: Reuters",
            "Diego Vara",
            "Reuters",
        ),
        (
            "ObjectName: LUX-STORM\nCaption-Abstract: Fallen trees block a road in Esch-sur-Alzette on Monday.\n"
            "By-line: Julien Warnand\nCredit: EPA-EFE",
            "Julien Warnand",
            "EPA-EFE",
        ),
        # A page's credit block: the field's name on a line of its own, the photographer on the next.
        (
            "Protesters march in Seoul on Tuesday.\nPhotographer\nKim Hong-ji\nAgency\nReuters",
            "Kim Hong-ji",
            "Reuters",
        ),
        # A stringer's field is no one's name.
        (
            "Caption: Firefighters at a blaze in Lagos on Monday.\nBy-line: Stringer\nCredit: REUTERS",
            None,
            "Reuters",
        ),
    ],
)
def test_an_exports_byline_field_names_the_photographer(
    caption: str, creator: str | None, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, source)


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        # A service, ministry or government of a Nordic or Baltic language before the agency handed the picture
        # out; its one word is no photographer's.
        ("Savua nousee Harkovassa tiistaina. Kuva: Ukrainan hätäpalvelu / AFP", "Ukrainan hätäpalvelu / AFP"),
        (
            "Sotilaat harjoittelevat Rovajärvellä tiistaina. Kuva: Puolustusvoimat / Lehtikuva",
            "Puolustusvoimat / Lehtikuva",
        ),
        ("Soldater övar på Gotland i tisdags. Foto: Försvarsmakten/TT", "Försvarsmakten/TT"),
        ("Brann i et lager i Bergen tirsdag. Foto: Brannvesenet / NTB", "Brannvesenet / NTB"),
    ],
)
def test_a_nordic_service_before_the_agency_handed_the_picture_out(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.line, found.creator, [kind.value for kind, _, _ in found.provenance]) == (
        line,
        None,
        ["handout"],
    )


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        # A gallery's buttons and counter after the credit are page chrome.
        (
            "A firefighter at a blaze in Marseille on Monday. © Christophe Simon / AFP - View gallery",
            "Christophe Simon",
            "Christophe Simon / AFP",
        ),
        (
            "Protesters gather in Tbilisi on Tuesday. Photo: Irakli Gedenidze / Reuters | 1 of 12",
            "Irakli Gedenidze",
            "Irakli Gedenidze / Reuters",
        ),
        (
            "Protesters gather in Tbilisi on Tuesday. Irakli Gedenidze/Reuters Image 3 of 9",
            "Irakli Gedenidze",
            "Irakli Gedenidze/Reuters",
        ),
        # "Pic by": the short form of "Picture by".
        (
            "Election officials count ballots in Colombo on Sunday. Pic by Pradeep Dilrukshana",
            "Pradeep Dilrukshana",
            "Pradeep Dilrukshana",
        ),
    ],
)
def test_gallery_chrome_and_short_labels(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)


@pytest.mark.parametrize(
    ("caption", "line", "kinds"),
    [
        # "Source:" before the credit in the languages of pages, with a social network as the whole credit.
        ("Smoke rises over Kharkiv on Tuesday. Source: Telegram", "Telegram", ["social_media"]),
        ("Humo sobre Járkov el martes. Fuente: redes sociales", "redes sociales", ["social_media"]),
        # "Screenshot" before the channel: the post's picture, no party that handed it out, and no source.
        ("Rauch über Charkiw am Dienstag. Quelle: Screenshot X", "Screenshot X", ["social_media"]),
        (
            "Rauch über Charkiw am Dienstag. Foto: Screenshot Telegram",
            "Screenshot Telegram",
            ["social_media"],
        ),
    ],
)
def test_a_source_label_and_a_screenshot_of_a_channel(caption: str, line: str, kinds: list[str]) -> None:
    found = credit(caption)
    assert (found.line, found.source, [kind.value for kind, _, _ in found.provenance]) == (line, None, kinds)


def test_a_source_label_before_sentence_text_is_no_credit() -> None:
    assert credit("Smoke over Kharkiv on Tuesday. Source: the ministry said the fire was out.").line is None


def test_a_german_army_is_no_photographer() -> None:
    assert credit("Rauch über Charkiw am Dienstag. Foto: Telegram/Ukrainische Armee").creator is None


def test_a_companys_abbreviation_does_not_end_the_source_label_credit() -> None:
    found = credit(
        "The company's new server rack in an undated handout photograph. Source: Nvidia Corp. via Bloomberg"
    )
    assert (found.line, found.source) == ("Nvidia Corp. via Bloomberg", "Bloomberg")


def test_a_sports_agencys_slug_after_its_credit_ends_the_chain() -> None:
    caption = (
        "Picture by Alex Whitehead/SWpix.com - 14/03/2027 - Rugby League - Betfred Super League - Leeds Rhinos "
        "v Hull FC - Headingley Stadium, Leeds - Leeds Rhinos' Harry Newman is tackled by Hull FC's Tom Briscoe"
    )
    found = credit(caption)
    assert (found.creator, found.line) == ("Alex Whitehead", "Alex Whitehead/SWpix.com")
