"""The rule files follow their schemas (captions/data/RULES.md), every pattern in them compiles, and a
file that breaks its schema is refused, naming the file and the key."""

from __future__ import annotations

import re
import tomllib
import typing
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import typing_extensions
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from captions import StylePack
from captions._exceptions import InputError
from captions._regex import (
    _FOUND_KEPT,
    CaselessPattern,
    CaselessTriggers,
    CaselessWords,
    NamedPattern,
    SpacedOpener,
    TriggerScanner,
    alternation,
    compiled,
    has_word,
    required_text,
    scoped,
    union,
)
from captions._rules import SCHEMAS, RuleFileError, phrases, rules, validate, words

DATA = resources.files("captions") / "data"
RULE_FILES = sorted(p.name.removesuffix(".toml") for p in DATA.iterdir() if p.name.endswith(".toml"))


def _raw(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))


def test_every_rule_file_has_a_schema() -> None:
    # iptc: the IPTC export mapping (captions/_export/_iptc.py), the others the parser's rules
    assert (
        set(RULE_FILES) == set(SCHEMAS) == {"credit", "date", "iptc", "people", "place", "provenance", "text"}
    )


@pytest.mark.parametrize("name", RULE_FILES)
def test_rule_file_follows_its_schema(name: str) -> None:
    assert validate(name, _raw(name)) == _raw(name)  # checked, never changed
    assert rules(name) == _raw(name)


def _word_lists(value: Any, key: str = "") -> Iterator[tuple[str, list[str]]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _word_lists(v, f"{key}.{k}")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        yield key, value
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _word_lists(v, f"{key}[{i}]")


@pytest.mark.parametrize("name", RULE_FILES)
def test_no_word_list_repeats_an_entry(name: str) -> None:
    # A repeated entry is harmless to the parser but hides which one a later edit should change.
    repeated = {k: sorted({w for w in ws if ws.count(w) > 1}) for k, ws in _word_lists(_raw(name))}
    assert not {k: v for k, v in repeated.items() if v}


def test_no_agency_is_listed_twice() -> None:
    # Two entries of one agency: the first wins every credit and the second's aliases read nothing.
    names = [a["name"] for a in rules("credit")["agency"]]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


@pytest.mark.parametrize("name", RULE_FILES)
def test_pydantic_reads_the_schema_alike(name: str) -> None:
    # The schemas are TypedDicts that pydantic's own TypeAdapter reads too: the two agree on the data.
    assert TypeAdapter(SCHEMAS[name]).validate_python(_raw(name)) == _raw(name)


def test_the_style_pack_follows_its_schema() -> None:
    # style/ap.toml is a style pack: its schema is the StylePack model (extra keys forbidden too).
    text = (DATA / "style" / "ap.toml").read_text(encoding="utf-8")
    assert StylePack.from_toml(text) == StylePack.ap()
    with pytest.raises(InputError, match=r"ap\.toml: not a style pack: spelings"):
        StylePack.from_toml(text + "\n[spelings]\nKiev = 'Kyiv'\n", where="captions/data/style/ap.toml")


def test_an_unknown_key_is_refused_naming_file_and_key() -> None:
    data = {**_raw("place"), "locativ": ["in"]}
    with pytest.raises(
        RuleFileError, match=r"^captions/data/place\.toml: locativ: Extra inputs are not permitted$"
    ):
        validate("place", data)
    nested = _raw("provenance")
    nested["provenance"][2]["pattern"] = nested["provenance"][2].pop("patterns")
    with pytest.raises(
        RuleFileError,
        match=r"provenance\.toml: provenance\[2\]\.patterns: Field required; provenance\[2\]\.pattern: Extra inputs",
    ):
        validate("provenance", nested)


def test_a_wrong_type_is_refused_naming_file_and_key() -> None:
    with pytest.raises(
        RuleFileError, match=r"^captions/data/place\.toml: locative: Input should be a valid list$"
    ):
        validate("place", {**_raw("place"), "locative": "in"})
    agencies = _raw("credit")["agency"]
    agencies[0]["via_is_handout"] = "yes"  # TOML has booleans: no string stands for one
    with pytest.raises(
        RuleFileError, match=r"credit\.toml: agency\[0\]\.via_is_handout: Input should be a valid boolean"
    ):
        validate("credit", {**_raw("credit"), "agency": agencies})
    with pytest.raises(
        RuleFileError, match=r"text\.toml: abbreviations_cased\[0\]: String should have at least 1 character"
    ):
        validate("text", {**_raw("text"), "abbreviations_cased": ["", "Jan"]})
    with pytest.raises(RuleFileError, match=r"people\.toml: titles: Field required"):
        validate("people", {k: v for k, v in _raw("people").items() if k != "titles"})


def test_triggers_and_templates_are_checked() -> None:
    with pytest.raises(RuleFileError, match=r"date\.toml: capture_triggers\[0\]: .*lower case"):
        validate("date", {**_raw("date"), "capture_triggers": ["Taken"]})
    with pytest.raises(RuleFileError, match=r"date\.toml: closing_dateline: .*not month"):
        validate("date", {**_raw("date"), "closing_dateline": "^(?P<date>{month} {year})$"})
    with pytest.raises(RuleFileError, match=r"date\.toml: dateline\[0\]\.style: Input should be"):
        validate("date", {**_raw("date"), "dateline": [{"style": "afp", "pattern": "^x"}]})


def _entries(value: object, schema: Any) -> Iterator[tuple[str, str]]:
    """(kind, text) of every string entry of VALUE, by its schema: "pattern", "template", "text", ..."""
    origin = typing.get_origin(schema)
    if origin is typing.Annotated:
        assert isinstance(value, str)
        yield typing.get_args(schema)[1].name, value
    elif origin in (typing.NotRequired, typing.Required):
        yield from _entries(value, typing.get_args(schema)[0])
    elif origin is list:
        assert isinstance(value, list)
        for item in value:
            yield from _entries(item, typing.get_args(schema)[0])
    elif typing_extensions.is_typeddict(schema):
        assert isinstance(value, dict)
        hints = typing.get_type_hints(schema, include_extras=True)
        for key, item in value.items():
            yield from _entries(item, hints[key])


@pytest.mark.parametrize("name", RULE_FILES)
def test_rule_file_patterns_compile(name: str) -> None:
    fill = {"mon": "(?:June|Jun)", "MON": "(?:JUNE|JUN)", "year": r"\d{4}"}
    kinds = {kind for kind, _ in _entries(rules(name), SCHEMAS[name])}
    for kind, text in _entries(rules(name), SCHEMAS[name]):
        if kind == "pattern":
            re.compile(text)
        elif kind == "template":
            re.compile(text.format(**fill))
    assert name == "iptc" or kinds & {"pattern", "template"}


def test_alternation_is_a_trie() -> None:
    assert alternation(["Sep", "Sept", "September"]) == "Sep(?:t(?:ember)?)?"
    assert alternation(["President", "Premier", "P.M."]) == r"P(?:\.M\.|re(?:mier|sident))"
    assert alternation(["in", "in front of", "at"]) == r"(?:at|in(?:\ front\ of)?)"
    assert alternation([]) == ""


def test_alternation_matches_the_longest_phrase() -> None:
    pattern = re.compile(rf"(?:{alternation(['in', 'in front of', 'Sep', 'Sept', 'September', 'at'])})")
    assert [
        pattern.match(t).group() for t in ("in front of it", "September 1", "Sept. 1", "Sep 1", "at")
    ] == [  # type: ignore[union-attr]
        "in front of",
        "September",
        "Sept",
        "Sep",
        "at",
    ]
    assert pattern.match("on") is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Bombay", "bombay", "Kiev", "Kievan", "de", "den", "-", " ", "x", "9", "é", "É", "|", "(", "P"]
        ),
        max_size=12,
    ),
    st.sampled_from([r"\w", r"[\w-]"]),
    st.booleans(),
)
def test_alternation_not_after_finds_what_a_lookbehind_before_it_finds(
    words: list[str], not_after: str, caseless: bool
) -> None:
    text = "".join(words)
    # Phrases opening with a sign too ("| Photo Credit:", "(Photo"): matched as written, no empty branch.
    phrases = ["Bombay", "Kiev", "de", "den", "der", "-x", "É", "| P", "(P", ".x"]
    flags = re.IGNORECASE if caseless else 0
    before = re.compile(rf"(?<!{not_after})(?:{alternation(phrases)})", flags)
    after = re.compile(f"(?:{alternation(phrases, not_after=not_after)})", flags)
    assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]
    with_empty = re.compile(alternation([*phrases, ""], not_after=not_after), flags)
    empty_before = re.compile(rf"(?<!{not_after})(?:{alternation([*phrases, ''])})", flags)
    assert [m.span() for m in with_empty.finditer(text)] == [m.span() for m in empty_before.finditer(text)]


def test_alternation_not_after_tests_it_after_the_first_character() -> None:
    assert (
        alternation(["Kiev", "Kharkov", "Lvov"], not_after=r"\w")
        == r"(?:K(?<!\wK)(?:harkov|iev)|L(?<!\wL)vov)"
    )


_CUES = [
    r"(?i)\bshows?\s+",
    r"\b(?:is|are) (?!(?:taken)\b)[a-z]+(?:ed|en) by\s+",
    r"(?i)\b(?:photo|picture)\b[^,.;:]{0,60}?\bof\s+",
    r"\bwith(?<=[a-z]s with)\s+(?=[A-Z])",
]


def test_union_of_cues_opening_with_a_letter_tries_word_starts_only() -> None:
    assert union(_CUES).startswith(r"\b(?=\w)(?:")
    # A cue that may open with something else keeps the plain boundary: "\b-" or "\bs?" may not open a word.
    for odd in (r"\b-\s+", r"\bs?how", r"(?i)\b(?:photo|\d)", r"\b(?=[A-Z])\w+", r"\b[a-z]+", r"(?x)\b a"):
        assert union([*_CUES, odd]).startswith(r"\b(?:"), odd


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Maria ",
                "shows ",
                "Shows ",
                "photo ",
                "of ",
                "is ",
                "praised ",
                "by ",
                "sits ",
                "with ",
                "Ana",
                ", ",
                "-",
                "ſhows ",
                "SHOWS",
                "(",
                "9",
            ]
        ),
        max_size=14,
    )
)
def test_union_finds_what_its_patterns_find_one_by_one(words: list[str]) -> None:
    text = "".join(words)
    plain = re.compile("|".join(f"(?:{scoped(p)})" for p in _CUES))
    assert [m.span() for m in re.finditer(union(_CUES), text)] == [m.span() for m in plain.finditer(text)]


_MARKERS = [
    r"(?i)\s*,\s*(?:second\s+(?:from\s+)?)?(?:left|right|center)\s*(?=,|$)",
    r"(?i)\s*\((?:L|R|C|far\s+left)\)",
    r"\s*\.\.\.",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Ana",
                " ",
                "  ",
                "\t",
                "\u2003",
                ",",
                "(",
                ")",
                "L",
                "left",
                "Left",
                "far",
                "second",
                "from",
                "right",
                ".",
                "x",
                "\n",
            ]
        ),
        max_size=20,
    )
)
def test_spaced_opener_finds_what_its_pattern_finds(words: list[str]) -> None:
    text = "".join(words)
    for patterns in (_MARKERS, _MARKERS[:1], _MARKERS[1:2]):
        opener = SpacedOpener(patterns)
        plain = re.compile(opener.pattern)
        assert [m.span() for m in opener.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert opener.sub("", text) == plain.sub("", text)


def test_spaced_opener_of_a_caption() -> None:
    opener = SpacedOpener(_MARKERS)
    assert opener.sub("", "Ana Lima, left, and Rui Costa (R) ...") == "Ana Lima, and Rui Costa"
    assert SpacedOpener(_MARKERS[:1]).pattern == _MARKERS[0]  # one pattern stays as written
    with pytest.raises(ValueError, match="plain text"):
        opener.sub(r"\1", "Ana, left")


def test_spaced_opener_searches_as_usual_where_a_pattern_opens_otherwise() -> None:
    # Optional white space before a letter (case-blind, it has other forms), a class, a lazy or
    # possessive quantifier, an optional character, or flags that change what white space is.
    for odd in (r"(?i)\s*k", r"\s*\w", r"\s*?,", r"\s*+,", r"\s*,?x", r"(?a)\s*,", r"(?x)\s*,", r",\s*"):
        opener = SpacedOpener([*_MARKERS, odd])
        assert opener._openers is None, odd
        text = "a ,x K k , left"
        assert [m.span() for m in opener.finditer(text)] == [
            m.span() for m in re.finditer(opener.pattern, text)
        ]


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO: An archive image of the pier at Brighton, Britain, taken in 2019. REUTERS/Toby Melville",
        "In this photo released by the Ukrainian Presidential Press Office, a drone view shows Bakhmut.",
        "Archivbild: Die Brücke in Dresden, 2021. Foto: Robert Michael/dpa - ACHTUNG: Nur zur redaktionellen Verwendung",
        "Satellite image ©2024 Maxar Technologies shows the port of Sevastopol, Crimea. MANDATORY CREDIT",
        "Ein Polizist steht vor dem Reichstag in Berlin.",
        "",
    ],
)
def test_trigger_scanner_finds_what_substring_tests_find(caption: str) -> None:
    """One pass finds the triggers a test per trigger finds, overlapping ones too ("archiv" in "archive",
    "ai" in "said", "photo" and "photo by" at one place)."""
    triggers = [
        *rules("provenance")["provenance"][0]["triggers"],
        "archiv",
        "archive",
        "ai",
        "photo",
        "photo by",
    ]
    triggers += [t for rule in rules("provenance")["restriction"] for t in rule["triggers"]]
    triggers += ["nur zur", "zur", "ur", "ive im", "image", "mag"]
    lowered = caption.lower()
    assert TriggerScanner(triggers).found(lowered) == {t for t in triggers if t in lowered}


def test_trigger_scanner_of_no_triggers_finds_none() -> None:
    assert TriggerScanner([]).found("photo by anyone") == frozenset()


def test_compiled_compiles_once() -> None:
    assert compiled(r"\bREUTERS/") is compiled(r"\bREUTERS/")
    assert compiled(r"\bREUTERS/").search("Kyiv, Ukraine. REUTERS/Gleb Garanich") is not None


_LEADS = [
    r"(?:^|(?<=[\s.(]))(?:Photo|PHOTO):\s?(?=\S)",
    r"(?:^|(?<=[\s.(]))Fot\.\s(?=\S)|REUTERS/",
    r"(?:^|(?<=[\]x]))y",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Photo", "PHOTO", ":", " ", "\n", ".", "(", "Fot.", "REUTERS/", "]", "x", "y", "A"]),
        max_size=12,
    ),
    st.integers(0, 4),
)
def test_compiled_start_or_after_finds_what_it_says(words: list[str], pos: int) -> None:
    text = "".join(words)
    for lead in _LEADS:
        assert compiled(lead).pattern != lead  # one lookbehind: "(?<![^\s.(])"
        expected = [m.span() for m in re.compile(lead).finditer(text, pos)]
        assert [m.span() for m in compiled(lead).finditer(text, pos)] == expected


def test_compiled_keeps_other_openings() -> None:
    for kept in (r"(?:^|(?<=[^a]))x", r"(?:^|(?<=[.!?] ))Photo by ", r"(?m)(?:^|(?<=[\s]))x"):
        assert compiled(kept).pattern == kept


def _keys(schema: Any) -> Iterator[str]:
    """The keys of a schema and of the tables inside it."""
    for key, hint in typing_extensions.get_type_hints(schema).items():
        yield key
        while typing.get_origin(hint) in (list, typing.NotRequired):
            hint = typing.get_args(hint)[0]
        if typing_extensions.is_typeddict(hint):
            yield from _keys(hint)


def test_rules_md_names_every_key() -> None:
    # The table of captions/data/RULES.md is the documentation of every key: none is left out.
    text = (DATA / "RULES.md").read_text(encoding="utf-8")
    for name, schema in SCHEMAS.items():
        section = text.split(f"### {name}.toml", 1)[1].split("\n### ", 1)[0]
        for key in _keys(schema):
            assert re.search(rf"`(?:\[\[?)?(?:[\w.]+\.)?{key}(?:\]\]?)?`", section), f"{name}.toml: {key}"


def test_word_lists_keep_their_case() -> None:
    assert "in front of" in words("place", "locative")
    assert "Calif" in words("text", "abbreviations_cased")  # a _cased list as written
    assert "calif" not in words("text", "abbreviations_cased")
    assert "U.S." in words("people", "demonyms_cased")
    assert re.fullmatch(phrases("place", "near"), "NEAR")
    assert not re.fullmatch(phrases("place", "after_date_cased"), "IN")
    assert re.fullmatch(rf"(?i){phrases('place', 'after_date_cased')}", "in")  # keeps its case inside (?i)
    assert not re.fullmatch(rf"(?i){phrases('place', 'after_date_cased')}", "In")


@pytest.fixture
def fresh_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A cache folder of its own, and the rule files read anew (the loaded ones restored after)."""
    from captions import _rules

    monkeypatch.setenv("CAPTIONS_CACHE_DIR", str(tmp_path))
    _rules._load.cache_clear()
    yield tmp_path
    _rules._load.cache_clear()


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_parsed_rules_cached_read_as_the_file_says(name: str, fresh_rules: Path) -> None:
    from captions import _rules

    from_toml = validate(name, _raw(name))
    assert dict(rules(name)) == from_toml  # read from TOML, then cached
    assert len(list((fresh_rules / "rules").glob(f"{name}-*.json"))) == 1
    _rules._load.cache_clear()
    assert dict(rules(name)) == from_toml  # read from the cache


def test_parsed_rules_cache_stands_for_one_text(fresh_rules: Path) -> None:
    """The cache read is the one of the file's text as it is: the cache of an edited file is another."""
    from captions import _rules

    shipped = (DATA / "text.toml").read_text(encoding="utf-8")
    edited = _rules._parsed_cache_file("text", shipped + "\n# a desk note\n")
    assert edited != _rules._parsed_cache_file("text", shipped)
    edited.parent.mkdir(parents=True)
    edited.write_text('{"abbreviations_cased": ["Stale"]}', encoding="utf-8")
    assert rules("text")["abbreviations_cased"] != ["Stale"]
    _rules._parsed_cache_file("text", shipped).write_text(
        '{"abbreviations_cased": ["Cached"]}', encoding="utf-8"
    )
    _rules._load.cache_clear()
    assert rules("text")["abbreviations_cased"] == ["Cached"]


def test_parsed_rules_without_a_writable_cache(fresh_rules: Path) -> None:
    """A cache folder that cannot be made (a file stands in its way) leaves the rule files read as before."""
    (fresh_rules / "rules").write_text("not a folder", encoding="utf-8")
    assert dict(rules("date")) == validate("date", _raw("date"))


def test_parsed_rules_cache_named_by_the_version_where_no_module_file_is(
    fresh_rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package read from a zip has no file to hash: its version names the schemas, and rules load."""
    from captions import _rules
    from captions._version import __version__

    def unreadable(self: Path) -> bytes:
        raise OSError("a zipped package")

    _rules._schemas_source.cache_clear()
    monkeypatch.setattr(_rules.Path, "read_bytes", unreadable)
    try:
        assert _rules._schemas_source() == __version__.encode()
        assert dict(rules("date")) == validate("date", _raw("date"))
    finally:
        _rules._schemas_source.cache_clear()


# Triggers as the people reader's are written: words, word starts and phrases with spaces, some accented.
_CASELESS_TRIGGERS = [
    "salud",
    "abraç",
    " con ",
    "begrüßt",
    "lado de",
    "l-r",
    "from l",
    "g. à d",
    "zdjęciu",
    "bild",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *_CASELESS_TRIGGERS,
                "SALUD",
                "Abraç",
                " CON ",
                "BEGRÜSST",
                "BEGRÜẞT",
                "Bİld",
                "BıLD",
                "SALUD",
                "ſalud",
                "Zdjęciu",
                "ZDJĘCIU",
                "LADO DE",
                " ",
                "x",
                "İ",
                "ı",
                "ſ",
                "K",
                "é",
                "Ä",
                "с",
                "—",
                "'",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_caseless_triggers_find_what_a_case_blind_search_finds(text: str) -> None:
    """The lower-cased search finds the triggers where re.IGNORECASE does, in texts with the letters
    whose case-blind match is no lower case ("ı", "İ", "ſ", the Kelvin sign) too."""
    expected = re.search(alternation(_CASELESS_TRIGGERS), text, re.IGNORECASE) is not None
    assert CaselessTriggers(_CASELESS_TRIGGERS).occurs(text) is expected


def test_caseless_triggers_of_wire_captions() -> None:
    triggers = CaselessTriggers(["from left", "l-r", "bild"])
    assert triggers.occurs("FROM LEFT: Olaf Scholz, Emmanuel Macron and Giorgia Meloni pose in Rome.")
    assert triggers.occurs("Die Delegation (L-R) vor dem Kanzleramt in Berlin.")
    assert not triggers.occurs(
        "Emmanuel Macron speaks in Paris, France, March 3, 2025. REUTERS/Gonzalo Fuentes"
    )
    assert not CaselessTriggers([]).occurs("from left")


def test_caseless_triggers_are_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        CaselessTriggers(["From left"])


_WORDS_SOURCE = r"(?<![\w'’])(?:al|auf|con|d(?:as|el|ie)|ist|s(?:ich|ur)|und|é(?:té|tait))(?![\w'’])"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "con",
                "CON",
                "Und",
                "DAS",
                "İst",
                "ıst",
                "ſich",
                "SUR",
                "ÉTÉ",
                "Été",
                "del",
                "DEL",
                "’",
                "'",
                " ",
                "x",
                "K",
                "Ä",
                "é",
                "-",
                "İ",
                "ı",
                "ſ",
                "σ",
                "Σ",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_caseless_pattern_finds_what_a_case_blind_pattern_finds(text: str) -> None:
    """Spans, texts and whether it occurs are those of the case-blind pattern, in any text."""
    caseless = re.compile(_WORDS_SOURCE, re.IGNORECASE)
    pattern = CaselessPattern(_WORDS_SOURCE)
    assert pattern.spans(text) == [m.span() for m in caseless.finditer(text)]
    assert pattern.findall(text) == caseless.findall(text)
    assert pattern.occurs(text) is (caseless.search(text) is not None)


def test_caseless_pattern_of_a_sentence() -> None:
    pattern = CaselessPattern(_WORDS_SOURCE)
    sentence = "Olaf Scholz UND Emmanuel Macron auf dem Weg zum Gipfel, Berlin, 3. März 2025."
    assert pattern.findall(sentence) == ["UND", "auf"]
    assert pattern.spans(sentence) == [(12, 15), (32, 35)]
    assert not pattern.occurs("Emmanuel Macron speaks in Paris. REUTERS/Gonzalo Fuentes")
    # A pattern with letters of other scripts or a case-sensitive group is matched case-blind throughout.
    assert CaselessPattern(r"\bπρόεδρος\b").findall("Ο ΠΡΌΕΔΡΟΣ της Δημοκρατίας") == ["ΠΡΌΕΔΡΟΣ"]
    assert CaselessPattern(r"\b(?-i:Und)\b").findall("und Und UND") == ["Und"]


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"\s*\(zu dpa [^)]{0,300}\)", "(zu dpa "),
        (r"\s*\+\+\+ ?dpa-Bildfunk ?\+\+\+", "+++"),  # the space a "?" makes optional left out
        (r"\s*TPX IMAGES OF THE DAY", "TPX IMAGES OF THE DAY"),
        (r"\s*\(\s*[A-Z][A-Z .,/&-]{1,60} - Tags: [^)]{0,200}\)", "("),
        (r"(?i)\s*tpx images", ""),  # case-blind: held in any case
        (r"\s*EDITORS NOTE|\s*EDS NOTE", ""),  # either branch
        (r"\s*NOTE (?:TO|FOR) EDITORS", "NOTE "),
        (r"\s*Bild{2}", "Bil"),
        (r"\s*\d+ BILDER", ""),
    ],
)
def test_required_text_is_held_by_every_match(pattern: str, required: str) -> None:
    assert required_text(pattern) == required


def test_every_tail_pattern_holds_its_required_text() -> None:
    """Where a tail pattern matches, its required text is there: the search it spares would find nothing."""
    captions_ = [
        "A voter casts a ballot in Nairobi, Kenya, March 4, 2013. REUTERS/Thomas Mukoya (KENYA - Tags: POLITICS)",
        "Ein Polizist steht vor dem Reichstag. Foto: Kay Nietfeld/dpa +++ dpa-Bildfunk +++",
        "Olaf Scholz in Berlin. (zu dpa «Scholz reist nach Paris») Foto: Michael Kappeler/dpa",
        "Fans cheer in Madrid, Spain. REUTERS/Susana Vera TPX IMAGES OF THE DAY",
    ]
    for pattern in rules("text")["tail"]:
        required = required_text(pattern)
        assert required, pattern
        for caption in captions_:
            if re.search(pattern, caption):
                assert required in caption


# Titles of several scripts, as people.toml's are: Latin ones with "i", "s" and "k" (the letters the engine
# pairs with "ı", "ſ" and the Kelvin sign), a Greek one with "μ" (paired with the micro sign "µ") and "σ"
# (with the final "ς").
_TITLE_WORDS = [
    "minister",
    "prime minister",
    "mayor",
    "sir",
    "kaiser",
    "président",
    "πρόεδρος",
    "μητροπολίτης",
]
_TITLES = rf"(?<![\w-])(?:{alternation(_TITLE_WORDS)})(?:-(?i:elect))?(?![\w-])"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Minister",
                "MINISTER",
                "Prime Minister",
                "prime  minister",
                "Mayor",
                "mayor-elect",
                "SIR",
                "ſir",
                "Sır",
                "KAISER",
                "\u212aaiser",
                "Président",
                "PRÉSIDENT",
                "ΠΡΌΕΔΡΟΣ",
                "πρόεδροσ",
                "µητροπολίτης",
                "İ",
                "ı",
                "ſ",
                "µ",
                " ",
                "-",
                "x",
                "Ä",
                "é",
                ",",
            ]
        ),
        max_size=10,
    ).map("".join),
    st.integers(min_value=0, max_value=4),
)
def test_caseless_words_match_as_the_case_blind_pattern(text: str, pos: int) -> None:
    """Searched through the lower-cased text, the words are found where re.IGNORECASE finds them, as the
    same match objects; texts with letters whose case-blind matches are not their lower case too."""
    plain = re.compile(_TITLES, re.IGNORECASE)
    words = CaselessWords(plain, _TITLES)
    spans = [m.span() for m in plain.finditer(text, pos)]
    assert [m.span() for m in words.finditer(text, pos)] == spans
    found = words.search(text, pos)
    assert (found.span() if found else None) == (spans[0] if spans else None)
    assert words.sub(lambda m: m.group().upper(), text) == plain.sub(lambda m: m.group().upper(), text)
    assert words.sub("<\\g<0>>", text) == plain.sub("<\\g<0>>", text)
    assert words.sub(" ", text) == plain.sub(" ", text)  # a template without a backslash, as it is


def test_caseless_words_in_wire_captions() -> None:
    words = CaselessWords(re.compile(_TITLES, re.IGNORECASE), _TITLES)
    caption = "British PRIME MINISTER Keir Starmer meets Mayor-Elect Zohran Mamdani in London, May 5, 2026."
    assert [m.group() for m in words.finditer(caption)] == ["PRIME MINISTER", "Mayor-Elect"]
    assert words.sub(lambda m: m.group().replace(" ", "\x00"), caption).count("\x00") == 1
    assert words.sub(" ", caption).startswith("British   Keir Starmer meets   Zohran")
    assert words.search("Ministerpräsident Markus Söder spricht in München.") is None
    assert words.match(caption, 8) is not None and words.match(caption) is None
    assert words.fullmatch("Président") is not None


def test_caseless_words_keep_a_texts_matches_and_no_more_texts_than_they_may() -> None:
    words = CaselessWords(re.compile(_TITLES, re.IGNORECASE), _TITLES)
    sentence = "Prime Minister Keir Starmer greets Mayor Sadiq Khan"
    first = list(words.finditer(sentence))
    again = list(words.finditer(sentence))
    assert [m.span() for m in first] == [(0, 14), (35, 40)]
    assert all(a is b for a, b in zip(first, again, strict=True))  # the kept matches, not a new search
    assert [m.span() for m in words.finditer(sentence, 20)] == [(35, 40)]  # another start: another search
    for n in range(_FOUND_KEPT + 1):  # a batch's texts: the table is emptied, never grown past its size
        list(words.finditer(f"Mayor {n}"))
    assert len(words._found) <= _FOUND_KEPT
    assert [m.span() for m in words.finditer(sentence)] == [(0, 14), (35, 40)]


# Pieces of captions where a name read from the caption is looked for again: letters whose case-blind
# matches are not their lower case ("ı", "İ", "ſ"), Greek final sigma, digits of other scripts, "_", "-".
_NAME_PARTS = [
    "Ana",
    "ana",
    "ANA",
    "Ilı",
    "ıl",
    "İL",
    "ſa",
    "Sa",
    "σς",
    "Σ",
    "٣",
    "_",
    "-",
    "é",
    " ",
    "  ",
    "\n",
]
_AROUND_NAMES = [
    " of ",
    " of the ",
    " district",
    " District",
    " drone",
    " DRONE",
    " by ",
    "by the ",
    "x",
    ".",
]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_NAME_PARTS + _AROUND_NAMES), max_size=12),
    st.lists(st.sampled_from(_NAME_PARTS), min_size=0, max_size=3),
)
def test_has_word_finds_what_a_pattern_of_the_word_finds(parts: list[str], word: list[str]) -> None:
    text, name = "".join(parts), "".join(word)
    assert has_word(text, name) == (re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None)


def test_has_word_reads_word_characters_as_re_does() -> None:
    text = "".join(chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c <= 0xDFFF)
    for char in set(text) - {"A"}:
        alone = f"{char}A{char}"
        assert has_word(alone, "A") == (re.search(r"(?<!\w)A(?!\w)", alone) is not None), char


# A name, then a craft's noun, case-blind (the credit's `_named_craft`); two names around a division word
# (the place reader's `district_of_division`); "by" and a few words before a name (`_handed_out_by`).
_NAMED = [
    ((r"(?<!\w)", r"\s+(?:drone|rover)\b"), re.IGNORECASE),
    ((r"(?<![\w-])", " (?:district|county) of (?:the )?", r"\b"), 0),
    ((r"(?<!\w)(?:by)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?", r"(?!\w)"), 0),
]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_NAME_PARTS + _AROUND_NAMES + [" rover", "Rover", " county"]), max_size=12),
    st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=3),
    st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=2),
)
def test_a_named_pattern_finds_what_the_pattern_of_its_names_finds(
    parts: list[str], first: list[str], second: list[str]
) -> None:
    names = ["".join(first).strip() or "Ana", "".join(second).strip() or "Sa"]
    # Often the names themselves, in the shapes the pattern looks for.
    text = "".join(parts).replace("x", names[0]).replace(".", names[1])
    for pieces, flags in _NAMED:
        given_names = names[: len(pieces) - 1]
        written = "".join(p + re.escape(n) for p, n in zip(pieces, given_names, strict=False)) + pieces[-1]
        expected = re.search(written, text, flags) is not None
        assert NamedPattern(pieces, flags).found(text, *given_names) == expected, (pieces, text, given_names)


def test_a_named_pattern_of_a_caption() -> None:
    craft, district, handed = (NamedPattern(pieces, flags) for pieces, flags in _NAMED)
    assert craft.found("the Solar Orbiter Rover lands", "Solar Orbiter")
    assert not craft.found("the Solar Orbiters rover lands", "Solar Orbiter")
    assert craft.found("THE SOLAR ORBITER ROVER", "Solar Orbiter")
    assert craft.found("Sıla drone", "SILA")  # "ı" in the text: the pattern of the name, as before
    assert district.found("a toll plaza in Bathinda district of Punjab, Tuesday", "Bathinda", "Punjab")
    assert not district.found("a toll plaza in Bathinda district of Punjabi farmers", "Bathinda", "Punjab")
    assert handed.found("a photo released by the Chilean Carabineros", "Carabineros")
    assert not handed.found("a photo released by the police of the Carabineros", "Carabineros")
    with pytest.raises(ValueError, match="2 names wanted"):
        district.found("Bathinda district of Punjab", "Bathinda")
