"""Photo Mechanic code replacements: =code= and =code#2=, unknown codes left and flagged, the file format,
and codes expanded before the caption is read (library and command line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from captions import CodeReplacements, InputError, Normaliser, WarningCode
from captions.cli import app
from tests.conftest import ROOT

runner = CliRunner()

TABLE = "\ufeff// desk codes\nwc8\tWayne Crane\tCrane\tNo. 8\n\nmk\tMarta Kos\nWC8\tupper case is another code\r\n"


def test_a_code_gives_its_second_column_and_code_n_the_column_after_n() -> None:
    codes = CodeReplacements.parse(TABLE)
    assert codes.codes["wc8"] == ("Wayne Crane", "Crane", "No. 8") and "// desk codes" not in codes.codes
    assert codes.expand("=wc8= scores; =wc8#2= celebrates =wc8#3=.") == (
        "Wayne Crane scores; Crane celebrates No. 8.",
        (),
    )
    assert codes.expand("=wc8#1= =WC8=")[0] == "Wayne Crane upper case is another code"  # case-sensitive
    assert codes.expand("=wc8==mk=")[0] == "Wayne CraneMarta Kos"


def test_an_unknown_code_is_left_as_written_and_flagged() -> None:
    codes = CodeReplacements.parse(TABLE)
    text, problems = codes.expand("=wc9= passes to =wc8#4= and =mk#2=.")
    assert text == "=wc9= passes to =wc8#4= and =mk#2=."
    assert problems == (
        "code '=wc9=' is not in the code replacements; left as written",
        "code '=wc8#4=': 'wc8' has 3 replacements, not #4; left as written",
        "code '=mk#2=': 'mk' has 1 replacement, not #2; left as written",
    )
    # What only looks like a code inside other text is neither replaced nor flagged.
    assert codes.expand("E=mc2=x, a == b, x = y = z") == ("E=mc2=x, a == b, x = y = z", ())


def test_codes_are_expanded_before_the_caption_is_read(normaliser: Normaliser, tmp_path: Path) -> None:
    path = tmp_path / "codes.txt"
    path.write_text(TABLE, encoding="utf-8")
    with_codes = Normaliser(gazetteer=normaliser.gazetteer, codes=path)
    caption = "=wc8= of Kyiv celebrates in Lviv, Ukraine, June 4, 2023. =nope= (AP Photo/=mk=)"
    record = with_codes.normalise(caption)
    assert record.caption == caption  # the input, verbatim
    assert record.description.startswith("Wayne Crane of Kyiv celebrates")
    assert record.creator == "Marta Kos" and [p.name for p in record.persons] == ["Wayne Crane"]
    assert record.location is not None and record.location.city == "Lviv"
    assert [(w.code, w.message) for w in record.warnings] == [
        (WarningCode.UNKNOWN_CODE, "code '=nope=' is not in the code replacements; left as written")
    ]
    # Without codes nothing is expanded nor flagged.
    assert normaliser.normalise(caption).creator is None


def test_a_codes_file_that_cannot_be_read_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        CodeReplacements.load(tmp_path / "missing.txt")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"cafe\tCaf\xe9\n")
    with pytest.raises(InputError, match="not UTF-8"):
        CodeReplacements.load(latin1)
    spaces = tmp_path / "spaces.txt"
    spaces.write_text("wc8 Wayne Crane\n", encoding="utf-8")  # spaces do not separate columns
    with pytest.raises(InputError, match="no codes"):
        CodeReplacements.load(spaces)


def test_codes_on_the_command_line(tmp_path: Path) -> None:
    caption = "Travellers queue at =kbp= near =kyiv=, Friday, June 2, 2023. =zz= (AP Photo/=mk=)"
    result = runner.invoke(
        app, ["normalize", "-", "--codes", str(ROOT / "samples" / "codes.tsv")], input=caption
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["creator"] == "Marta Kos" and record["location"]["city"] == "Kyiv"
    assert record["location"]["sublocation"] == "Boryspil International Airport"
    assert [w["code"] for w in record["warnings"]] == ["unknown_code"] and "unknown_code" in result.stderr
    result = runner.invoke(
        app, ["parse", "=wc8= waves. (AP Photo/=mk=)", "--codes", str(ROOT / "samples" / "codes.tsv")]
    )
    assert result.exit_code == 0 and "Marta Kos" in result.stdout
    result = runner.invoke(app, ["normalize", "-", "--codes", str(tmp_path / "none.txt")], input=caption)
    assert result.exit_code == 1 and "none.txt: cannot be read" in result.stderr
