"""Images: reading the caption a photo carries, and `captions apply` (which record goes to which image, what
would change, writing it).

Everything goes through ExifTool (captions/_images/_exiftool.py): it reads XMP and IIM, decoding IIM as UTF-8
when CodedCharacterSet says so and as cp1252 otherwise, and it writes JPEG and TIFF in place (keeping
FILE_original unless told not to) and XMP sidecars beside raw files, which are never written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import InputError
from .._export._exiftool import import_object, import_tags, literal
from .._export._iptc import iim_warning, titles, top_property, utf8_cut
from .._model import CaptionRecord
from .._rules import rules
from ._exiftool import TMP, WARNINGS, ExifTool, RunResult
from ._policy import ALL, Conflict, caption_of, empty, policy
from ._suffixes import IMAGE_SUFFIXES, RAW_SUFFIXES
from ._template import DeskTemplate

__all__ = [
    "IMAGE_SUFFIXES",
    "Change",
    "ImageTags",
    "Plan",
    "image_files",
    "is_image",
    "match",
    "plan",
    "read_images",
    "write",
]

# What ExifTool must recognise a file as for it to count as an image.
_IMAGE_TYPES = frozenset(
    {"JPEG", "TIFF", "CR2", "CR3", "NEF", "NRW", "ARW", "SR2", "DNG", "ORF", "RW2", "RAF", "PEF", "SRW"}
)
_CORRUPT = re.compile(r"format error|truncated|corrupt|not a valid", re.IGNORECASE)
# XMP that ExifTool reads but cannot update in place (it would add a second XMP segment beside it), or two
# XMP packets where one is allowed (ExifTool writes into one and readers may show the other).
_BROKEN_XMP = re.compile(r"non-standard header for APP1 XMP|duplicate XMP", re.IGNORECASE)
# The groups `apply` reads to show what would change (and IIM, to see whether it must be re-encoded).
_GROUPS = (
    "IPTC:all",
    "Photoshop:IPTCDigest",
    "File:CurrentIPTCDigest",
    "IFD0:ImageDescription",
    "IFD0:Artist",
    "IFD0:Copyright",
    "XMP-dc:all",
    "XMP-photoshop:all",
    "XMP-iptcCore:all",
    "XMP-iptcExt:all",
    "XMP-xmpRights:all",
    "XMP-plus:ImageSupplier",
)
_UTF8 = "\x1b%G"  # IIM 1:90 for UTF-8, as `exiftool -n` shows it


def is_image(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def is_raw(path: str | Path) -> bool:
    return Path(path).suffix.lower() in RAW_SUFFIXES


def sidecar_path(image: str) -> str:
    """Where a raw file's metadata goes: the same name with .xmp (as Lightroom and ExifTool name it)."""
    return str(Path(image).with_suffix(".xmp"))


def image_files(names: Sequence[str]) -> list[str]:
    """Image files named, directories expanded (their images, in name order)."""
    found: list[str] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            try:
                images = sorted(str(p) for p in path.iterdir() if p.is_file() and is_image(p))
            except OSError as error:
                raise InputError(f"{name}: directory cannot be read ({error.strerror or error})") from None
            if not images:
                raise InputError(f"{name}: no images in this directory ({_suffixes()})")
            found += images
        elif not path.exists():
            raise InputError(f"{name}: no such file")
        elif not is_image(path):
            raise InputError(f"{name}: not an image this tool writes ({_suffixes()})")
        else:
            found.append(name)
    return list(dict.fromkeys(found))  # an image named twice is written once


def _suffixes() -> str:
    return ", ".join(sorted(IMAGE_SUFFIXES))


@dataclass(frozen=True)
class ImageTags:
    """What ExifTool read of one image: its tags, and those of its sidecar for a raw file."""

    path: str
    tags: dict[str, Any]
    sidecar: dict[str, Any] | None = None

    @property
    def current(self) -> dict[str, Any]:
        """The tags `apply` would change: the sidecar's for a raw file (none yet if it has none)."""
        if is_raw(self.path):
            return self.sidecar or {}
        return self.tags

    @property
    def caption(self) -> str:
        """The caption as MWG readers take it (captions/_images/_policy.py); a raw file's sidecar first."""
        return self.read_caption()[0]

    def read_caption(self) -> tuple[str, str | None]:
        """The caption, and a note when the image's XMP and IIM captions disagree."""
        for tags in (self.sidecar or {}, self.tags):
            text, note = caption_of(tags)
            if text:
                return text, note
        return "", None


def _problem(tags: dict[str, Any]) -> str | None:
    if "ExifTool:Error" in tags:
        return str(tags["ExifTool:Error"])
    kind = tags.get("File:FileType")
    if kind not in _IMAGE_TYPES:
        return f"not an image (ExifTool reads it as {kind or 'an unknown type'})"
    return next((w for w in tags[WARNINGS] if _CORRUPT.search(w)), None)


def read_images(paths: Sequence[str], exiftool: ExifTool, *, validate: bool = False) -> list[ImageTags]:
    """Tags of every image (and of raw files' existing sidecars), in one ExifTool run; VALIDATE (for
    `apply`, which repairs them) finds what only validation sees, such as two XMP packets.

    Raises InputError naming the first image that is corrupt or no image; one without a caption is fine.
    """
    absolute = [os.path.abspath(p) for p in paths]
    sidecars = [sidecar_path(p) for p in absolute if is_raw(p) and Path(sidecar_path(p)).is_file()]
    read = exiftool.read([*absolute, *sidecars], _GROUPS, numeric=True, validate=validate)
    by_path = {str(tags["SourceFile"]): tags for tags in read}
    images: list[ImageTags] = []
    for name, path in zip(paths, absolute, strict=True):
        tags = by_path[path]
        problem = _problem(tags)
        if problem:
            raise InputError(f"{name}: cannot be read as an image ({problem})")
        images.append(ImageTags(name, tags, by_path.get(sidecar_path(path)) if is_raw(path) else None))
    return images


def match(
    images: Sequence[str], records: Sequence[CaptionRecord]
) -> tuple[list[tuple[str, CaptionRecord]], list[str], list[CaptionRecord]]:
    """Pairs (image, record) where the record's id names the image (its stem, its file name or its path);
    then the images and records left without a partner."""
    by_key: dict[str, int] = {}
    for n, record in enumerate(records):
        for key in (record.id, Path(record.id).name, Path(record.id).stem):
            by_key.setdefault(key, n)
    pairs: list[tuple[str, CaptionRecord]] = []
    used: set[int] = set()
    lonely: list[str] = []
    for image in images:
        path = Path(image)
        found = next((by_key[k] for k in (image, path.name, path.stem) if k in by_key), None)
        if found is None:
            lonely.append(image)
        else:
            pairs.append((image, records[found]))
            used.add(found)
    return pairs, lonely, [r for n, r in enumerate(records) if n not in used]


@dataclass(frozen=True)
class Change:
    tag: str
    old: Any
    new: Any  # None: the tag is removed


@dataclass(frozen=True)
class Plan:
    """What `apply` does to one image."""

    image: str  # as the user named it
    target: str  # the file written (absolute): the image, or its sidecar
    record: CaptionRecord
    values: dict[str, Any]  # the ExifTool import object: the tags to set
    changes: tuple[Change, ...] = field(default=())
    removed: tuple[str, ...] = ()  # tags to remove (an old group's values the new one has not)
    conflicts: tuple[Conflict, ...] = ()  # the image's values kept against the record's
    notes: tuple[str, ...] = ()  # what the reading found (XMP and IIM disagreeing)
    create: bool = False  # a new sidecar
    reencode: bool = False  # IIM without UTF-8 declared: re-encoded first, so no old text turns to '?'
    repair: bool = False  # XMP ExifTool cannot update: metadata rebuilt first (ExifTool FAQ 20)

    @property
    def sidecar(self) -> bool:
        return is_raw(self.image)


def _tag_read_as(tag: str) -> str:
    return tag.removesuffix("-x-default")  # ExifTool reads the default language without the suffix


def _diff(values: dict[str, Any], removed: Sequence[str], current: dict[str, Any]) -> list[Change]:
    changes = [
        Change(_tag_read_as(tag), current.get(_tag_read_as(tag)), new)
        for tag, new in values.items()
        if tag not in ("SourceFile", "Photoshop:IPTCDigest", "IPTC:CodedCharacterSet")
    ]
    charset = current.get("IPTC:CodedCharacterSet")
    if "IPTC:CodedCharacterSet" in values and str(charset) not in (_UTF8, "UTF8"):
        changes.append(Change("IPTC:CodedCharacterSet", charset, "UTF8"))
    return changes + [Change(tag, current.get(tag), None) for tag in removed]


def _keep_instructions(
    values: dict[str, Any], current: dict[str, Any], record: CaptionRecord, overwrite: frozenset[str]
) -> tuple[dict[str, Any], CaptionRecord]:
    """Instructions an image already has may hold the supplier's restrictions, which the caption need not
    repeat: ours are added to them (what they already say is not said twice), never put in their place.
    The whole credit is repeated there only when it is the credit written (not when the image keeps its
    own)."""
    prop = top_property("instructions")
    xmp_tag, iim_tag = prop["exiftool_xmp"], prop["exiftool_iim"]
    old = str(current.get(xmp_tag) or current.get(iim_tag) or "").strip()
    ours = values.get(xmp_tag)
    separator = rules("iptc")["instructions"]["separator"]
    credit = top_property("creditLine")
    credit_kept = not empty(current.get(credit["exiftool_xmp"]) or current.get(credit["exiftool_iim"]))
    if ours and credit_kept and not overwrite & {"credit", ALL} and record.credit_line:
        long_credit = rules("iptc")["instructions"]["long_credit"].format(credit=record.credit_line)
        ours = separator.join(p for p in ours.split(separator) if p != long_credit) or None
        values = {k: v for k, v in values.items() if k not in (xmp_tag, iim_tag)}
        if ours:
            values[xmp_tag] = ours
            values[iim_tag] = utf8_cut(ours, prop["iim_max_bytes"])
    if not old or not ours or overwrite & {"instructions", ALL}:  # --overwrite: ours in their place
        return values, record
    new = [part for part in ours.split(separator) if part.casefold() not in old.casefold()]
    merged = separator.join([old, *new])
    values = {**values, xmp_tag: merged}
    if iim_tag in values:
        limit = prop["iim_max_bytes"]
        values[iim_tag] = utf8_cut(merged, limit)
        if len(merged.encode("utf-8")) > limit:
            warning = iim_warning(iim_tag, merged, limit)
            kept = tuple(w for w in record.warnings if not w.message.startswith(f"{iim_tag} "))
            record = record.model_copy(update={"warnings": (*kept, warning)})
    return values, record


def plan(
    pairs: Sequence[tuple[ImageTags, CaptionRecord]],
    overwrite: frozenset[str] = frozenset(),
    template: DeskTemplate | None = None,
    *,
    with_titles: bool = False,
) -> list[Plan]:
    """What writing each record into its image would change, under the write policy (_policy.py): the
    image's values kept, the record's filling empty fields, the fields OVERWRITE names (or "all") replaced.
    A desk TEMPLATE adds its fixed fields (those it marks "replace" written over the image's); WITH_TITLES
    a Headline and a Title from each caption's first sentence."""
    plans = []
    fixed, _ = import_tags(template.properties) if template else ({}, [])
    if template:
        overwrite = overwrite | template.replace
    for image, record in pairs:
        raw = is_raw(image.path)
        # A symlinked image: its target is written (ExifTool would put a file in the link's place).
        target = sidecar_path(os.path.abspath(image.path)) if raw else os.path.realpath(image.path)
        values, _ = import_object(record, target)
        values = {**fixed, **(import_tags(titles(record))[0] if with_titles else {}), **values}
        current = image.current
        values, record = _keep_instructions(values, current, record, overwrite)
        decided = policy(values, current, overwrite, iim=not raw)
        has_iim = any(k.startswith("IPTC:") for k in current)
        writes_iim = any(k.startswith("IPTC:") for k in (*decided.values, *decided.removed))
        reencode = not raw and has_iim and writes_iim and current.get("IPTC:CodedCharacterSet") != _UTF8
        repair = not raw and any(_BROKEN_XMP.search(w) for w in image.tags[WARNINGS])
        changes = _diff(decided.values, decided.removed, current)
        if repair and not changes:
            changes = [Change("XMP", "(malformed or duplicated)", "(rebuilt)")]
        plans.append(
            Plan(
                image=image.path,
                target=target,
                record=record,
                values=decided.values,
                changes=tuple(changes),
                removed=decided.removed,
                conflicts=decided.conflicts,
                notes=decided.notes,
                create=raw and image.sidecar is None,
                reencode=reencode,
                repair=repair,
            )
        )
    return plans


def write(plans: Sequence[Plan], exiftool: ExifTool, *, overwrite_original: bool) -> RunResult:
    """Write every plan with changes, in one ExifTool process."""
    todo = [p for p in plans if p.changes]
    keep = ["-overwrite_original"] if overwrite_original else []
    commands: list[list[str]] = []
    files: dict[str, Any] = {}
    repair = [p.target for p in todo if p.repair]
    if repair:  # rebuild all metadata from what ExifTool reads: the broken XMP segment goes
        commands.append(
            ["-all=", "-tagsfromfile", "@", "-all:all", "-unsafe", "-icc_profile", *keep, *repair]
        )
    reencode = [p.target for p in todo if p.reencode]
    if reencode:  # ExifTool FAQ 10: re-encode the IIM already there before declaring it UTF-8
        commands.append(["-tagsfromfile", "@", "-iptc:all", "-codedcharacterset=utf8", *keep, *reencode])
    for n, p in enumerate(q for q in todo if not q.create):
        values = {**literal(p.values), "SourceFile": "*"}
        if not p.sidecar and (p.reencode or any(k.startswith("IPTC:") for k in values)):
            values["Photoshop:IPTCDigest"] = "new"  # the digest tells MWG readers that XMP and IIM agree
        files[f"update{n}.json"] = [values]
        # One command an image: each removes its own old tags. -m: minor problems (such as two rdf:about
        # values in old XMP) must not stop the write.
        removals = [f"-{tag}=" for tag in p.removed]
        commands.append(["-m", f"-json={TMP}/update{n}.json", *removals, *keep, p.target])
    for n, p in enumerate(q for q in todo if q.create):
        files[f"new{n}.json"] = [{**literal(p.values), "SourceFile": "*"}]  # "-o NEW.xmp" takes only "*"
        commands.append([f"-json={TMP}/new{n}.json", "-o", p.target])
    if not commands:
        return RunResult(0, "", "")
    return exiftool.run(commands, files=files)
