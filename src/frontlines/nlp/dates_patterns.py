"""Lexicons and compiled patterns for temporal expressions.

Every pattern is compiled once at import. ``find_dates`` runs them all over the text and keeps
the longest non-overlapping matches, so a pattern only has to describe one surface form; the
resolvers in ``dates_resolve`` turn a match into dates.
"""

from __future__ import annotations

import re
from typing import Final

MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
FULL_MONTH_NAMES: Final[frozenset[str]] = frozenset(
    name for name, number in MONTHS.items() if len(name) > 4 or name in {"may", "june", "july"}
)
# Month words that are also ordinary English words ("officials may resign", "the march ended",
# "Mar" as a Spanish/Arabic place word): they count as months only when capitalised.
CASE_SENSITIVE_MONTHS: Final[frozenset[str]] = frozenset({"may", "march", "mar"})

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a couple of": 2,
    "couple of": 2,
}

# Named days that are not a reference to "the last <weekday>" ("Bloody Sunday" is history).
WEEKDAY_NAME_PREFIXES: Final[frozenset[str]] = frozenset(
    {"good", "black", "ash", "holy", "maundy", "bloody", "super", "cyber", "palm", "easter"}
    | {"shrove", "mardi", "giving", "whit", "low", "rose", "passion"}
)
# Titles and institutions named after a weekday ("The Sunday Times", "Sunday school").
WEEKDAY_NAME_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"times", "telegraph", "express", "mirror", "post", "herald", "observer", "mail", "star"}
    | {"independent", "tribune", "school", "service", "services", "mass", "market", "football"}
    | {"edition", "paper", "show", "club"}
)

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
MONTH: Final[str] = rf"(?P<mon>{_MONTH_NAMES})\b\.?"
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{_WEEKDAY_NAMES})(?:\s*,\s*|\s+))?"
_DAY = r"(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_RANGE_CONN = r"(?P<conn>-|–|—|to|and|or|through|thru|until|till)"
_FLAGS = re.IGNORECASE

# (name, compiled pattern): the name selects the resolver in ``dates_resolve``.
PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "iso",
        re.compile(
            r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})[-/](?P<m>0?[1-9]|1[0-2])[-/]"
            r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])",
        ),
    ),
    (
        "numeric",
        # Dotted forms need a four-digit year so that section numbers ("1.2.3") stay out.
        re.compile(
            r"(?<![\d/.:-])(?P<a>\d{1,2})(?:/(?P<b1>\d{1,2})/(?P<y1>(?:19|20)\d{2}|\d{2})"
            r"|\.(?P<b2>\d{1,2})\.(?P<y2>(?:19|20)\d{2}))(?![\d/]|\.\d)",
        ),
    ),
    (
        "range_dm",
        re.compile(
            rf"\b(?:(?P<pre>between|from)\s+)?(?P<d1>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
            rf"\s*{_RANGE_CONN}\s*(?P<d2>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
            rf"(?:\s+of)?\s+{MONTH}(?:,?\s+{_YEAR})?",
            _FLAGS,
        ),
    ),
    (
        "range_md",
        re.compile(
            rf"\b(?:(?P<pre>between|from)\s+)?{MONTH}\s+(?P<d1>0?[1-9]|[12]\d|3[01])"
            rf"(?:st|nd|rd|th)?\s*{_RANGE_CONN}\s*(?P<d2>0?[1-9]|[12]\d|3[01])"
            rf"(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?",
            _FLAGS,
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b{_WEEKDAY_PREFIX}(?:the\s+)?{_DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{_YEAR})?",
            _FLAGS,
        ),
    ),
    (
        "mdy",
        # "(?![:.]\d)" keeps "May 10:30" and "Jan 2.5" out.
        re.compile(
            rf"\b{_WEEKDAY_PREFIX}{MONTH}\s+{_DAY}\b(?![:.]\d|\s*%)(?:\s*,?\s*{_YEAR})?",
            _FLAGS,
        ),
    ),
    (
        "month_year",
        re.compile(
            rf"\b(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
            rf"|the\s+middle\s+of)[\s-]+)?{MONTH},?\s+{_YEAR}",
            _FLAGS,
        ),
    ),
    (
        "month",
        # A month name on its own is a date only after a word that introduces a time.
        re.compile(
            rf"\b(?:in|since|from|until|till|to|through|by|during|of|between|and|or|before"
            rf"|after|around|throughout|on)\s+"
            rf"(?P<core>(?:(?P<mod>early|late|mid|last|this|next|past)[\s-]+)?{MONTH})"
            rf"(?![\s-]*\d)",
            _FLAGS,
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:in|since|from|until|till|to|through|by|during|of|between|and|before|after"
            r"|around|circa|throughout|early|late|mid|spring|summer|autumn|fall|winter|the)"
            r"[\s-]+(?P<core>(?:(?P<mod>early|late|mid)[\s-]+)?(?P<y>(?:19|20)\d{2})"
            r"(?:\s*[-–]\s*(?P<y2>(?:19|20)\d{2}|\d{2}))?)(?![\d,.]\d|\s*%|-year|\s+years?\b)",
            _FLAGS,
        ),
    ),
    (
        "decade",
        re.compile(r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<dec>(?:19|20)\d0)'?s\b", _FLAGS),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<mod>last|this\s+past|past|this\s+coming|coming|this|next|previous"
            r"|early|late|overnight)\s+)?"
            rf"(?P<wd>{_WEEKDAY_NAMES})(?:'s)?"
            r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?\b",
            _FLAGS,
        ),
    ),
    ("day_before_yesterday", re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", _FLAGS)),
    (
        "yesterday",
        re.compile(r"\byesterday(?:\s+(?:morning|afternoon|evening|night))?\b", _FLAGS),
    ),
    ("last_night", re.compile(r"\blast\s+night\b", _FLAGS)),
    (
        "today",
        re.compile(
            r"\b(?:(?:earlier|early|late|later)\s+)?(?:today|tonight|this\s+morning"
            r"|this\s+afternoon|this\s+evening)\b",
            _FLAGS,
        ),
    ),
    # Not "overnight curfew" / "overnight stay": those name a kind of thing, not a time.
    ("overnight", re.compile(r"\bovernight\b(?!\s+(?:curfew|stay|shift|bag|trip)s?\b)", _FLAGS)),
    (
        "hours",
        re.compile(r"\b(?:in\s+the\s+)?(?:past|last)\s+(?P<n>24|48|72)\s+hours\b", _FLAGS),
    ),
    (
        "calendar",
        re.compile(
            r"\b(?P<mod>last|this\s+past|this|past|the\s+past|previous|the\s+previous"
            r"|earlier\s+this|later\s+this|next|the\s+next|the\s+coming|coming)\s+"
            r"(?P<unit>week|weekend|month|year)\b",
            _FLAGS,
        ),
    ),
    (
        "holiday",
        # "on Christmas Eve", "a Fourth of July shooting", "Thanksgiving night", "New Year's
        # Eve 2016"; not "Memorial Day weekend" (several days) nor "the Christmas season".
        re.compile(
            r"\b(?:(?P<on>on|during|over)\s+(?:the\s+)?)?(?P<core>(?P<name>"
            r"christmas(?:\s+(?:day|eve))?|new\s+year['\u2019]?s(?:\s+(?:day|eve))?"
            r"|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?|good\s+friday|halloween"
            r"|fourth\s+of\s+july|independence\s+day|memorial\s+day|labor\s+day"
            r"|(?:mother|father|valentine)['\u2019]?s\s+day|(?:st\.?|saint)\s+patrick['\u2019]?s\s+day"
            r"|(?:veterans|presidents)['\u2019]?\s+day|columbus\s+day"
            r"|(?:martin\s+luther\s+king(?:,?\s+jr\.?)?,?|mlk)\s+day)"
            r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?"
            r"(?:,?\s+(?P<y>(?:19|20)\d{2})(?!\d))?)(?!['\u2019]?\w)"
            r"(?!\s+(?:holiday\s+)?(?:weekend|week|season|break|holidays|sales?|shopping"
            r"|travel)\b)",
            _FLAGS,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d{1,3}|a\s+couple\s+of|couple\s+of|an?|one|two|three|four|five|six"
            r"|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>days?|weeks?|months?|years?)"
            r"\s+(?P<dir>ago|earlier|later)\b",
            _FLAGS,
        ),
    ),
    (
        "anaphoric",
        # "the day before the election" refers to a named event, not to the previous date.
        re.compile(
            r"\b(?:the\s+(?P<dir>previous|following|next)\s+(?P<unit>day|morning|night"
            r"|evening|afternoon)|the\s+day\s+(?P<dir2>before|after)"
            r"(?!\s+(?:the|a|an|his|her|their|its|[A-Z0-9])\b))\b",
            _FLAGS,
        ),
    ),
)

# Every pattern above contains one of these words or digit shapes, and no match is longer
# than ANCHOR_MARGIN characters: ``find_dates`` runs the patterns only in windows around the
# anchors, which skips most of an article's text.
ANCHOR: Final[re.Pattern[str]] = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|yesterday|today|tonight|overnight|ago|earlier|later|week|month|year|hours"
    r"|day|night|morning|afternoon|evening|christmas|thanksgiving|easter|halloween|fourth)"
    r"|(?:19|20)\d\d|\d[/.-]\d",
    _FLAGS,
)
ANCHOR_MARGIN: Final[int] = 50

# Holiday names that also name a season or a theme ("Christmas presents", "a Halloween
# party"): a date only after "on", before a part of the day, or before the event itself.
BARE_HOLIDAYS: Final[frozenset[str]] = frozenset(
    {"christmas", "new years", "thanksgiving", "easter", "halloween", "good friday"}
)

# Connectors between two dates that make one interval ("3 to 5 May", "October to February").
RANGE_GAP: Final[re.Pattern[str]] = re.compile(
    r"\s*(?P<conn>-|–|—|to|until|till|through|thru|and|or)\s*", _FLAGS
)
RANGE_OPENER: Final[re.Pattern[str]] = re.compile(r"\b(?P<pre>between|from)\s+$", _FLAGS)
SINCE: Final[re.Pattern[str]] = re.compile(r"\b(?:ever\s+)?since\s+$", _FLAGS)

# Words that put the time they govern in the future ("will appear in court on Monday").
FUTURE_CUE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:will|won't|wo\s+n't|shall|is\s+to|are\s+to|set\s+to|scheduled|slated|(?<!\bas\s)planned"
    r"|plans?\s+to|planning|expected\s+to|(?:is|are)\s+due|due\s+to|going\s+to|upcoming"
    r"|to\s+be\s+held|next)\b|'ll\b",
    _FLAGS,
)
# A past-tense verb between a future cue and the date means the date belongs to that verb:
# "police will not say what happened on Saturday".
PAST_VERB: Final[re.Pattern[str]] = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhave\s)(?<!\bget\s)\b(?:\w+ed|was|were|had|did|said|shot|killed|hit|found|died|took|left|fled|began|got"
    r"|ran|fought|went|came|stole|broke|held|told|saw|heard|made|knew|drove|struck)\b",
    _FLAGS,
)
# Words that mark a time as history when there is no publication date to compare with.
HISTORY_CUE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:since|broke\s+out|began|begun|started|erupted|peak|history|historic|historically"
    r"|anniversary|previously|formerly|ago|back\s+in|as\s+early\s+as"
    r"|dating\s+back|had\s+been|had)\b",
    _FLAGS,
)
# Publication metadata around a date: "Posted: Feb 4, 2014", "By Jane Doe | Nov 22, 2014".
POSTED_CUE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:posted|updated|published|modified|created|date)\b\s*(?:on|at)?\s*[:|-]?"
    r"|\bby\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*[|,-]?)\s*$",
    _FLAGS,
)
# What may precede a dateline date on its line: nothing, or an upper-case place
# ("FRANKLIN (Feb. 4, 2014) –", "KABUL, Afghanistan, May 3 -").
LINE_LEAD: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?:(?-i:[A-Z]{3,}[A-Z .'/-]*)(?:,\s*[A-Za-z .']{2,30})?\s*[(,]?)?\s*[(\[]?\s*$"
)
# A parenthesised dateline after a place in any case: "Edmonton, Ky. (November 28, 2016) –".
PAREN_LEAD: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?-i:[A-Z][\w.'-]*)(?:[ ,]+(?-i:[A-Z][\w.'-]*)){0,4}\s*\(\s*$"
)
# What may follow a dateline date on its line: a closing bracket and a dash, a time, the end.
DATELINE_AFTER: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?:[)\]]\s*(?:[-–—:|]|$)|[-–—|]|,?\s*(?:at\s+)?\d{1,2}:\d{2}\b|$)", _FLAGS
)
# The date of a statement or of a later step, rather than of the event itself: "police said
# Thursday", "said in a statement on Saturday", "met with reporters Wednesday", "pleaded
# guilty Wednesday", "remained hospitalized Friday", "at a Friday news conference".
_SPEECH = (
    r"(?:said|says|told|announced|reported|confirmed|stated|added|explained|noted|wrote"
    r"|tweeted|statement|release|conference|briefing|interview|update|reporters|journalists)"
)
_PROCEEDING = (
    r"(?:arraigned|sentenced|pleaded|indicted|charged|booked|appeared|testified|convicted"
    r"|acquitted|buried|mourned|remembered|identified|remained|remains|underway"
    r"|hospitali[sz]ed|arrested|apprehended|jailed|custody|surrendered|released|pronounced"
    r"|turned\s+(?:himself|herself|themselves)\s+in|on\s+the\s+run|at\s+large)"
)
# After a speech verb only the words of a setting may come between it and the date ("said in
# a statement on", "told reporters"): "said officers responding to a call Friday" dates the
# call. After a proceeding up to five words may, none of them a verb, a clause opener or the
# event itself ("sentenced to life without parole Friday", not "identified the man who was
# shot Friday" nor "turned himself in for a shooting last week").
_SETTING = (
    r"(?:(?:in|at|to|during|a|an|the|his|her|their|its|news|press|written|brief|reporters?"
    r"|journalists|media|Associated|Press|AP|Reuters|CNN)\s+){0,4}"
)
_FILLER = (
    r"(?:(?!(?:\w+ed|was|were|is|are|been|be|when|who|whom|after|before|and|but|that|which"
    r"|while|where|because|since|shot|killed|died|hit|struck|shooting|killing|slaying"
    r"|attack|stabbing|robbery|gunfire|incident)\b)[\w'-]+\s+){0,5}"
)
REPORTING_BEFORE: Final[re.Pattern[str]] = re.compile(
    rf"(?:\b{_SPEECH}\s+{_SETTING}|\b{_PROCEEDING}\s+{_FILLER})"
    r"(?:on\s+|late\s+|early\s+|this\s+)?$",
    _FLAGS,
)
REPORTING_AFTER: Final[re.Pattern[str]] = re.compile(
    r"^(?:'s)?\s*(?:(?:(?:news|press)\s+)?(?:statement|release|conference|briefing)"
    r"|(?:funeral|vigil|memorial|hearing|arraignment|court\s+appearance)"
    r"|(?:said|says|announced|confirmed|told|reported)\b)",
    _FLAGS,
)
# A time that names the event itself ("Thursday's shooting", "the Sunday night attack") is
# the event's date whatever verb comes before it ("released details of Thursday's shooting").
EVENT_AFTER: Final[re.Pattern[str]] = re.compile(
    r"^(?:'s)?\s+(?:(?:morning|afternoon|evening|night|fatal|deadly|double|triple|mass"
    r"|drive-by|gang|police)\s+)?(?:shootings?|killings?|slayings?|attacks?|stabbings?"
    r"|robbery|gunfire|incident|homicide|murder|standoff|rampage|ambush)\b",
    _FLAGS,
)
# After a sentence-initial date: "On Monday, police said ...".
REPORTING_AFTER_LEAD: Final[re.Pattern[str]] = re.compile(
    r"^\s*,?\s*(?:[\w'-]+\s+){0,3}?(?:said|says|announced|confirmed|told)\b",
    _FLAGS,
)
