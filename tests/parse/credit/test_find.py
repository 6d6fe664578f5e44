"""Credits of every agency style: creator in natural case, credit line as printed, canonical source."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions import Normaliser
from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit
from captions._parse._credit._lines import _GLUED_START
from captions._rules import rules


def credit(caption: str):  # type: ignore[no-untyped-def]
    return find_credit(*clean_with_breaks(caption))


@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        (
            "Crews clear snow in Denver, Monday, Jan. 8, 2024. (AP Photo/Dana Whitfield)",
            "Dana Whitfield",
            "AP Photo/Dana Whitfield",
            "AP",
        ),
        ("Soldiers patrol near Kherson, Ukraine, Friday, Nov. 11, 2022. (AP Photo)", None, "AP Photo", "AP"),
        (
            "FILE - A bridge spans the river in Kyiv, Ukraine, on May 2, 2021. (AP Photo/Ivan Marko, File)",
            "Ivan Marko",
            "AP Photo/Ivan Marko, File",
            "AP",
        ),
        (
            "Leaders pose in Rome, Italy, Sunday, Oct. 31, 2021. (Marco Bellini, Pool Photo via AP)",
            "Marco Bellini",
            "Marco Bellini, Pool Photo via AP",
            "AP",
        ),
        (
            "Rescuers work in Kharkiv, Ukraine, on Jan. 2, 2024. (Ukrainian Emergency Service via AP)",
            None,
            "Ukrainian Emergency Service via AP",
            "AP",
        ),
        (
            "A nurse works in Wuhan, China, on Feb. 6, 2020. (Li Ming/Xinhua via AP)",
            "Li Ming",
            "Li Ming/Xinhua via AP",
            "AP",
        ),
        (
            "Buses queue in Kyiv, Ukraine March 1, 2022. REUTERS/Oksana Levchenko",
            "Oksana Levchenko",
            "REUTERS/Oksana Levchenko",
            "Reuters",
        ),
        (
            "Smoke rises over Avdiivka, Ukraine October 20, 2023. REUTERS/Stringer",
            None,
            "REUTERS/Stringer",
            "Reuters",
        ),
        (
            "A flooded road near Derna, Libya September 13, 2023. U.S. Navy/Handout via REUTERS THIS IMAGE HAS BEEN "
            "SUPPLIED BY A THIRD PARTY.",
            None,
            "U.S. Navy/Handout via REUTERS",
            "Reuters",
        ),
        (
            "Smoke rises over the port in Odesa, Ukraine, July 20, 2023, in this still image from video. Reuters TV via REUTERS",
            None,
            "Reuters TV via REUTERS",
            "Reuters",
        ),
        (
            "Visitors stroll in Lahore on March 15, 2023. (Photo by ARIF ALI / AFP)",
            "Arif Ali",
            "Photo by ARIF ALI / AFP",
            "AFP",
        ),
        ("Fans cheer in Doha on Dec. 18, 2022. (Photo by STR / AFP)", None, "Photo by STR / AFP", "AFP"),
        (
            "LONDON, ENGLAND - MAY 06: Crowds gather on May 06, 2023 in London, England. (Photo by Sam Hollis/Getty Images)",
            "Sam Hollis",
            "Photo by Sam Hollis/Getty Images",
            "Getty Images",
        ),
        (
            "People walk in Ankara, Turkiye on January 9, 2024. Mehmet Ozer/Anadolu Agency via Getty Images",
            "Mehmet Ozer",
            "Mehmet Ozer/Anadolu Agency via Getty Images",
            "Getty Images",
        ),
        (
            "epa11012345 A man walks in Madrid, Spain, 02 March 2024. EPA-EFE/JUAN CARLOS HIDALGO",
            "Juan Carlos Hidalgo",
            "EPA-EFE/JUAN CARLOS HIDALGO",
            "EPA-EFE",
        ),
        (
            "Tourists visit a park in Hangzhou, east China's Zhejiang Province, April 2, 2023. (Xinhua/Wang Peng)",
            "Wang Peng",
            "Xinhua/Wang Peng",
            "Xinhua",
        ),
        (
            "12 June 2022, Hamburg: Ships leave the port. Photo: Lena Brandt/dpa",
            "Lena Brandt",
            "Lena Brandt/dpa",
            "dpa",
        ),
        (
            "File photo dated 01-05-2019 of a stadium. Photo credit should read: Tom Yates/PA Wire.",
            "Tom Yates",
            "Tom Yates/PA Wire",
            "PA",
        ),
        (
            "Skaters glide in Ottawa on Sunday, Feb. 4, 2024. THE CANADIAN PRESS/Justin Tang",
            "Justin Tang",
            "THE CANADIAN PRESS/Justin Tang",
            "The Canadian Press",
        ),
        (
            "Le premier ministre François Legault à Québec, le mardi 4 mars 2025. LA PRESSE CANADIENNE/Jacques Boissinot",
            "Jacques Boissinot",
            "LA PRESSE CANADIENNE/Jacques Boissinot",
            "The Canadian Press",
        ),
        (
            "A burned house is seen in an undated handout photo. THE CANADIAN PRESS/HO-Mary Lund, *MANDATORY CREDIT*",
            None,
            "THE CANADIAN PRESS/HO-Mary Lund",
            "The Canadian Press",
        ),
        (
            "Jan 5, 2024 - Miami, Florida, U.S. - Crowds at the beach. (Credit Image: © Ann Rolle/ZUMA Press Wire)",
            "Ann Rolle",
            "Ann Rolle/ZUMA Press Wire",
            "ZUMA Press",
        ),
        (
            "Skiers at the resort in Kitzbuehel, Austria, on Jan. 20, 2017. AFP PHOTO / JOE KLAMARJOE KLAMAR/AFP/Getty Images",
            "Joe Klamar",
            "AFP PHOTO / JOE KLAMAR/AFP/Getty Images",
            "AFP",
        ),
        # A bare agency before "--" is Xinhua's header; the credit closes the caption.
        (
            "(241103) -- ISLAMABAD, Nov. 3, 2024 (Xinhua) -- People ride motorbikes through smog in Lahore, "
            "Pakistan, Nov. 2, 2024. (Str/Xinhua)",
            None,
            "Str/Xinhua",
            "Xinhua",
        ),
        (
            "Newcastle United's Sam Ellis celebrates scoring their first goal Action Images via Reuters/Lee Smith "
            "EDITORIAL USE ONLY.",
            "Lee Smith",
            "Action Images via Reuters/Lee Smith",
            "Reuters",
        ),
        # A parenthesis inside the chain, a social-media handle opening it.
        (
            "People gather in Palestine Square in Tehran, Iran. Picture taken October 1, 2024. Ali Rahimi/WANA "
            "(West Asia News Agency) via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            "Ali Rahimi",
            "Ali Rahimi/WANA (West Asia News Agency) via REUTERS",
            "Reuters",
        ),
        (
            "Smoke rises in Port-au-Prince, Haiti, in this screen grab released on March 9, 2024. "
            "@HaitiNews/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            None,
            "@HaitiNews/via REUTERS",
            "Reuters",
        ),
        # A surname that is also a facility word; a Korean name in capitals; Getty's "Name-Pool".
        (
            "Crews clear a fallen tree in Issaquah, Wash. (AP Photo/Lindsey Park)",
            "Lindsey Park",
            "AP Photo/Lindsey Park",
            "AP",
        ),
        (
            "Soldiers stand guard in Seoul on December 4, 2024. (Photo by PARK SEUNG-HO / AFP)",
            "Park Seung-ho",
            "Photo by PARK SEUNG-HO / AFP",
            "AFP",
        ),
        (
            "Trump takes the oath on January 20, 2025 in Washington, DC. (Photo by Ray Dalton-Pool/Getty Images)",
            "Ray Dalton",
            "Photo by Ray Dalton-Pool/Getty Images",
            "Getty Images",
        ),
    ],
)
def test_agency_credits(caption: str, creator: str | None, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, source)


def test_handout_pool_and_file_are_read_from_the_chain() -> None:
    kinds = lambda c: {k for k, _, _ in credit(c).provenance}  # noqa: E731
    assert kinds("A view of Gaza City, Nov. 5, 2023. (Israel Defense Forces via AP)") == {
        ProvenanceKind.HANDOUT
    }
    assert kinds("Leaders meet in Paris, France, June 6, 2023. (Ludovic Marin/Pool via AP)") == {
        ProvenanceKind.POOL
    }
    assert kinds("A dam in Nova Kakhovka, Ukraine, on Oct. 20, 2022. (AP Photo/Lev Frank, File)") == {
        ProvenanceKind.FILE
    }
    assert kinds("Troops in Kyiv, Ukraine March 1, 2022. REUTERS/Gleb Garanich") == set()


def test_handout_party_is_named() -> None:
    found = credit("A view of Rafah, Nov. 5, 2023. (Israel Defense Forces via AP)")
    assert found.provenance[0][2] == "Israel Defense Forces"


def test_no_credit() -> None:
    found = credit("Volunteers unload aid in Kherson, Ukraine, Monday, Nov. 14, 2022.")
    assert found.line is None and found.creator is None and found.source is None


def test_credit_in_the_body_is_not_taken_for_the_credit() -> None:
    found = credit(
        "Smoke rises in this still image from video obtained by Reuters in Bakhmut, Ukraine, May 14, 2023."
    )
    assert found.line is None


# Credits as they arrive from aggregators, other agencies and other languages (invented captions).
@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        # Glued to the last word of the caption.
        (
            "Smoke rises over Khan Younis in the Gaza Strip.Mohammed Dahman/AP",
            "Mohammed Dahman",
            "Mohammed Dahman/AP",
            "AP",
        ),
        (
            "Aficionados celebran en la plaza de Cibeles.JUAN CARLOS HIDALGO | EFE",
            "Juan Carlos Hidalgo",
            "JUAN CARLOS HIDALGO | EFE",
            "EFE",
        ),
        (
            "Soldados desfilan en Varsovia (Polonia), el 3 de mayo de 2017.Czarek Sokolowski (AP)",
            "Czarek Sokolowski",
            "Czarek Sokolowski (AP)",
            "AP",
        ),
        ("Los ministros conversan durante la cumbre.EFE", None, "EFE", "EFE"),
        ("Traders work on the floor on March 15, 2024Reuters", None, "Reuters", "Reuters"),
        # On its own line, after a dash, a slash or a pipe, in capitals.
        (
            "Skaters practise in La Paz, Bolivia\nAP PHOTO/JUAN KARITA",
            "Juan Karita",
            "AP PHOTO/JUAN KARITA",
            "AP",
        ),
        (
            "Firefighters work in Odesa, Ukraine, May 3, 2024. – AP Photo / Michael Shtekel",
            "Michael Shtekel",
            "AP Photo / Michael Shtekel",
            "AP",
        ),
        (
            "Izium, Ukraine, Sept. 19, 2022.\n— Photo by Evgeniy Maloletka / AP Photo",
            "Evgeniy Maloletka",
            "Photo by Evgeniy Maloletka / AP Photo",
            "AP",
        ),
        (
            "Pedro Sánchez, en el mitin de Dos Hermanas / EFE - Julio Muñoz",
            "Julio Muñoz",
            "EFE - Julio Muñoz",
            "EFE",
        ),
        (
            "Ada Colau, en el acto de proclamación de 2023 / EUROPA PRESS",
            None,
            "EUROPA PRESS",
            "Europa Press",
        ),
        (
            "Un joven acude al desfile en Ciudad del Cabo, Sudáfrica. EFE/ N. Bothma",
            "N. Bothma",
            "EFE/ N. Bothma",
            "EFE",
        ),
        ("A child in a tent in Rafah, on Feb 19. PHOTO: AFP", None, "AFP", "AFP"),
        ("Students dance during a competition in Suzhou, May 10, 2004. [Xinhua]", None, "Xinhua", "Xinhua"),
        (
            "Police detain a woman in Minsk. Photo by Natalia Fedosenko\\TASS via Getty Images",
            "Natalia Fedosenko",
            "Photo by Natalia Fedosenko\\TASS via Getty Images",
            "Getty Images",
        ),
        (
            "Wind turbines in Calistoga, California\nSAMUEL CORUM/AFP VIA GETTY IMAGES",
            "Samuel Corum",
            "SAMUEL CORUM/AFP VIA GETTY IMAGES",
            "Getty Images",
        ),
        # Labels are no part of the credit, in any language and form.
        (
            "Motorists fill up in Denver. (Image credit: David Zalubowski/AP)",
            "David Zalubowski",
            "David Zalubowski/AP",
            "AP",
        ),
        (
            "Andy Jassy in Seattle. (Photographer: David Paul Morris/Bloomberg via Getty Images)",
            "David Paul Morris",
            "David Paul Morris/Bloomberg via Getty Images",
            "Getty Images",
        ),
        ("Demonstranten in Berlin. (Quelle: dpa/Andreas Gora)", "Andreas Gora", "dpa/Andreas Gora", "dpa"),
        (
            "PF vai investigar crimes contra Yanomamis. (Foto: Marcelo Camargo/Agência Brasil)",
            "Marcelo Camargo",
            "Marcelo Camargo/Agência Brasil",
            "Agência Brasil",
        ),
        (
            "Protestujący przed Sejmem. Fot. Jan Kowalski / Agencja Gazeta",
            "Jan Kowalski",
            "Jan Kowalski / Agencja Gazeta",
            "Agencja Gazeta",
        ),
        ("Участники акции в Москве. Фото: Сергей Иванов/ТАСС", "Сергей Иванов", "Сергей Иванов/ТАСС", "TASS"),
        (
            "A phone shows a logo. (Photo Illustration by Jan Nowak/SOPA Images/LightRocket via Getty Images)",
            "Jan Nowak",
            "Jan Nowak/SOPA Images/LightRocket via Getty Images",
            "Getty Images",
        ),
        ("Des manifestants défilent à Paris, le 7 mars 2023. (Photo AFP)", None, "AFP", "AFP"),
        # Agencies of many countries, under the names the labels use.
        ("Fans celebrate in Ahmedabad, Sunday, April 28, 2024. (PTI Photo)", None, "PTI Photo", "PTI"),
        (
            "A devotee prays in Kolkata on Apr 14, 2020. (Photo: Kuntal Das/IANS)",
            "Kuntal Das",
            "Kuntal Das/IANS",
            "IANS",
        ),
        ("The crown prince receives a vaccine on Dec. 25, 2020. (SPA)", None, "SPA", "SPA"),
        ("Leaders sign a stone in Abu Dhabi in 2019.\nWAM", None, "WAM", "WAM"),
        (
            "Koning opent het parlement in Den Haag. (Foto: Remko de Waal/ANP)",
            "Remko de Waal",
            "Remko de Waal/ANP",
            "ANP",
        ),
        (
            "Gazze'de yoğunluk oluştu. (Ashraf Amra - Anadolu Ajansı)",
            "Ashraf Amra",
            "Ashraf Amra - Anadolu Ajansı",
            "Anadolu",
        ),
        (
            "Ducklings walk in the Capitol reflecting pool. (Bill Clark/CQ Roll Call)",
            "Bill Clark",
            "Bill Clark/CQ Roll Call",
            "CQ Roll Call",
        ),
        (
            "A boat sits on the shore in Masinloc. (Will Englund/The Washington Post)",
            "Will Englund",
            "Will Englund/The Washington Post",
            "The Washington Post",
        ),
        # A paper after its photographer, as its own page prints it, is the source.
        (
            "Snow falls on Parliament Hill in Ottawa on Jan. 6, 2027. Ann Lee/The Globe and Mail",
            "Ann Lee",
            "Ann Lee/The Globe and Mail",
            "The Globe and Mail",
        ),
        (
            "Fireworks over the bay in Kahului. (Photo: Ann Lee/The Maui News)",
            "Ann Lee",
            "Ann Lee/The Maui News",
            "The Maui News",
        ),
        # "Special to" says how the photographer worked for a paper named in part: no source.
        (
            "Fans line the parade route in Toronto on Saturday. Ann Lee/Special to the Star",
            "Ann Lee",
            "Ann Lee/Special to the Star",
            None,
        ),
        (
            "Rally in Edwards, Ont., on April 27, 2025. The Hill Times photograph by Andrew Meade",
            "Andrew Meade",
            "The Hill Times photograph by Andrew Meade",
            "The Hill Times",
        ),
        (
            "Ecuador fans at the stadium, Al Khor. (Photo by Mike Egerton/PA Wire Press Association)",
            "Mike Egerton",
            "Photo by Mike Egerton/PA Wire Press Association",
            "PA",
        ),
        ("Police in Kuala Lumpur. (Bernama photo)", None, "Bernama photo", "Bernama"),
        # An unknown organisation after its photographer is the source.
        (
            "The sheikhs tour the space centre in 2017. Mohamed Al Hammadi/Crown Prince Court - Abu Dhabi",
            "Mohamed Al Hammadi",
            "Mohamed Al Hammadi/Crown Prince Court - Abu Dhabi",
            "Crown Prince Court",
        ),
        # Typo'd agency tags name no photographer; a supplier in the photographer's place is a party.
        (
            "Leaders at the G20 in Hangzhou. (FP PHOTO / SPUTNIK / ALEXEI DRUZHININ)",
            "Alexei Druzhinin",
            "FP PHOTO / SPUTNIK / ALEXEI DRUZHININ",
            "AFP",
        ),
        (
            "A man walks in Kyiv, Ukraine, Jan. 5, 2027. (AP Phot/Ann Lee)",
            "Ann Lee",
            "AP Phot/Ann Lee",
            "AP",
        ),
        (
            "Officials inspect damage in Salisbury. (Ministry of Defence/PA)",
            None,
            "Ministry of Defence/PA",
            "PA",
        ),
        ("Troops parade in Minsk. REUTERS/ Stringer", None, "REUTERS/ Stringer", "Reuters"),
        (
            "A bus at the scene in Manhattan in this picture obtained from social media. Sebastian Sobczak via REUTERS",
            "Sebastian Sobczak",
            "Sebastian Sobczak via REUTERS",
            "Reuters",
        ),
        # One name before a handout marker opened by a known given name is the one who took it.
        (
            "Flooded streets in Valencia, Spain. Sebastian Sobczak/Handout via REUTERS",
            "Sebastian Sobczak",
            "Sebastian Sobczak/Handout via REUTERS",
            "Reuters",
        ),
        (
            "Damage after a wildfire in Jasper, Alberta. (Amber Bracken/The Canadian Press via AP, File)",
            "Amber Bracken",
            "Amber Bracken/The Canadian Press via AP, File",
            "AP",
        ),
        # Page chrome after the credit, or a dateline glued to it, is neither credit nor caption.
        (
            "Refugees walk in Koufroun, Chad May 10, 2023. REUTERS/Zohra Bensemra Post navigation Previous: Talks resume",
            "Zohra Bensemra",
            "REUTERS/Zohra Bensemra",
            "Reuters",
        ),
        (
            "A pumpjack near Calgary. THE CANADIAN PRESS/Jeff McIntoshCALGARY — Gas producers waited.",
            "Jeff McIntosh",
            "THE CANADIAN PRESS/Jeff McIntosh",
            "The Canadian Press",
        ),
        (
            "Funeral in Los Angeles. FULL CAPTION TO FOLLOW Barbara Davidson/The Guardian",
            "Barbara Davidson",
            "Barbara Davidson/The Guardian",
            "The Guardian",
        ),
        (
            "Smoke in Ottawa February19, 2022 Steve Russell/Toronto Star Feb. 19",
            "Steve Russell",
            "Steve Russell/Toronto Star",
            "Toronto Star",
        ),
        (
            "Foto: Ana Souza/Agência Brasil Rio de Janeiro (RJ) 22/03/2024 – Temporal atinge a cidade.",
            "Ana Souza",
            "Ana Souza/Agência Brasil",
            "Agência Brasil",
        ),
        ("Des manifestants à Paris. © Ludovic MARIN / AFP", "Ludovic Marin", "Ludovic MARIN / AFP", "AFP"),
        (
            "Un hombre camina en Lima, Perú. (AP Foto/Martín Mejía)",
            "Martín Mejía",
            "AP Foto/Martín Mejía",
            "AP",
        ),
        ("Ein Mann geht durch Berlin. Foto: dpa", None, "dpa", "dpa"),
        (
            "Die Kanzlerin in Berlin. Foto: Michael Kappeler/dpa/Archiv",
            "Michael Kappeler",
            "Michael Kappeler/dpa/Archiv",
            "dpa",
        ),
        (
            "Demonstrators in Cairo. Credit...Ahmad Hasaballah/Getty Images",
            "Ahmad Hasaballah",
            "Ahmad Hasaballah/Getty Images",
            "Getty Images",
        ),
        (
            "A view of Havana. Credit...Adriana Zehbrauskas for The New York Times",
            "Adriana Zehbrauskas",
            "Adriana Zehbrauskas for The New York Times",
            "The New York Times",
        ),
        ("Fans in Madrid. Photo by: Oscar del Pozo/AFP", "Oscar del Pozo", "Oscar del Pozo/AFP", "AFP"),
        # The New York Times: an agency alone, and agencies joined by a dash.
        (
            "Rescuers search the rubble in Antakya, Turkey. Credit...Via Reuters",
            None,
            "Via Reuters",
            "Reuters",
        ),
        (
            "Rescuers search the rubble in Antakya, Turkey. Credit...Agence France-Presse — Getty Images",
            None,
            "Agence France-Presse — Getty Images",
            "AFP",
        ),
        ("Troops in Mali. SOURCE: REUTERS", None, "REUTERS", "Reuters"),
        ("A street in Kyiv. Image copyright Getty Images", None, "Getty Images", "Getty Images"),
        # Page chrome glued to the credit, or after it with a comma; dpa's notices after its credit.
        (
            "Shoppers queue outside a bakery in Lyon, France, November 4, 2024. REUTERS/Claire Morel Purchase "
            "Licensing Rights, opens new tab",
            "Claire Morel",
            "REUTERS/Claire Morel",
            "Reuters",
        ),
        (
            "Soldiers march near Grafenwoehr, Germany. REUTERS/Lukas BarthAcquire Licensing Rights",
            "Lukas Barth",
            "REUTERS/Lukas Barth",
            "Reuters",
        ),
        (
            "A tram passes the harbour in Oslo, Norway, June 2, 2025. REUTERS/Ida MoenPurchase Licensing Rights, "
            "opens new tab",
            "Ida Moen",
            "REUTERS/Ida Moen",
            "Reuters",
        ),
        # A photo gallery's pager after the credit.
        (
            'Image 3 of 12 | Zoe Saldana arrives at the premiere of "Night Shift" at the Regency Theatre in Los '
            "Angeles, Monday, Jan. 11, 2027. Photo: Jordan Strauss / Invision/AP | Next image",
            "Jordan Strauss",
            "Jordan Strauss / Invision/AP",
            "AP",
        ),
        (
            "Fans wait outside the Apollo Theater in New York on Friday. Photo: Maya Tran / AP | Previous image",
            "Maya Tran",
            "Maya Tran / AP",
            "AP",
        ),
        (
            "12.10.2024, Nordrhein-Westfalen, Köln: Fußball: 2. Bundesliga, 1. FC Köln - Hertha BSC. Foto: Jana "
            "Ritter/dpa - WICHTIGER HINWEIS: Gemäß den Vorgaben der DFL Deutsche Fußball Liga bzw. des DFB ist "
            "es untersagt, Sequenzbilder zu verwerten.",
            "Jana Ritter",
            "Jana Ritter/dpa",
            "dpa",
        ),
        (
            "Ein Zug fährt in Dresden ein. Foto: Paul Winter/dpa - ACHTUNG: Nur zur redaktionellen Verwendung",
            "Paul Winter",
            "Paul Winter/dpa",
            "dpa",
        ),
        # Surname first (ČTK, MTI), read in natural order; PAP and TASS as they write it.
        (
            "Lidé stojí frontu na trhu v Brně, 6. prosince 2024. ČTK/Nováková Jana",
            "Jana Nováková",
            "ČTK/Nováková Jana",
            "CTK",
        ),
        (
            "Tüntetők a Kossuth téren Budapesten, 2024. október 23. MTI/Kovács Péter",
            "Péter Kovács",
            "MTI/Kovács Péter",
            "MTI",
        ),
        (
            "Kibice na Stadionie Narodowym w Warszawie, 11 listopada 2024. PAP/Marek Zieliński",
            "Marek Zieliński",
            "PAP/Marek Zieliński",
            "PAP",
        ),
        (
            "Парад на Красной площади в Москве, 9 мая 2025 года. Фото: Сергей Бобров/ТАСС",
            "Сергей Бобров",
            "Сергей Бобров/ТАСС",
            "TASS",
        ),
        # Spanish and Portuguese "Foto de Name / AFP", AP's Spanish "Foto AP/Name".
        (
            "Manifestantes marchan en Quito, el 12 de junio de 2025. (Foto de Ana María TORRES / AFP)",
            "Ana María Torres",
            "Foto de Ana María TORRES / AFP",
            "AFP",
        ),
        (
            "Torcedores comemoram em São Paulo, 3 de março de 2025. (Foto de Carlos Lima / AFP)",
            "Carlos Lima",
            "Foto de Carlos Lima / AFP",
            "AFP",
        ),
        (
            "Vendedores en el mercado de Oaxaca, el 2 de noviembre de 2024. (Foto AP/Rodrigo Salas)",
            "Rodrigo Salas",
            "Foto AP/Rodrigo Salas",
            "AP",
        ),
        # A tag word is no one's name: China Daily's "[Photo/Xinhua]", "[Photo/VCG]".
        ("Lanterns in Xi'an, Shaanxi province, Feb 12, 2025. [Photo/Xinhua]", None, "Photo/Xinhua", "Xinhua"),
        (
            "Tourists on the Bund in Shanghai, May 1, 2025. [Photo/China News Service]",
            None,
            "Photo/China News Service",
            "China News Service",
        ),
        (
            "Smoke rises over Khan Younis, Gaza Strip, in this image from video. (AP Photo/Video)",
            None,
            "AP Photo/Video",
            "AP",
        ),
        (
            "Lanterns over the river in Nanjing, Jiangsu province, Feb 12, 2025. [Photo/VCG]",
            None,
            "Photo/VCG",
            "VCG",
        ),
        # An organisation before "via AP" that the caption names as the supplier handed the picture out.
        (
            "This image provided by the Shedd Aquarium shows a beluga calf in Chicago on May 3, 2024. "
            "(Shedd Aquarium via AP)",
            None,
            "Shedd Aquarium via AP",
            "AP",
        ),
        (
            "In this photo provided by Yellowstone National Park, a bison crosses a road. (Yellowstone "
            "National Park via AP)",
            None,
            "Yellowstone National Park via AP",
            "AP",
        ),
        # dpa's picture service and the BBC's "Image source, ..." (its caption after "Image caption,").
        (
            "Fans feiern in der Innenstadt von Dortmund. picture alliance/dpa | Bernd Thissen",
            "Bernd Thissen",
            "picture alliance/dpa | Bernd Thissen",
            "dpa",
        ),
        (
            "Image source, Getty Images Image caption, Commuters wait at Euston station in London on Monday",
            None,
            "Getty Images",
            "Getty Images",
        ),
        ("Ambulances queue outside a hospital in Cardiff. Image source, PA Media", None, "PA Media", "PA"),
        # Syndicating portals close a partner's picture with "© Provided by" and its supplier.
        (
            "Members of the public lay flowers outside Buckingham Palace.\n© Provided by PA Media",
            None,
            "PA Media",
            "PA",
        ),
        # ANP and Belga write the photographer after the agency, no joint between them.
        (
            "Supporters wachten op de uitslag in Den Haag, 29 oktober 2025. ANP SEM VAN DER WAL",
            "Sem van der Wal",
            "ANP SEM VAN DER WAL",
            "ANP",
        ),
        (
            "Des supporters à Bruxelles, le 9 juin 2024. BELGA PHOTO NICOLAS MAETERLINCK",
            "Nicolas Maeterlinck",
            "BELGA PHOTO NICOLAS MAETERLINCK",
            "Belga",
        ),
        (
            "Fans op de Dam in Amsterdam. (ANP Photo Lex van Lieshout)",
            "Lex van Lieshout",
            "ANP Photo Lex van Lieshout",
            "ANP",
        ),
        ("Manifestantes desfilam em Lisboa, 25 de abril de 2025. Lusa", None, "Lusa", "Lusa"),
        # An agency's own label before its photographer: APA's "APA-FOTO: NAME", "AFP PHOTO: Name".
        (
            "Bundespräsident Van der Bellen in der Hofburg in Wien am 3. März 2025. APA-FOTO: ROLAND SCHLAGER",
            "Roland Schlager",
            "APA-FOTO: ROLAND SCHLAGER",
            "APA",
        ),
        (
            "Des agriculteurs bloquent une autoroute près de Lyon, le 2 février 2024. AFP PHOTO: Olivier CHASSIGNOL",
            "Olivier Chassignol",
            "AFP PHOTO: Olivier CHASSIGNOL",
            "AFP",
        ),
        # A parenthesis inside the chain, before a joint, belongs to it.
        (
            "Iran's leader attends a ceremony in Tehran, Iran, June 4, 2025. Office of the Iranian Supreme "
            "Leader/WANA (West Asia News Agency)/Handout via REUTERS",
            None,
            "Office of the Iranian Supreme Leader/WANA (West Asia News Agency)/Handout via REUTERS",
            "Reuters",
        ),
        # A credit printed twice: the next marker ends the first.
        (
            "Firefighters work in Marseille, France, August 2, 2025. REUTERS/Manon Cruz REUTERS/Manon Cruz/Pool",
            "Manon Cruz",
            "REUTERS/Manon Cruz",
            "Reuters",
        ),
        # Written first.
        (
            "© JENS SCHLUETER\n\nAlice Weidel s'adresse aux délégués à Riesa",
            "Jens Schlueter",
            "JENS SCHLUETER",
            None,
        ),
        (
            "AFP 4 | Christophe SIMON\nFRANCE\nGisele Pelicot pose à Avignon, le 23 octobre 2024.",
            "Christophe Simon",
            "AFP 4 | Christophe SIMON",
            "AFP",
        ),
    ],
)
def test_credits_as_they_arrive(caption: str, creator: str | None, line: str, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, source)
    assert found.doubt is None


@pytest.mark.parametrize(
    ("caption", "creator", "doubted"),
    [
        # A known middle name makes a name of three words a person's: no doubt on a right photographer.
        (
            "Italy's Jannik Sinner returns in Melbourne, Australia, Friday, Jan. 29, 2027. "
            "(AP Photo/Asanka Brendon Ratnayake)",
            "Asanka Brendon Ratnayake",
            False,
        ),
        (
            "Umat Muslim berdoa di Masjid Istiqlal, Jakarta, Jumat (20/3/2026). ANTARA FOTO/Hafidz Mubarak A",
            "Hafidz Mubarak A",
            False,
        ),
    ],
)
def test_a_name_of_three_words_with_a_known_middle_name(caption: str, creator: str, doubted: bool) -> None:
    found = credit(caption)
    assert found.creator == creator
    assert (found.doubt is not None) == doubted


def test_a_foundation_named_for_a_person_is_a_party_not_the_photographer() -> None:
    found = credit("Une œuvre exposée à Montréal, le 3 mars 2026. AFP PHOTO / FONDATION MARCEL DUFRESNE")
    assert (found.creator, found.source, found.parties) == (None, "AFP", ("FONDATION MARCEL DUFRESNE",))


def test_one_name_before_a_handout_marker_is_its_party_and_flagged() -> None:
    # A company's name is shaped as a person's: read as the party that handed it out, and said so.
    found = credit(
        "A new warehouse in Odense, Denmark. Vestas Wind/Handout via REUTERS ATTENTION EDITORS - NO RESALES."
    )
    assert (found.creator, found.line, found.source) == (None, "Vestas Wind/Handout via REUTERS", "Reuters")
    assert found.parties == ("Vestas Wind",)
    assert found.doubt is not None and "party" in found.doubt


def test_photo_credit_should_read_wins_over_the_caption_credit() -> None:
    found = credit(
        "A protester in Hong Kong. Photo credit should read: Anthony Kwan/Getty Images. (AP Photo/Kin Cheung)"
    )
    assert (found.creator, found.source) == ("Anthony Kwan", "Getty Images")


def test_no_credit_in_running_text_or_chrome() -> None:
    for caption in [
        "NEW YORK (AP) — Stocks fell on Wall Street on Monday.",
        "Protesters gather outside the Saudi Press Agency (SPA) in Riyadh.",
        "President Biden speaks in Washington. Copyright 2023 The Associated Press. All rights reserved.",
        "The scene in Lagos.\nPost navigation\nPrevious: Another story here",
        "Members of the Associated Press Managing Editors meet in New York.",
        "Demonstrators in Paris - Reuters reported clashes",
    ]:
        assert credit(caption).line is None, caption


def test_partner_agency_via_ap_is_no_handout_but_a_state_agency_is() -> None:
    kinds = lambda c: {k for k, _, _ in credit(c).provenance}  # noqa: E731
    assert kinds("Fans cheer in Montreal. (Ryan Remiorz/The Canadian Press via AP)") == set()
    assert kinds("A quake in Tokyo. (Photo by Kyodo News via AP Photo)") == set()
    assert kinds("A judge in San Jose. (Nhat Meyer/Bay Area News Group via AP)") == set()
    assert kinds("Surf at Hookipa in Paia, Hawaii. (Ann Lee/The Maui News via AP, File)") == {
        ProvenanceKind.FILE
    }
    # A Reuters notice before the chain is no part of it: the partner agency supplied it.
    found = credit(
        "Smoke over Yokohama, Japan, in this photo taken by Kyodo. Mandatory credit Kyodo/via REUTERS"
    )
    assert (found.line, found.source) == ("Kyodo/via REUTERS", "Reuters")
    assert kinds("A parade in Pyongyang. (Korean Central News Agency/Korea News Service via AP)") == {
        ProvenanceKind.HANDOUT
    }
    assert kinds("A nurse in Wuhan. (Li Ming/Xinhua via AP)") == {ProvenanceKind.HANDOUT}
    assert kinds("Fans celebrate in Milan. (Claudia Greco/LaPresse via AP)") == set()
    assert kinds("Refugees in Goz Beida. (Pierre Honnorat/WFP via AP, File)") == {
        ProvenanceKind.HANDOUT,
        ProvenanceKind.FILE,
    }
    assert kinds("An aircraft over Giza. (AFP PHOTO / Solar Impulse 2 / Jean Revillard)") == {
        ProvenanceKind.HANDOUT
    }
    assert kinds("Shooters at Camp Perry, Ohio, 1941. (Photo by AP Photo/DW)") == set()
    # Austrian picture agencies between EPA and the photographer are partners, no handout's party.
    assert kinds("Skiers in Saalbach, Austria, 28 November 2026. EPA-EFE/EXPA/JOHANN GRODER") == set()
    assert kinds("Fans in Kitzbuehel, Austria, 24 January 2026. EPA/GEPA/MATHIAS MANDL") == set()
    assert kinds(
        "Trump greets Carney at the White House. White House photograph courtesy of Gabriel B. Kotico"
    ) == {ProvenanceKind.HANDOUT}


def test_a_doubtful_credit_says_why() -> None:
    found = credit("A man walks in Paris. (Photo by Handout)")
    assert found.doubt == "no agency or photographer found in the credit 'Photo by Handout'"
    found = credit("Rain in Paris on Monday. Photo: a man walks in the rain.")
    assert found.doubt is not None and "no agency or photographer" in found.doubt
    # A label over the whole caption labels the caption: no credit at all, so none to doubt.
    found = credit("Photo: a man walks in the rain in Paris.")
    assert (found.line, found.doubt) == (None, None)
    assert credit("A man walks in Paris. (Photo: PIB)").doubt is None  # a handout party is named


def test_the_credit_stops_at_the_agency_before_a_dateline() -> None:
    text = (
        "Foto: Ann Lee/Agência Brasil Rio de Janeiro (RJ) 22/03/2024 – Chuva forte atinge a cidade. "
        "Foto: Ann Lee/Agência Brasil"
    )
    credit = find_credit(text)
    assert credit.line == "Ann Lee/Agência Brasil"
    assert text[credit.start : credit.end] == "Foto: Ann Lee/Agência Brasil"


def test_a_distributor_named_in_words_is_the_source_with_no_credit_line() -> None:
    found = credit(
        "Flames rise over an oil depot in Bryansk, Russia, March 2, 2025, in this screen grab. Footage obtained "
        "by REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES."
    )
    assert (found.line, found.creator, found.source, found.doubt) == (None, None, "Reuters", None)
    found = credit("A still image from video obtained by the Associated Press shows troops near Kupiansk.")
    assert (found.line, found.source) == (None, "AP")
    # A document, not the picture, obtained by an agency says nothing of who distributes the picture.
    assert credit("A letter obtained by the Associated Press is shown in Washington.").source is None


def test_a_creator_that_may_be_no_person_is_doubted() -> None:
    # Chrome no rule knows, left in the photographer's place.
    found = credit("Fans in Leipzig, Germany, May 3, 2025. REUTERS/Anna Berger Buy Prints Here")
    assert found.creator == "Anna Berger Buy Prints Here"
    assert found.doubt is not None and "may not be a person's name" in found.doubt
    # Three words and no known given name: an organisation's name, most likely.
    found = credit(
        "Sea lions rest on a beach near Carmel, Calif., May 5, 2025. (AP Photo/Pacific Grove Lookout)"
    )
    assert found.creator == "Pacific Grove Lookout"
    assert found.doubt is not None and "may not be a person's name" in found.doubt
    # A name before "via AP" that opens with no known given name, which the caption does not name as the
    # supplier: a party, read so, and said to be unsure.
    found = credit("A ferry docks in Makassar, Indonesia, June 3, 2025. (Hotli Simanjuntak via AP)")
    assert found.creator is None and found.doubt is not None and "supplied the picture" in found.doubt
    # An agency's name inside the photographer's.
    found = credit("Fans celebrate in Seville, Spain, May 4, 2025. EFE/Javier Ruiz Getty")
    assert found.creator == "Javier Ruiz Getty"
    assert found.doubt is not None and "may not be a person's name" in found.doubt
    # A name no rule reads as a photographer's (a particle first) is said to be unread, not dropped silently.
    found = credit("Senators arrive at the Capitol in Washington, May 6, 2025. REUTERS/Al Zaqout Hamdan")
    assert found.creator is None and found.doubt is not None and "no photographer read" in found.doubt
    # Names the corpora hold stay unflagged: particles, a Cantonese surname first, an initial.
    for caption in [
        "Fans in Eindhoven. ANP/Sander van der Velde",
        "Traffic in Beijing, Jan. 3, 2025. (AP Photo/Ng Han Guan)",
        "A ranger in Kruger Park. (N. Bothma/EPA-EFE)",
        "Fans in Chicago. (AP Photo/Charles Rex Arbogast)",
        "A news channel's studio in Doha. (Al Jazeera via AP)",
        # A given name and two surnames, the last a Spanish patronymic; Arabic "عبد" with its word.
        "Hinchas celebran en Cali, el domingo 20 de diciembre de 2026. Foto: Yeiner Ríos Gómez / EL TIEMPO",
        "Turistas en Cartagena, el 19 de diciembre. Foto: Wilber Castaño Pérez / EL TIEMPO",
        "محتفلون في ميدان التحرير بالقاهرة، 31 ديسمبر 2026. (تصوير: محمد عبد الرحمن)",
        # A bare capital closing the name: Antara's initial of a surname.
        "Warga antre air bersih di Bekasi, Jawa Barat, Selasa (6/1/2026). ANTARA FOTO/Fakhri Hermansyah A",
        "Petugas memadamkan api di Medan, Sumatera Utara, Rabu (7/1/2026). ANTARA FOTO/Yudi Manar S",
        # Three words, the given name unknown to the list and no word of a body or a place in them.
        "Warga antre di Bekasi, Jawa Barat, Selasa (6/1/2026). (Photo by Dwi Anggara Putra/SOPA Images)",
        "A man walks past a mural in Havana, Cuba, Oct. 21, 2026. (AP Photo/Yoandri Castillo Mora)",
        "ראש הממשלה בירושלים, 24 בינואר 2027. צילום: אורי דוד לוין, פלאש 90",
        # A Myanmar name, of its syllables alone.
        "Rescuers in Mandalay, Myanmar, on March 29, 2025. (Photo by Thet Naing Oo / AFP)",
        "Monks walk in Yangon, Myanmar, on March 2, 2027. REUTERS/Kyaw Zin Htet",
    ]:
        assert credit(caption).doubt is None, caption


def test_a_party_the_caption_says_handed_the_picture_out_is_no_photographer() -> None:
    # AFP's mandatory credit spells out the organisation the caption says released the picture, accents
    # dropped: the party, not a photographer, and nothing left to doubt.
    found = credit(
        "Handout photo released by Médecins Sans Frontières shows a nurse at a clinic in Adre, Chad, on "
        'October 2, 2026. (Photo by MSF / AFP) - RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO '
        '/ MEDECINS SANS FRONTIERES" - NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO '
        "CLIENTS"
    )
    assert (found.creator, found.source, found.doubt) == (None, "AFP", None)
    assert found.parties == ("Medecins Sans Frontieres",)
    # The party in the credit in its own language, the caption's word for it in English.
    found = credit(
        "This photo provided by the Chilean Carabineros shows seized packages of cocaine in Valparaiso, "
        "Chile, Oct. 2, 2026. (Carabineros de Chile via AP)"
    )
    assert (found.creator, found.source, found.doubt) == (None, "AP", None)
    # An acronym or an organisation's name in AFP's photographer's place, which the caption says released the
    # picture, is the party; a photographer's own name after "issued by" stays his.
    found = credit(
        "This handout picture released by the UN mission MONUSCO shows peacekeepers on patrol in Goma, "
        "Democratic Republic of Congo, on October 3, 2025. (Photo by MONUSCO / AFP)"
    )
    assert (found.creator, found.parties) == (None, ("Monusco",))
    found = credit(
        "This handout picture released on Thursday by Spanish NGO Open Arms shows a migrant boat off "
        "Lampedusa on October 2, 2025. (Photo by OPEN ARMS / AFP)"
    )
    assert found.creator is None
    found = credit(
        "Handout photo issued by Jane Whitfield of residents at a care home in Leeds. Issue date: Monday July "
        "25, 2022. (Photo by Jane Whitfield/Care UK/PA Wire)"
    )
    assert found.creator == "Jane Whitfield"
    # Only the party's own words count: a ministry named in the caption is not "Ministerio Publico".
    found = credit(
        "This photo provided by the Interior Ministry shows a seized truck. (Hotli Simanjuntak via AP)"
    )
    assert found.doubt is not None and "supplied the picture" in found.doubt
    # A name the caption gives elsewhere, but not as whoever handed the picture out, stays in doubt.
    found = credit(
        "Pacific Grove Lookout volunteers count sea lions near Carmel, Calif., May 5, 2025. (AP Photo/Pacific "
        "Grove Lookout)"
    )
    assert found.creator == "Pacific Grove Lookout" and found.doubt is not None


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # A pool marker glued after the photographer's name: the name is still the creator.
        ("El rey Felipe VI en Madrid, el 3 de marzo de 2024. EFE/ Juanjo Martín POOL", "Juanjo Martín"),
        ("Il presidente Sergio Mattarella a Roma, 5 marzo 2024. ANSA/ Fabio Frustaci POOL", "Fabio Frustaci"),
        # A party's pool names no photographer.
        ("Putin in Moscow, Russia, Oct. 5, 2023. Sputnik/Kremlin Pool Photo via AP", None),
    ],
)
def test_a_pool_photographer_is_the_creator(
    normaliser: Normaliser, caption: str, creator: str | None
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator == creator and "pool" in {p.kind.value for p in record.provenance}


def test_in_the_picture_is_no_credit_label(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "Kundgebung in Berlin am 3. März 2024. Im Bild: Olaf Scholz. Foto: Kay Nietfeld/dpa"
    )
    assert (record.credit_line, record.creator) == ("Kay Nietfeld/dpa", "Kay Nietfeld")
    record = normaliser.normalise(
        "Posse em Brasília, 1 de janeiro de 2023. Na foto: Lula. Foto: Ana Souza/Agência Brasil"
    )
    assert record.creator == "Ana Souza"
    assert normaliser.normalise("Fans in Berlin. Bild: Kay Nietfeld/dpa").creator == "Kay Nietfeld"


# National agencies of Europe and beyond, with the names they print in Latin letters and their own script
# (invented captions).
@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        (
            "Ο υπουργός Οικονομικών μιλά στη Βουλή, Αθήνα, Τρίτη 14 Οκτωβρίου 2025. ΑΠΕ-ΜΠΕ/Παντελής Σαίτας",
            "Παντελής Σαίτας",
            "ΑΠΕ-ΜΠΕ/Παντελής Σαίτας",
            "ANA-MPA",
        ),
        (
            "Κινητοποίηση εργαζομένων, Αθήνα, 9 Απριλίου 2025. (Γιάννης Παναγόπουλος/EUROKINISSI)",
            "Γιάννης Παναγόπουλος",
            "Γιάννης Παναγόπουλος/EUROKINISSI",
            "Eurokinissi",
        ),
        ("Le ministre des Affaires étrangères à Rabat, le 4 février 2025. (MAP)", None, "MAP", "MAP"),
        (
            "Protestatari în Piața Victoriei din București, duminică, 2 martie 2025. Inquam Photos / George Călin",
            "George Călin",
            "Inquam Photos / George Călin",
            "Inquam Photos",
        ),
        (
            "Zăpadă în Sibiu, luni, 6 ianuarie 2025. AGERPRES FOTO / Ionel Ardelean",
            "Ionel Ardelean",
            "AGERPRES FOTO / Ionel Ardelean",
            "Agerpres",
        ),
        (
            "Митинг в Москве, 12 июня 2025 года. © РИА Новости / Сергей Пятаков",
            "Сергей Пятаков",
            "РИА Новости / Сергей Пятаков",
            "RIA Novosti",
        ),
        (
            "Hinchas celebran en Santiago, 3 de marzo de 2025.\nCristóbal Escobar/Agencia Uno",
            "Cristóbal Escobar",
            "Cristóbal Escobar/Agencia Uno",
            "Agencia Uno",
        ),
        (
            "Navijači slave u Zagrebu, 3. veljače 2025. Foto: Marko Lukunić/PIXSELL",
            "Marko Lukunić",
            "Marko Lukunić/PIXSELL",
            "Pixsell",
        ),
        (
            "Protest in Belgrade, March 15, 2025. (Tanjug/Sava Radovanović)",
            "Sava Radovanović",
            "Tanjug/Sava Radovanović",
            "Tanjug",
        ),
        ("Yağmur sonrası İstanbul'da trafik, 5 Mart 2025. (DHA)", None, "DHA", "DHA"),
        # Belga's label between the agency and its photographer, in Dutch or French.
        (
            "Sfeer op de Grote Markt in Brussel, zaterdag 19 juli 2025. BELGA FOTO NICOLAS MAETERLINCK",
            "Nicolas Maeterlinck",
            "BELGA FOTO NICOLAS MAETERLINCK",
            "Belga",
        ),
        # AFP's photographer known by one name, in capitals.
        (
            "Des fidèles prient à Touba, au Sénégal, le 23 août 2024. (Photo by SEYLLOU / AFP)",
            "Seyllou",
            "Photo by SEYLLOU / AFP",
            "AFP",
        ),
        # A surname that is a title's word in running text ("Then President ...").
        (
            "Fireworks over Marina Bay in Singapore, Aug. 9, 2025. (Xinhua/Then Chih Wey)",
            "Then Chih Wey",
            "Xinhua/Then Chih Wey",
            "Xinhua",
        ),
    ],
)
def test_national_agencies(caption: str, creator: str | None, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (creator, line, source, None)


def test_an_acronym_in_the_photographers_place_is_a_party() -> None:
    # Three consonants together, or four capitals: an organisation's acronym, not a one-name photographer.
    for caption in [
        "Aid arrives in Gaza, May 3, 2024. (Photo by UNRWA / AFP)",
        "Aid arrives in Sudan, May 3, 2024. (Photo by OCHA / AFP)",
    ]:
        found = credit(caption)
        assert found.creator is None and ProvenanceKind.HANDOUT in {k for k, _, _ in found.provenance}, (
            caption
        )
    # A country is no photographer either, nor one word in capitals after the agency (a palace's press office).
    assert credit("Rally in Paris, May 3, 2024. (Photo by FRANCE / AFP)").creator is None
    assert credit("Il presidente Mattarella a Roma, 3 maggio 2025. ANSA/QUIRINALE").creator is None


def test_afp_mandatory_credit_is_the_credit_line() -> None:
    found = credit(
        "Rescuers search the rubble in Latakia, Syria, on March 8, 2025. (Photo by Handout / SYRIAN CIVIL "
        'DEFENCE / AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / SYRIAN CIVIL DEFENCE" - '
        "NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS"
    )
    assert (found.line, found.creator, found.source) == ("AFP PHOTO / SYRIAN CIVIL DEFENCE", None, "AFP")
    assert {k for k, _, _ in found.provenance} == {ProvenanceKind.HANDOUT}


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # Names in capitals in Greek and Cyrillic, read in natural case (accents are not restored).
        (
            "Διαδήλωση στην Αθήνα, 1 Μαΐου 2025. (ΜΙΧΑΛΗΣ ΚΑΡΑΓΙΑΝΝΗΣ/EUROKINISSI)",
            "Μιχαλης Καραγιαννης",
            "Eurokinissi",
        ),
        ("Путин в Москве, 3 мая 2025 года. Фото: СЕРГЕЙ БОБЫЛЕВ/ТАСС", "Сергей Бобылев", "TASS"),
        # MTI's own label, and its surname first.
        (
            "Tüntetés Budapesten 2025. március 15-én. MTI Fotó: Koszticsák Szilárd",
            "Szilárd Koszticsák",
            "MTI",
        ),
    ],
)
def test_names_in_capitals_and_agency_labels_of_other_languages(
    caption: str, creator: str, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, source, None)


@pytest.mark.parametrize(
    "caption",
    [
        "Συνεδρίαση στο Μέγαρο Μαξίμου, Αθήνα, 30 Σεπτεμβρίου 2025. ΑΠΕ-ΜΠΕ/ΓΡΑΦΕΙΟ ΤΥΠΟΥ ΠΡΩΘΥΠΟΥΡΓΟΥ",
        "Путин на совещании в Москве, 3 мая 2025 года. Фото: Пресс-служба Кремля/ТАСС",
        "Premier Tusk w Warszawie, 3 maja 2025 r. Fot. Kancelaria Premiera/PAP",
        "Cumhurbaşkanı Erdoğan Ankara'da, 3 Mayıs 2025. (Cumhurbaşkanlığı İletişim Başkanlığı/AA)",
        "El presidente en Caracas, 3 de mayo de 2025. EFE/ Prensa Miraflores /SOLO USO EDITORIAL",
        # A label before a party alone: the party's credit, no doubt.
        "Зеленський у Києві, 3 травня 2025 року. Фото: Офіс Президента",
        # A sports federation or association hands out its pictures too.
        "Біатлоністка на трасі в Антгольці, 28 січня 2027 року. Фото: Федерація біатлону України",
        "Хоккеисты на тренировке в Новогорске, 3 февраля 2027 года. Фото: Федерация хоккея России",
    ],
)
def test_a_press_office_in_another_language_is_a_handout_party(caption: str) -> None:
    found = credit(caption)
    assert found.creator is None and {k for k, _, _ in found.provenance} == {ProvenanceKind.HANDOUT}
    assert found.line is not None and found.doubt is None


def test_latin_american_handout_words_and_a_picture_code_after_the_credit() -> None:
    found = credit("Manifestación en Lima, 3 de mayo de 2025. Foto: ANDINA/Difusión")
    assert (found.creator, found.source) == (None, "Andina")
    assert {k for k, _, _ in found.provenance} == {ProvenanceKind.HANDOUT}
    found = credit("Midsommar i Leksand 20 juni 2025. Foto: Ulf Palm/TT / kod 9110")
    assert (found.line, found.creator, found.source) == ("Ulf Palm/TT", "Ulf Palm", "TT")


@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        ("3日、東京都千代田区で行われた式典に出席する首相（共同）", None, "共同", "Kyodo"),
        ("3일 서울 광화문광장에서 시민들이 행진하고 있다. (사진=연합뉴스)", None, "연합뉴스", "Yonhap"),
        ("5月3日，游客在北京天安门广场参观。新华社记者 李贺 摄", "李贺", "新华社记者 李贺 摄", "Xinhua"),
        (
            "Anwar Ibrahim di Putrajaya, 3 Mei 2025. --fotoBERNAMA (2025) HAK CIPTA TERPELIHARA",
            None,
            "fotoBERNAMA",
            "Bernama",
        ),
    ],
)
def test_credits_of_east_asian_and_malaysian_agencies(
    caption: str, creator: str | None, line: str, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (creator, line, source, None)


def test_a_credit_naming_where_the_picture_was_posted_is_whole() -> None:
    found = credit("Torcedores em Lisboa, 3 de maio de 2025. (Foto: Reprodução/Instagram)")
    assert (found.creator, found.source, found.doubt) == (None, None, None)
    assert {k for k, _, _ in found.provenance} == {ProvenanceKind.SOCIAL_MEDIA}


def test_page_chrome_of_other_languages_ends_the_credit() -> None:
    for caption, creator in [
        (
            "Manifestación en Madrid, el 3 de mayo de 2025. EFE/Juan Carlos Hidalgo Leer más",
            "Juan Carlos Hidalgo",
        ),
        ("Manifestazione a Roma, 3 maggio 2025. ANSA/ANGELO CARCONI Leggi anche", "Angelo Carconi"),
        (
            "Manifestation à Paris, le 3 mai 2025. © Julien de Rosa / AFP Tous droits réservés",
            "Julien de Rosa",
        ),
    ]:
        found = credit(caption)
        assert (found.creator, found.doubt) == (creator, None), caption


def test_a_name_with_unknown_words_glued_after_it_is_doubted() -> None:
    found = credit("Manifestación en Madrid, el 3 de mayo de 2025. EFE/Juan Carlos Hidalgo Mehr Fotos")
    assert found.creator is None and found.doubt is not None and "no photographer read" in found.doubt


def test_a_given_name_that_is_an_agencys_short_name_opens_a_photographers_name() -> None:
    # HINA (Croatia) and Andina (Peru) are agencies, and given names too.
    found = credit("A rally in Tokyo, Japan, May 3, 2025. (Hina Suzuki/Kyodo via AP)")
    assert (found.creator, found.source) == ("Hina Suzuki", "AP")
    found = credit("Hinchas en Lima, 3 de mayo de 2025. Foto: Andina Lopez/EFE")
    assert (found.creator, found.source) == ("Andina Lopez", "EFE")
    assert credit("Navijači u Zagrebu, 3. svibnja 2025. (Foto: HINA/ Damir Senčar)").source == "HINA"


@pytest.mark.parametrize(
    "caption",
    [
        "DEN HAAG - Koning Willem-Alexander opent het gebouw. (10-01-2022) ANP REMKO DE WAAL",
        "DEN HAAG - Koning Willem-Alexander opent het gebouw. ANP REMKO DE WAAL (10-01-2022)",
    ],
)
def test_a_feeds_date_stamp_is_no_part_of_the_credit(caption: str) -> None:
    found = credit(caption)
    assert (found.line, found.creator, found.source) == ("ANP REMKO DE WAAL", "Remko de Waal", "ANP")


@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        # The Washington Post: its own photographer on assignment.
        (
            "Sen. Maria Alvarez (D-N.M.) walks to a vote at the Capitol in Washington on Thursday. "
            "(Marcus Ellery for The Washington Post)",
            "Marcus Ellery",
            "Marcus Ellery for The Washington Post",
            "The Washington Post",
        ),
        # France 24: "© Name, AFP", a photographer known by one name.
        (
            "Voters queue at a polling station in Abidjan on Saturday. © Yarone, AFP",
            "Yarone",
            "Yarone, AFP",
            "AFP",
        ),
        # DW: "Image:" closing the caption, with dpa's picture service after the agency.
        (
            "Pensioners protest outside the Bundestag in Berlin on Thursday Image: Sabine Kress/dpa/picture alliance",
            "Sabine Kress",
            "Sabine Kress/dpa/picture alliance",
            "dpa",
        ),
        # Euronews: "Copyright" is the page's, not the credit's.
        (
            "Pilgrims gather in front of the Basilica in Assisi, Italy, Sunday, Oct. 5, 2025. Copyright AP "
            "Photo/Gianni Orsetti",
            "Gianni Orsetti",
            "AP Photo/Gianni Orsetti",
            "AP",
        ),
        # ABC Australia: the organisation, a colon, its photographer.
        (
            "Floodwaters cover farmland outside Grafton after days of heavy rain. (AAP: Bianca Holloway)",
            "Bianca Holloway",
            "AAP: Bianca Holloway",
            "AAP",
        ),
        (
            "Surfers at Bondi Beach in Sydney on New Year's Day. (Reuters: Jaimi Ng)",
            "Jaimi Ng",
            "Reuters: Jaimi Ng",
            "Reuters",
        ),
        (
            "Peter Dutton arrives at Parliament House in Canberra. (ABC News: Tom Hartigan)",
            "Tom Hartigan",
            "ABC News: Tom Hartigan",
            "ABC News",
        ),
        # Imagn: the photographer glued to the agency by a hyphen.
        (
            "Sep 14, 2025; Green Bay, Wisconsin, USA; Fans tailgate before the game at Lambeau Field. "
            "Mandatory Credit: Kelvin Osei-Imagn Images",
            "Kelvin Osei",
            "Kelvin Osei-Imagn Images",
            "Imagn Images",
        ),
        # La Presse: "PHOTO NAME, LA PRESSE CANADIENNE" with an accented given name.
        (
            "La mairesse à l'hôtel de ville de Montréal, jeudi. PHOTO ÉLODIE BÉLANGER, LA PRESSE CANADIENNE",
            "Élodie Bélanger",
            "ÉLODIE BÉLANGER, LA PRESSE CANADIENNE",
            "The Canadian Press",
        ),
        # LaPresse prints its photographer's surname alone.
        (
            "L'allenatore del Napoli allo stadio Maradona, 8 marzo 2026. (Foto Moretti/LaPresse)",
            "Moretti",
            "Moretti/LaPresse",
            "LaPresse",
        ),
        # Its photographer in full after the word in lower case, its date line before.
        (
            "Roma, turisti alla Fontana di Trevi\nRoma, Italia - Lunedì, 19 Luglio 2027 (foto Mauro Scrobogna / LaPresse)",
            "Mauro Scrobogna",
            "Mauro Scrobogna / LaPresse",
            "LaPresse",
        ),
        # El País: the photographer's name in capitals after the last sentence.
        (
            "La vicepresidenta, este martes en el Senado. MARTA ESCOBAR",
            "Marta Escobar",
            "MARTA ESCOBAR",
            None,
        ),
        # Le Soir: Belga's partner agency alone.
        ("Des navetteurs attendent un bus à Liège, ce mardi. Photo News", None, "Photo News", "Photo News"),
        # The Japan Times: Jiji, as Kyodo and Yonhap, by its short name.
        ("Cherry blossoms in Ueno Park in Tokyo on Sunday. | JIJI", None, "JIJI", "Jiji"),
    ],
)
def test_credits_as_news_pages_print_them(
    caption: str, creator: str | None, line: str, source: str | None
) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, source)
    assert (found.provenance, found.doubt) == ((), None)


def test_page_credits_of_handouts_and_file_pictures() -> None:
    kinds = lambda c: {k for k, _, _ in c.provenance}  # noqa: E731
    # CBC: a party handed the picture in.
    found = credit(
        "Smoke rises near La Ronge, Sask., on Monday. (Submitted by Saskatchewan Public Safety Agency)"
    )
    assert (found.line, found.creator, found.doubt) == (
        "Submitted by Saskatchewan Public Safety Agency",
        None,
        None,
    )
    assert kinds(found) == {ProvenanceKind.HANDOUT}
    # A party's post on a social channel.
    found = credit(
        "Firefighters at a damaged apartment block in Kharkiv, Ukraine, on Oct. 2, 2025. "
        "(Kharkiv Regional Military Administration / Telegram)"
    )
    assert found.line == "Kharkiv Regional Military Administration / Telegram"
    assert kinds(found) == {ProvenanceKind.HANDOUT, ProvenanceKind.SOCIAL_MEDIA}
    # Al Jazeera: "[File: Name/Agency]".
    found = credit("Displaced families at a camp near Khan Younis in 2024 [File: Omar Haddad/Reuters]")
    assert (found.creator, found.source, kinds(found)) == ("Omar Haddad", "Reuters", {ProvenanceKind.FILE})
    found = credit("A market in Kano, Nigeria, in 2022 [File photo: Aisha Bello/AFP]")
    assert (found.line, found.creator, kinds(found)) == (
        "Aisha Bello/AFP",
        "Aisha Bello",
        {ProvenanceKind.FILE},
    )


def test_belga_keeps_the_capital_of_a_particle_where_anp_does_not() -> None:
    found = credit(
        "Supporters op de Grote Markt in Antwerpen, zondag 1 juni 2025. BELGA PHOTO THOMAS DE MEYER"
    )
    assert (found.creator, found.source) == ("Thomas De Meyer", "Belga")
    found = credit("Schaatsers in Amsterdam, 10 januari 2025. ANP KOEN VAN WEEL")
    assert found.creator == "Koen van Weel"
    # As printed when printed in mixed case.
    assert credit("Fietsers in Gent, 3 mei 2025. BELGA/Thomas de Meyer").creator == "Thomas de Meyer"


def test_ansa_keeps_the_capital_of_an_italian_particle() -> None:
    found = credit("Tifosi allo stadio Olimpico di Roma, 7 febbraio 2027. ANSA/FABIO DE PAOLA")
    assert (found.creator, found.source) == ("Fabio De Paola", "ANSA")
    assert credit("Studenti in corteo a Milano, 20 novembre 2026. ANSA/MATTEO DEL BUONO").creator == (
        "Matteo Del Buono"
    )
    # EFE's Spanish particle stays lower case.
    assert credit("Manifestantes en Madrid, el 8 de marzo de 2027. EFE/JUAN CARLOS DEL OLMO").creator == (
        "Juan Carlos del Olmo"
    )


def test_a_picture_agencys_name_in_the_photographers_place_is_no_doubt() -> None:
    found = credit(
        "Fans before the derby at the stadium in Istanbul, Turkey, on 3 May 2025. IMAGO/Depo Photos"
    )
    assert (found.line, found.creator, found.source, found.doubt) == (
        "IMAGO/Depo Photos",
        None,
        "IMAGO",
        None,
    )


def test_no_page_credit_where_the_words_name_no_photographer() -> None:
    # A caption in capitals ends with a name that is its subject's, and a campaign is no publication.
    assert credit("PRESIDENT ARRIVES IN MADRID. PEDRO SANCHEZ").creator is None
    assert credit("Volunteers knock on doors in Des Moines. (Jane Doe for Congress)").line is None
    # A colon after words that name no news organisation is no byline.
    assert credit("Guests at the gala in Lyon. (From Left To Right: Jane Smith)").line is None
    # A name in mixed case closing a caption is no El País credit.
    assert credit("The minister arrives in Madrid. Marta Escobar").line is None
    # One word after a copyright sign is a photographer only before an agency.
    assert credit("Pupils in a classroom in Juba, South Sudan. © UNICEF").line is None


@pytest.mark.parametrize(
    ("caption", "creator", "line", "source"),
    [
        # BNS names its photographer in the genitive before "nuotr." (photo): the agency is read, no creator.
        (
            "Seimo posėdis Vilniuje, 2025-10-14. BNS/Karolio Vaitkaus nuotr.",
            None,
            "BNS/Karolio Vaitkaus nuotr.",
            "BNS",
        ),
        (
            "Ministras Vilniuje, 2025-10-03. Karolio Vaitkaus / BNS nuotr.",
            None,
            "Karolio Vaitkaus / BNS nuotr.",
            "BNS",
        ),
        # The agency in brackets before the label, as BNS also writes it.
        (
            "Krepšinio rungtynės Kaune, 2026-03-10.\nKarolio Vaitkaus (BNS) nuotr.",
            None,
            "Karolio Vaitkaus (BNS) nuotr.",
            "BNS",
        ),
        # An agency alone after a label is the agency, no handout party.
        ("Saeimas sēde Rīgā 2025. gada 9. oktobrī.\nFoto: LETA", None, "LETA", "LETA"),
        (
            "Le Premier ministre inaugure une usine à Oran, le 12 octobre 2025. (Photo APS)",
            None,
            "APS",
            "APS",
        ),
        (
            "ISLAMABAD: Federal ministers attend a cabinet meeting at the PM House on Tuesday. APP",
            None,
            "APP",
            "APP",
        ),
        ("Delegates at the ECOWAS summit in Lagos on Monday.\nNAN Photo", None, "NAN Photo", "NAN"),
        (
            "Miles de personas en la Plaza Antonio Maceo de Santiago de Cuba, 26 de julio de 2025. Foto: PL/Ana María "
            "Reyes",
            "Ana María Reyes",
            "PL/Ana María Reyes",
            "Prensa Latina",
        ),
        # Antara's editor's initials close the chain: no party, no doubt.
        (
            "Warga memadati Pantai Kuta, Bali, Minggu (12/10/2025). ANTARA FOTO/Dewi Lestari/rwa.",
            "Dewi Lestari",
            "ANTARA FOTO/Dewi Lestari/rwa",
            "Antara",
        ),
        # ANP's regional restriction in lower case is no part of the credit.
        (
            "ROTTERDAM - Supporters op de Coolsingel na de huldiging. ANP ROBIN VAN DAM netherlands out - belgium out",
            "Robin van Dam",
            "ANP ROBIN VAN DAM",
            "ANP",
        ),
        ("大阪・梅田の駅前で演説する候補者＝2025年10月5日、共同", None, "共同", "Kyodo"),
        # The agency's name right after "＝", the date in brackets before it.
        ("名古屋駅前で信号を待つ人たち（11月29日）＝共同", None, "共同", "Kyodo"),
        ("福岡市の博多駅前のイルミネーション（12月1日）＝時事", None, "時事", "Jiji"),
        # A Romanian name opening with Ș.
        (
            "Protest în fața Guvernului, în București, marți. Inquam Photos / Ștefan Constantin",
            "Ștefan Constantin",
            "Inquam Photos / Ștefan Constantin",
            "Inquam Photos",
        ),
        # Icelandic and Finnish labels; "Mynd/" is the word "photo", no party.
        (
            "Tónleikar í Reykjavík í gær. Mynd/Sigurður Bjarnason",
            "Sigurður Bjarnason",
            "Sigurður Bjarnason",
            None,
        ),
        (
            "Presidentti Helsingissä 6. joulukuuta 2025. Kuva: Lehtikuva / Antti Aimo-Koivisto",
            "Antti Aimo-Koivisto",
            "Lehtikuva / Antti Aimo-Koivisto",
            "Lehtikuva",
        ),
    ],
)
def test_agencies_of_the_baltic_africa_and_asia(
    caption: str, creator: str | None, line: str, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (creator, line, source, None)
    assert found.provenance == ()


def test_a_genitive_name_without_an_agency_is_doubted() -> None:
    found = credit("Kaziuko mugė Vilniaus senamiestyje, 2026-03-06. Pauliaus Peleckio nuotr.")
    assert (found.line, found.creator) == ("Pauliaus Peleckio nuotr.", None) and found.doubt is not None


def test_a_party_tag_in_parentheses_is_no_credit() -> None:
    # "(Ap)" is the Labour Party's tag in Norwegian, in its sentence; the credit is on its own line.
    found = credit(
        "Statsminister Hanne Dahl (Ap) på pressekonferanse i Bergen tirsdag.\nFoto: Ola Nordmann / NTB"
    )
    assert (found.creator, found.line, found.source) == ("Ola Nordmann", "Ola Nordmann / NTB", "NTB")
    assert credit("The Saudi Press Agency (SPA) said the talks in Riyadh went well.").source is None


def test_a_story_dateline_names_the_source_when_no_credit_is_printed() -> None:
    found = credit(
        "DUBAI, 3rd October, 2025 (WAM) -- The Vice President attended the opening of the exhibition today."
    )
    assert (found.line, found.creator, found.source) == (None, None, "WAM")
    found = credit(
        "KUWAIT, Oct 5 (KUNA) -- The Crown Prince received the visiting delegation at Bayan Palace today."
    )
    assert found.source == "KUNA"
    # A printed credit wins over the dateline.
    found = credit("BEIJING, Oct 5 (Xinhua) -- Tourists visit the Palace Museum. (Xinhua/Chen Jing)")
    assert (found.creator, found.source) == ("Chen Jing", "Xinhua")


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        # Civil defence, police and a presidency hand pictures out: the party is no photographer; credited
        # alone, it is the source too (notes: a handout's Source is its party).
        ("Hraun rennur við Svartsengi, 2. apríl 2025. Mynd: Almannavarnir", "Almannavarnir", "Almannavarnir"),
        (
            "03.10.2025, Bayern, Nürnberg: Das Foto zeigt den beschädigten Streifenwagen. Foto: -/Polizeipräsidium "
            "Mittelfranken/dpa",
            "Polizeipräsidium Mittelfranken/dpa",
            "dpa",
        ),
        (
            "الرئيس يستقبل وزير الخارجية في القاهرة، 3 مايو 2025. (الرئاسة المصرية)",
            "الرئاسة المصرية",
            "الرئاسة المصرية",
        ),
    ],
)
def test_police_civil_defence_and_presidency_handouts(caption: str, line: str, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (None, line, source, None)
    assert {k for k, _, _ in found.provenance} == {ProvenanceKind.HANDOUT}


# The glued-start pattern as first written, opening with its lookbehinds.
_GLUED_START_LOOKBEHIND = re.compile(r"(?<=[a-zà-ÿ0-9)\]»”\"])\.(?=[A-ZÀ-Þ©])|(?<=\d)(?=[A-Z][a-z]{2,})")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "Z",
                ".",
                "9",
                ")",
                "]",
                "»",
                "”",
                '"',
                "Ab",
                " ",
                "c",
                "Def",
                "É",
                "©",
                "-",
                "2024.Name",
                "in Gaza City.Name",
                "2020Reuters",
                "ó.",
            ]
        ),
        max_size=14,
    ).map("".join)
)
def test_glued_start_ends_where_its_lookbehind_form_ends(text: str) -> None:
    """Opening with the stop and the digit, the pattern ends its matches where the lookbehind form did."""
    assert [m.end() for m in _GLUED_START.finditer(text)] == [
        m.end() for m in _GLUED_START_LOOKBEHIND.finditer(text)
    ]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Rescuers search the rubble in Gaza City.Omar al-Qattaa/AFP", "Omar al-Qattaa/AFP"),
        ("Fans cheer in Madrid, Spain, March 15, 2024Reuters/Susana Vera", "Reuters/Susana Vera"),
    ],
)
def test_a_credit_glued_to_the_text_starts_after_the_stop(caption: str, credit: str) -> None:
    text, breaks = clean_with_breaks(caption)
    assert find_credit(text, breaks).line == credit


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # US papers: the photographer and the paper on their own line, joined by a bar or a slash; the paper
        # that closes the chain supplied its own picture.
        (
            "Firefighters hose down a barn after a fire near Longmont, Colo., on Sunday.\n"
            "(Hyoung Chang | The Denver Post)",
            "Hyoung Chang",
            "The Denver Post",
        ),
        # USA TODAY's network papers join the two by a comma.
        (
            "Fans cheer during the first half in Detroit on Friday, Feb. 26, 2027. Kirthmon F. Dozier, Detroit "
            "Free Press",
            "Kirthmon F. Dozier",
            "Detroit Free Press",
        ),
        (
            "Trump speaks in Washington on Wednesday, Feb. 24, 2027. Jack Gruber, USA TODAY",
            "Jack Gruber",
            "USA TODAY",
        ),
        (
            "Commuters cross a bridge in Dublin.Photograph: Alan Betson/The Irish Times",
            "Alan Betson",
            "The Irish Times",
        ),
        (
            "Fans line up outside Minute Maid Park before Game 1 on Tuesday in Houston.\n"
            "Karen Warren/Staff photographer",
            "Karen Warren",
            None,
        ),
        # Kenyan papers: "PHOTO | NAME | GROUP", the label naming no one.
        (
            "Traders count stock at Gikomba market in Nairobi on March 4, 2026. PHOTO | DENNIS ONSONGO | NMG",
            "Dennis Onsongo",
            "NMG",
        ),
        # PAP: an editor's initials in parentheses before the agency.
        (
            "Warszawa, 03.05.2026. Obchody Święta Konstytucji na placu Zamkowym, 3 bm. (mr) PAP/Tomasz Gzell",
            "Tomasz Gzell",
            "PAP",
        ),
        # USA TODAY Sports: the photographer glued to Imagn by a hyphen.
        (
            "Oct 12, 2025; Denver, Colorado, USA; Denver Broncos quarterback Bo Nix (10) throws against the "
            "New York Jets at Empower Field. Mandatory Credit: Ron Chenoy-Imagn Images",
            "Ron Chenoy",
            "Imagn Images",
        ),
        # French "Photo par Name/Agency".
        (
            "Le Premier ministre au Sénat, à Paris, le 4 mars 2026. Photo par Eliot Blondet/ABACAPRESS.COM",
            "Eliot Blondet",
            "ABACA Press",
        ),
    ],
)
def test_credits_of_regional_papers_and_partners(caption: str, creator: str, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, source, None)
    assert found.provenance == ()


def test_a_hyphenated_surname_is_no_glued_agency() -> None:
    found = credit("Anglers on the Thames in London, May 3, 2025. Photo: Emma Stone-Wright/PA Wire")
    assert (found.creator, found.source) == ("Emma Stone-Wright", "PA")


@pytest.mark.parametrize(
    ("caption", "party"),
    [
        (
            "A firefighter battles a blaze near Altadena, Calif., Jan. 8, 2025. Courtesy of CAL FIRE",
            "CAL FIRE",
        ),
        ("A girl poses with her dog in Dallas, Texas, in 2019. Courtesy of the Doe family", "Doe family"),
    ],
)
def test_courtesy_alone_after_the_caption_is_its_credit(caption: str, party: str) -> None:
    found = credit(caption)
    assert found.creator is None and found.doubt is None
    assert [(k, p) for k, _, p in found.provenance] == [(ProvenanceKind.HANDOUT, party)]
    # Courtesy inside a sentence is no credit.
    found = credit(
        "Courtesy of the museum, the painting returned to Paris on Jan. 8, 2025. REUTERS/Mike Blake"
    )
    assert found.creator == "Mike Blake"


def test_photo_courtesy_names_the_party_that_handed_it_out() -> None:
    found = credit(
        "President Asif Ali Zardari meets a delegation at Aiwan-e-Sadr in Islamabad on Monday. "
        "— Photo courtesy President House"
    )
    assert found.creator is None and found.doubt is None
    assert [(k, party) for k, _, party in found.provenance] == [(ProvenanceKind.HANDOUT, "President House")]


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("خادم الحرمين الشريفين يستقبل وزير الخارجية في جدة، الأحد 8 مارس 2026. (واس)", "SPA"),
        ("رئيس الدولة يستقبل وزير الخارجية في قصر الوطن بأبوظبي، الأربعاء 14 يناير 2026. (وام)", "WAM"),
    ],
)
def test_gulf_agencies_sign_arabic_captions_with_their_arabic_acronyms(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.source, found.creator, found.doubt) == (source, None, None)


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        # The agency in its own script, in brackets: Reuters and Anadolu in Arabic.
        ("عمال الإنقاذ يبحثون بين الأنقاض في حمص، 2 مارس 2026. (رويترز)", "رويترز", "Reuters"),
        ("نساء يتسوقن في سوق غزة، 9 فبراير 2026. (الأناضول)", "الأناضول", "Anadolu"),
        # "Photo:" in Arabic, Persian, Hebrew and Hindi before the agency.
        ("صيادون في ميناء صور، 4 مارس 2026. صورة: رويترز", "رويترز", "Reuters"),
        ("کشاورزان در مزرعه‌ای در شیراز. عکس: ایرنا", "ایرنا", "IRNA"),
        ("ילדים בגן שעשועים בבאר שבע, 6 במרץ 2026. צילום: רויטרס", "רויטרס", "Reuters"),
        ("मुंबई में बारिश के बीच लोग, 7 जुलाई 2025. फोटो: पीटीआई", "पीटीआई", "PTI"),
    ],
)
def test_agencies_named_in_scripts_with_no_capitals(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.creator) == (line, source, None)


@pytest.mark.parametrize(
    ("caption", "line", "creator"),
    [
        # Xinhua sends out another's picture: "新华社发（Name 摄）", or "新华社发" alone.
        ("2026年4月9日，市民在公园里赏花。新华社发（周亮 摄）", "新华社发（周亮 摄）", "周亮"),
        ("2026年4月9日，市民在公园里赏花。新华社发（周亮摄）", "新华社发（周亮摄）", "周亮"),
        ("2026年4月9日，在埃及开罗，人们在街头行走。新华社发", "新华社发", None),
    ],
)
def test_xinhua_sends_out_a_picture(caption: str, line: str, creator: str | None) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.creator) == (line, "Xinhua", creator)


def test_a_brigade_in_the_photographers_place_is_a_party() -> None:
    found = credit(
        "An image grab from a video released by the armed wing shows fighters in an undisclosed location. "
        "(Photo by AL-QUDS BRIGADES / AFP)"
    )
    assert (found.creator, found.source) == (None, "AFP")


def test_ap_video_is_ap() -> None:
    found = credit(
        "In this image made from video, smoke rises over Khartoum, Sudan, Oct. 3, 2025. (AP Video)"
    )
    assert (found.creator, found.source, found.line) == (None, "AP", "AP Video")


def test_afp_in_arabic_letters_distributes_a_handout() -> None:
    found = credit("الرئيس يستقبل وزير الخارجية في قصر الاتحادية بالقاهرة، الاثنين. (الرئاسة المصرية/ أ ف ب)")
    assert (found.source, found.creator) == ("AFP", None)
    assert [k for k, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_a_papers_name_in_capitals_is_no_second_photographer() -> None:
    found = credit("Manifestantes marchan por Paseo de la Reforma. Foto: Diego Simón Sánchez / LA JORNADA")
    assert (found.creator, found.source, found.doubt) == ("Diego Simón Sánchez", "LA JORNADA", None)


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # Armed forces write the photographer's rank before the name, and "/Released" after it.
        (
            "Sailors aboard the aircraft carrier USS Gerald R. Ford observe flight operations in the "
            "Mediterranean Sea, Oct. 3, 2025. (U.S. Navy photo by Mass Communication Specialist 2nd Class "
            "Maria Alvarez/Released)",
            "Maria Alvarez",
            "U.S. Navy",
        ),
        (
            "Paratroopers jump from a C-130 over Fort Bragg, N.C., May 2, 2025. (U.S. Army photo by Staff Sgt. "
            "Jordan Fields)",
            "Jordan Fields",
            "U.S. Army",
        ),
        (
            "Marines fire a mortar during an exercise at Camp Lejeune, N.C., Feb. 3, 2026. (U.S. Marine Corps "
            "photo by Lance Cpl. Maria Lopez)",
            "Maria Lopez",
            "U.S. Marine Corps",
        ),
        (
            "A Coast Guard crew tows a fishing boat near Kodiak, Alaska, March 1, 2026. (U.S. Coast Guard photo "
            "by Petty Officer 3rd Class Alex Kim)",
            "Alex Kim",
            "U.S. Coast Guard",
        ),
        # A rank's stop ends no chain.
        (
            "Canadian soldiers train in Adazi, Latvia, on Feb. 3, 2026. Photo: Cpl. Eric Greico, Canadian Armed "
            "Forces",
            "Eric Greico",
            "Canadian Armed Forces",
        ),
    ],
)
def test_a_military_rank_is_no_part_of_the_photographers_name(
    caption: str, creator: str, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, source, None)


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        # "Image credit:" before an organisation alone: it supplied the picture, and is its source.
        (
            "Astronauts work inside the Kibo laboratory module of the International Space Station. "
            "Image credit: NASA",
            "NASA",
            "NASA",
        ),
        (
            "A view of the Cat's Paw Nebula captured by the James Webb Space Telescope. Image credit: NASA, "
            "ESA, CSA, STScI",
            "NASA, ESA, CSA, STScI",
            "NASA",
        ),
        (
            "Firefighters battle a blaze near Kelowna, B.C., on Aug. 17, 2025. Photo: BC Wildfire Service",
            "BC Wildfire Service",
            "BC Wildfire Service",
        ),
        # With a photographer, the organisation is the photographer's.
        (
            "The Artemis II rocket rolls out at Kennedy Space Center, Fla., on Jan. 17, 2026. Photo credit: "
            "NASA/Joel Kowsky",
            "NASA/Joel Kowsky",
            "NASA",
        ),
    ],
)
def test_an_organisation_credited_alone_is_the_source(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.doubt) == (line, source, None)
    assert ProvenanceKind.HANDOUT in [k for k, _, _ in found.provenance] or found.creator is not None


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        (
            "La consellera de Salut visita l'hospital Josep Trueta de Girona aquest dimecres. "
            "Foto: Marina López (ACN)",
            "Marina López",
            "ACN",
        ),
        (
            "Vecinos limpian el barro en Paiporta este jueves. Foto: Manuel Bruque (EFE)",
            "Manuel Bruque",
            "EFE",
        ),
        ("Residents clear debris in Beirut on Friday. Photo: Anwar Amro (AFP)", "Anwar Amro", "AFP"),
        ("Els Mossos patrullen per la Rambla de Barcelona. Foto: ACN", None, "ACN"),
    ],
)
def test_a_labelled_credit_with_its_agency_in_brackets(
    caption: str, creator: str | None, source: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, source)


@pytest.mark.parametrize(
    "caption",
    [
        # A company's legal form says the element is the company that handed the picture out, no one's name.
        "Unilever's chief executive poses at the company's headquarters in London, U.K., in an undated handout "
        "photograph released on Tuesday, Dec. 1, 2026. Source: Unilever Plc via Bloomberg",
        "Workers assemble a turbine at a plant in Berlin, Germany, in an undated handout photograph. Source: "
        "Siemens Energy AG via Bloomberg",
        "A base station on a rooftop in Espoo, Finland, on Nov. 3, 2026. Photo: Nokia Oyj via Bloomberg",
    ],
)
def test_a_company_credited_by_its_legal_form_is_no_photographer(caption: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (None, "Bloomberg")


# US, Canadian and Pacific papers' pages: the credit forms of their own photographers, freelancers and readers.
@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        # The paper's name after its photographer on a line of its own, "News-" and a second word.
        (
            "Students rehearse the spring musical at Kickapoo High School in Springfield, Mo., on Tuesday, "
            "March 3, 2026.\nAndrew Jansen/Springfield News-Leader",
            "Andrew Jansen",
            "Andrew Jansen/Springfield News-Leader",
        ),
        # A freelancer's picture: "Name/Special to the Paper", on its line or after the last sentence.
        (
            "Crews clear debris along Elm Street in Bowling Green, Ky., Sunday, May 3, 2026.\n"
            "Grace Ramey/Special to the Courier Journal",
            "Grace Ramey",
            "Grace Ramey/Special to the Courier Journal",
        ),
        (
            "Volunteers sort donations at a food bank in Sudbury, Ont., on Tuesday. Anna Brown/Special to the Star",
            "Anna Brown",
            "Anna Brown/Special to the Star",
        ),
        # McClatchy: the photographer's address after the name, with no joint.
        (
            "Shoppers line up outside a store in Durham, N.C., on Friday, Nov. 27, 2026. Ethan Hyman "
            "ehyman@newsobserver.com",
            "Ethan Hyman",
            "Ethan Hyman ehyman@newsobserver.com",
        ),
        # A broadcaster known by its initials before its photographer.
        (
            "Tonga's Prime Minister speaks to reporters in Nuku'alofa, Tonga, on March 3, 2026. Photo: RNZ "
            "Pacific/Lydia Lewis",
            "Lydia Lewis",
            "RNZ Pacific/Lydia Lewis",
        ),
    ],
)
def test_credits_of_papers_own_and_freelance_photographers(caption: str, creator: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.doubt) == (creator, line, None)


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        # A paper named alone is no photographer.
        (
            "Fishermen unload their catch at the Suva market on Saturday morning. (Photo: Fiji Times)",
            "Fiji Times",
            "Fiji Times",
        ),
        # Spanish "vía AP": the party handed it out, AP distributes it.
        (
            "En esta fotografía proporcionada por la Policía de Miami, agentes revisan un automóvil en Miami, "
            "Florida, el martes 5 de mayo de 2026. (Policía de Miami vía AP)",
            "Policía de Miami vía AP",
            "AP",
        ),
    ],
)
def test_a_paper_or_party_named_alone_is_no_photographer(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (None, line, source)


def test_an_institution_named_like_a_person_before_via_ap_handed_the_picture_out() -> None:
    found = credit(
        "This photo provided by Mayo Clinic shows a nurse at work in Rochester, Minn., on May 5, 2026. "
        "(Mayo Clinic via AP)"
    )
    assert (found.creator, found.source) == (None, "AP")
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_a_pool_marker_after_the_distributor() -> None:
    found = credit(
        "Defendant Jane Roe, left, listens to testimony in Knoxville, Tenn., on Tuesday, May 5, 2026. "
        "(Calvin Mattheis/Knoxville News Sentinel via AP, Pool)"
    )
    assert (found.creator, found.source) == ("Calvin Mattheis", "AP")
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.POOL]


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Students plant trees on the campus in Athens, Ohio, Monday, April 20, 2026. (Submitted photo)",
            "Submitted photo",
        ),
        ("Dancers perform at the festival in Biloxi on Oct. 3, 2026. Contributed", "Contributed"),
        (
            "Mara Lee, 7, holds her first fish at a lake in Duluth on Saturday, June 6, 2026.\n"
            "Photo courtesy of the Lee family",
            "Photo courtesy of the Lee family",
        ),
    ],
)
def test_a_readers_or_familys_picture_is_a_handout_credit(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.doubt) == (None, line, None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_a_handout_word_inside_a_sentence_is_no_credit() -> None:
    found = credit("Donors in Biloxi gave $2 million on Oct. 3, 2026. Ten churches Contributed.")
    assert found.line is None


def test_a_paper_named_with_its_article_after_the_photographer_is_no_second_name() -> None:
    found = credit(
        "Vendedores ofrecen sus productos en el parque MacArthur, en Los Ángeles, el 20 de mayo de 2026. "
        "(Aurelia Ventura/La Opinión)"
    )
    assert (found.creator, found.line, found.doubt) == ("Aurelia Ventura", "Aurelia Ventura/La Opinión", None)


@pytest.mark.parametrize(
    ("caption", "station"),
    [
        (
            "Firefighters battle a blaze at a home in Houston on Thursday, May 7, 2026. Two people were hurt.\n"
            "KPRC 2",
            "KPRC 2",
        ),
        ("Bomberos combaten un incendio en el Bronx, Nueva York, el jueves.\nTelemundo 47", "Telemundo 47"),
    ],
)
def test_a_television_station_on_its_own_line_is_the_credit(caption: str, station: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (None, station, station, None)
    assert found.provenance == ()


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Protesters march in Portland, Ore., on Sunday, Feb. 8, 2026. Photo provided by Jane Smith",
            "Photo provided by Jane Smith",
        ),
        (
            "Kayla Lee, 9, shows off her dress in Albuquerque on Friday, April 24, 2026.\n"
            "Photo submitted by the Lee family",
            "Photo submitted by the Lee family",
        ),
        (
            "Officers block a street in Portland, Ore., on Sunday, Feb. 8, 2026. "
            "(Photo provided by Portland Police Bureau)",
            "Photo provided by Portland Police Bureau",
        ),
    ],
)
def test_a_picture_provided_by_a_reader_or_party_is_a_handout(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.doubt) == (None, line, None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


# Yonhap's byline after its dateline, "(강릉=연합뉴스) 유형재 기자 =" (Name, reporter, "="), names the
# photographer of a picture; a byline closing the text, with no "=", is left alone.
@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        (
            "(서울=연합뉴스) 이지은 기자 = 15일 오후 서울 광화문광장에서 시민들이 산책하고 있다. 2025.10.15",
            "이지은",
        ),
        (
            "(춘천=연합뉴스) 박영민 기자 = 24일 강원 춘천시 공지천에서 시민들이 스케이트를 타고 있다. 2026.12.24",
            "박영민",
        ),
        ("(대구=연합뉴스) 윤관식기자 = 3일 대구 수성못을 찾은 시민들이 산책하고 있다. 2026.1.3", "윤관식"),
        (
            "15일 오후 부산 해운대해수욕장에서 시민들이 산책하고 있다. 2025.10.15 (부산=연합뉴스) 박성민 기자",
            None,
        ),
    ],
)
def test_the_agency_after_the_city_filed_from_is_the_source(caption: str, creator: str | None) -> None:
    found = credit(caption)
    assert (found.source, found.creator) == ("Yonhap", creator)


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "HANDOUT - 02.12.2026, Bremen: Das undatierte Handout zeigt den neuen Terminal im Hafen. Foto: "
            "Bremenports Marketing/dpa - ACHTUNG: Nur zur redaktionellen Verwendung +++ dpa-Bildfunk +++",
            None,
            "Bremenports Marketing/dpa",
        ),
        (
            "HANDOUT - The undated handout shows the planned arena in Cologne. (Photo: Kölner Haie Eishockey/dpa) "
            "- ATTENTION: For editorial use only",
            None,
            "Kölner Haie Eishockey/dpa",
        ),
        # A photographer the handout names keeps the picture.
        (
            "HANDOUT - 02.12.2026, Bremen: Ein Schiff im Hafen. Foto: Sabine Krüger/Bremenports/dpa "
            "+++ dpa-Bildfunk +++",
            "Sabine Krüger",
            "Sabine Krüger/Bremenports/dpa",
        ),
    ],
)
def test_a_handout_flag_makes_an_unknown_name_the_party(caption: str, creator: str | None, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source, found.doubt) == (creator, line, "dpa", None)


def test_image_courtesy_of_a_party_closing_the_caption_is_a_handout() -> None:
    found = credit("The old lighthouse at Cape Forchu, Nova Scotia. Image courtesy of Tourism Yarmouth")
    assert (found.creator, found.line, found.doubt) == (None, "Image courtesy of Tourism Yarmouth", None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


def test_two_credits_in_one_line_are_doubted() -> None:
    found = credit(
        "This combination photo shows Novak Djokovic in Melbourne, left, and Carlos Alcaraz in Paris. "
        "(AP Photo/Mark Baker; Christophe Ena/AP)"
    )
    assert found.line == "AP Photo/Mark Baker; Christophe Ena/AP"
    assert found.doubt is not None and "two credits" in found.doubt


def test_mandatory_credit_in_lower_case_labels_the_credit() -> None:
    found = credit(
        "Rescuers search the rubble in Lviv, Ukraine, on Dec. 3, 2026. Mandatory credit: Mykola Tys/Ukrinform/Sipa USA"
    )
    assert (found.creator, found.line) == ("Mykola Tys", "Mykola Tys/Ukrinform/Sipa USA")
    # A restriction note before the caption is no credit label.
    found = credit(
        "MANDATORY CREDIT: A welder works at the Skoda plant in Mlada Boleslav, Czech Republic, on Feb. 18, 2026. "
        "(Skoda Auto via AP)"
    )
    assert (found.creator, found.line, found.source) == (None, "Skoda Auto via AP", "AP")


@pytest.mark.parametrize(
    ("caption", "creator", "party"),
    [
        # "Al" and one word credited alone is the English given name and a surname.
        (
            "Players shake hands after the game at Citi Field on December 6, 2026 in New York City. "
            "(Photo by Al Bello/Getty Images)",
            "Al Bello",
            None,
        ),
        (
            "Senators arrive at the Capitol in Washington, Dec. 1, 2026. Photographer: Al Drago/Bloomberg",
            "Al Drago",
            None,
        ),
        # An Arabic article opening a compound given name: "El Tayeb" and a surname.
        (
            "People queue for bread in Khartoum, Sudan, January 5, 2027. REUTERS/El Tayeb Siddig",
            "El Tayeb Siddig",
            None,
        ),
        # ... unless the word names an Arabic medium or club: that is the party that handed the picture out.
        ("A screen shows a speech in Doha, Qatar, Dec. 1, 2026. (Al Jazeera via AP)", None, "Al Jazeera"),
        ("Fans fill the stands in Cairo, Dec. 1, 2026. (Al Ahly/Handout via REUTERS)", None, "Al Ahly"),
    ],
)
def test_al_and_a_surname_is_a_photographer(caption: str, creator: str | None, party: str | None) -> None:
    found = find_credit(*clean_with_breaks(caption))
    assert found.creator == creator
    assert list(found.parties) == ([party] if party else [])


# Photographers named in scripts with no capitals after the label of their language (Arabic "تصوير:",
# Persian "عکاس:" and "عکس:", Hebrew "צילום:"): two to four words of letters; an agency's name alone is the
# source ("عکس: ایسنا"). Greek papers shorten the label ("(Φωτ.: Name)"), Tanjug puts itself first ("ФОТО
# ТАНЈУГ/ Name"), and Taiwan's CNA writes "中央社記者Name攝" with the day after it.
@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        ("متسوقون في سوق الشورجة ببغداد.\nتصوير: علي الساعدي", "علي الساعدي", None),
        ("مسعود پزشکیان در جلسه هیئت دولت سخنرانی کرد.\nعکاس: سارا رحیمی", "سارا رحیمی", None),
        ("برف سنگین در گردنه حیران.\nعکس: ایسنا", None, "ISNA"),
        ("מפגינים בכיכר הבימה בתל אביב (צילום: תומר נויברג)", "תומר נויברג", None),
        ("Λουόμενοι στη Γλυφάδα, την Κυριακή. (Φωτ.: Ελένη Μαρίνου)", "Ελένη Μαρίνου", None),
        (
            "БЕОГРАД, 3. децембра 2026. (Танјуг) - Грађани на Тргу републике. ФОТО ТАНЈУГ/ Милош Милић",
            "Милош Милић",
            "Tanjug",
        ),
        ("民眾在台北101前跨年。（中央社記者王飛華攝 115年1月1日）", "王飛華", "CNA"),
        ("वाराणसी: गंगा आरती में शामिल श्रद्धालु। (पीटीआई फोटो)", None, "PTI"),
    ],
)
def test_credits_in_other_scripts(caption: str, creator: str | None, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, source, None)


# "Фото" with no colon opens a Russian or Ukrainian credit whose name is in the genitive ("photo of"): the
# agency, and no photographer, since the name as written is no one's name as a record gives it.
@pytest.mark.parametrize(
    "caption",
    [
        "Жители у новогодней елки на площади Ленина. Фото Владимира Гердо/ТАСС",
        "Пасажири на вокзалі у Львові. Фото Геннадія Мінченка/Укрінформ",
    ],
)
def test_a_genitive_name_after_photo_is_no_creator(caption: str) -> None:
    found = credit(caption)
    assert found.creator is None
    assert found.source is not None
    assert found.doubt is None


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        ("11月18日，游客在杭州西湖边赏秋景。新华社", "新华社"),
        ("11月30日，市民在哈尔滨中央大街观赏冰灯。新华社发", "新华社发"),
    ],
)
def test_an_agency_alone_after_a_chinese_full_stop(caption: str, line: str) -> None:
    found = find_credit(*clean_with_breaks(caption))
    assert (found.line, found.source, found.creator) == (line, "Xinhua", None)


@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        (
            "Le port de Brest sous la tempête, mardi 24 novembre 2026. | OUEST-FRANCE",
            "OUEST-FRANCE",
            "Ouest-France",
        ),
        (
            "Des bénévoles distribuent des repas à Rennes, samedi 21 novembre 2026. | Photo : Marc Ollivier / OUEST-FRANCE",
            "Marc Ollivier / OUEST-FRANCE",
            "Ouest-France",
        ),
        (
            # The label before the stroke is the page's, as "Photo :" is (the hold-outs' gold: "PICHA | KNA" is "KNA").
            "Supporters queue outside Kasarani stadium in Nairobi on Saturday. PHOTO | FILE | NMG",
            "FILE | NMG",
            "NMG",
        ),
    ],
)
def test_a_page_credit_after_a_stroke(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.line, found.source) == (line, source)


def test_an_organisation_alone_after_a_photo_label_and_a_stroke() -> None:
    found = credit(
        "President William Ruto greets traders at Gikomba market in Nairobi on Monday. PHOTO | PSCU"
    )
    assert (found.line, found.creator) == ("PSCU", None)


def test_a_section_tag_after_a_stroke_is_no_credit() -> None:
    assert credit("Fans celebrate in Mombasa after the final whistle on Sunday. | SPORTS").line is None


@pytest.mark.parametrize(
    "caption",
    [
        "부산 해운대 해수욕장에서 시민들이 산책을 하고 있다. 연합뉴스",
        "인천국제공항 출국장이 여행객들로 붐비고 있다. 2026.12.19 연합뉴스",
    ],
)
def test_yonhap_alone_after_a_korean_sentence_or_its_date(caption: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.creator) == ("연합뉴스", "Yonhap", None)


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        (
            "Volunteers clean up the beach at Jumeirah after the storm on Saturday. — Supplied photo",
            "Supplied photo",
        ),
        (
            "Pupils rehearse for the national day parade at a school in Sharjah on Monday. – Supplied",
            "Supplied",
        ),
    ],
)
def test_a_supplied_credit_after_a_dash(caption: str, line: str) -> None:
    found = credit(caption)
    assert (found.line, found.creator) == (line, None)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Commuters wait for a delayed train at Roma Termini station. File photo: Fabio Cimaglia/ANSA",
            "Fabio Cimaglia",
            "Fabio Cimaglia/ANSA",
        ),
        ("A view of the Morandi bridge in Genoa before its demolition. File image: ANSA", None, "ANSA"),
    ],
)
def test_a_file_photo_label_announces_the_credit(caption: str, creator: str | None, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, "ANSA")


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "UNSPECIFIED - CIRCA 1968: Photo of Marjorie Vance Photo by Michael Ochs Archives/Getty Images",
            None,
            "Photo by Michael Ochs Archives/Getty Images",
        ),
        (
            "NEW YORK - CIRCA 1965: Singer Ruby Hall poses for a portrait in New York Photo by Gilles Petard/Redferns/Getty Images",
            "Gilles Petard",
            "Photo by Gilles Petard/Redferns/Getty Images",
        ),
    ],
)
def test_getty_archive_headers_credit_from_photo_by(caption: str, creator: str | None, line: str) -> None:
    found = credit(caption)
    assert (found.creator, found.line, found.source) == (creator, line, "Getty Images")


@pytest.mark.parametrize(
    ("caption", "creator", "line"),
    [
        (
            "Traders display second-hand clothes at Gikomba market in Nairobi on Tuesday. [Elvis Ogina, Standard]",
            "Elvis Ogina",
            "Elvis Ogina, Standard",
        ),
        (
            "Pupils queue for lunch at a primary school in Kisumu on Monday. [Denish Ochieng, Nation Media Group]",
            "Denish Ochieng",
            "Denish Ochieng, Nation Media Group",
        ),
    ],
)
def test_a_name_and_paper_in_closing_square_brackets_is_the_credit(
    caption: str, creator: str, line: str
) -> None:
    found = credit(caption)
    assert (found.creator, found.line) == (creator, line)


def test_a_place_in_closing_square_brackets_is_no_credit() -> None:
    assert (
        credit("Pupils queue for lunch at a primary school in Kisumu on Monday. [Kisumu, Kenya]").line is None
    )


@pytest.mark.parametrize(
    ("caption", "creator", "provenance"),
    [
        (
            "Des cyclistes empruntent la piste du canal de Lachine, à Montréal, mardi. PHOTO MARTIN TREMBLAY, LA PRESSE",
            "Martin Tremblay",
            [],
        ),
        (
            "Le chanteur Luc Beaulieu au Forum de Montréal en 1978. Il est mort lundi. PHOTO PIERRE MCCANN, ARCHIVES LA PRESSE",
            "Pierre McCann",
            [ProvenanceKind.FILE],
        ),
    ],
)
def test_la_presse_credits_its_photographer_and_its_archive(
    caption: str, creator: str, provenance: list[ProvenanceKind]
) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (creator, "La Presse")
    assert [kind for kind, _, _ in found.provenance] == provenance


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        (
            "Napoli, 12 maggio 1990: il libero Carlo Esposito festeggia lo scudetto allo stadio San Paolo. "
            "Esposito è morto oggi a 70 anni. (Archivio LaPresse)",
            "LaPresse",
        ),
        ("Roma, 1961: l'attrice Laura Conti in via Veneto. (ARCHIVIO ANSA)", "ANSA"),
    ],
)
def test_an_agencys_archive_in_parentheses_is_the_credit(caption: str, source: str) -> None:
    found = credit(caption)
    assert (found.creator, found.source) == (None, source)
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.FILE]


def test_a_familys_archive_in_parentheses_is_no_agency_credit() -> None:
    assert credit("Il vecchio ponte sull'Arno a Firenze nel 1950. (Archivio Rossi)").source is None


@pytest.mark.parametrize(
    "caption",
    [
        # The craft that took the picture is named in the credit chain: no photographer.
        "Jupiter's moon Europa is seen in an image taken by NASA's Juno spacecraft, in this handout image "
        "released Feb. 2, 2027. NASA/JPL-Caltech/SwRI/Juno Spacecraft/Handout via REUTERS",
        "Venus is seen in an image taken by the European Space Agency's Solar Orbiter spacecraft during a flyby, "
        "in this handout image released March 1, 2027. ESA & NASA/Solar Orbiter/EUI Team/Handout via REUTERS",
        "Mars's Jezero crater is seen in an image taken by NASA's Perseverance rover, in this handout picture "
        "released Jan. 4, 2027. NASA/JPL-Caltech/Perseverance Rover/Handout via REUTERS",
    ],
)
def test_a_craft_in_the_credit_is_no_photographer(caption: str) -> None:
    found = find_credit(*clean_with_breaks(caption))
    assert found.creator is None
    assert found.source == "Reuters"


@pytest.mark.parametrize(
    ("caption", "line", "party"),
    [
        (
            "Soccer Football - Saudi Pro League - Al Hilal training - Riyadh, Saudi Arabia - March 3, 2027 "
            "Al Hilal's Neymar during training in this screen grab obtained from a social media video "
            "Al Hilal/Handout via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            "Al Hilal/Handout via REUTERS",
            "Al Hilal",
        ),
        (
            "Soccer Football - Premier League - Manchester United training - Carrington, Britain - March 3, "
            "2027 Manchester United's Bruno Fernandes during training in this still image taken from a video "
            "posted on social media Manchester United/Handout via REUTERS",
            "Manchester United/Handout via REUTERS",
            "Manchester United",
        ),
    ],
)
def test_a_party_glued_to_sentence_text_before_a_handout_marker_is_kept(
    caption: str, line: str, party: str
) -> None:
    found = credit(caption)
    assert found.line == line
    assert [(kind, p) for kind, _, p in found.provenance] == [(ProvenanceKind.HANDOUT, party)]


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("მესტია, 22 იანვარი. ტურისტები ჰაწვალის სათხილამურო კურორტზე. ფოტო: IPN", "IPN"),
        ("ბათუმი, 3 თებერვალი. ზღვის სანაპირო ბულვარზე. ფოტო: GPB", "GPB"),
    ],
)
def test_a_latin_acronym_alone_crediting_a_caption_in_another_script_is_an_agency(
    caption: str, source: str
) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.provenance) == (source, source, ())


def test_an_acronym_alone_crediting_a_latin_caption_is_still_a_handout() -> None:
    found = credit("The prime minister visits a school in New Delhi on Tuesday. Photo: PIB")
    assert [kind for kind, _, _ in found.provenance] == [ProvenanceKind.HANDOUT]


@pytest.mark.parametrize(
    ("caption", "creator", "source"),
    [
        # "Picture:" in Nepali and Bengali, a name in their scripts after it; Nepal's agency by its initials.
        ("काठमाडौंमा हिउँ परेको दृश्य। तस्बिर: रमेश श्रेष्ठ", "रमेश श्रेष्ठ", None),
        ("রাজশাহীতে আমের মুকুল। ছবি: তানভীর আহমেদ", "তানভীর আহমেদ", None),
        ("जनकपुरमा मेला। तस्बिर: रासस", None, "RSS"),
        # A Cyrillic agency or party named alone after its label, as "Foto: Nampa" in Latin letters.
        ("Президент провел встречу в Алматы. Фото: Акорда", None, "Акорда"),
    ],
)
def test_labels_and_names_of_other_scripts(caption: str, creator: str | None, source: str | None) -> None:
    found = credit(caption)
    assert (found.creator, found.source, found.doubt) == (creator, source, None)


@pytest.mark.parametrize(
    "line",
    ["World Food Programme/Handout via REUTERS", "UN Development Programme/Handout via REUTERS"],
)
def test_a_programme_before_a_handout_marker_is_its_party_undoubted(line: str) -> None:
    found = credit(f"Aid arrives at a camp near Gode, Ethiopia, February 9, 2027. {line}")
    assert (found.creator, found.line, found.doubt) == (None, line, None)


def test_an_agency_in_arabic_letters_opens_the_credit_after_the_last_stop() -> None:
    found = credit("سفن في قناة السويس بالإسماعيلية، مصر، 4 مارس 2027. رويترز/عمرو عبد الله")
    assert (found.creator, found.line, found.source) == ("عمرو عبد الله", "رويترز/عمرو عبد الله", "Reuters")


def test_chrome_patterns_open_with_a_character() -> None:
    # The engine skips to the characters the union of the chrome patterns opens with only where each opens
    # with a plain character, outside its case-blind part and not optional ("(?i) ..." tries every one).
    for pattern in rules("credit")["chrome"]:
        # A plain character or an escaped punctuation mark ("\\("), no quantifier after it.
        opener = pattern[:2] if pattern[0] == "\\" and not pattern[1].isalnum() else pattern[0]
        assert opener[0] not in "([.^$" and pattern[len(opener) : len(opener) + 1] not in "?*+{", pattern


# ČTK writes the surname first; a Czech surname that is an adjective ("Malá", "Hrubý") is the surname even
# where a given-name list holds it.
@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        ("Lyžaři na sjezdovce nad Libercem 6. března 2027. Foto: ČTK/Malá Jana", "Jana Malá"),
        ("Hasiči u požáru skladu v Ústí nad Labem, 4. března 2027. Foto: ČTK/Malý Ondřej", "Ondřej Malý"),
        ("Dostihoví koně při tréninku v Pardubicích, 2. března 2027. Foto: ČTK/Šimánek Vít", "Vít Šimánek"),
    ],
)
def test_an_adjectival_surname_first_in_a_ctk_credit(caption: str, creator: str) -> None:
    assert credit(caption).creator == creator


# National agencies of the Balkans and the Caucasus, in their own script too: the agency's own picture, no
# party's handout; Armenian labels its credit "Լուսանկարը՝" (the photograph, with its pause mark).
@pytest.mark.parametrize(
    ("caption", "line", "source"),
    [
        ("Podgorica, 2. mart 2027 – Građani na protestu ispred Skupštine. Foto: MINA", "MINA", "MINA"),
        ("Sarajevo, 1. mart 2027 - Građani na obilježavanju Dana nezavisnosti. Foto: FENA", "FENA", "FENA"),
        ("Երևան, մարտի 3-ին։ Ցուցահանդեսի բացումը։ Լուսանկարը՝ Արմենպրես", "Արմենպրես", "Armenpress"),
        ("თბილისი, 2 მარტი. აქცია პარლამენტთან. ფოტო: ინტერპრესნიუსი", "ინტერპრესნიუსი", "Interpressnews"),
    ],
)
def test_a_national_agency_of_the_balkans_and_the_caucasus(caption: str, line: str, source: str) -> None:
    found = credit(caption)
    assert (found.line, found.source, found.provenance) == (line, source, ())


def test_bloombergs_photographer_line_names_the_creator_beside_its_credit_and_source_lines() -> None:
    # Bloomberg closes with three labelled lines; "Credit: Bloomberg" names no photographer, the first line does.
    text, breaks = clean_with_breaks(
        "Traders work on the floor of the exchange in Tokyo, Japan, on Monday, May 10, 2027.\n"
        "Photographer: Ann Lee/Bloomberg\nCredit: Bloomberg\nSource: Bloomberg"
    )
    credit = find_credit(text, breaks)
    assert (credit.creator, credit.source) == ("Ann Lee", "Bloomberg")


def test_an_auction_house_credited_for_its_sale_is_no_photographer() -> None:
    text, breaks = clean_with_breaks(
        "Staff hold a Qing dynasty vase at a preview of Bonhams' Asian Art sale in London on Tuesday. "
        "Picture: Bonhams/PA"
    )
    credit = find_credit(text, breaks)
    assert (credit.creator, credit.source) == (None, "PA")


def test_a_handout_byline_beside_afps_required_credit_is_a_handout() -> None:
    # The required credit names the agency that handed the picture out; the byline says it was a handout.
    text, breaks = clean_with_breaks(
        "Pilgrims pray at the Grand Mosque in Mecca on April 2, 2027. (Photo by Handout / Saudi Press Agency / "
        'AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / SPA" - NO MARKETING NO ADVERTISING '
        "CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS"
    )
    credit = find_credit(text, breaks)
    assert credit.source == "AFP"
    assert ProvenanceKind.HANDOUT in {kind for kind, _, _ in credit.provenance}


def test_a_thai_name_after_the_thai_label_is_the_photographer() -> None:
    # Thai vowel signs are no word characters to the engine; the two words are a given name and a surname.
    text, breaks = clean_with_breaks("ผู้คนเดินชมตลาดน้ำในกรุงเทพฯ เมื่อวันที่ 2 เมษายน 2570 (ภาพ: สมชาย ใจดี)")
    credit = find_credit(text, breaks)
    assert (credit.creator, credit.doubt) == ("สมชาย ใจดี", None)


def test_wams_arabic_dateline_names_its_agency_between_slashes() -> None:
    text, breaks = clean_with_breaks("الشارقة في 2 أبريل / وام / زوار يتجولون في معرض الكتاب اليوم.")
    credit = find_credit(text, breaks)
    assert (credit.source, credit.creator, credit.doubt) == ("WAM", None, None)


def test_an_export_blocks_bare_photographer_line_yields_to_the_credit_field() -> None:
    # "Photographer: Name/Bloomberg" is a credit of its own; a bare "Photographer: Name" line of an IPTC
    # export only names the creator, and the "Credit:" field with the agency is the credit line.
    credit = find_credit(
        *clean_with_breaks(
            "Caption: Trams pass the Rathaus in Graz on Friday.\nPhotographer: Erwin Scheriau\n"
            "Credit: APA/Erwin Scheriau\nDate created: 2027-03-12"
        )
    )
    assert (credit.creator, credit.line, credit.source) == ("Erwin Scheriau", "APA/Erwin Scheriau", "APA")


def test_tass_photo_chronicle_is_tass() -> None:
    # "Фотохроника ТАСС", TASS's picture service, credits archive pictures; the name before it is genitive.
    found = credit("Ленинград. 1982 год. Артист на сцене театра. Фото Юрия Белинского /Фотохроника ТАСС/")
    assert (found.creator, found.source) == (None, "TASS")
    found = credit("Москва, 1975 год. Фото: Валентин Мастюков/Фотохроника ТАСС")
    assert (found.creator, found.source) == ("Валентин Мастюков", "TASS")


@pytest.mark.parametrize(
    "caption",
    [
        "Fotografía cedida por la Comisión Nacional del Agua (Conagua) que muestra la presa de Chicoasén, en "
        "Chiapas (México). EFE/Conagua/SOLO USO EDITORIAL",
        "Fotografía cedida por la Secretaría de la Defensa Nacional (Sedena) que muestra soldados en Reynosa, "
        "Tamaulipas (México). EFE/Sedena/SOLO USO EDITORIAL",
    ],
)
def test_a_bodys_initials_spelt_out_in_the_caption_are_no_photographer(caption: str) -> None:
    found = find_credit(*clean_with_breaks(caption))
    assert found.creator is None
    assert found.source == "EFE"


def test_a_photographer_after_the_agency_stays_one() -> None:
    found = find_credit(*clean_with_breaks("Agentes de la Policía Nacional (PN) en Madrid. EFE/Juan Pérez"))
    assert found.creator == "Juan Pérez"


@pytest.mark.parametrize(
    "caption",
    [
        "Surfers ride the waves at Fistral Beach, Newquay, on Sunday. Picture: Cornwall Live",
        "Crowds gather on the seafront in Brighton on Saturday. Picture: Sussex Live",
    ],
)
def test_a_local_news_site_named_live_is_no_photographer(caption: str) -> None:
    assert find_credit(*clean_with_breaks(caption)).creator is None
