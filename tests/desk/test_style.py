"""Style packs: the shipped AP pack (a no-op on what the gazetteer already spells its way, with notes where
a caption spells otherwise), a desk's own pack through the library and the command line, state
abbreviations both ways, staff credits, canonical credits and agencies, words to flag, month forms."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from captions import CaptionRecord, InputError, Normaliser, StylePack, WarningCode
from captions._engines._local import _start, _work
from captions._inputs import CaptionInput
from captions.cli import app
from tests.conftest import ROOT

runner = CliRunner()

RT = "Residents walk along a street in Kiev, Ukraine, February 20, 2022. REUTERS/Pavlo Bondar"
LA = "Fans cheer outside the arena in Los Angeles, Sunday, June 4, 2023. (AP Photo/Ann Lee)"
HOUSE = ROOT / "samples" / "house-style.toml"


def notes(record: CaptionRecord, code: WarningCode = WarningCode.STYLE) -> list[str]:
    return [w.message for w in record.warnings if w.code is code]


def styled(normaliser: Normaliser, *packs: StylePack | Path, default: bool = True) -> Normaliser:
    """A Normaliser with PACKS that shares the session's gazetteer."""
    return Normaliser(gazetteer=normaliser.gazetteer, style=packs, default_style=default)


def pack(text: str, name: str = "house") -> StylePack:
    return StylePack.from_toml(f'name = "{name}"\n' + text)


def test_the_ap_pack_is_shipped_and_read_once() -> None:
    ap = StylePack.ap()
    assert ap is StylePack.ap() and ap.name == "AP"
    assert ap.states["California"] == "Calif." and ap.states["Texas"] == "Texas"
    assert ap.months["September"] == "Sept." and ap.months["June"] == "June"
    assert ap.spellings["Kiev"] == "Kyiv"
    assert ap.options.province_state == "full" and ap.options.months == "ignore"


def test_ap_spellings_are_the_gazetteer_names(normaliser: Normaliser) -> None:
    # So that the default pack never changes a place the gazetteer resolved: it only says where the
    # caption spelled it otherwise.
    for variant, preferred in StylePack.ap().spellings.items():
        found = normaliser.gazetteer.lookup(variant)
        assert found and found[0].place.name == preferred, variant


def test_the_default_pack_notes_a_caption_spelling_and_keeps_the_value(normaliser: Normaliser) -> None:
    record = normaliser.normalise(RT)
    assert record.location is not None and record.location.city == "Kyiv"
    assert notes(record) == ["city: 'Kiev' → 'Kyiv' (AP style)"]
    plain = styled(normaliser, default=False).normalise(RT)
    assert plain.warnings == () and plain.model_dump(exclude={"warnings"}) == record.model_dump(
        exclude={"warnings"}
    )


def test_the_default_pack_changes_no_value_of_the_agency_corpus(normaliser: Normaliser) -> None:
    plain = styled(normaliser, default=False)
    for line in (ROOT / "tests" / "corpus" / "agency_styles.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        with_ap = normaliser.normalise(case["caption"], reference_date=case["reference_date"])
        without = plain.normalise(case["caption"], reference_date=case["reference_date"])
        assert with_ap.model_dump(exclude={"warnings"}) == without.model_dump(exclude={"warnings"})
        assert [w for w in with_ap.warnings if w.code is not WarningCode.STYLE] == list(without.warnings)


def test_a_house_pack_changes_a_spelling_and_says_so(normaliser: Normaliser) -> None:
    house = pack('[spellings]\nKyiv = "Kiev"\n"Volodymyr Zelenskyy" = "Volodymyr Zelensky"\n')
    caption = (
        "Ukrainian President Volodymyr Zelenskyy greets soldiers in Kyiv, Ukraine, Feb. 2, 2023. "
        "(AP Photo/Ann Lee)"
    )
    record = styled(normaliser, house).normalise(caption)
    assert record.location is not None and record.location.city == "Kiev"
    assert [p.name for p in record.persons] == ["Volodymyr Zelensky"]
    assert notes(record) == [
        "city: 'Kyiv' → 'Kiev' (house style)",
        "province/state: 'Kyiv' → 'Kiev' (house style)",  # the capital is a division of its own
        "person: 'Volodymyr Zelenskyy' → 'Volodymyr Zelensky' (house style)",
    ]
    # Packs apply in order: AP's note on the caption's "Kiev", then the house's own change back.
    record = styled(normaliser, house).normalise(RT)
    assert record.location is not None and record.location.city == "Kiev"
    assert notes(record)[:2] == ["city: 'Kiev' → 'Kyiv' (AP style)", "city: 'Kyiv' → 'Kiev' (house style)"]


def test_state_abbreviations_both_ways(normaliser: Normaliser) -> None:
    def state(*packs: StylePack, caption: str = LA) -> tuple[str | None, list[str]]:
        record = styled(normaliser, *packs).normalise(caption)
        return (record.location.province_state if record.location else None), notes(record)

    abbreviated = pack('[options]\nprovince_state = "abbreviated"\n', "short")
    full = pack('[options]\nprovince_state = "full"\n', "long")
    assert state() == ("California", [])  # the default: the full name, as before
    assert state(abbreviated) == ("Calif.", ["province/state: 'California' → 'Calif.' (short style)"])
    assert state(abbreviated, full) == (
        "California",
        [
            "province/state: 'California' → 'Calif.' (short style)",
            "province/state: 'Calif.' → 'California' (long style)",
        ],
    )
    texas = "Fans cheer in Austin, Texas, Sunday, June 4, 2023. (AP Photo/Ann Lee)"
    assert state(abbreviated, caption=texas) == ("Texas", [])  # one of the eight AP never abbreviates
    georgia = "Fans cheer in Kutaisi, Georgia, Sunday, June 4, 2023. (AP Photo/Ann Lee)"
    assert state(abbreviated, caption=georgia)[1] == []  # the country: no US state
    own = pack('[options]\nprovince_state = "abbreviated"\n[states]\nCalifornia = "CA"\n')
    assert state(own)[0] == "CA"  # a pack's own table wins over AP's


def test_staff_credits_canonical_credits_and_agencies(normaliser: Normaliser) -> None:
    house = StylePack.load(HOUSE)
    assert house.name == "Daily Planet"
    record = styled(normaliser, house).normalise(
        "Firefighters work at a burning warehouse in Kyiv, Ukraine, June 1, 2023. (AP Photo/Yefrem Lukatsky)"
    )
    assert record.creator == "Efrem Lukatsky" and record.credit_line == "AP Photo/Yefrem Lukatsky"
    assert notes(record) == ["creator: 'Yefrem Lukatsky' → 'Efrem Lukatsky' (Daily Planet style)"]
    record = styled(normaliser, house).normalise(
        "Firefighters work in Kyiv, Ukraine, June 1, 2023. (AP PHOTO/MARTA KOS)"
    )
    assert (record.creator, record.credit_line) == ("Marta Kos", "Marta Kos/Daily Planet")
    assert notes(record) == [
        "credit line: 'AP PHOTO/MARTA KOS' → 'AP Photo/MARTA KOS' (AP style)",
        "credit line: 'AP Photo/MARTA KOS' → 'Marta Kos/Daily Planet' (Daily Planet style)",
    ]
    getty = "Fans cheer in London, England, June 1, 2023. (Photo by Ann Lee/Getty Images)"
    record = styled(normaliser, house).normalise(getty)
    assert record.source == "Getty" and notes(record) == [
        "source: 'Getty Images' → 'Getty' (Daily Planet style)"
    ]
    # AP's canonical credit, by default:
    record = normaliser.normalise("Fans cheer in Kyiv, Ukraine, June 1, 2023. (AP PHOTO/Ann Lee)")
    assert record.credit_line == "AP Photo/Ann Lee"
    assert notes(record) == ["credit line: 'AP PHOTO/Ann Lee' → 'AP Photo/Ann Lee' (AP style)"]


def test_words_to_flag(normaliser: Normaliser) -> None:
    flags = pack('flag = ["Kiev", "refugee camp"]\n')
    caption = "Refugee Camp residents near KIEV queue in Kiev, Ukraine, June 1, 2023. REUTERS/Ann Lee"
    record = styled(normaliser, flags, default=False).normalise(caption)
    # Lower case matches any case; a word with capitals only as written.
    assert notes(record, WarningCode.FLAGGED_WORD) == [
        "'Kiev' is a word the house style flags",
        "'Refugee Camp' is a word the house style flags",
    ]
    record = styled(normaliser, StylePack.load(HOUSE)).normalise(
        "Police guard an alleged drug lab in Kyiv, Ukraine, June 1, 2023. (AP Photo/Ann Lee)"
    )
    assert notes(record, WarningCode.FLAGGED_WORD) == [
        "'alleged' is a word the Daily Planet style flags: say who alleges it"
    ]


def test_month_forms_are_checked_only_when_a_pack_asks(normaliser: Normaliser) -> None:
    caption = "Fans cheer in Kyiv, Ukraine, Sep. 5, 2023, as the mayor may 5 times. (AP Photo/Ann Lee)"
    assert notes(normaliser.normalise(caption)) == []
    check = pack('[options]\nmonths = "check"\n')
    assert notes(styled(normaliser, check).normalise(caption)) == ["date: 'Sep. 5' → 'Sept. 5' (house style)"]
    fine = "Fans cheer in Kyiv, Ukraine, Sept. 5, 2023, and on June 6. (AP Photo/Ann Lee)"
    assert notes(styled(normaliser, check).normalise(fine)) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "x"\ncolour = "red"\n', "colour: Extra inputs are not permitted"),
        ('name = "x"\n[options]\nprovince_state = "short"\n', "options.province_state"),
        ("name = \n", "not TOML"),
        ("[spellings]\nKiev = 3\n", "spellings.Kiev"),
    ],
)
def test_a_file_that_is_no_pack_is_an_input_error(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        Normaliser(style=bad)
    assert str(bad) in str(caught.value)
    with pytest.raises(InputError, match="cannot be read"):
        StylePack.load(tmp_path / "missing.toml")


def test_worker_processes_take_the_same_packs(normaliser: Normaliser) -> None:
    # `--jobs`: each worker builds its Normaliser from the parent's packs (run here in this process).
    parent = styled(normaliser, StylePack.load(HOUSE))
    handler = signal.getsignal(signal.SIGINT)
    try:
        _start(None, parent.styles, parent.codes)
        (record,) = _work([CaptionInput("a", RT)], None)
    finally:
        signal.signal(signal.SIGINT, handler)
    assert record == parent.normalise(RT, id="a")
    assert notes(record) == [
        "city: 'Kiev' → 'Kyiv' (AP style)",
        "date: 'February 20' → 'Feb. 20' (Daily Planet style)",
    ]


def cli_records(args: list[str], stdin: str | None = None) -> tuple[Any, list[dict[str, Any]]]:
    result = runner.invoke(app, args, input=stdin)
    return result, [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_the_command_line_applies_packs_in_order_and_says_so(tmp_path: Path) -> None:
    house = tmp_path / "house.toml"
    house.write_text('name = "Planet"\n[spellings]\nKyiv = "Kiev"\n', encoding="utf-8")
    result, (record,) = cli_records(["normalize", "-", "--style", str(house)], RT)
    assert result.exit_code == 0, result.output
    assert record["location"]["city"] == "Kiev"
    assert [w["message"] for w in record["warnings"]] == [
        "city: 'Kiev' → 'Kyiv' (AP style)",
        "city: 'Kyiv' → 'Kiev' (Planet style)",
        "province/state: 'Kyiv' → 'Kiev' (Planet style)",
    ]
    assert "style" in result.stderr  # counted in the summary
    result, (record,) = cli_records(["normalize", "-", "--no-default-style"], RT)
    assert record["location"]["city"] == "Kyiv" and record["warnings"] == []
    second = tmp_path / "second.toml"
    second.write_text('[spellings]\nKiev = "KYIV"\n', encoding="utf-8")
    result, (record,) = cli_records(
        ["normalize", "-", "--no-default-style", "--style", str(house), "--style", str(second)], RT
    )
    assert record["location"]["city"] == "KYIV"
    assert "city: 'Kiev' → 'KYIV' (second style)" in [w["message"] for w in record["warnings"]]
    result = runner.invoke(app, ["parse", LA, "--style", str(HOUSE), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["location"]["province_state"] == "Calif."


def test_a_bad_pack_on_the_command_line_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[spelings]\nKiev = "Kyiv"\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["normalize", "-", "--style", str(bad), "--output", str(out)], input=RT)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and str(bad) in result.stderr and "spelings" in result.stderr
    assert not out.exists()


def test_review_takes_stories_and_packs(tmp_path: Path) -> None:
    house = tmp_path / "house.toml"
    house.write_text('[spellings]\nPokrovsk = "Pokrovske"\n', encoding="utf-8")
    page = tmp_path / "review.html"
    sample = ROOT / "samples" / "story" / "ap-ukraine-2022-06-12.txt"
    result = runner.invoke(
        app, ["review", str(sample), "--story", "--style", str(house), "--html", str(page)]
    )
    assert result.exit_code == 0, result.output
    assert "7 captions written" in result.stderr
    assert "Pokrovske" in page.read_text(encoding="utf-8") and "style" in result.stderr
