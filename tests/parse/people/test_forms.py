"""People written in forms beyond "Title Name verbs": a host receiving a guest, a ruler's title with its realm,
a surname in capitals, a place's name in Malay, and a gallery's counter ahead of the caption."""

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
            "Qatari Emir Sheikh Tamim bin Hamad Al Thani (R) receives Turkish President Recep Tayyip Erdogan "
            "at Lusail Palace in Doha, Qatar on December 7, 2024",
            ["Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan"],
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman (R) welcoming US President Donald Trump at King Khalid "
            "International Airport in Riyadh",
            ["Mohammed bin Salman", "Donald Trump"],
        ),
        (
            "Indonesian President Prabowo Subianto receives Malaysian Prime Minister Anwar Ibrahim at the "
            "Merdeka Palace in Jakarta, Indonesia, January 27, 2025",
            ["Prabowo Subianto", "Anwar Ibrahim"],
        ),
        (
            "King Abdullah II of Jordan, left, receiving Egyptian President Abdel Fattah al-Sisi in Amman",
            ["King Abdullah II", "Abdel Fattah al-Sisi"],
        ),
    ],
)
def test_a_host_receiving_or_welcoming_a_guest_shows_both(sentence: str, expected: list[str]) -> None:
    assert sorted(names(sentence)) == sorted(expected)


def test_receiving_a_thing_names_no_one() -> None:
    assert names("Manchester United's Bruno Fernandes receives the ball at Old Trafford in Manchester") == [
        "Bruno Fernandes"
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "description"),
    [
        (
            "Emir of Kano Muhammadu Sanusi II rides on horseback during the Durbar festival in Kano, Nigeria",
            "Muhammadu Sanusi II",
            "Emir of Kano",
        ),
        (
            "Sultan of Sokoto Muhammad Sa'ad Abubakar III attends Eid prayers in Sokoto, Nigeria",
            "Muhammad Sa'ad Abubakar III",
            "Sultan of Sokoto",
        ),
    ],
)
def test_a_rulers_title_with_its_realm_is_a_description(sentence: str, name: str, description: str) -> None:
    people = find_people(sentence)[0]
    assert [(p.name, p.description) for p in people] == [(name, description)]


def test_a_regnal_name_keeps_its_title() -> None:
    assert names("King Charles III arrives at Westminster Abbey in London") == ["King Charles III"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "HUMPHRIES Kaillie of USA pilots her sled during women's monobob training in Lake Placid, N.Y.",
            ["Kaillie Humphries"],
        ),
        ("SHIFFRIN Mikaela of USA competes in the women's slalom in Levi, Finland", ["Mikaela Shiffrin"]),
        (
            "FRIEDRICH Francesco (GER) pilots the four-man bobsleigh in Altenberg, Germany",
            ["Francesco Friedrich"],
        ),
        ("Kaillie HUMPHRIES of USA celebrates her win in Lillehammer, Norway", ["Kaillie Humphries"]),
        # An East Asian name is written surname first in any case.
        ("KIM Yuna of South Korea skates her free program in Vancouver", ["Kim Yuna"]),
        # A place in capitals, and a service's initials after a word, name no one.
        ("Gaza CITY residents walk past the rubble of their homes", []),
        ("Рятувальники ДСНС гасять пожежу в Дніпрі", []),
    ],
)
def test_a_surname_in_capitals(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Jemaah menunaikan solat sunat Aidilfitri di Masjid Sultan, Kampong Glam, pada 31 Mac",
        "Orang ramai membeli-belah di Jalan Ampang, Kuala Lumpur, pada 20 Mac",
        "Pengunjung menikmati suasana di Bukit Bintang, Kuala Lumpur",
        "Penduduk Kampung Baru, Kuala Lumpur, berbuka puasa bersama pada 15 Mac",
    ],
)
def test_a_malay_place_name_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # English "Mount" opens a mountain's name, as Malay "Bukit" does.
        "Hikers walk with Mount Kenya in the background near Nanyuki, Kenya, Feb. 2, 2027",
        "A climber poses with Mount Rainier behind her in Paradise, Wash., Aug. 9, 2026",
        # Indonesian "Tim" (team) before a body's initials: a team, no one's name.
        "Tim SAR gabungan mengevakuasi warga korban banjir di Kecamatan Sayung, Demak, Jawa Tengah",
        "Tim DVI Polri memeriksa jenazah korban kecelakaan di RS Bhayangkara, Semarang",
    ],
)
def test_a_mountain_and_an_indonesian_team_are_no_one(sentence: str) -> None:
    assert names(sentence) == []


def test_tim_before_a_surname_is_a_name() -> None:
    assert names("Tim Walz speaks at a rally in St. Paul, Minn., Oct. 3, 2026") == ["Tim Walz"]


@pytest.mark.parametrize(
    "caption",
    [
        "3 of 12\nGreen Bay Packers quarterback Jordan Love (10) throws a pass against the Minnesota Vikings at "
        "Lambeau Field on Sunday, Dec. 28, 2025, in Green Bay, Wisconsin.\nImage: Getty Images",
        "Image 5 of 20 Green Bay Packers quarterback Jordan Love (10) throws a pass in Green Bay, Wis., on "
        "Sunday, Dec. 28, 2025. (AP Photo/Mike Roemer)",
    ],
)
def test_a_gallery_counter_opens_no_sentence(normaliser: Normaliser, caption: str) -> None:
    record = normaliser.normalise(caption, reference_date="2025-12-29")
    assert [p.name for p in record.persons] == ["Jordan Love"]
    assert record.date_created == "2025-12-28"


def test_a_gallery_counter_set_off_by_a_bar_opens_no_sentence(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "3 of 14 | Owner Dev Raman stacks crates of apples at his market stall on Main Street in downtown "
        "Asheville on Nov. 6, 2025. Sam Ortega/Asheville Citizen Times"
    )
    assert [p.name for p in record.persons] == ["Dev Raman"]


def test_a_count_in_the_sentence_is_no_counter(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "3 of 12 miners rescued from the Kopex shaft rest in Katowice, Poland, May 4, 2025. REUTERS/Kacper Pempel"
    )
    assert record.description.startswith("3 of 12 miners")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Indian honorifics, Swahili and Turkish titles before the name: no part of it.
        (
            "The Union Minister for Railways, Shri Ashwini Vaishnaw inspecting the station in Surat on March 3, "
            "2025",
            ["Ashwini Vaishnaw"],
        ),
        (
            "Rais Hussein Mwinyi akizungumza na wafanyabiashara katika ukumbi wa Ikulu jijini Zanzibar",
            ["Hussein Mwinyi"],
        ),
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara'da düzenlenen törende konuştu",
            ["Recep Tayyip Erdoğan"],
        ),
        # A ward's, a road's or a town's name written after its word of place is no one's.
        ("Người dân đi chợ tại phường Bến Thành, Thành phố Hồ Chí Minh, sáng 3/3", []),
        # "miền", "vùng" (region) before a region's name: "ở miền Bắc Dải Gaza" names no one.
        ("Người dân sơ tán khỏi nhà ở miền Nam Dải Gaza, ngày 4/2/2027", []),
        ("Lực lượng cứu hộ tìm kiếm người mất tích ở vùng Tây Bắc Syria, ngày 9/2/2027", []),
        ("Kesesakan lalu lintas di Jalan Tun Abdul Razak, Johor Bahru", []),
        ("İsrail'in Refah kentine düzenlediği saldırıda yıkılan evler", []),
    ],
)
def test_titles_and_place_words_of_other_desks(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two titles of one person joined by "and": no one is named by the first.
        (
            "Saudi Crown Prince and Prime Minister Mohammed bin Salman receives Jordan's King Abdullah II at "
            "Al-Yamamah Palace in Riyadh",
            ["Mohammed bin Salman", "King Abdullah II"],
        ),
        # Malay position markers: "(tengah)" centre, "(kiri)" left.
        (
            "Menteri Besar Perak Datuk Seri Saarani Mohamad (tengah) beramah mesra dengan penduduk di Ipoh",
            ["Saarani Mohamad"],
        ),
    ],
)
def test_joined_titles_and_malay_position_markers(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_honourable_abbreviated_ends_no_sentence() -> None:
    record = Normaliser().normalise(
        "Hon. Kwame Asante, Minister for Roads, inspects a bridge in Kumasi on Monday, March 2, 2026."
    )
    assert record.location is not None and record.location.city == "Kumasi"
    assert [p.name for p in record.persons] == ["Kwame Asante"]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A name the place reader takes as the town, or written only inside a venue named after someone.
        (
            "Người dân đi dạo tại Công viên Thống Nhất, quận Hai Bà Trưng, Hà Nội, chiều 8/3. Ảnh: Giang Huy",
            [],
        ),
        # A Vietnamese landmark's noun before its name: "Hoàng thành" (the imperial citadel), "vịnh" (bay).
        ("Du khách tham quan Hoàng thành Thăng Long tại Hà Nội, ngày 2/4/2027. Ảnh: Minh Anh/TTXVN", []),
        ("Du khách tham quan vịnh Hạ Long, ngày 2/4/2027. Ảnh: Minh Anh/TTXVN", []),
        (
            "Mashabiki wakishangilia katika Uwanja wa Benjamin Mkapa jijini Dar es Salaam. PICHA | SAID KHAMIS",
            [],
        ),
        # A run of capitalised words that runs into the venue's name: the place's words, no one's.
        (
            "Umat Katolik mengikuti misa malam Natal di Gereja Katedral Jakarta, Kamis (24/12/2026). "
            "ANTARA FOTO/Aditya Pradana Putra",
            [],
        ),
        (
            "Wisatawan mengunjungi Candi Borobudur di Magelang, Jawa Tengah, Minggu (7/6/2026). "
            "ANTARA FOTO/Anis Efizudin",
            [],
        ),
        # Named outside the venue too, the person is shown.
        (
            "Prime Minister Narendra Modi waves at the Narendra Modi Stadium in Ahmedabad, India, March 3, 2026. "
            "REUTERS/Amit Dave",
            ["Narendra Modi"],
        ),
    ],
)
def test_a_name_of_the_town_or_of_a_venue_is_no_one_shown(caption: str, expected: list[str]) -> None:
    assert [p.name for p in Normaliser().normalise(caption).persons] == expected


def test_a_gulf_agency_dateline_opens_no_ones_name() -> None:
    record = Normaliser().normalise(
        "DOHA, 3rd March, 2026 (QNA) -- His Highness Sheikh Tamim bin Hamad Al Thani, Emir of the State of "
        "Qatar, received President Emmanuel Macron of France at the Amiri Diwan in Doha today."
    )
    assert record.date_created == "2026-03-03"
    assert [p.name for p in record.persons] == ["Tamim bin Hamad Al Thani", "Emmanuel Macron"]
    assert record.location is not None
    assert (record.location.city, record.location.sublocation) == ("Doha", "Amiri Diwan")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An event's name before a role is no one: the name after the role is.
        (
            "Pan-Arab Games gold medallist Hamad bin Khalid of Qatar, left, poses with Oman's Salim al-Harthy "
            "in Doha, Qatar, Feb. 8, 2026.",
            ["Hamad bin Khalid", "Salim al-Harthy"],
        ),
        (
            "Pan-Arab Games gold medallist Hamad bin Khalid of Qatar poses in Doha, Feb. 8, 2026.",
            ["Hamad bin Khalid"],
        ),
        ("Winners of the European Film Awards pose in Berlin, Germany, Feb. 8, 2026.", []),
        # Feasts and seasons named like people.
        ("Lunar New Year celebrations in London's Chinatown on Sunday, Feb. 14, 2027.", []),
        ("Revellers dance at Notting Hill Carnival in London, Aug. 25, 2026.", []),
    ],
)
def test_an_events_name_is_no_one(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # The Romance languages' mountains and lakes, as "Mount" opens an English one.
        "L'elicottero recupera due escursionisti bloccati sul Monte Pelmo, sopra Zoldo Alto (Belluno)",
        "Nebbia sul Lago Maggiore a Stresa, 3 marzo 2028",
    ],
)
def test_a_romance_mountain_or_lake_is_no_one(sentence: str) -> None:
    assert names(sentence) == []


def test_weather_opening_the_caption_is_no_one(normaliser: Normaliser) -> None:
    # "Snow" is a given name too; before a verb of one it is still the weather shown.
    record = normaliser.normalise(
        "Snow covers the Desert Road near Waiouru on Tuesday morning, closing State Highway 1. Photo / Mia Rangi"
    )
    assert [p.name for p in record.persons] == []
