"""The towns read off a place's name (captions._locate._towns)."""

from __future__ import annotations

from captions._locate._towns import _of_tail


def test_a_generic_noun_after_a_venue_named_for_its_town_leaves_the_town() -> None:
    # "Les Halles de Biarritz covered market": the lower-case noun closing the venue's name is no part of
    # the town it is named for; a town's own hyphens and particles are.
    assert _of_tail("Les Halles de Biarritz covered market") == ("Biarritz",)
    assert _of_tail("Marché de Saint-Jean-de-Luz") == ("Saint-Jean-de-Luz",)
    assert _of_tail("Centro Histórico de Ciudad de México") == ("Ciudad de México",)
