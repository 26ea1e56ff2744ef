"""Deaths that motivated a protest or riot are dropped; the crowd's own dead are kept."""

import pytest

from frontlines.extract.assemble import _drop_motives
from frontlines.extract.classify import Classification
from frontlines.nlp.casualties import find_casualties

PROTEST = Classification("Protests", "Protest with intervention", "test", ())
RIOT = Classification("Riots", "Violent demonstration", "test", ())


@pytest.mark.parametrize(
    ("sentence", "reading", "kept"),
    [
        # The crowd's own dead: an outcome clause, or the crowd named by a noun.
        ("Police intervened in the demonstration, killing one.", PROTEST, 1),
        ("Troops opened fire on protesters, killing three and wounding ten.", RIOT, 13),
        ("Officers dispersed the demonstrators who blocked the road, killing two.", RIOT, 2),
        # A motive: the deaths came before the crowd gathered.
        ("Residents protested after a pedestrian was killed by a bus.", PROTEST, 0),
        ("Hundreds demonstrated against the killing of two students.", PROTEST, 0),
        ("A mob attacked a man who had killed his neighbour.", RIOT, 0),
    ],
)
def test_motive_or_own_dead(sentence: str, reading: Classification, kept: int) -> None:
    mentions = find_casualties(sentence, [(0, len(sentence))])
    assert mentions, "the sentence must state a figure for the test to mean anything"
    left = _drop_motives(mentions, sentence, reading)
    assert sum(m.quantity.best for m in left) == kept
