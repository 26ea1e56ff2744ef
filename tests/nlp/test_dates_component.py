"""The frontlines_dates component on Docs built from a blank English pipeline."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

import frontlines.nlp.dates_component  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("frontlines_dates")
    return pipeline


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2020, 5, 9), [("Thursday", date(2020, 5, 7)), ("last year", date(2019, 1, 1))]),
        (None, [("Thursday", None), ("last year", None)]),
    ],
)
def test_component_sets_dates(nlp, published, expected):
    doc = nlp.make_doc("Gunmen attacked the village on Thursday. It was also raided last year.")
    doc._.published = published
    doc = nlp(doc)
    assert [(m.text, m.date_start) for m in doc._.dates] == expected
    for m in doc._.dates:
        span = doc.char_span(m.start, m.end)
        assert span is not None and span.text == m.text  # offsets line up with tokens


def test_component_on_plain_text_has_no_publication_date(nlp):
    doc = nlp("On 9 May 2020, protesters gathered in Nairobi.")
    assert [(m.text, m.date_start) for m in doc._.dates] == [("9 May 2020", date(2020, 5, 9))]
