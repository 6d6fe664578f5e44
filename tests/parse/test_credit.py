"""Credits of every agency style: creator in natural case, credit line as printed, canonical source."""

from __future__ import annotations

import pytest

from captions._model import ProvenanceKind
from captions._parse import clean_with_breaks
from captions._parse._credit import find_credit


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
