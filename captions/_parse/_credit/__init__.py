"""The credit: where it sits in the caption and what its chain says.

A credit is a chain `photographer / originating org / pool|handout / distributor`, joined by "/", " / ",
", " and " via " ("Pavel Orlov, Sputnik, Kremlin Pool Photo via AP", "Maxar Technologies/Handout via
REUTERS", "NAME/AFP/Getty Images"). Agencies, markers and where credits sit are in data/credit.toml.
"""

from __future__ import annotations

from ._chain import regional_tail
from ._elements import PICTURE_DATE
from ._find import find_credit
from ._result import Credit

__all__ = ["PICTURE_DATE", "Credit", "find_credit", "regional_tail"]
