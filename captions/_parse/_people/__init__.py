"""People and organisations shown.

Sentence 1 of a wire caption names who is in the frame as its subject ("German Chancellor Olaf Scholz,
left, French President Emmanuel Macron, center, and ... meet"), as the object of "shows", "greets",
"shakes hands with", or beside a position marker ("(C)", ", right,"). A name after a preposition is
mentioned, not shown ("Supporters of former President Jair Bolsonaro gather"). Whether a capitalised run
is a person's name is judged from knowledge (_names: given names, groups, teams, places) and from the cue
the sentence gives (a title before it, an age after it, a verb only people do). Sentences in other
languages are read the same way, with their own determiners, conjunctions, prepositions and verbs
(_vocabulary).
"""

from __future__ import annotations

from .._names import is_person_name, natural_case
from ._find import find_people, find_people_checked

__all__ = ["find_people", "find_people_checked", "is_person_name", "natural_case"]
