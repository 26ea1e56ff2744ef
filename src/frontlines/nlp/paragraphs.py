"""Paragraph breaks always end a sentence.

The statistical sentence recogniser sometimes runs a sentence across a line break (a quote
closing one paragraph and an attribution opening the next). In news every paragraph break is
a sentence boundary, and claims must never straddle two paragraphs, so this component, run
after the recogniser, marks the first token after each line break as a sentence start.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("frontlines_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if ("\n" in token.text_with_ws and not token.is_space) or (
            token.is_space and "\n" in token.text
        ):
            doc[token.i + 1].is_sent_start = True
    return doc
