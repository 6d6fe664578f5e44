"""Style packs: a desk's preferred spellings, credits, agency names and state forms, as data.

A pack is a TOML file read into a frozen `StylePack` (schema in the README, "Style packs"). The pipeline
applies packs in order over a record's fields as its last step, so the parser never sees one, and every
change becomes a `style` warning saying what changed and after which pack: never silently. Words a pack
flags give `flagged_word` warnings. The AP pack ships as captions/data/style/ap.toml and is read once.
"""

from __future__ import annotations

import os
import re
import threading
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .._exceptions import InputError
from .._model import Location, Person, WarningCode
from .._regex import alternation
from .._rules import rules

__all__ = ["StaffPhotographer", "StyleOptions", "StylePack", "StyleSource", "load_styles", "restyle"]

Note = tuple[WarningCode, str]
_Changed = Callable[[str, str | None, str | None], None]

# Location fields a pack respells, with the label its notes use.
_LOCATION_FIELDS = (
    ("city", "city"),
    ("sublocation", "sublocation"),
    ("county", "county"),
    ("province_state", "province/state"),
    ("world_region", "region"),
)
# A capitalised word and a day: "Sept. 5", "September 5", "SEP 5" ("may 5" is no month), then checked
# against the month names.
_MONTH_DAY = re.compile(r"\b(?P<month>[A-Z][A-Za-z]{2,8}\.?) (?P<day>[0-3]?\d)\b(?![:\d])")
_lock = threading.Lock()


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class StaffPhotographer(_Frozen):
    """One of a desk's own photographers: how the name is written and how the credit is printed."""

    name: str = Field(min_length=1, description="The name as the desk writes it: the record's creator.")
    aliases: tuple[str, ...] = Field(default=(), description="Other spellings credits use (any case).")
    credit: str | None = Field(default=None, description="The credit line for this photographer's pictures.")


class StyleOptions(_Frozen):
    """Switches; unset leaves the value as the parser (or an earlier pack) gave it."""

    province_state: Literal["full", "abbreviated"] | None = Field(
        default=None, description='A US state as its full name ("California") or as [states] abbreviates it.'
    )
    months: Literal["check", "ignore"] | None = Field(
        default=None, description="Note a month written with a day other than as [months] writes it."
    )


class StylePack(_Frozen):
    """A style pack: read with `StylePack.load(path)`; `StylePack.ap()` is the shipped AP pack."""

    name: str = Field(min_length=1, description='Shown in notes: "(AP style)".')
    options: StyleOptions = StyleOptions()
    spellings: dict[str, str] = Field(
        default_factory=dict,
        description="variant = preferred, whole words, case as written: places, persons, organisations.",
    )
    states: dict[str, str] = Field(
        default_factory=dict, description="US state = its abbreviation; empty: the AP pack's table."
    )
    months: dict[str, str] = Field(
        default_factory=dict, description="Month = its form with a day; empty: the AP pack's table."
    )
    agencies: dict[str, str] = Field(default_factory=dict, description="source as given = canonical name.")
    credits: dict[str, str] = Field(
        default_factory=dict, description="credit-line element as written = as printed."
    )
    staff: tuple[StaffPhotographer, ...] = ()
    flag: dict[str, str] = Field(
        default_factory=dict, description="Words to flag = why (a plain list of words is taken too)."
    )

    @field_validator("flag", mode="before")
    @classmethod
    def _flag_list(cls, value: Any) -> Any:
        # `flag = ["alleged", "TK"]` is the short form of a table whose notes are empty.
        if isinstance(value, list):
            return dict.fromkeys(value, "")
        return value

    @field_validator("spellings", "states", "months", "agencies", "credits", "flag")
    @classmethod
    def _no_empty_keys(cls, value: dict[str, str]) -> dict[str, str]:
        if any(not key.strip() for key in value):
            raise ValueError("an empty word")
        return value

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> StylePack:
        """Read a pack from a TOML file. Raises InputError naming the file when it is no pack."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not UTF-8 text ({error.reason})") from None
        return cls.from_toml(text, default_name=Path(path).stem, where=str(path))

    @classmethod
    def from_toml(cls, text: str, *, default_name: str = "house", where: str = "style pack") -> StylePack:
        """A pack from TOML text; `name` defaults to DEFAULT_NAME (the file's stem)."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise InputError(f"{where}: not TOML ({error})") from None
        data.setdefault("name", default_name)
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            at = ".".join(str(part) for part in first["loc"])
            more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
            raise InputError(f"{where}: not a style pack: {at}: {first['msg']}{more}") from None

    @classmethod
    def ap(cls) -> StylePack:
        """The AP pack shipped in captions/data/style/ap.toml (read once)."""
        return _ap()

    # Compiled once per pack: a batch applies the same packs to every record.
    @cached_property
    def _spelling_pattern(self) -> re.Pattern[str] | None:
        return _words_pattern(self.spellings)

    @cached_property
    def _written_pattern(self) -> re.Pattern[str] | None:
        return _words_pattern(self.spellings, re.IGNORECASE)

    @cached_property
    def _lowered_spellings(self) -> dict[str, str]:
        return {variant.lower(): variant for variant in self.spellings}

    @cached_property
    def _credit_pattern(self) -> re.Pattern[str] | None:
        return _words_pattern(self.credits)

    @cached_property
    def _flag_patterns(self) -> tuple[tuple[re.Pattern[str], str, str], ...]:
        # A word written in lower case matches any case; one with capitals ("TK", "Kiev") only as written.
        return tuple(
            (
                re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", 0 if word != word.lower() else re.IGNORECASE),
                word,
                note,
            )
            for word, note in self.flag.items()
        )

    @cached_property
    def _staff_names(self) -> dict[str, StaffPhotographer]:
        return {n.casefold(): p for p in self.staff for n in (p.name, *p.aliases)}

    @cached_property
    def _state_forms(self) -> tuple[dict[str, str], dict[str, str]]:
        table = self.states or _ap().states
        return dict(table), {abbr: full for full, abbr in reversed(table.items())}

    @cached_property
    def _month_forms(self) -> dict[str, str]:
        return self.months or _ap().months

    def respell(self, value: str | None) -> str | None:
        """VALUE with the pack's preferred spellings."""
        pattern = self._spelling_pattern
        if value is None or pattern is None:
            return value
        return pattern.sub(lambda m: self.spellings[m.group()], value)

    def apply(self, fields: Mapping[str, Any], text: str) -> tuple[dict[str, Any], list[Note]]:
        """A record's fields with this pack applied, and a note per change. TEXT: the cleaned caption."""
        out = dict(fields)
        notes: list[Note] = []

        def changed(label: str, old: str | None, new: str | None) -> None:
            notes.append((WarningCode.STYLE, f"{label}: {_shown(old)} → {_shown(new)} ({self.name} style)"))

        location = out.get("location")
        if isinstance(location, Location):
            out["location"] = self._location(location, changed)
        persons: list[Person] = []
        for person in out.get("persons", ()):
            name, description = self.respell(person.name) or person.name, self.respell(person.description)
            if name != person.name:
                changed("person", person.name, name)
            if description != person.description:
                changed("person description", person.description, description)
            same = name == person.name and description == person.description
            persons.append(person if same else Person(name=name, description=description))
        out["persons"] = tuple(persons)
        organisations = []
        for organisation in out.get("organisations", ()):
            new = self.respell(organisation) or organisation
            if new != organisation:
                changed("organisation", organisation, new)
            organisations.append(new)
        out["organisations"] = tuple(organisations)
        self._credit(out, changed)
        notes += self._flags(text)
        if self.options.months == "check":
            notes += self._month_notes(text)
        return out, notes

    def _location(self, location: Location, changed: _Changed) -> Location:
        update: dict[str, str | None] = {}
        respelled: set[str] = set()  # variants this pack replaced in a value: noted already
        for name, label in _LOCATION_FIELDS:
            value: str | None = getattr(location, name)
            new = self.respell(value)
            if new != value and value is not None and self._spelling_pattern is not None:
                respelled.update(m.group().lower() for m in self._spelling_pattern.finditer(value))
            if name == "province_state" and location.country_code == "US":
                new = self._state(new)
            if new != value:
                update[name] = new
                changed(label, value, new)
        # The caption's spelling where the gazetteer already gave the preferred one ("Kiev" read as Kyiv):
        # the value stays, and the note tells the desk that the caption differs.
        pattern = self._written_pattern
        if pattern is not None and location.text:
            for written in dict.fromkeys(m.group() for m in pattern.finditer(location.text)):
                variant = self._lowered_spellings[written.lower()]
                if variant.lower() in respelled:
                    continue
                respelled.add(variant.lower())
                preferred = self.spellings[variant]
                for name, label in _LOCATION_FIELDS:
                    value = update.get(name, getattr(location, name))
                    if value and re.search(rf"(?<!\w){re.escape(preferred)}(?!\w)", value):
                        changed(label, written, preferred)
                        break
        return location.model_copy(update=update) if update else location

    def _state(self, value: str | None) -> str | None:
        if value is None or self.options.province_state is None:
            return value
        full_to_short, short_to_full = self._state_forms
        if self.options.province_state == "abbreviated":
            return full_to_short.get(value, value)
        return short_to_full.get(value, value)

    def _credit(self, out: dict[str, Any], changed: _Changed) -> None:
        creator, line = out.get("creator"), out.get("credit_line")
        staff = self._staff_names.get(creator.casefold()) if isinstance(creator, str) else None
        if staff is not None:
            if staff.name != creator:
                changed("creator", creator, staff.name)
                out["creator"] = staff.name
            if staff.credit and staff.credit != line:
                changed("credit line", line, staff.credit)
                out["credit_line"] = line = staff.credit
        pattern = self._credit_pattern
        if isinstance(line, str) and pattern is not None:
            new = pattern.sub(lambda m: self.credits[m.group()], line)
            if new != line:
                changed("credit line", line, new)
                out["credit_line"] = new
        source = out.get("source")
        if isinstance(source, str) and self.agencies.get(source, source) != source:
            changed("source", source, self.agencies[source])
            out["source"] = self.agencies[source]

    def _flags(self, text: str) -> list[Note]:
        notes: list[Note] = []
        for pattern, _word, note in self._flag_patterns:
            m = pattern.search(text)
            if m:
                why = f": {note}" if note else ""
                notes.append(
                    (WarningCode.FLAGGED_WORD, f"'{m.group()}' is a word the {self.name} style flags{why}")
                )
        return notes

    def _month_notes(self, text: str) -> list[Note]:
        forms, names = self._month_forms, _month_names()
        notes: list[Note] = []
        seen: set[str] = set()
        for m in _MONTH_DAY.finditer(text):
            written = m.group("month")
            full = names.get(written.rstrip(".").lower())
            if full is None or written in seen:
                continue
            seen.add(written)
            form = forms.get(full)
            if form and written.casefold() != form.casefold():
                old, new = f"{written} {m.group('day')}", f"{form} {m.group('day')}"
                notes.append((WarningCode.STYLE, f"date: {_shown(old)} → {_shown(new)} ({self.name} style)"))
        return notes


def _shown(value: str | None) -> str:
    return "(none)" if value is None else f"'{value}'"


@cache
def _month_names() -> dict[str, str]:
    """English month names and abbreviations (lower case) to the full name, from data/date.toml (whose
    other spellings are German, Spanish and French: AP style is about English)."""
    return {
        word.lower(): group[0]
        for group in rules("date")["months"]
        for word in group
        if group[0].startswith(word) and (word == group[0] or len(word) <= 4)
    }


def _words_pattern(table: Mapping[str, str], flags: int = 0) -> re.Pattern[str] | None:
    """Any key of TABLE as a whole word (the longest where several fit), or None for an empty table."""
    keys = [key for key, value in table.items() if key != value]
    if not keys:
        return None
    return re.compile(rf"(?:{alternation(keys, not_after=_WORD)})(?!\w)", flags)


_WORD = r"\w"  # no word character before a word


# What `Normaliser(style=...)` takes: a pack, or the path of a pack's TOML file.
StyleSource: TypeAlias = StylePack | str | os.PathLike[str]


@cache
def _ap() -> StylePack:
    with _lock:
        text = (resources.files("captions") / "data" / "style" / "ap.toml").read_text(encoding="utf-8")
    return StylePack.from_toml(text, where="captions/data/style/ap.toml")


def load_styles(
    style: StyleSource | Sequence[StyleSource] | None, *, default: bool = True
) -> tuple[StylePack, ...]:
    """The packs to apply, in order: the AP pack first when DEFAULT, then STYLE (a pack, a path to one, or
    a sequence of them). Raises InputError for a file that is no pack."""
    given: Iterable[StyleSource]
    if style is None:
        given = ()
    elif isinstance(style, StylePack | str | os.PathLike):
        given = (style,)
    else:
        given = style
    packs = [_ap()] if default else []
    packs += [item if isinstance(item, StylePack) else StylePack.load(item) for item in given]
    return tuple(packs)


def restyle(
    packs: Sequence[StylePack], fields: Mapping[str, Any], text: str
) -> tuple[dict[str, Any], tuple[Note, ...]]:
    """FIELDS with each pack applied in turn, and all their notes."""
    out = dict(fields)
    notes: list[Note] = []
    for pack in packs:
        out, found = pack.apply(out, text)
        notes += found
    return out, tuple(notes)
