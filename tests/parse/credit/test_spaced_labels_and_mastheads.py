"""Local pages' credits: French "Photo : Name" (a space before the colon), Scottish Gaelic "Dealbh:", and a
local paper's masthead ("Frome Standard", "Idaho Statesman") that is no photographer's name."""

from __future__ import annotations

import pytest

from captions import Normaliser
from captions._model import WarningCode


@pytest.mark.parametrize(
    ("caption", "creator"),
    [
        # French typography sets a space before the colon, a plain or a narrow no-break one.
        (
            "Des bénévoles trient des dons à la banque alimentaire de Moncton, vendredi. Photo : Julie Arsenault",
            "Julie Arsenault",
        ),
        ("Des enfants patinent à Bathurst, dimanche. Photo\u202f: Marc Gallant", "Marc Gallant"),
        ("Des enfants patinent à Bathurst, dimanche. Photo\u00a0: Marc Gallant", "Marc Gallant"),
        # Scottish Gaelic papers and the BBC's Gaelic pages: "Dealbh:" (picture).
        ("Clann-sgoile a' cluich air an tràigh Diluain. Dealbh: Iain Moireasdan", "Iain Moireasdan"),
        # A local paper's name before its photographer's: the paper is no photographer.
        (
            "The mayor cuts the ribbon at the reopened hall on Thursday. Photo: Frome Standard/Tom Wetherall",
            "Tom Wetherall",
        ),
        ("Fans cheer at the rodeo in Caldwell on Saturday. Kyle Green/Idaho Statesman", "Kyle Green"),
    ],
)
def test_a_local_credit_form_gives_its_photographer(
    normaliser: Normaliser, caption: str, creator: str
) -> None:
    record = normaliser.normalise(caption)
    assert record.creator == creator
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


def test_a_gaelic_label_before_a_broadcaster_credits_it(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Am port ann an Tobar Mhoire madainn Diciadain. Dealbh: BBC Naidheachdan")
    assert record.creator is None
    assert record.credit_line == "BBC Naidheachdan"
    assert WarningCode.MISSING_CREDIT not in {w.code for w in record.warnings}


def test_a_spaced_colon_in_running_text_is_no_credit(normaliser: Normaliser) -> None:
    # "Photo :" only as a label: a sentence with no such word keeps its own reading.
    record = normaliser.normalise("Des enfants patinent à Bathurst, dimanche : la glace est prête.")
    assert record.creator is None


def test_a_surname_after_a_given_name_is_still_a_photographer(normaliser: Normaliser) -> None:
    # "Post" closes papers' names too, but after a known given name it is the photographer's surname.
    record = normaliser.normalise(
        "Runners set off from the town hall on Sunday. Photo: Emily Post/Kendal News"
    )
    assert record.creator == "Emily Post"


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        # The agency's initials in brackets closing its name are printed with it.
        (
            "Commuters wait for taxis at the Bellville rank on Monday. Picture: Thandi Mokoena/African News Agency (ANA)",
            "Thandi Mokoena/African News Agency (ANA)",
        ),
        # A bracket that is no initials of the name before it, or that text follows, is not.
        ("Surfers at North Beach in Durban on Sunday. Picture: Sipho Dlamini (left)", "Sipho Dlamini"),
        (
            "Surfers at North Beach in Durban on Sunday. Picture: Sipho Dlamini/African News Agency (ANA) More text.",
            "Sipho Dlamini/African News Agency",
        ),
    ],
)
def test_an_agency_s_initials_close_its_credit_line(normaliser: Normaliser, caption: str, line: str) -> None:
    assert normaliser.normalise(caption).credit_line == line
