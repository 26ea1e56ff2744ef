"""The synthetic-article generator: deterministic, varied, valid ingest input."""

from __future__ import annotations

import io
import json

import pytest


def test_same_seed_same_articles(gen_synthetic) -> None:
    first = list(gen_synthetic.generate(200, seed=3))
    assert first == list(gen_synthetic.generate(200, seed=3))
    assert first != list(gen_synthetic.generate(200, seed=4))


def test_articles_are_varied_and_complete(gen_synthetic) -> None:
    records = list(gen_synthetic.generate(500, seed=5))
    assert len(records) == 500
    assert len({r["id"] for r in records}) == 500
    assert len({r["text"] for r in records}) > 450
    for record in records:
        assert set(record) - {"gold"} == {
            "id",
            "text",
            "title",
            "publication_date",
            "outlet",
            "url",
        }
        assert record["text"].strip()
    countries = {
        r["text"].split("(")[0].split(",")[-1].strip() for r in records if "(" in r["text"][:60]
    }
    assert len(countries) >= 10
    # Incidents reported by several outlets share the id's incident part.
    incidents = [r["id"].rsplit("-", 1)[0] for r in records]
    assert len(set(incidents)) < len(incidents)


def test_conflict_share_controls_the_mix(gen_synthetic) -> None:
    from frontlines.scale.prefilter import screen

    def relevant_share(share: float) -> float:
        records = list(gen_synthetic.generate(400, seed=9, conflict_share=share))
        return sum(screen(r["text"]).relevant for r in records) / len(records)

    assert relevant_share(0.0) == 0.0
    assert relevant_share(1.0) == 1.0
    assert 0.4 < relevant_share(0.5) < 0.9


def test_write_emits_one_json_object_a_line(gen_synthetic) -> None:
    out = io.StringIO()
    gen_synthetic.write(out, 20, seed=1, conflict_share=0.5)
    lines = out.getvalue().splitlines()
    assert len(lines) == 20
    assert all(isinstance(json.loads(line), dict) for line in lines)


@pytest.mark.parametrize(("count", "per_day"), [(300, 10), (120, 40), (50, 1)])
def test_per_day_is_a_stream_in_publication_order(gen_synthetic, count: int, per_day: int) -> None:
    from datetime import date, timedelta

    records = list(gen_synthetic.generate(count, seed=2, per_day=per_day))
    start = date(2024, 1, 1)
    for n, record in enumerate(records):
        published = date.fromisoformat(record["publication_date"])
        # The news of a day is published that day or within the two after it.
        news_day = start + timedelta(days=n // per_day)
        assert news_day - timedelta(days=3) <= published <= news_day + timedelta(days=2)
        if record.get("gold"):
            assert date.fromisoformat(record["gold"]["date"]) <= published
    # The stream spans about count/per_day days (an incident's reports share their day).
    days = {r["publication_date"] for r in records}
    assert len(days) >= count // per_day // 2


def test_to_article_is_what_a_reader_makes_of_the_record(gen_synthetic, tmp_path) -> None:
    from frontlines.readers import read_articles

    records = list(gen_synthetic.generate(20, seed=9))
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    read = {a.id: a for a in read_articles([str(path)])}
    for record in records:
        article = gen_synthetic.to_article(record)
        assert article.text == record["text"]
        assert (article.id, article.title, article.published, article.url, article.outlet) == (
            read[record["id"]].id,
            read[record["id"]].title,
            read[record["id"]].published,
            read[record["id"]].url,
            read[record["id"]].outlet,
        )
