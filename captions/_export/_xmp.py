"""`--format xmp`: one XMP sidecar (RDF/XML) per record, as ExifTool, Lightroom and Photo Mechanic read them.

The properties are those of `--format iptc` (captions/_iptc.py), written under their XMP ids with the
RDF containers the IPTC specification gives (dc:creator a Seq, Location Shown a Bag of resources, AltLang
an rdf:Alt with x-default). Every text is XML-escaped; characters XML 1.0 cannot hold are dropped.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .._images._suffixes import IMAGE_SUFFIXES
from .._model import CaptionRecord
from .._outputs import file_mode
from .._rules import rules
from .._version import __version__
from ._iptc import iptc_properties, is_altlang, struct_field, top_property

__all__ = ["sidecar", "sidecar_name", "write_sidecars"]

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_UNSAFE_NAME = re.compile(r"[^\w.\-]+")
_GPS = frozenset({"exif:GPSLatitude", "exif:GPSLongitude"})
# File names are at most 255 bytes on most file systems: room for "-NN.xmp" and a temporary file's affixes.
_MAX_STEM_BYTES = 200
_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the fixed id of every XMP packet (XMP spec part 3)


def _text(value: Any) -> str:
    text = _NOT_XML.sub("", str(value))
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\r", "&#xD;")  # a bare CR would be read back as LF
    )


def _gps(xmp_id: str, degrees: float) -> str:
    """Decimal degrees as an XMP GPSCoordinate, "DDD,MM.mmmmmmK"."""
    ref = ("N" if degrees >= 0 else "S") if xmp_id.endswith("Latitude") else ("E" if degrees >= 0 else "W")
    whole, minutes = divmod(abs(degrees) * 60, 60)
    return f"{int(whole)},{minutes:.6f}".rstrip("0").rstrip(".") + ref


def _scalar(xmp_id: str, value: Any) -> str:
    if xmp_id in _GPS:
        return _gps(xmp_id, float(value))
    return _text(value)


def _property(xmp_id: str, prop: Mapping[str, Any], value: Any, struct: str | None, pad: str) -> list[str]:
    """Lines of one property (or structure field) element."""
    if is_altlang(prop):
        return [
            f"{pad}<{xmp_id}>",
            f"{pad} <rdf:Alt>",
            *(
                f'{pad}  <rdf:li xml:lang="{_text(lang)}">{_text(text)}</rdf:li>'
                for lang, text in value.items()
            ),
            f"{pad} </rdf:Alt>",
            f"{pad}</{xmp_id}>",
        ]
    items = value if prop["multi"] else [value]
    body: list[str] = []
    for item in items:
        if struct is not None:
            inner = f"{pad}  " if prop["multi"] else f"{pad} "
            fields: list[str] = []
            for name, field_value in item.items():
                field = struct_field(struct, name)
                fields += _property(field["xmp"], field, field_value, _struct_of(field), inner + " ")
            open_tag = f'{inner}<rdf:li rdf:parseType="Resource">' if prop["multi"] else None
            body += [open_tag, *fields, f"{inner}</rdf:li>"] if open_tag else fields
        elif prop["multi"]:
            body.append(f"{pad}  <rdf:li>{_scalar(xmp_id, item)}</rdf:li>")
        else:
            return [f"{pad}<{xmp_id}>{_scalar(xmp_id, item)}</{xmp_id}>"]
    if not prop["multi"]:  # a single structure
        return [f'{pad}<{xmp_id} rdf:parseType="Resource">', *body, f"{pad}</{xmp_id}>"]
    container = prop["xmp_container"] or "Bag"
    return [
        f"{pad}<{xmp_id}>",
        f"{pad} <rdf:{container}>",
        *body,
        f"{pad} </rdf:{container}>",
        f"{pad}</{xmp_id}>",
    ]


def _struct_of(prop: Mapping[str, Any]) -> str | None:
    return str(prop["dataformat"]) if prop["datatype"] == "struct" and not is_altlang(prop) else None


def _prefixes(lines: Iterable[str]) -> list[str]:
    used = set(re.findall(r"<([A-Za-z][\w]*):", "\n".join(lines))) - {"rdf", "x"}
    return sorted(used, key=str.lower)


def sidecar(record: CaptionRecord) -> str:
    """The XMP sidecar of a record."""
    body: list[str] = []
    for name, value in iptc_properties(record).items():
        prop = top_property(name)
        body += _property(prop["xmp"], prop, value, _struct_of(prop), "   ")
    namespaces: Mapping[str, str] = rules("iptc")["namespaces"]
    declarations = [f'    xmlns:{p}="{_text(namespaces[p])}"' for p in _prefixes(body)]
    return "\n".join(
        [
            f'<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>',
            f'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="captions {__version__}">',
            ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            '  <rdf:Description rdf:about=""',
            *declarations[:-1],
            (declarations[-1] + ">") if declarations else "    >",
            *body,
            "  </rdf:Description>",
            " </rdf:RDF>",
            "</x:xmpmeta>",
            '<?xpacket end="w"?>',
            "",
        ]
    )


def sidecar_name(record: CaptionRecord) -> str:
    """The sidecar's file name: the image's stem + ".xmp" when the record came from an image, else the id
    made safe for a file name ("seed.txt:3" gives "seed.txt_3.xmp"). A stem too long for a file system
    (255 bytes on most) is cut and given a digest of the whole, so that two long ids stay apart."""
    image = record.meta.get("image")
    if isinstance(image, str) and image:
        stem = Path(image).stem
    else:
        stem = re.split(r"[/\\]", record.id)[-1]
        if Path(stem).suffix.lower() in IMAGE_SUFFIXES:
            stem = Path(stem).stem
    stem = _UNSAFE_NAME.sub("_", stem).strip("._") or "record"
    if len(stem.encode()) > _MAX_STEM_BYTES:
        digest = hashlib.sha256(stem.encode()).hexdigest()[:16]
        cut = stem.encode()[: _MAX_STEM_BYTES - len(digest) - 1].decode("utf-8", "ignore")
        stem = f"{cut}-{digest}"
    return f"{stem}.xmp"


def write_sidecars(
    records: Iterable[CaptionRecord], directory: str | Path, *, replace: bool = False
) -> tuple[list[Path], list[Path]]:
    """Write one sidecar per record into DIRECTORY (created if missing), each atomically: a temporary file
    renamed into place once complete, with the mode of a new file. Two records with one name get "-2",
    "-3"... A file already there is replaced only if captions wrote it (or REPLACE): another program's
    sidecar is left as it is. Returns the paths written and the paths left alone."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    refused: list[Path] = []
    taken: set[str] = set()
    mode = file_mode()
    for record in records:
        name = sidecar_name(record)
        stem, n = name[: -len(".xmp")], 1
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}.xmp"
        taken.add(name.lower())
        target = folder / name
        if not replace and not _ours_or_absent(target):
            refused.append(target)
            continue
        fd, temp = tempfile.mkstemp(prefix=".captions-", suffix=".xmp.part", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(sidecar(record))
            os.chmod(temp, mode)  # mkstemp makes a private file
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        written.append(target)
    return written, refused


def _ours_or_absent(path: Path) -> bool:
    """Whether PATH is free for a sidecar: absent, or a sidecar this tool wrote (its packet names it)."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(1024)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return b'x:xmptk="captions ' in head
