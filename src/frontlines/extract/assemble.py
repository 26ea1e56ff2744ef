"""From an annotated Doc to the article's events.

1. Each sentence is typed on its own (``classify``); sentences of history ("At its peak in
   2014") and habitual summaries ("targeted dozens of times") report no event.
2. Event sentences are grouped: a sentence dated to a different day or period than the
   event it follows starts a new event ("Earlier this month, ... an attack on a base");
   undated sentences belong to the event they follow.
3. Each group is typed again on all its sentences (the codebook's hierarchy across tactics),
   dated, given its casualty ranges and claims, actors and place.
The first group — the lede — is the article's main event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc

from frontlines.domain import (
    Article,
    Claim,
    Event,
    Place,
    Range,
    Source,
    Span,
    content_id,
)
from frontlines.extract.classify import Classification, classify
from frontlines.extract.notes import write_notes
from frontlines.extract.place import place_for_event
from frontlines.extract.roles import assign_roles
from frontlines.extract.tolls import reconcile, resolve_weak
from frontlines.nlp.attributes import text_of
from frontlines.nlp.attribution import Attribution
from frontlines.nlp.casualties import CasualtyMention
from frontlines.nlp.dates import (
    DateMention,
    date_for_span,
    event_date,
    find_dates,
)

_HABITUAL = re.compile(
    r"\b(?:(?:dozens|scores|hundreds) of times|regular (?:attacks|raids|strikes|shelling)|"
    r"regularly|repeatedly|routinely|frequently|on several occasions|"
    r"have been (?:targeted|attacked|hit)|has been (?:targeted|attacked|hit)|every (?:day|week)|"
    r"(?:a|the) (?:series|wave|spate|string) of (?:\w+ )?(?:attacks|raids|strikes|bombings|"
    r"killings|assaults|shootings))\b",
    re.IGNORECASE,
)
_FUTURE_OR_HYPOTHETICAL = re.compile(
    r"\b(?:will|would|could|might|may|plans? to|planning to|threaten(?:s|ed)? to|vow(?:s|ed)? "
    r"to|warn(?:s|ed)? (?:of|that)|if)\b",
    re.IGNORECASE,
)


@dataclass
class _Group:
    sentences: list[tuple[int, int]] = field(default_factory=list)
    date: DateMention | None = None
    # Current, non-event sentences whose figures still belong to this event
    # ("Matt, 15, died on Sunday" names no tactic but counts a death).
    context: list[tuple[int, int]] = field(default_factory=list)

    def add(self, span: tuple[int, int]) -> None:
        self.sentences.append(span)


def events_from_doc(doc: Doc, article: Article) -> list[Event]:
    text = text_of(doc)
    published = article.published
    dates: list[DateMention] = (
        doc._.dates if doc._.dates is not None else find_dates(text, published)
    )
    sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    groups = _group_sentences(text, sentences, dates, published)
    casualties: list[CasualtyMention] = doc._.casualties or []
    _carry_later_death(groups, casualties, text)
    attributions: list[Attribution] = doc._.attributions or []
    events: list[Event] = []
    counted: list[bool] = []
    for index, group in enumerate(groups):
        event = _build_event(doc, article, index, group, dates, casualties, attributions)
        if event is not None:
            events.append(event)
            counted.append(_counts_victims(group, casualties))
    if events:
        # The most prominent event: the first that reports casualties, else the lede. An
        # outcome told without a count ("he died") marks a follow-up's passing mention as
        # often as the incident itself: an event with a stated figure comes first.
        harmed = [(e.fatalities_range.best or 0) + (e.injured_range.best or 0) > 0 for e in events]
        lead = next(
            (i for i, e in enumerate(events) if harmed[i] and counted[i]),
            next((i for i in range(len(events)) if harmed[i]), 0),
        )
        lead = _headline_type(article.title, events, lead)
        lead = _headline_death(article.title, events, lead)
        events[lead] = _replace_main(events[lead], article.published)
    return events


# A headline that says someone died ("… dies after shooting", "charged in shooting death").
_HEADLINE_DEATH = re.compile(
    r"\b(?:dies|died|dead|deadly|death|deaths|killed|kills|killing|fatal(?:ly)?|murder\w*|"
    r"homicide|slain|slaying)\b",
    re.IGNORECASE,
)


# Headlines name these types by words no other type shares (a bomb, a protest, a truce);
# which of two shootings a headline means is not in its words.
_HEADLINE_TYPES = frozenset({"Explosions/Remote violence", "Protests", "Strategic developments"})


def _headline_type(title: str | None, events: Sequence[Event], lead: int) -> int:
    """A headline that types an event ("Bombs kill 20 at cathedral") names the main one:
    the first event of that type, when the chosen one is of another."""
    typed = classify(title) if title else None
    if typed is None or typed.event_type not in _HEADLINE_TYPES:
        return lead
    if events[lead].event_type == typed.event_type:
        return lead
    # A headline-typed event with fewer deaths than the chosen one is a side story.
    floor = events[lead].fatalities_range.best or 0
    return next(
        (
            i
            for i, e in enumerate(events)
            if e.event_type == typed.event_type and (e.fatalities_range.best or 0) >= floor
        ),
        lead,
    )


def _headline_death(title: str | None, events: Sequence[Event], lead: int) -> int:
    """The headline names the article's news: when it says someone died and the chosen
    event counts no death, the first event that does is the main one (a follow-up's lede,
    an arrest, often comes before the sentence that gives the death)."""
    if not title or not _HEADLINE_DEATH.search(title) or events[lead].fatalities_range.best:
        return lead
    return next((i for i, e in enumerate(events) if e.fatalities_range.best), lead)


# "The juvenile was pronounced dead", "the boy died": a victim the article already named.
_ANAPHORIC = re.compile(r"(?:the|he|she)\s", re.IGNORECASE)
# "A 17-year-old was shot and killed": an indefinite article brings in someone new.
_NEW_REFERENT = re.compile(r"(?:an?|another)\s", re.IGNORECASE)


def _carry_later_death(
    groups: Sequence[_Group], casualties: Sequence[CasualtyMention], text: str
) -> None:
    """ "A boy was critically injured on Friday … He died on Sunday": the later day's
    sentence is dated apart, but its uncounted death is the lede's victim. The sentence stays
    in its own event and also counts for the lede's figures (not its date)."""
    if len(groups) < 2:
        return

    def within(spans: Sequence[tuple[int, int]]) -> list[CasualtyMention]:
        return [
            c
            for c in casualties
            if not c.roundup and any(a <= c.start and c.end <= b for a, b in spans)
        ]

    lede = within(groups[0].sentences + groups[0].context)
    if any(c.field == "fatalities" for c in lede) or not any(c.field == "injured" for c in lede):
        return
    for group in groups[1:]:
        for span in group.sentences:
            # "One of the five people hospitalized … has died": the rest stay hurt, an update.
            found = [c for c in within([span]) if not (c.field == "injured" and c.toll_update)]
            if found and all(
                c.field == "fatalities"
                and c.quantity.best == 1
                and (c.cue or c.about is None or _ANAPHORIC.match(text, c.start) or c.singular)
                and not _NEW_REFERENT.match(text, c.start)
                for c in found
            ):
                groups[0].context.append(span)
                return


def _counts_victims(group: _Group, casualties: Sequence[CasualtyMention]) -> bool:
    """Whether the group's sentences report a casualty other than an uncounted outcome."""
    spans = group.sentences + group.context
    return any(
        not c.cue and not c.roundup and any(a <= c.start and c.end <= b for a, b in spans)
        for c in casualties
    )


def _sentence_dates(dates: Sequence[DateMention], start: int, end: int) -> list[DateMention]:
    return [d for d in dates if d.start >= start and d.end <= end]


def _is_background(sent_dates: list[DateMention], published: date | None) -> bool:
    """History: the sentence's dates are all background and none dates a current event."""
    if not sent_dates:
        return False
    return all(d.background for d in sent_dates)


def _group_sentences(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    published: date | None,
) -> list[_Group]:
    groups: list[_Group] = []
    previous_in: _Group | None = None
    pending_context: list[tuple[int, int]] = []
    # Without a publication date, "now" is the latest day the text reports: a sentence
    # dated more than a month before it is history ("… in Odessa on 24 May 2018").
    latest = max(
        (d for d in (event_date(m) for m in dates if not m.background) if d is not None),
        default=None,
    )
    scene: DateMention | None = None  # the written day of the non-event sentence just read
    for start, end in sentences:
        sentence = text[start:end]
        sent_dates = _sentence_dates(dates, start, end)
        if (
            _is_background(sent_dates, published)
            or _HABITUAL.search(sentence)
            or (published is None and _older_than_a_month(sent_dates, latest))
        ):
            previous_in = None
            # Background for its own sake, a written day can still set the next scene.
            scene = _scene_date(sent_dates, published) if classify(sentence) is None else None
            continue
        if classify(sentence) is None:
            pending_context.append((start, end))
            previous_in = None
            scene = _scene_date(sent_dates, published)
            continue
        own = date_for_span(
            [d for d in sent_dates if not d.background],
            start,
            end,
            text=text,
            published=published,
        )
        if own is None and scene is not None and (not groups or groups[0].date is None):
            # "X was playing dice on October 22, 2015. At least two men fired shots …":
            # the sentence that sets the scene dates the undated action that follows it.
            own = scene
            if groups:
                groups[0].date = own
        scene = None
        if not groups:
            groups.append(_Group([(start, end)], own))
            previous_in = groups[0]
            continue
        if own is not None and _distinct(own, groups, published):
            # A different day or period: another incident the article reports.
            same = next((g for g in groups if g.date is not None and _same_time(g.date, own)), None)
            if same is None:
                if _FUTURE_OR_HYPOTHETICAL.search(sentence[:60]):
                    continue
                groups.append(_Group([(start, end)], own))
                previous_in = groups[-1]
            else:
                same.add((start, end))
                previous_in = same
            continue
        home = previous_in or groups[0]
        home.add((start, end))
        if home.date is None and own is not None:
            home.date = own
        previous_in = home
    if groups:
        groups[0].context.extend(pending_context)
    return groups


def _scene_date(sent_dates: Sequence[DateMention], published: date | None) -> DateMention | None:
    """A written calendar day ("on October 22, 2015") in a sentence that reports no event.

    Not the publication day itself: written out in full, that is a posting stamp ("Posted
    3:57 AM, May 26, 2015", an embedded post's "February 25, 2017") far more often than a scene.
    """
    return next(
        (
            d
            for d in sent_dates
            if d.kind == "absolute"
            and d.precision == 1
            and d.date_start is not None
            and not (d.future or d.reporting)
            and (published is None or d.date_start < published)
        ),
        None,
    )


def _older_than_a_month(sent_dates: Sequence[DateMention], latest: date | None) -> bool:
    days = [d for d in (event_date(m) for m in sent_dates) if d is not None]
    return bool(days) and latest is not None and all((latest - d).days > 31 for d in days)


def _same_time(a: DateMention, b: DateMention) -> bool:
    return event_date(a) == event_date(b) and a.precision == b.precision


def _distinct(own: DateMention, groups: Sequence[_Group], published: date | None) -> bool:
    main = groups[0].date
    if main is None:
        # The lede had no date of its own: it is "now" (the publication date). A later
        # sentence saying "earlier this month" or naming another day is a distinct event.
        return own.precision != 1 or (
            published is not None
            and event_date(own) not in {published, None}
            and own.kind not in {"weekday", "relative"}
        )
    return not (_same_time(main, own) or _inside_week(own, main) or _inside_week(main, own))


def _inside_week(day: DateMention, week: DateMention) -> bool:
    """ "This past weekend" then "on Sunday": a day inside the week the lede dates is the
    same incident told more precisely, not another one."""
    if day.precision != 1 or week.precision != 2 or day.date_start is None:
        return False
    if week.date_start is None:
        return False
    return week.date_start <= day.date_start <= (week.date_end or week.date_start)


def _build_event(
    doc: Doc,
    article: Article,
    index: int,
    group: _Group,
    dates: Sequence[DateMention],
    casualties: Sequence[CasualtyMention],
    attributions: Sequence[Attribution],
) -> Event | None:
    text = text_of(doc)
    spans = group.sentences
    casualty_spans = group.sentences + group.context
    # Typed on its sentences and the article's other current sentences, which often say
    # what the event was ("Police intervened"); on its own sentences if that says nothing.
    joined, offsets = _join(text, sorted(spans + group.context))
    classification = classify(joined)
    if classification is None:
        joined, offsets = _join(text, spans)
        classification = classify(joined)
    if classification is None:
        return None
    mentions = resolve_weak(
        [c for c in casualties if any(a <= c.start and c.end <= b for a, b in casualty_spans)],
        text=text,
    )
    mentions = _drop_motives(mentions, text, classify(joined))
    sources = _stated_by(mentions, attributions)
    fatalities = reconcile(mentions, "fatalities", sources=sources)
    injured = reconcile(mentions, "injured", sources=sources)
    classification = _refine(classification, mentions, joined)

    # Date: the group's own, else the nearest before its first sentence, else publication.
    mention = group.date or date_for_span(
        dates, spans[0][0], spans[0][1], text=text, published=article.published
    )
    if mention is not None and event_date(mention) is not None:
        day = event_date(mention)
        d_start, d_end, precision = mention.date_start, mention.date_end, mention.precision
        date_spans: tuple[Span, ...] = (Span(article.id, mention.start, mention.end),)
    elif article.published is not None and index == 0:
        day, d_start, d_end, precision = (article.published,) * 3 + (1,)
        date_spans = ()
    else:
        day = d_start = d_end = None
        precision = None
        date_spans = ()
    if precision is not None and precision > 3:
        precision = 3

    place, place_spans = place_for_event(doc, focus=spans)
    country = place.country
    actor_mentions = [
        a for a in (doc._.actors or []) if any(s <= a.start and a.end <= e for s, e in spans)
    ]
    roles = assign_roles(
        classification.event_type,
        classification.sub_event_type,
        actor_mentions,
        text=text,
        country=country,
        victim_sides=frozenset(m.side for m in mentions),
        victim_spans=[(m.start, m.end) for m in mentions],
    )
    claims = _claims(article, mentions, attributions, spans, text)
    evidence: dict[str, tuple[Span, ...]] = {
        "event_type": tuple(
            Span(article.id, *_unjoin(offsets, a, b)) for a, b in classification.cue_spans
        ),
        "event_date": date_spans,
        "fatalities": tuple(
            Span(article.id, m.start, m.end) for m in mentions if m.field == "fatalities"
        ),
        "injured": tuple(
            Span(article.id, m.start, m.end) for m in mentions if m.field == "injured"
        ),
        "actor1": tuple(Span(article.id, a, b) for a, b in roles.actor1_spans),
        "actor2": tuple(Span(article.id, a, b) for a, b in roles.actor2_spans),
        "location": tuple(Span(article.id, a, b) for a, b in place_spans),
    }
    evidence = {k: v for k, v in evidence.items() if v}
    confidence = _confidence(classification, day is not None, bool(date_spans), place)
    event_id = "ev-" + content_id(
        article.id, str(index), classification.event_type, str(day), str(spans[0][0])
    )
    event = Event(
        event_id=event_id,
        article_ids=(article.id,),
        main=False,
        event_date=day,
        date_start=d_start,
        date_end=d_end,
        time_precision=precision,
        event_type=classification.event_type,
        sub_event_type=classification.sub_event_type,
        actor1=roles.actor1,
        assoc_actor_1=roles.assoc_actor_1,
        inter1=roles.inter1,
        actor2=roles.actor2,
        assoc_actor_2=roles.assoc_actor_2,
        inter2=roles.inter2,
        civilian_targeting=roles.inter2 == "Civilians"
        and classification.event_type
        in {"Violence against civilians", "Explosions/Remote violence"},
        place=place,
        fatalities_range=fatalities,
        injured_range=injured,
        claims=claims,
        sources=(Source(article.id, article.outlet, article.url, article.published),),
        confidence=confidence,
        evidence=evidence,
    )
    return _with_notes(event)


def _with_notes(event: Event) -> Event:
    return replace(event, notes=write_notes(event))


def _replace_main(event: Event, published: date | None) -> Event:
    """Mark the main event; undated, it is the article's news: the publication date."""
    if event.event_date is None and published is not None:
        event = replace(
            event, event_date=published, date_start=published, date_end=published,
            time_precision=1, confidence=max(0.0, event.confidence - 0.1),
        )  # fmt: skip
        event = _with_notes(event)
    return replace(event, main=True)


_ARMED_OPERATION = re.compile(
    r"\b(?:raid\w*|operation|assault|offensive|ambush\w*|clash\w*|fighting|gunfight|"
    r"airborne|ground forces|commandos?)\b",
    re.IGNORECASE,
)


def _refine(c: Classification, mentions: Sequence[CasualtyMention], text: str) -> Classification:
    """Rules that need the casualty sides, which the text classifier does not see."""
    killed_sides = {m.side for m in mentions if m.field == "fatalities"}
    armed_dead = killed_sides and killed_sides <= {"armed", "state"} and "armed" in killed_sides
    if (
        armed_dead
        and c.event_type
        in {"Violence against civilians", "Explosions/Remote violence", "Strategic developments"}
        and _ARMED_OPERATION.search(text)
    ):
        # Armed fighters killed in a raid or operation, even one opened by air strikes:
        # a battle (an air strike within a ground battle is one Battles event).
        return Classification("Battles", "Armed clash", "armed_dead_in_operation", c.cue_spans)
    return c


# Only the verbs of protesting give a motive ("demonstrated against the killing of"); the
# nouns name the crowd or the event itself ("police fired on protesters, killing two").
_MOTIVE_BEFORE = re.compile(
    r"\b(?:after|over|against|following|protest(?:ed|ing|s)?|demonstrat(?:ed|ing|es?)|"
    r"because|for|who|accused of|suspected of|allegedly)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# A participle clause after a comma is the outcome of the sentence's own action
# ("Police intervened in the demonstration, killing one"), never its motive.
_OUTCOME_CLAUSE = re.compile(r",\s*(?:and\s+)?$")
_OUTCOME_VERB = re.compile(r"(?:killing|leaving|injuring|wounding)\b", re.IGNORECASE)
_ACCIDENT = re.compile(
    r"\b(?:accident|collision|collided|crash\w*|knocked down|hit by a)\b", re.IGNORECASE
)


def _drop_motives(
    mentions: Sequence[CasualtyMention], text: str, reading: Classification | None
) -> list[CasualtyMention]:
    """Deaths that motivated a demonstration or a mob are not the crowd's victims:
    "residents protested after a pedestrian was killed", "a mob attacked a man who had
    killed his father", "a road accident, killing two" (ACLED counts the event's own dead)."""
    if reading is None or reading.event_type not in {"Protests", "Riots"}:
        return list(mentions)
    kept = []
    for m in mentions:
        before = text[m.sentence_start : m.start]
        sentence = text[m.sentence_start : m.sentence_end]
        outcome = _OUTCOME_CLAUSE.search(before) and _OUTCOME_VERB.match(text, m.start)
        if (_MOTIVE_BEFORE.search(before) and not outcome) or _ACCIDENT.search(sentence):
            continue
        kept.append(m)
    return kept


def _join(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The group's sentences as one text, with (offset in joined, offset in article) pairs."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for a, b in spans:
        offsets.append((pos, a))
        parts.append(text[a:b])
        pos += b - a + 1
    return "\n".join(parts), offsets


def _unjoin(offsets: Sequence[tuple[int, int]], a: int, b: int) -> tuple[int, int]:
    base_joined, base_article = max((o for o in offsets if o[0] <= a), key=lambda o: o[0])
    return base_article + (a - base_joined), base_article + (b - base_joined)


def _stated_by(
    mentions: Sequence[CasualtyMention], attributions: Sequence[Attribution]
) -> dict[int, str]:
    """Who stated each mention's sentence (keyed by its start), where the text says so."""
    out: dict[int, str] = {}
    for m in mentions:
        for at in attributions:
            if at.sentence_start <= m.start < at.sentence_end:
                if at.source:
                    out[m.sentence_start] = at.source
                break
    return out


def _source_for(attributions: Sequence[Attribution], start: int, outlet: str | None) -> str:
    for at in attributions:
        if at.sentence_start <= start < at.sentence_end and at.source:
            return at.source
    return outlet or "the article"


def _claims(
    article: Article,
    mentions: Sequence[CasualtyMention],
    attributions: Sequence[Attribution],
    sentences: Sequence[tuple[int, int]],
    text: str,
) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    for m in mentions:
        quote_start, quote_end = _trim(text, m.sentence_start, m.sentence_end)
        claims.append(
            Claim(
                field=m.field,
                value=m.quantity.best,
                low=m.quantity.low,
                high=m.quantity.high,
                about=m.about,
                source=_source_for(attributions, m.start, article.outlet),
                article_id=article.id,
                quote=text[quote_start:quote_end],
                start=quote_start,
                end=quote_end,
            )
        )
    # Each sentence that describes the event's kind is a claim too: who called it what
    # ("Iraq's military said air strikes targeted the hideouts").
    for a, b in sentences:
        reading = classify(text[a:b])
        if reading is None:
            continue
        q_start, q_end = _trim(text, a, b)
        claims.append(
            Claim(
                field="event_type",
                value=f"{reading.event_type}: {reading.sub_event_type}",
                low=None,
                high=None,
                about=None,
                source=_source_for(attributions, a, article.outlet),
                article_id=article.id,
                quote=text[q_start:q_end],
                start=q_start,
                end=q_end,
            )
        )
    return tuple(claims)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _confidence(c: Classification, dated: bool, date_in_text: bool, place: Place) -> float:
    """A heuristic score in [0, 1]; docs/evaluation.md reports how it tracks accuracy."""
    score = 0.45
    score += 0.2 if c.rule not in {"attack_weak", "change_group"} else 0.0
    score += 0.15 if date_in_text else (0.05 if dated else 0.0)
    score += 0.15 if place.country else 0.0
    score += 0.05 if place.latitude is not None else 0.0
    return min(score, 1.0)


def empty_range() -> Range:
    return Range()
