"""Write varied synthetic news articles as JSON Lines, for scale tests and benchmarks.

    .venv/bin/python scripts/gen_synthetic.py --count 100000 --out synthetic.jsonl [--seed 7]

Articles are assembled from templates: conflict reports (armed clashes, air and drone
strikes, shelling, roadside bombs, attacks on civilians, abductions, protests, riots,
arrests) in real places, each incident reported by one to four outlets in different words
and with figures that sometimes disagree; and, in between, articles with no conflict
content (markets, sport, weather, science) such as a news stream carries. Some reports are
long, with background and unrelated paragraphs around the event. The same seed writes the
same file. Each line is ``{id, text, title, publication_date, outlet, url}``, the JSONL
input of ``frontlines ingest``, and conflict reports add ``gold`` (date, place, fatalities,
incident_id) in the gold schema; the written text is this script's own.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

# (town, region, country, state force, armed group)
PLACES = (
    ("Kharkiv", "Kharkiv Oblast", "Ukraine", "Ukrainian troops", "Russian forces"),
    ("Kherson", "Kherson Oblast", "Ukraine", "Ukrainian soldiers", "Russian troops"),
    ("Maiduguri", "Borno State", "Nigeria", "Nigerian soldiers", "Boko Haram fighters"),
    ("Gusau", "Zamfara State", "Nigeria", "police officers", "armed bandits"),
    ("Mogadishu", "Banaadir", "Somalia", "Somali troops", "al-Shabaab militants"),
    ("Afgooye", "Lower Shabelle", "Somalia", "government soldiers", "al-Shabaab fighters"),
    ("Goma", "North Kivu", "DR Congo", "Congolese soldiers", "M23 rebels"),
    ("Bunia", "Ituri", "DR Congo", "FARDC troops", "CODECO militiamen"),
    ("Aleppo", "Aleppo Governorate", "Syria", "Syrian army units", "HTS fighters"),
    ("Sanaa", "Sanaa Governorate", "Yemen", "government forces", "Houthi fighters"),
    ("Hodeidah", "Al Hudaydah", "Yemen", "coalition-backed forces", "Houthi rebels"),
    ("Mosul", "Nineveh", "Iraq", "Iraqi security forces", "Islamic State militants"),
    ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan", "police officers", "militants"),
    ("Kabul", "Kabul Province", "Afghanistan", "Taliban security forces", "gunmen"),
    ("Bamako", "Bamako", "Mali", "Malian soldiers", "JNIM militants"),
    ("El Fasher", "North Darfur", "Sudan", "Sudanese army troops", "RSF fighters"),
    ("Khartoum", "Khartoum State", "Sudan", "army soldiers", "Rapid Support Forces"),
    ("Culiacan", "Sinaloa", "Mexico", "National Guard troops", "cartel gunmen"),
    ("Port-au-Prince", "Ouest", "Haiti", "Haitian police", "gang members"),
    ("Nairobi", "Nairobi County", "Kenya", "police officers", "armed robbers"),
    ("Marsabit", "Marsabit County", "Kenya", "KDF soldiers", "armed herders"),
    ("Ouagadougou", "Centre", "Burkina Faso", "Burkinabe soldiers", "jihadists"),
    ("Imphal", "Manipur", "India", "security forces", "militants"),
    ("Cotabato", "Maguindanao", "Philippines", "army soldiers", "BIFF militants"),
)
OUTLETS = ("Reuters", "AP", "AFP", "Al Jazeera", "BBC", "The Guardian", "Xinhua", "Anadolu")
SOURCES = ("police said", "officials said", "a local official said", "witnesses said",
           "the army said in a statement", "a hospital source said", "residents said")  # fmt: skip
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# Each kind: (title template, lede templates, follow-up sentences). Placeholders:
# {town} {region} {country} {state} {armed} {day} {killed} {injured} {source} {outlet}.
KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "clash": (
        "Fighting erupts near {town}",
        (
            "{state} clashed with {armed} near {town}, {region}, on {day}, leaving {killed} "
            "people dead, {source}.",
            "At least {killed} fighters were killed when {armed} attacked positions held by "
            "{state} outside {town} on {day}, {source}.",
        ),
        (
            "The fighting lasted several hours before the attackers withdrew.",
            "{injured} soldiers were wounded and taken to hospital in {town}.",
        ),
    ),
    "air": (
        "Air strike hits {town}",
        (
            "An air strike on a market in {town}, {country}, killed {killed} civilians on "
            "{day}, {source}.",
            "A drone strike hit a house on the outskirts of {town} on {day}, killing {killed} "
            "people and wounding {injured}, {source}.",
        ),
        (
            "Rescue workers searched the rubble for survivors.",
            "Nobody immediately claimed responsibility for the strike.",
        ),
    ),
    "shelling": (
        "Shelling kills {killed} in {town}",
        (
            "Artillery shelling of residential areas of {town} killed {killed} civilians and "
            "injured {injured} on {day}, {source}.",
            "{armed} fired rockets at {town} on {day}, killing {killed} people, {source}.",
        ),
        ("Several buildings were damaged and power was cut to part of the city.",),
    ),
    "ied": (
        "Roadside bomb kills {killed} near {town}",
        (
            "A roadside bomb struck a military convoy near {town}, {region}, on {day}, "
            "killing {killed} soldiers, {source}.",
            "{killed} people died when an improvised explosive device exploded near a "
            "checkpoint in {town} on {day}, {source}.",
        ),
        ("{armed} are suspected of planting the device.",),
    ),
    "civilians": (
        "Gunmen kill {killed} villagers near {town}",
        (
            "{armed} stormed a village near {town} on {day} and shot dead {killed} "
            "villagers, {source}.",
            "Unidentified gunmen killed {killed} civilians in an attack on a village in "
            "{region} on {day}, {source}.",
        ),
        (
            "Survivors said the attackers set several homes on fire before fleeing.",
            "{injured} others were wounded in the attack.",
        ),
    ),
    "abduction": (
        "{killed} abducted near {town}",
        (
            "{armed} abducted {killed} travellers on a highway near {town} on {day}, {source}.",
            "Gunmen kidnapped {killed} students from a school in {town}, {region}, on {day}, "
            "{source}.",
        ),
        ("No group has demanded a ransom so far.",),
    ),
    "protest": (
        "Thousands protest in {town}",
        (
            "Thousands of demonstrators marched through {town} on {day} to protest against "
            "rising fuel prices, {source}.",
            "Hundreds of students held a peaceful protest outside the governor's office in "
            "{town}, {country}, on {day}.",
        ),
        (
            "The protesters carried placards and chanted slogans.",
            "The demonstration ended peacefully in the afternoon.",
        ),
    ),
    "riot": (
        "Police fire tear gas at rioters in {town}",
        (
            "Police fired tear gas to disperse rioters who pelted officers with stones in "
            "{town} on {day}, {source}.",
            "Angry youths torched vehicles and clashed with police in {town} on {day}; "
            "{injured} people were injured, {source}.",
        ),
        ("Shops remained closed for the rest of the day.",),
    ),
    "arrest": (
        "{killed} suspects arrested in {town}",
        (
            "Police arrested {killed} suspected members of {armed} in a raid in {town} on "
            "{day}, {source}.",
        ),
        ("Weapons and ammunition were seized during the operation.",),
    ),
}

QUIET = (
    (
        "Markets rally as inflation cools",
        (
            "Stock markets in {town} ended higher on {day} as new figures showed inflation "
            "easing for a third month.",
            "Analysts expect the central bank to hold interest rates steady at its next meeting.",
            "Shares of banks and telecom firms led the gains.",
        ),
    ),
    (
        "Local team wins league title",
        (
            "The home side clinched the league title in {town} on {day} with a 2-1 victory.",
            "Fans celebrated in the streets late into the night.",
            "The coach praised his players for a season of hard work.",
        ),
    ),
    (
        "Heavy rain expected this week",
        (
            "Forecasters in {country} said heavy rain is expected across {region} this week.",
            "Farmers welcomed the rain after a long dry spell.",
            "Motorists were advised to drive carefully on wet roads.",
        ),
    ),
    (
        "New library opens",
        (
            "A new public library opened in the centre of {town} on {day}.",
            "The library adds sixty reading desks and a children's wing.",
            "Officials said the project was funded by a development grant.",
        ),
    ),
    (
        "Researchers map ancient trade routes",
        (
            "Archaeologists working near {town} said on {day} they had mapped a network of "
            "ancient trade routes.",
            "The team used satellite images and ground surveys.",
            "Their findings will be published next year.",
        ),
    ),
    (
        "Tech firm opens regional office",
        (
            "A software company opened a regional office in {town} on {day}, creating about "
            "two hundred jobs.",
            "The firm plans to train local graduates in data science.",
            "The mayor welcomed the investment.",
        ),
    ),
)

BACKGROUND = (
    "The region has seen repeated violence over the past decade, displacing thousands.",
    "Aid agencies say millions of people in {country} need humanitarian assistance.",
    "The government has promised to restore security and rebuild damaged infrastructure.",
    "Talks between the parties stalled last year amid mutual accusations.",
)
FILLER = (
    "In other news, the city council approved a new budget for road repairs and "
    "street lighting in the central district.",
    "Schools across {region} reopened after the holidays with new textbooks and teachers.",
    "A festival celebrating local music and food drew large crowds to {town} at the weekend.",
    "The price of maize and rice rose slightly at the main market, traders said.",
    "The national football team will play a friendly match next month.",
)


def _weekday(day: date) -> str:
    return day.strftime("%A")


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def _conflict_reports(
    rng: random.Random, number: int, start: date, days: int, *, today: date | None = None
) -> list[dict[str, Any]]:
    """One incident, reported by one to four outlets (on ``today`` when given)."""
    kind = rng.choice(sorted(KINDS))
    title, ledes, follow = KINDS[kind]
    town, region, country, state, armed = rng.choice(PLACES)
    day = today if today is not None else start + timedelta(days=rng.randrange(days))
    killed = rng.randint(2, 30)
    reports = []
    for copy in range(rng.choice((1, 1, 2, 2, 3, 4))):
        published = day + timedelta(days=rng.choice((0, 1, 1, 2)))
        shown = killed if rng.random() < 0.7 else killed + rng.randint(1, 5)
        values = {
            "town": town, "region": region, "country": country, "state": state,
            "armed": armed, "source": rng.choice(SOURCES),
            "day": _weekday(day),
            "killed": str(shown) if shown > 10 or rng.random() < 0.5 else NUMBER_WORDS[
                min(shown, 10) - 2],
            "injured": str(rng.randint(2, 40)),
        }  # fmt: skip
        if published - day > timedelta(days=6):
            values["day"] = day.strftime("%d %B")
        paragraphs = [_fill(rng.choice(ledes), values)]
        paragraphs += [_fill(s, values) for s in rng.sample(follow, k=len(follow))]
        if rng.random() < 0.3:  # a long report: background and unrelated items around it
            paragraphs += [_fill(s, values) for s in rng.sample(BACKGROUND, k=2)]
            paragraphs += [_fill(s, values) for s in rng.sample(FILLER, k=3)]
        outlet = OUTLETS[(number + copy) % len(OUTLETS)]
        dateline = f"{town.upper()}, {country} ({outlet}) — "
        record: dict[str, Any] = _article(
            number, copy, dateline, paragraphs, title, values, published, outlet
        )
        # What the report says happened, in the gold schema (DESIGN §6): lets a benchmark
        # link and store at scale without running the NLP pipeline. Readers ignore it.
        record["gold"] = {
            "date": day.isoformat(), "location": town, "admin1": region, "country": country,
            "fatalities": shown, "incident_id": f"syn-{number:07d}",
        }  # fmt: skip
        reports.append(record)
    return reports


def _quiet_report(
    rng: random.Random, number: int, start: date, days: int, *, today: date | None = None
) -> dict[str, str]:
    title, sentences = rng.choice(QUIET)
    town, region, country, *_ = rng.choice(PLACES)
    published = today if today is not None else start + timedelta(days=rng.randrange(days))
    values = {"town": town, "region": region, "country": country, "day": _weekday(published)}
    paragraphs = [_fill(s, values) for s in rng.sample(sentences, k=len(sentences))]
    outlet = OUTLETS[number % len(OUTLETS)]
    return _article(number, 0, "", paragraphs, title, values, published, outlet)


def _article(
    number: int,
    copy: int,
    dateline: str,
    paragraphs: list[str],
    title: str,
    values: dict[str, str],
    published: date,
    outlet: str,
) -> dict[str, str]:
    ident = f"syn-{number:07d}-{copy}"
    return {
        "id": ident,
        "text": dateline + "\n\n".join(paragraphs),
        "title": _fill(title, values)[:1].upper() + _fill(title, values)[1:],
        "publication_date": published.isoformat(),
        "outlet": outlet,
        "url": f"https://news.example.org/{ident}",
    }


def generate(
    count: int,
    *,
    seed: int = 7,
    conflict_share: float = 0.5,
    start: date = date(2024, 1, 1),
    days: int = 365,
    per_day: int = 0,
) -> Iterator[dict[str, Any]]:
    """``count`` synthetic articles (the same ones for the same seed), dated over ``days``
    days from ``start``.

    ``per_day`` > 0 makes a news stream instead: articles in the order they appear, about
    ``per_day`` a day from ``start`` on (each incident reported over the next two days),
    as a feed is ingested; ``days`` is then ignored.
    """
    rng = random.Random(seed)
    written = 0
    number = 0
    while written < count:
        today = start + timedelta(days=written // per_day) if per_day > 0 else None
        if rng.random() < conflict_share:
            batch = _conflict_reports(rng, number, start, days, today=today)
        else:
            batch = [_quiet_report(rng, number, start, days, today=today)]
        number += 1
        for record in batch[: count - written]:
            yield record
            written += 1


def to_article(record: dict[str, Any]) -> Any:
    """The ``frontlines.domain.Article`` a reader makes of a generated record (for
    benchmarks and tests that ingest generated records without writing them out)."""
    from frontlines.domain import Article  # here: writing records needs no frontlines

    return Article(
        id=record["id"],
        text=record["text"],
        title=record["title"],
        published=date.fromisoformat(record["publication_date"]),
        url=record["url"],
        outlet=record["outlet"],
    )


def write(
    out: TextIO, count: int, *, seed: int, conflict_share: float, days: int = 365, per_day: int = 0
) -> int:
    for record in generate(
        count, seed=seed, conflict_share=conflict_share, days=days, per_day=per_day
    ):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--conflict-share", type=float, default=0.5,
                        help="share of incidents among the items drawn (default 0.5)")  # fmt: skip
    parser.add_argument("--days", type=int, default=365, help="days the articles are dated over")
    parser.add_argument("--per-day", type=int, default=0,
                        help="a news stream in publication order, about N articles a day "
                        "(default 0: dates drawn at random over --days)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=None, help="default: standard output")
    args = parser.parse_args(argv)
    if args.out is None:
        write(
            sys.stdout,
            args.count,
            seed=args.seed,
            conflict_share=args.conflict_share,
            days=args.days,
            per_day=args.per_day,
        )
    else:
        with args.out.open("w", encoding="utf-8") as out:
            write(
                out,
                args.count,
                seed=args.seed,
                conflict_share=args.conflict_share,
                days=args.days,
                per_day=args.per_day,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
