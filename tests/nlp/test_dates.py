"""Temporal expressions as tables: text and publication date → the mention and its dates."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.nlp.dates import DateMention, date_for_span, event_date, find_dates

SATURDAY = date(2020, 5, 9)
MONDAY = date(2020, 5, 11)


def mention(text: str, published: date | None, target: str) -> DateMention:
    found = find_dates(text, published)
    for m in found:
        assert text[m.start : m.end] == m.text  # offsets index the text
    matching = [m for m in found if m.text == target]
    assert matching, f"{target!r} not found in {[m.text for m in found]}"
    return matching[0]


# text, published, mention text, date_start, date_end, precision, background, event date
# fmt: off
RESOLVED = [
    # Absolute dates.
    ("On 9 May 2020, protesters gathered.", None, "9 May 2020",
     date(2020, 5, 9), date(2020, 5, 9), 1, False, date(2020, 5, 9)),
    ("On December 31 2019, a man was killed.", None, "December 31 2019",
     date(2019, 12, 31), date(2019, 12, 31), 1, False, date(2019, 12, 31)),
    ("On October 9th, clashes erupted.", date(2020, 11, 2), "October 9th",
     date(2020, 10, 9), date(2020, 10, 9), 1, False, date(2020, 10, 9)),
    # In the future of the publication date: the year before (and so, history).
    ("On October 9th, clashes erupted.", SATURDAY, "October 9th",
     date(2019, 10, 9), date(2019, 10, 9), 1, True, date(2019, 10, 9)),
    ("Police arrested him on 13/04/2017 in Nairobi.", None, "13/04/2017",
     date(2017, 4, 13), date(2017, 4, 13), 1, False, date(2017, 4, 13)),
    ("The report dated 2020-05-04 lists the dead.", None, "2020-05-04",
     date(2020, 5, 4), date(2020, 5, 4), 1, False, date(2020, 5, 4)),
    ("Around 6 May 2020 (as reported), rioters burned a car.", None, "6 May 2020",
     date(2020, 5, 6), date(2020, 5, 6), 1, False, date(2020, 5, 6)),
    # Two days of doubt stay day-precise, coded on the first day.
    ("On December 14th or 15th, clashes erupted.", date(2019, 12, 20), "December 14th or 15th",
     date(2019, 12, 14), date(2019, 12, 15), 1, False, date(2019, 12, 14)),
    ("Fighting went on between 3 and 5 May 2020 near the town.", None,
     "between 3 and 5 May 2020", date(2020, 5, 3), date(2020, 5, 5), 2, False, date(2020, 5, 4)),
    ("Protests from 30 April to 2 May 2020 closed the market.", None,
     "from 30 April to 2 May 2020", date(2020, 4, 30), date(2020, 5, 2), 2, False,
     date(2020, 5, 1)),
    ("The shooting happened Feb. 4, 2014, in Franklin.", None, "Feb. 4, 2014",
     date(2014, 2, 4), date(2014, 2, 4), 1, False, date(2014, 2, 4)),
    ("She was shot and killed Tuesday, Jan. 27, at her family's home.", date(2015, 1, 28),
     "Tuesday, Jan. 27", date(2015, 1, 27), date(2015, 1, 27), 1, False, date(2015, 1, 27)),
    ("Clashes on 14 March. Two died.", None, "14 March",
     None, None, 1, False, None),
    # Relative to a Saturday publication date.
    ("Gunmen attacked the village on Thursday.", SATURDAY, "Thursday",
     date(2020, 5, 7), date(2020, 5, 7), 1, False, date(2020, 5, 7)),
    ("Gunmen attacked the village on Saturday.", SATURDAY, "Saturday",
     SATURDAY, SATURDAY, 1, False, SATURDAY),
    ("Gunmen attacked the village last Saturday.", SATURDAY, "last Saturday",
     date(2020, 5, 2), date(2020, 5, 2), 1, False, date(2020, 5, 2)),
    ("Two people were shot yesterday.", SATURDAY, "yesterday",
     date(2020, 5, 8), date(2020, 5, 8), 1, False, date(2020, 5, 8)),
    ("Two people were shot today.", SATURDAY, "today",
     SATURDAY, SATURDAY, 1, False, SATURDAY),
    ("Two people were shot last night.", SATURDAY, "last night",
     date(2020, 5, 8), date(2020, 5, 8), 1, False, date(2020, 5, 8)),
    ("Two people were shot overnight.", SATURDAY, "overnight",
     SATURDAY, SATURDAY, 1, False, SATURDAY),
    ("Militants raided the camp last week.", SATURDAY, "last week",
     date(2020, 4, 27), date(2020, 5, 3), 2, False, date(2020, 4, 30)),
    ("A second attack earlier this month killed four.", SATURDAY, "earlier this month",
     date(2020, 5, 1), SATURDAY, 3, False, SATURDAY),
    ("A second attack earlier this month killed four.", date(2020, 5, 28), "earlier this month",
     date(2020, 5, 1), date(2020, 5, 28), 3, False, date(2020, 5, 15)),
    ("The town fell last month.", SATURDAY, "last month",
     date(2020, 4, 1), date(2020, 4, 30), 3, False, date(2020, 4, 15)),
    ("Protests grew this week.", SATURDAY, "this week",
     date(2020, 5, 4), SATURDAY, 2, False, date(2020, 5, 6)),
    ("He was shot Monday night.", SATURDAY, "Monday night",
     date(2020, 5, 4), date(2020, 5, 4), 1, False, date(2020, 5, 4)),
    ("The blast struck late Sunday.", SATURDAY, "late Sunday",
     date(2020, 5, 3), date(2020, 5, 3), 1, False, date(2020, 5, 3)),
    ("The blast struck early Tuesday.", SATURDAY, "early Tuesday",
     date(2020, 5, 5), date(2020, 5, 5), 1, False, date(2020, 5, 5)),
    ("Troops moved in on Sunday morning.", SATURDAY, "Sunday morning",
     date(2020, 5, 3), date(2020, 5, 3), 1, False, date(2020, 5, 3)),
    ("The group lost ground last year.", SATURDAY, "last year",
     date(2019, 1, 1), date(2019, 12, 31), 4, True, None),
    ("He was abducted two days ago.", SATURDAY, "two days ago",
     date(2020, 5, 7), date(2020, 5, 7), 1, False, date(2020, 5, 7)),
    ("The camp was shelled three weeks ago.", SATURDAY, "three weeks ago",
     date(2020, 4, 15), date(2020, 4, 21), 2, False, date(2020, 4, 18)),
    ("Thousands marched this weekend.", SATURDAY, "this weekend",
     SATURDAY, SATURDAY, 2, False, SATURDAY),
    ("Thousands marched this weekend.", MONDAY, "this weekend",
     SATURDAY, date(2020, 5, 10), 2, False, SATURDAY),
    ("On 3 May 2020 rebels took the town. The following day, the army returned.", None,
     "The following day", date(2020, 5, 4), date(2020, 5, 4), 1, False, date(2020, 5, 4)),
    # Background: history and context.
    ("At its peak in 2014, the group held a third of the country.", SATURDAY, "2014",
     date(2014, 1, 1), date(2014, 12, 31), 4, True, None),
    ("At its peak in 2014, the group held a third of the country.", None, "2014",
     date(2014, 1, 1), date(2014, 12, 31), 4, True, None),
    ("From October to February, the militia held the pass.", SATURDAY,
     "From October to February", date(2019, 10, 1), date(2020, 2, 29), 4, True, None),
    ("From October to February, the militia held the pass.", None,
     "From October to February", None, None, 4, True, None),
    ("The war, which broke out in October 2023, has killed thousands.", date(2024, 3, 1),
     "October 2023", date(2023, 10, 1), date(2023, 10, 31), 3, True, date(2023, 10, 15)),
    ("The war, which broke out in October 2023, has killed thousands.", None,
     "October 2023", date(2023, 10, 1), date(2023, 10, 31), 3, True, date(2023, 10, 15)),
    ("The conflict has raged since 2011.", SATURDAY, "since 2011",
     date(2011, 1, 1), SATURDAY, 4, True, None),
    ("The conflict has raged since 2011.", None, "since 2011",
     date(2011, 1, 1), None, 4, True, None),
    ("Fighting has gone on since Monday.", SATURDAY, "since Monday",
     date(2020, 5, 4), SATURDAY, 2, False, date(2020, 5, 6)),
    ("Clashes between 2011 and 2013 displaced thousands.", SATURDAY, "between 2011 and 2013",
     date(2011, 1, 1), date(2013, 12, 31), 4, True, None),
    ("The region saw unrest in the 1990s.", SATURDAY, "the 1990s",
     date(1990, 1, 1), date(1999, 12, 31), 4, True, None),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "published", "target", "start", "end", "precision", "background", "coded"),
    RESOLVED,
)
def test_resolution(text, published, target, start, end, precision, background, coded):
    m = mention(text, published, target)
    assert (m.date_start, m.date_end, m.precision, m.background) == (
        start,
        end,
        precision,
        background,
    )
    assert event_date(m) == coded


def test_two_background_years_in_one_sentence():
    found = find_dates("It fought in Iraq in 2017 and Syria in 2019.", SATURDAY)
    assert [(m.text, m.background) for m in found] == [("2017", True), ("2019", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village on Thursday.",
        "Two people were shot yesterday.",
        "Two people were shot today and overnight.",
        "Militants raided the camp last week.",
        "A second attack earlier this month killed four.",
        "He was shot Monday night.",
        "He was abducted two days ago.",
        "Thousands marched this weekend.",
        "On October 9th, clashes erupted.",
        "She was shot Tuesday, Jan. 27, at home.",
        "A man was shot on Christmas Eve.",
    ],
)
def test_without_publication_date_nothing_relative_resolves(text):
    found = find_dates(text, None)
    assert found, "the expression is still found"
    assert all(m.date_start is None and m.date_end is None for m in found)
    assert all(event_date(m) is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "A 23-year-old man was wounded.",
        "The shots were fired at 10:30 p.m. near the market.",
        "15 fighters were killed.",
        "More than 1,400 animals were stolen.",
        "Officials may resign over the killings.",
        "The march ended peacefully.",
        "Worshippers gathered for Good Friday prayers.",
        "The girls opened their Christmas presents.",
        "Two were shot at a Halloween party downtown.",
        "Traffic was heavy over the Memorial Day weekend.",
        "Police closed Martin Luther King Drive.",
        "The Sunday Times reported the raid.",
        "They live at 2000 Elm Avenue.",
    ],
)
def test_not_dates(text):
    assert [m.text for m in find_dates(text, SATURDAY)] == []


# text, published, mention text, kind, future, reporting
# fmt: off
ROLES = [
    ("FRANKLIN (Feb. 4, 2014) – Johnson County authorities said.", date(2014, 2, 4),
     "Feb. 4, 2014", "dateline", False, False),
    ("Posted: Thursday, August 14, 2014 5:46 PM EDT\nA man was shot.", date(2014, 8, 14),
     "Thursday, August 14, 2014", "dateline", False, False),
    ("Edmonton, Ky. (November 28, 2016) – Troopers received a call.", date(2016, 11, 28),
     "November 28, 2016", "dateline", False, False),
    ("The army said in a statement on Saturday that five died.", SATURDAY,
     "Saturday", "weekday", False, True),
    ("Police said Thursday the man was armed.", SATURDAY, "Thursday", "weekday", False, True),
    ("A man was shot Thursday, police said.", SATURDAY, "Thursday", "weekday", False, False),
    ("He pleaded guilty Wednesday to murder.", SATURDAY, "Wednesday", "weekday", False, True),
    ("He will appear in court on Monday.", SATURDAY, "Monday", "weekday", True, False),
    ("He is expected to be arraigned Saturday.", SATURDAY, "Saturday", "weekday", True,
     True),
    ("Police will not say what happened on Thursday.", SATURDAY, "Thursday", "weekday",
     False, False),
    ("Talks resume next week.", SATURDAY, "next week", "relative", True, False),
    ("On 7 May 2020, the government announced a curfew.", None, "7 May 2020", "absolute",
     False, False),
    # Later steps of a case: arrests, surrenders, a death declared after the shooting.
    ("Two brothers were arrested Thursday in the killing.", SATURDAY, "Thursday", "weekday",
     False, True),
    ("She turned herself in Friday morning.", SATURDAY, "Friday morning", "weekday", False,
     True),
    ("He was taken into custody late Wednesday.", SATURDAY, "late Wednesday", "weekday",
     False, True),
    ("The suspect was still on the run Friday.", SATURDAY, "Friday", "weekday", False, True),
    ("The girl was pronounced dead Thursday evening.", SATURDAY, "Thursday evening",
     "weekday", False, True),
    # ... but not the event named between the step and the date.
    ("A man surrendered to police in the shooting Thursday of his neighbour.", SATURDAY,
     "Thursday", "weekday", False, False),
    ("A teen was released from the hospital after he was shot Friday.", SATURDAY,
     "Friday", "weekday", False, False),
    ("Police released new details about Thursday's shooting.", SATURDAY, "Thursday's",
     "weekday", False, False),
    ("The men surrendered after the Wednesday night shooting.", SATURDAY, "Wednesday night",
     "weekday", False, False),
    ("A woman was charged with murder Friday.", SATURDAY, "Friday", "weekday", False, True),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "target", "kind", "future", "reporting"), ROLES)
def test_roles(text, published, target, kind, future, reporting):
    m = mention(text, published, target)
    assert (m.kind, m.future, m.reporting) == (kind, future, reporting)


def test_future_weekday_resolves_forward():
    m = mention("He will appear in court on Monday.", SATURDAY, "Monday")
    assert m.date_start == MONDAY


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (date(2020, 5, 9), date(2020, 5, 9), 1, date(2020, 5, 9)),
        (date(2020, 5, 14), date(2020, 5, 15), 1, date(2020, 5, 14)),
        (date(2020, 5, 4), date(2020, 5, 10), 2, date(2020, 5, 7)),
        (date(2020, 4, 1), date(2020, 4, 30), 3, date(2020, 4, 15)),
        (date(2020, 4, 1), date(2020, 4, 9), 3, date(2020, 4, 9)),
        (date(2020, 4, 20), date(2020, 5, 15), 3, date(2020, 5, 2)),
        (date(2019, 1, 1), date(2019, 12, 31), 4, None),
        (None, None, 1, None),
    ],
)
def test_event_date(start, end, precision, expected):
    m = DateMention(0, 1, "x", start, end, precision, "absolute", False)
    assert event_date(m) == expected


PARAGRAPHS = (
    "On 3 May 2020, rebels attacked Kidal. In 2014 they had held the town.\n"
    "The army said on 5 May 2020 that it had retaken it. Soldiers patrolled the streets.\n"
    "Aid groups warned of hunger."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("rebels attacked Kidal", "3 May 2020"),  # inside the span
        ("In 2014 they had held the town.", "3 May 2020"),  # background inside: the one before
        ("Soldiers patrolled the streets.", "5 May 2020"),  # nearest before, same paragraph
        ("Aid groups warned of hunger.", None),  # nothing in its paragraph
    ],
)
def test_date_for_span(sentence, expected):
    start = PARAGRAPHS.index(sentence)
    mentions = find_dates(PARAGRAPHS, None)
    chosen = date_for_span(mentions, start, start + len(sentence), text=PARAGRAPHS, published=None)
    assert (chosen.text if chosen else None) == expected


# Publication Friday 15 May 2020: a sentence with the event and a later step of it.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A mother was charged Thursday after her son shot a friend Tuesday night.",
         "Tuesday night"),
        ("The teen turned himself in Wednesday for a shooting last week.", "last week"),
        ("A clerk shot Monday morning died of his wounds on Thursday.", "Monday morning"),
        # "this month" reaches up to publication: it does not outrank the day inside it.
        ("A woman was shot Wednesday, the fourth shooting this month.", "Wednesday"),
        # A time that opens the sentence dates its main clause.
        ("On 14 May 2020, villagers protested the killing of a farmer the day before.",
         "14 May 2020"),
        ("On Thursday, relatives buried a man shot on Monday.", "Thursday"),
    ],
)  # fmt: skip
def test_date_for_span_takes_the_earliest_time_of_a_sentence(sentence, expected):
    mentions = find_dates(sentence, date(2020, 5, 15))
    chosen = date_for_span(mentions, 0, len(sentence), text=sentence, published=date(2020, 5, 15))
    assert chosen is not None and chosen.text == expected


# Holidays as dates, resolved like a date written without its year (published P).
# text, published, mention, date, future
# fmt: off
HOLIDAYS = [
    ("A boy was shot on Christmas in his grandmother's home.", date(2016, 12, 28),
     "Christmas", date(2016, 12, 25), False),
    ("Deputies investigate a fatal Christmas Day shooting.", date(2016, 12, 26),
     "Christmas Day", date(2016, 12, 25), False),
    ("Two men were wounded on New Year's Eve.", date(2017, 1, 3), "New Year's Eve",
     date(2016, 12, 31), False),
    ("A stray bullet struck a girl New Year\u2019s Day.", date(2017, 1, 2),
     "New Year\u2019s Day", date(2017, 1, 1), False),
    ("Four were shot Thanksgiving night outside a bar.", date(2015, 11, 27),
     "Thanksgiving night", date(2015, 11, 26), False),
    ("A man was shot at a Memorial Day cookout.", date(2016, 6, 1), "Memorial Day",
     date(2016, 5, 30), False),
    ("The Fourth of July shooting left three hurt.", date(2014, 7, 6), "Fourth of July",
     date(2014, 7, 4), False),
    ("Shots rang out at an MLK Day parade.", date(2017, 1, 17), "MLK Day",
     date(2017, 1, 16), False),
    ("He was killed on Easter Sunday.", date(2015, 4, 7), "Easter Sunday",
     date(2015, 4, 5), False),
    ("A woman was shot on Mother's Day.", date(2015, 5, 11), "Mother's Day",
     date(2015, 5, 10), False),
    ("The shooting happened on New Year's Eve 2016.", date(2017, 2, 3),
     "New Year's Eve 2016", date(2016, 12, 31), False),
    ("He will be arraigned on Christmas Eve.", date(2016, 12, 20), "Christmas Eve",
     date(2016, 12, 24), True),
    ("Extra patrols are planned for Labor Day.", date(2016, 8, 30), "Labor Day",
     date(2016, 9, 5), True),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "target", "day", "future"), HOLIDAYS)
def test_holidays(text, published, target, day, future):
    m = mention(text, published, target)
    assert (m.date_start, m.date_end, m.precision, m.future) == (day, day, 1, future)


LEAD_THEN_TIME = (
    "A boy shot himself with his father's rifle.\n"
    "Deputies were called to the farm around 9 p.m. Sunday, the sheriff said Monday.\n"
    "He will be arraigned on Thursday."
)


def test_date_for_span_takes_a_time_stated_after_an_undated_lead():
    mentions = find_dates(LEAD_THEN_TIME, date(2020, 5, 12))
    lead = LEAD_THEN_TIME.index("\n")
    chosen = date_for_span(mentions, 0, lead, text=LEAD_THEN_TIME, published=date(2020, 5, 12))
    assert chosen is not None and chosen.text == "Sunday"
    assert event_date(chosen) == date(2020, 5, 10)


FOLLOW_UP = (
    "A man was sentenced to 20 years in prison for the killing.\n"
    "He shot his neighbour outside her home on March 3, 2019, prosecutors said."
)


def test_date_for_span_names_the_older_incident_of_a_follow_up():
    published = date(2020, 5, 12)  # no recent time at all: the written day, old as it is
    mentions = find_dates(FOLLOW_UP, published)
    lead = FOLLOW_UP.index("\n")
    chosen = date_for_span(mentions, 0, lead, text=FOLLOW_UP, published=published)
    assert chosen is not None and chosen.background and event_date(chosen) == date(2019, 3, 3)
    # With a recent time in the report, an undated lead stays undated rather than old.
    recent = "Her family moved to Ohio on Monday.\n" + FOLLOW_UP
    mentions = find_dates(recent, published)
    start = recent.index("A man")
    end = recent.index("\n", start)
    assert date_for_span(mentions, start, end, text=recent, published=published) is None


def test_date_for_span_skips_mentions_after_publication():
    text = "He will be tried on 20 May 2020. He was arrested."
    mentions = find_dates(text, SATURDAY)
    start = text.index("He was")
    assert date_for_span(mentions, start, len(text), text=text, published=SATURDAY) is None
