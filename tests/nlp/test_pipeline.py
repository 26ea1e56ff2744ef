"""The assembled pipeline runs only what frontlines reads."""

from __future__ import annotations

import pytest

from frontlines.nlp.pipeline import FRONTLINES_COMPONENTS, load_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline()


def test_model_components_are_the_recognisers_only(nlp) -> None:  # type: ignore[no-untyped-def]
    model = [name for name in nlp.pipe_names if not name.startswith("frontlines_")]
    # No parser, tagger or lemmatizer, and no shared tok2vec that nothing listens to: the
    # entity and sentence recognisers embed their own token vectors.
    assert model == ["senter", "ner"]
    assert tuple(n for n in nlp.pipe_names if n.startswith("frontlines_")) == (
        FRONTLINES_COMPONENTS
    )


def test_entities_and_sentences_without_the_shared_tok2vec(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen killed five villagers in Tsafe, Zamfara State, on Monday. Police said so.")
    assert [s.text for s in doc.sents][-1] == "Police said so."
    assert any(ent.label_ in {"GPE", "LOC"} for ent in doc.ents)
