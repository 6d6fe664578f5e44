"""The chain read: elements that are no one's name, agencies joined into a chain, parties that handed a
picture out. Captions of the kinds a probe of wire and page styles found read wrongly with no warning."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit
from captions._parse._credit._chain import _parse
from captions._parse._credit._elements import _doubt_creator


def credit(caption: str):  # type: ignore[no-untyped-def]
    return find_credit(*clean_with_breaks(caption))


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Sunbathers crowd the beach at Bournemouth during the heatwave. Photograph: Maya Lindholm/EPA/Shutterstock",
            "Maya Lindholm",
            "Maya Lindholm/EPA/Shutterstock",
        ),
        (
            "Cyclists ride past the Reichstag in Berlin. Tobias Kruger/EPA-EFE/Shutterstock",
            "Tobias Kruger",
            "Tobias Kruger/EPA-EFE/Shutterstock",
        ),
        (
            "Leaders arrive for a NATO summit in The Hague, Netherlands, June 24, 2026. "
            "Piroschka van de Wouw/Pool via REUTERS/File Photo",
            "Piroschka van de Wouw",
            "Piroschka van de Wouw/Pool via REUTERS/File Photo",
        ),
    ],
)
def test_an_agency_joined_to_the_chain_before_it_opens_no_credit(
    caption: str, creator: str, line: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "The liner Queen Mary leaves Southampton, 1936. (Photo by Bettmann/Getty Images)",
            "Photo by Bettmann/Getty Images",
        ),
        (
            "A studio portrait of the actress, circa 1950. (Photo by Sunset Boulevard/Corbis via Getty Images)",
            "Photo by Sunset Boulevard/Corbis via Getty Images",
        ),
        (
            "Miners leave the pit at Rhondda, Wales, 1948. (Photo by Mirrorpix/Getty Images)",
            "Photo by Mirrorpix/Getty Images",
        ),
        (
            "A map of Venice engraved in 1729. (Photo by Universal History Archive/Universal Images Group via Getty Images)",
            "Photo by Universal History Archive/Universal Images Group via Getty Images",
        ),
    ],
)
def test_a_picture_collection_is_no_photographer_and_no_handout(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (None, line, "Getty Images", None)
    assert found.provenance == ()


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        (
            "Couriers load parcels at a depot in Hangzhou, Zhejiang province, China November 11, 2026. "
            "China Daily via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
            "China Daily via REUTERS",
            "Reuters",
        ),
        (
            "Shoppers at a market in Amman, Jordan, May 2, 2026. (Jordan Times via AP)",
            "Jordan Times via AP",
            "AP",
        ),
    ],
)
def test_a_place_named_paper_is_no_photographer(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (None, line, source, None)


def test_a_given_name_with_a_surname_like_a_paper_is_still_a_photographer() -> None:
    found = credit(
        "A singer performs in Taipei, Taiwan, on March 2, 2026. (Photo by Victoria Sun/Getty Images)"
    )
    assert found.creator == "Victoria Sun"


@pytest.mark.parametrize(
    "caption",
    [
        "Marchers fill Whitehall in London on Saturday, Dec. 5, 2026. (Hannah Clarke/PA via AP)",
        "Fans cheer in Dortmund, Germany, Saturday, Nov. 28, 2026. (Bernd Thissen/dpa via AP)",
        "Firefighters work in Ourense, Spain, Aug. 12, 2026. (Brais Lorenzo/EFE via AP)",
        "Shoppers crowd Fifth Avenue in New York, Nov. 27, 2026. (Derek French/Sipa USA via AP)",
    ],
)
def test_a_partner_agency_via_ap_is_no_handout(caption: str) -> None:
    found = credit(caption)
    assert found.source == "AP"
    assert found.provenance == ()


def test_an_office_an_acronym_opens_handed_the_picture_out() -> None:
    found = credit(
        "The president receives guests at Qasr Al Watan in Abu Dhabi on Nov. 3, 2026. "
        "(Rashed Al Mansoori/UAE Presidential Court via AP)"
    )
    assert (found.creator, found.source) == ("Rashed Al Mansoori", "AP")
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_a_copyright_year_is_no_part_of_the_credit() -> None:
    found = credit(
        "Smoke rises over a port in this satellite image taken on June 7, 2026. "
        "Satellite image ©2026 Planet Labs PBC/Handout via REUTERS"
    )
    assert found.line == "Planet Labs PBC/Handout via REUTERS"


@pytest.mark.parametrize(
    "caption",
    [
        "Commuters crowd a platform at Euston station in London on Monday. "
        "Photograph: Carl Whitmore/PA Share on Facebook Share on Twitter",
        "Commuters crowd a platform at Euston station in London on Monday. Carl Whitmore/PA hide caption toggle caption",
    ],
)
def test_share_buttons_after_the_credit_are_no_part_of_it(caption: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == ("Carl Whitmore", "Carl Whitmore/PA", "PA")


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "A nurse weighs a baby at a clinic in Mzuzu, Malawi, on March 9, 2026. Photo by UNICEF/Name Withheld",
            "Photo by UNICEF/Name Withheld",
        ),
        (
            "A portrait of the composer, 1885. Photo: Anonymous/Wikimedia Commons",
            "Anonymous/Wikimedia Commons",
        ),
        (
            "The ferry leaves the harbour at Seattle, 1912. (Photographer Unknown/Library of Congress via AP)",
            "Photographer Unknown/Library of Congress via AP",
        ),
    ],
)
def test_an_unnamed_photographer_is_no_creator(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (None, line)


def test_a_family_is_the_party_that_handed_the_picture_out() -> None:
    found = credit(
        "In this photo from 1994 provided by her family, Ana Reyes holds her newborn son in Tucson, Ariz. "
        "(Reyes Family via AP)"
    )
    assert (found.creator, found.line, found.source) == (None, "Reyes Family via AP", "AP")
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_must_credit_after_the_chain_is_no_part_of_it() -> None:
    found = credit(
        "Dancers rehearse at La Scala in Milan, Italy, December 4, 2026. REUTERS/Alessandro Garofalo MUST CREDIT. NO ARCHIVE."
    )
    assert (found.creator, found.line) == ("Alessandro Garofalo", "REUTERS/Alessandro Garofalo")


@pytest.mark.parametrize(
    "caption",
    [
        "A rescued sea turtle swims off Tulum, Mexico, on Oct. 2, 2026. (Centro de Conservación Tortuga Maya via AP)",
        "Researchers handle vaccine samples in Sao Paulo, Brazil, on March 4, 2026. (Instituto Butantan via AP)",
    ],
)
def test_an_institution_in_another_language_handed_the_picture_out(caption: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (None, "AP", None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_empics_is_pa() -> None:
    found = credit("Jockeys parade at Aintree Racecourse in Liverpool. Photograph: Mike Egerton/EMPICS Sport")
    assert (found.creator, found.line, found.source) == ("Mike Egerton", "Mike Egerton/EMPICS Sport", "PA")


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        ("Sunset over the harbour at Cassis, France. Image: Adobe Stock", None, "Adobe Stock"),
        ("A lighthouse on the coast of Maine. Photo: Greg Hume/Dreamstime", "Greg Hume", "Dreamstime"),
        ("Autumn leaves in Kyoto, Japan. Photo: Shutterstock.com", None, "Shutterstock"),
    ],
)
def test_a_stock_library_is_the_source_and_no_photographer(
    caption: str, creator: str | None, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, source, None)


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        (
            "A view of the flooded high street in Tenbury Wells, Worcestershire, on Tuesday. Credit: SWNS",
            None,
            "SWNS",
        ),
        (
            "Pedestrians brave the rain in Blackpool, Lancashire, on Wednesday. Picture: Jane Smith/Cavendish Press",
            "Jane Smith",
            "Cavendish Press",
        ),
        ("Holidaymakers on the beach at Bournemouth, Dorset, on Thursday. Credit: BNPS", None, "BNPS"),
        # A paper credited by its initials.
        (
            "Commuters wait for a train at a station in Mumbai on Wednesday. (Photo: TOI)",
            None,
            "Times of India",
        ),
    ],
)
def test_a_picture_agency_credited_alone_is_the_source_and_no_handout(
    caption: str, creator: str | None, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt, found.provenance) == (creator, source, None, ())


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        (
            "Royal Marines land on a beach in Cornwall, March 4, 2026. Photo: LPhot Ben Shread/Royal Navy",
            "Ben Shread",
        ),
        (
            "A Typhoon jet refuels over the North Sea, May 2, 2026. Photo: Cpl Lee Matthews RAF/MOD Crown copyright",
            "Lee Matthews",
        ),
    ],
)
def test_british_ranks_and_services_are_no_part_of_the_name(caption: str, creator: str) -> None:
    assert credit(caption).creator == creator


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Des agriculteurs bloquent le périphérique à Paris, le 18 novembre 2026. (Photo Julien de Rosa/AFP)",
            "Julien de Rosa",
            "Julien de Rosa/AFP",
        ),
        (
            "Schaatsers op de Weissensee in Oostenrijk, 3 februari 2026. Foto Koen van der Velden/ANP",
            "Koen van der Velden",
            "Koen van der Velden/ANP",
        ),
    ],
)
def test_the_bare_photo_word_before_a_name_with_a_particle(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)


@pytest.mark.parametrize(
    "caption",
    [
        "Students from the government school in Madurai perform at the science fair on Monday. "
        "| Photo Credit: Special Arrangement",
        "The restored temple tank at Kanchipuram after the rains. Photo: Special Arrangement",
    ],
)
def test_special_arrangement_is_a_handout_and_no_photographer(caption: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (None, "Special Arrangement", None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Smiley N. Pool/Staff Photographer\nFans tailgate outside AT&T Stadium in Arlington before the game on Thursday.",
            "Smiley N. Pool/Staff Photographer",
        ),
        (
            "Runners cross the Trinity River during the Dallas Marathon on Sunday. (Smiley N. Pool/The Dallas Morning News)",
            "Smiley N. Pool/The Dallas Morning News",
        ),
    ],
)
def test_pool_as_a_surname_after_a_given_name_is_no_pool_photo(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.provenance) == ("Smiley N. Pool", line, ())


def test_pool_after_a_stroke_is_still_a_pool_photo() -> None:
    found = credit(
        "Senators arrive for the vote at the Capitol in Washington. (Tom Brenner/Pool/Getty Images)"
    )
    assert found.creator == "Tom Brenner"
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.POOL]


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("Traders display yams at the Agbogbloshie market in Accra on Tuesday. Photo credit: GNA", "GNA"),
        ("Farmers deliver tea leaves to a buying centre in Kericho on Monday. PHOTO | KNA", "KNA"),
    ],
)
def test_a_national_news_agency_alone_is_no_handout(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.provenance) == (None, source, ())


@pytest.mark.parametrize(
    ("caption", "party"),
    [
        (
            "Rescuers evacuate families from the flooded banks of the Cauca in La Virginia on Sunday. Foto: Cortesía Gobernación de Risaralda",
            "Gobernación de Risaralda",
        ),
        (
            "Firefighters battle a forest fire on the hills above Medellín on Tuesday. Foto: Cortesía Alcaldía de Medellín",
            "Alcaldía de Medellín",
        ),
        (
            "Bombeiros resgatam moradores de uma área alagada em Niterói nesta segunda-feira. Foto: Cortesia da Prefeitura de Niterói",
            "Prefeitura de Niterói",
        ),
    ],
)
def test_cortesia_names_the_party_that_handed_the_picture_out(caption: str, party: str) -> None:
    found = credit(caption)
    assert (found.creator, found.parties) == (None, (party,))
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    ("caption", "party"),
    [
        # Argentine "Gentileza" (courtesy) and "Cortesía" opening an element after the agency's.
        (
            "Brigadistas combaten un incendio forestal en Epuyén, Chubut, este martes. (Foto: Télam/Gentileza Bomberos Voluntarios)",
            "Bomberos Voluntarios",
        ),
        (
            "Vecinos observan la crecida del río Paraná en Rosario, este domingo. Foto: Télam/Gentileza PREFECTURA NAVAL",
            "PREFECTURA NAVAL",
        ),
        (
            "El presidente recibe a la delegación en Quito, este lunes. EFE/Cortesía Presidencia de Ecuador",
            "Presidencia de Ecuador",
        ),
    ],
)
def test_a_courtesy_word_opening_an_element_names_a_party(caption: str, party: str) -> None:
    found = credit(caption)
    assert (found.creator, found.parties) == (None, (party,))
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    "caption",
    [
        "Peritos revisan un vehículo baleado en una colonia de Culiacán, Sinaloa, este martes. Foto: Especial / EL UNIVERSAL",
        "Vecinos limpian las calles tras la granizada en Toluca, este jueves. Foto: Especial",
    ],
)
def test_especial_is_a_picture_handed_to_the_paper(caption: str) -> None:
    found = credit(caption)
    assert found.creator is None
    assert found.doubt is None
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    "caption",
    [
        "Penelope Cruz leaves a restaurant in Paris, France, on January 12, 2027. Photo by Bestimage/ABACAPRESS.COM",
        "Vincent Cassel arrive au Festival de Cannes, le 14 mai 2027. © Bestimage",
    ],
)
def test_bestimage_is_an_agency_not_a_photographer(caption: str) -> None:
    found = credit(caption)
    assert found.creator is None
    assert found.source == "Bestimage"


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("El tenor Julio Ferrán, en una imagen de 1965 en el Teatro Colón. Foto: Archivo Clarín", "Clarín"),
        (
            "La actriz Marta Ruiz, en 1971 en Buenos Aires. Murió el martes a los 88 años. Foto: Archivo La Nación",
            "La Nación",
        ),
        ("O cantor Paulo Neves no Maracanãzinho em 1979. Foto: Arquivo O Globo", "O Globo"),
    ],
)
def test_a_papers_archive_is_a_file_picture_with_no_photographer(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (None, source)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.FILE]


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "O sindicalista Luiz Mendes discursa na praça da Sé, em São Paulo, em 1984. Mendes morreu nesta terça-feira. Jorge Araújo - 25.jan.1984/Folhapress",
            "Jorge Araújo",
            "Jorge Araújo - 25.jan.1984/Folhapress",
        ),
        (
            "A atriz Helena Prado no Theatro Municipal do Rio de Janeiro. Marlene Bergamo - 3.mar.2020/Folhapress",
            "Marlene Bergamo",
            "Marlene Bergamo - 3.mar.2020/Folhapress",
        ),
    ],
)
def test_the_day_of_a_file_picture_in_the_chain_holds_no_ones_place(
    caption: str, creator: str, line: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, "Folhapress")


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("رجال الإطفاء يخمدون حريقا في مدينة الزرقاء، الأربعاء 27 يناير 2027. (بترا)", "Petra"),
        ("فلسطينيون يرفعون الأعلام خلال مسيرة في نابلس بالضفة الغربية. (وفا)", "WAFA"),
    ],
)
def test_an_arab_state_agency_signs_with_its_arabic_acronym(caption: str, source: str) -> None:
    assert credit(caption).source == source


def test_an_arab_agency_named_in_english_between_handout_and_afp_is_the_party() -> None:
    found = credit("A view of Muscat, Oman. (Photo by Handout / OMAN NEWS AGENCY / AFP)")
    assert (found.source, found.parties) == ("AFP", ("OMAN NEWS AGENCY",))


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Germany's Andreas Wellinger soars during training in Planica, Slovenia, Friday, March 19, 2027. "
            "(Jure Makovec/Red Bull Content Pool via AP)",
            "Jure Makovec",
            "Jure Makovec/Red Bull Content Pool via AP",
        ),
        (
            "A rider jumps a gap on the downhill course in Fort William, Scotland, Saturday, June 5, 2027. "
            "(Bartek Wolinski/Red Bull Content Pool via AP)",
            "Bartek Wolinski",
            "Bartek Wolinski/Red Bull Content Pool via AP",
        ),
    ],
)
def test_a_brands_content_pool_is_no_pool_photo(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)
    assert ProvenanceKind.POOL not in [kind for kind, _, _ in found.provenance]


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        # A text agency's dateline credits the story; the labelled credit that closes the caption, the picture.
        (
            "Santa Cruz, 2 dic (ABI).- Bomberos sofocan un incendio en un mercado de la zona norte. Foto: ABI",
            "ABI",
        ),
        (
            "Trujillo, dic. 3 (ANDINA). Agricultores cosechan espárragos en el valle de Virú. Foto: ANDINA/Difusión",
            "ANDINA/Difusión",
        ),
    ],
)
def test_a_labelled_credit_wins_over_a_wire_datelines_agency(caption: str, line: str) -> None:
    found = credit(caption)
    assert found.line == line
    assert found.start > caption.index(")")


def test_a_japanese_pool_mark_is_a_whole_credit() -> None:
    found = credit("記念植樹をされる天皇、皇后両陛下＝3日午前、名古屋市の公園（代表撮影）")
    assert (found.line, found.creator, found.doubt) == ("代表撮影", None, None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.POOL]


@pytest.mark.parametrize(
    "caption",
    [
        "Gigi Hadid is seen in the West Village on January 14, 2027 in New York City. (Photo by Gotham/GC Images)",
        "Harry Styles is seen on January 9, 2027 in London, England. (Photo by MEGA/GC Images)",
    ],
)
def test_a_celebrity_agency_before_gc_images_is_no_handout(caption: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.provenance) == (None, "GC Images", ())


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        (
            "Des commerçants rouvrent leurs boutiques au marché en fer de Port-au-Prince, ce lundi 1er février "
            "2027. Photo : Jean Pierre Michel Casimir / Le Nouvelliste",
            "Jean Pierre Michel Casimir",
        ),
        (
            "Vecinos limpian el cauce del río Rímac en Chosica, este martes. Foto: María José Ramos Cárdenas / La República",
            "María José Ramos Cárdenas",
        ),
    ],
)
def test_a_compound_given_name_without_its_hyphen_is_no_long_name(caption: str, creator: str) -> None:
    found = credit(caption)
    assert (found.creator, found.doubt) == (creator, None)


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # La Jornada closes the caption with "Foto" and the photographer's name, no colon.
        (
            "Comerciantes del Centro Histórico protestaron ayer frente al Palacio de Gobierno de Puebla. Foto "
            "Carlos Ramos Mamahua",
            "Carlos Ramos Mamahua",
        ),
        ("Vecinos de Iztapalapa hacen fila para recibir agua de una pipa. Foto Marco Peláez", "Marco Peláez"),
    ],
)
def test_foto_and_a_name_closing_the_caption_is_its_credit(caption: str, creator: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.doubt) == (creator, creator, None)


def test_foto_and_words_in_running_text_are_no_credit() -> None:
    found = credit("Una Foto Histórica del puerto se exhibe en el museo de Veracruz desde ayer.")
    assert found.line is None


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        # BACKGRID's and Splash's block: the byline it requires is the credit, and the name before the agency is
        # its contributor's (a photographer's code or a picture agency), no party that handed the picture out.
        (
            "Los Angeles, CA - Selena Gomez grabs coffee in Studio City.\n\nPictured: Selena Gomez\n\nBACKGRID USA 3 "
            "MARCH 2027\n\nBYLINE MUST READ: JLM / BACKGRID\n\nUSA: +1 310 798 9111 / usasales@backgrid.com",
            "JLM / BACKGRID",
        ),
        (
            "Beverly Hills, CA - Kylie Jenner leaves a dinner at Matsuhisa.\n\nBACKGRID USA 5 MARCH 2027\n\nBYLINE "
            "MUST READ: Cobra Team / BACKGRID",
            "Cobra Team / BACKGRID",
        ),
    ],
)
def test_a_required_byline_of_a_celebrity_agency_is_no_handout(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.provenance, found.doubt) == (line, "BACKGRID", (), None)


def test_europa_press_prints_its_credit_before_the_keyword_line() -> None:
    found = credit(
        "MADRID, 12 Mar. (EUROPA PRESS) - El presidente del Gobierno durante su reunión en el Palacio de la Moncloa, "
        "a 12 de marzo de 2027, en Madrid (España).\nPOOL MONCLOA/FERNANDO CALVO\n12 MARZO 2027;MONCLOA;REUNIÓN\n"
        "12/3/2027"
    )
    assert found.line == "POOL MONCLOA/FERNANDO CALVO"
    assert found.creator == "Fernando Calvo"


def test_a_party_before_europa_press_keyword_line_handed_the_picture_out() -> None:
    found = credit(
        "MADRID, 9 Mar. (EUROPA PRESS) - La Reina Letizia durante la audiencia en el Palacio de La Zarzuela, a 9 de "
        "marzo de 2027, en Madrid (España).\nCASA DE S.M. EL REY\n09 MARZO 2027;CASA REAL;AUDIENCIA\n9/3/2027"
    )
    assert (found.line, found.creator) == ("CASA DE S.M. EL REY", None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Lorenzo Sonego in azione a Miami, in Florida, 14 marzo 2027. ANSA/EPA/RHONA WISE",
            "Rhona Wise",
            "ANSA/EPA/RHONA WISE",
        ),
        (
            "Il ciclista Giulio Ciccone sul traguardo a Nizza, 13 marzo 2027. ANSA/EPA/SEBASTIEN NOGIER",
            "Sebastien Nogier",
            "ANSA/EPA/SEBASTIEN NOGIER",
        ),
    ],
)
def test_ansa_sending_out_an_epa_picture_names_its_photographer_last(
    caption: str, creator: str, line: str
) -> None:
    # "/EPA" closes a chain only where nothing follows it: ANSA prints EPA's photographer after it.
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, "ANSA")


def test_a_chain_closing_with_epa_still_ends_there() -> None:
    found = credit("Pilgrims gather in Rome, 12 March 2027. ANSA/ANGELO CARCONI/EPA")
    assert (found.creator, found.line) == ("Angelo Carconi", "ANSA/ANGELO CARCONI/EPA")


def test_a_chain_read_again_is_the_kept_reading() -> None:
    # The candidates' ranking, the choice and the provenance read the same line: read once, kept.
    line = "Jane Doe/The Canadian Press via AP, File"
    kept = _parse(line)
    assert _parse(line) is kept
    assert _parse.__wrapped__(line) == kept  # what a fresh read finds
    assert (kept.creator, kept.source) == ("Jane Doe", "AP")  # the distributor the source


def test_a_photographers_doubt_asked_again_is_the_kept_answer() -> None:
    # An agency's credit lines recur from caption to caption: the doubt on its photographer is kept by line.
    for line, creator in (
        ("REUTERS/Kevin Lamarque", "Kevin Lamarque"),
        ("Pacific Grove Lookout/AP", "Pacific Grove Lookout"),
    ):
        fresh = _doubt_creator.__wrapped__(line, creator)
        assert _doubt_creator(line, creator) == fresh
        assert _doubt_creator(line, creator) is _doubt_creator(line, creator)
    assert _doubt_creator("REUTERS/Kevin Lamarque", "Kevin Lamarque") is None
    assert _doubt_creator("Pacific Grove Lookout/AP", "Pacific Grove Lookout") is not None
