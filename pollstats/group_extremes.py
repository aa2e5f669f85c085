"""The youngest or oldest group, resolved to the age band the text names: after "... and 34
percent among those aged 18 to 29", "In the youngest group, opposition reached 45 percent" is
about those aged 18 to 29, and "the oldest respondents" about the highest band named before.
"""

from __future__ import annotations

from typing import Final

import regex

from .group_view import span_cue
from .model import Cue

#: A group named only by its place at one end of the ages: "the youngest group", "the oldest
#: respondents", "the youngest age bracket".
_EXTREME = regex.compile(
    r"""\A(?:the\s+)?(?P<end>youngest|oldest)\s+(?:age\s+)?
        (?:groups?|cohorts?|bands?|brackets?|categor(?:y|ies)|segments?)\Z""",
    # (people named so, "the youngest voters", keep their words)
    regex.VERBOSE | regex.IGNORECASE,
)
#: An age band as news prose writes it; the group that names its lowest age (``low``), or
#: ``under`` for a band below an age.
_AGE_BAND = regex.compile(
    r"""(?<![\w\-])(?:
        (?:aged|ages|age)\s+(?P<low>[0-9]{2})
          (?:\s*(?:-|–|to|and)\s*[0-9]{2}(?!\s*(?:-|–|to|and)\s*[0-9])
           |\s+(?:and|or)\s+(?:older|over|above|up))?
      | (?P<low>[0-9]{2})-?\s*(?:to|-|–)\s*[0-9]{2}[\s\-]year[\s\-]olds
      | (?P<low>[0-9]{2})\s+(?:and|or)\s+(?:older|over|above)
      | (?:under|younger\s+than)[\s\-](?P<under>[0-9]{2})s?
      | over-(?P<low>[0-9]{2})s
      | in\s+their\s+(?P<decade>[1-9])0['’]?s
    )(?![\w\-])""",
    regex.VERBOSE | regex.IGNORECASE,
)
_REACH: Final = 600  # characters before the phrase where the bands it ranks are named


def resolve_extreme(text: str, cue: Cue) -> Cue:
    """``cue`` as the age band it names when it is only "the youngest (oldest) group": the
    band with the lowest (highest) first age among those named in the paragraph before it;
    ``cue`` itself when it names no end of the ages or no band is named before it."""
    m = _EXTREME.match(cue.value)
    if m is None:
        return cue
    para = text.rfind("\n\n", max(0, cue.start - _REACH), cue.start)
    lo = max(0, cue.start - _REACH) if para < 0 else para + 2
    bands: list[tuple[int, int, int]] = []
    for b in _AGE_BAND.finditer(text, lo, cue.start):
        if b["under"] is not None:
            age = 0
        elif b["decade"] is not None:
            age = int(b["decade"]) * 10
        else:
            age = int(b["low"])
        bands.append((age, b.start(), b.end()))
    if not bands:
        return cue
    youngest = m["end"].lower() == "youngest"
    _, s, e = (min if youngest else max)(bands, key=lambda t: (t[0], -t[1] if youngest else t[1]))
    return span_cue(text, s, e)


#: Example paragraphs: (text, the phrase, the band it resolves to).
EXTREME_EXAMPLES: Final[tuple[tuple[str, str, str], ...]] = (
    ("Support was 51% among those aged 50 to 64 and 34% among those aged 18 to 29. In the "
     "youngest group, 45% opposed it.", "youngest group", "aged 18 to 29"),
    ("Backing reached 62 per cent among 65- to 74-year-olds, but 39 per cent among those 75 "
     "and over. The oldest group was also the most worried.", "oldest group",
     "75 and over"),
    ("Labour leads among under-35s and people in their 40s. The youngest cohort gives it "
     "48 per cent.", "youngest cohort", "under-35s"),
    ("Voters under 30 split evenly and those aged 30 to 44 lean left. In the youngest "
     "bracket, 51% back the bill.", "youngest bracket", "under 30"),
    ("Trust was 29% among those in their 20s and 44% among those in their 60s. The oldest "
     "group was the most trusting.", "oldest group", "in their 60s"),
)
EXTREME_NEAR_MISSES: Final[tuple[tuple[str, str], ...]] = (
    ("In the youngest group, 45% opposed it.", "youngest group"),
    ("Among 18- to 24-year-olds, 38% agree; among the youngest voters the lead is 21 points.",
     "youngest voters"),
    ("Support was 51% among renters. The oldest firms were the least keen.", "oldest firms"),
    ("Among those aged 18 to 29, 34% agree. Younger voters are keener.", "Younger voters"),
)
