"""Seeded, deterministic news corpora for the throughput benchmark (issue 6).

    poll_dense(mb=1.0, seed=0)   # news articles with about 1-2 survey statistics per KB
    plain_prose(mb=1.0, seed=0)  # news prose with the ordinary numbers of news, no statistics
    documents(text, size=2048)   # the text cut into ~2 KB documents at paragraph breaks

Both generators build articles (a headline line, then paragraphs separated by blank lines)
from many sentence templates and word lists with ``random.Random(seed)``, so a seed always
gives the same text. ``python benchmarks/corpus.py`` prints the sizes and the densities
that ``pollstats.extract`` finds.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

__all__ = ["documents", "plain_prose", "poll_dense"]

# ---------------------------------------------------------------------------------------------
# Word lists shared by both flavours

FIRST = (
    "Maria", "James", "Aisha", "Tomás", "Priya", "Daniel", "Olena", "Kwame", "Sofia", "Henrik",
    "Mei", "Robert", "Fatima", "Lucas", "Ingrid", "Samuel", "Nadia", "Grace", "Viktor", "Amara",
    "Ethan", "Leila", "Patrick", "Yuki", "Carmen", "Dmitri", "Hannah", "Omar", "Claire", "Raj",
)
LAST = (
    "Alvarez", "Okafor", "Lindqvist", "Nguyen", "Brennan", "Kowalski", "Haddad", "Moreau",
    "Tanaka", "Fischer", "Osei", "Patel", "Romero", "Sullivan", "Ivanova", "Mbeki", "Larsen",
    "Castillo", "Whitfield", "Rahman", "Delgado", "Novak", "Abernathy", "Kim", "Ferreira",
    "Hughes", "Petrov", "Mendoza", "O'Connell", "Achebe",
)
ROLES = (
    "the city's deputy mayor", "a state senator", "the county's public health director",
    "a spokeswoman for the governor", "the school board chair", "a union organizer",
    "the chief executive of a regional hospital network", "a retired police captain",
    "the harbor master", "a history professor at the state university",
    "the head of the local chamber of commerce", "a spokesman for the transit agency",
    "a farmer who grows soybeans and corn", "the fire chief", "a small-business owner",
    "the parish council clerk", "a nurse at the children's hospital", "the league's commissioner",
)
CITIES = (
    "Tacoma", "Dayton", "Leeds", "Winnipeg", "Tucson", "Bristol", "Lyon", "Rotterdam",
    "Adelaide", "Halifax", "Boise", "Savannah", "Kraków", "Duluth", "Cork", "Fresno",
    "Valencia", "Spokane", "Hamilton", "Albuquerque", "Nantes", "Aberdeen", "Madison", "Tampere",
)
REGIONS = (
    "Ohio", "Ontario", "Bavaria", "Queensland", "Arizona", "Wales", "Manitoba", "Oregon",
    "Catalonia", "Michigan", "Georgia", "Alberta", "Scotland", "Nevada", "Wisconsin", "Texas",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
MONTH_ABBR = (
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
STREETS = (
    "Maple Avenue", "Harbor Road", "Elm Street", "Kingsway", "Old Mill Lane", "Cedar Drive",
    "Riverside Boulevard", "Station Road", "Park Place", "Lincoln Way", "Canal Street",
    "Orchard Court", "Highland Terrace", "Front Street",
)
ORGS = (
    "the city council", "the county commission", "the state legislature", "the school district",
    "the regional transit authority", "the port authority", "the water board",
    "the provincial government", "the hospital trust", "the housing agency",
)
NUMBER_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "dozens of", "hundreds of",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "tenth")
THINGS = (
    "firefighters", "volunteers", "officers", "students", "families", "workers", "passengers",
    "teachers", "nurses", "homes", "buses", "classrooms", "trucks", "ambulances", "shops",
)

# ---------------------------------------------------------------------------------------------
# Poll-dense flavour: pollsters, populations, subgroups, measures

POLLSTERS = (
    "Pew Research Center", "Gallup", "YouGov", "Ipsos", "Levada Center", "Morning Consult",
    "Quinnipiac University", "Angus Reid Institute", "Marist College", "Monmouth University",
    "Ipsos MORI", "Savanta", "Elabe", "Forsa", "Nanos Research", "Essential Research",
)
POPULATIONS = (
    "adults", "voters", "registered voters", "likely voters", "residents", "parents",
    "Americans", "Canadians", "Britons", "Russians", "homeowners", "renters", "teachers",
    "small-business owners", "nurses", "commuters", "students",
)
SUBGROUPS = (
    "among Republicans", "among Democrats", "among independents", "of adults under 30",
    "among women aged 55 and older", "among men", "among college graduates",
    "among adults without a college degree", "among Black Americans", "among Hispanic adults",
    "among rural residents", "among people aged 18 to 29", "among parents of young children",
    "among those earning less than $50,000 a year", "among first-time voters",
    "of respondents over 65", "among urban residents", "of Conservative voters",
    "of Labour voters", "among Liberal supporters",
)
MEASURES = (
    "support the proposed transit levy", "approve of the governor's handling of the economy",
    "say the country is heading in the wrong direction", "trust the local newspaper",
    "favor a four-day school week", "oppose the new pipeline", "plan to buy an electric car",
    "say housing costs are a major problem", "back a ban on phones in classrooms",
    "expect prices to rise over the next year", "say they have confidence in the police",
    "want stricter limits on short-term rentals", "approve of the president's job performance",
    "say they worry about paying their bills", "support raising the minimum wage",
    "think climate change is a serious threat", "say they would vote for the incumbent",
    "believe the election will be fair", "support expanding the airport",
    "say they feel safe walking alone at night", "use social media to get news",
    "say they are satisfied with their health care", "favor stricter gun laws",
    "oppose cutting the library budget", "say remote work should remain an option",
)
TOPICS = (
    "the transit levy", "the governor", "the economy", "local schools", "the pipeline",
    "housing costs", "the police", "the minimum wage", "climate policy", "the airport expansion",
    "health care", "immigration", "the budget", "public libraries", "remote work",
)
MOE = ("2", "2.5", "2.8", "3", "3.1", "3.5", "4", "4.4")


def _name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _year(r: random.Random, lo: int = 2015, hi: int = 2025) -> int:
    return r.randint(lo, hi)


def _fieldwork(r: random.Random) -> str:
    """A fieldwork date: 'conducted Oct. 3-9, 2024', 'in March 2023', 'from May 2 to 14'."""
    m = r.randrange(12)
    day = r.randint(1, 20)
    year = _year(r, 2019, 2025)
    forms = (
        f"conducted {MONTH_ABBR[m]} {day}-{day + r.randint(2, 8)}, {year}",
        f"in {MONTHS[m]} {year}",
        f"conducted from {MONTHS[m]} {day} to {day + r.randint(3, 9)}, {year}",
        f"carried out in early {MONTHS[m]}",
        f"fielded in late {MONTHS[m]} {year}",
        f"conducted between {MONTH_ABBR[m]} {day} and {MONTH_ABBR[m]} {day + r.randint(2, 7)}",
        f"taken last {MONTHS[m]}",
    )
    return r.choice(forms)


def _pct(r: random.Random, lo: int = 8, hi: int = 88) -> int:
    return r.randint(lo, hi)


def _fill(r: random.Random, template: str) -> str:
    """``template`` with every ``{slot}`` drawn afresh from the word lists."""
    p = _pct(r)
    q = min(95, max(3, p + r.choice((-1, 1)) * r.randint(3, 14)))
    values: dict[str, Callable[[], object]] = {
        "pollster": lambda: r.choice(POLLSTERS),
        "fieldwork": lambda: _fieldwork(r),
        "population": lambda: r.choice(POPULATIONS),
        "subgroup": lambda: r.choice(SUBGROUPS),
        "measure": lambda: r.choice(MEASURES),
        "topic": lambda: r.choice(TOPICS),
        "p": lambda: p,
        "q": lambda: q,
        "d": lambda: abs(p - q),
        "p2": lambda: _pct(r, 5, 40),
        "n": lambda: f"{r.randint(600, 4800):,}",
        "moe": lambda: r.choice(MOE),
        "year": lambda: _year(r, 2019, 2025),
        "year0": lambda: _year(r, 2010, 2018),
        "month": lambda: r.choice(MONTHS),
        "month2": lambda: r.choice(MONTHS),
        "weekday": lambda: r.choice(WEEKDAYS),
        "name": lambda: _name(r),
        "role": lambda: r.choice(ROLES),
        "city": lambda: r.choice(CITIES),
        "region": lambda: r.choice(REGIONS),
        "org": lambda: r.choice(ORGS),
        "street": lambda: r.choice(STREETS),
        "num": lambda: r.randint(2, 950),
        "numword": lambda: r.choice(NUMBER_WORDS),
        "ordinal": lambda: r.choice(ORDINALS),
        "things": lambda: r.choice(THINGS),
        "age": lambda: r.randint(19, 91),
        "money": lambda: _money(r),
        "clock": lambda: _clock(r),
        "date": lambda: f"{r.choice(MONTHS)} {r.randint(1, 28)}",
        "house": lambda: r.randint(3, 4999),
        "frac": lambda: r.choice(("Two-thirds of", "About a third of", "Roughly half of",
                                  "One in five", "Nearly three in four", "A quarter of",
                                  "Fewer than one in ten", "More than half of",
                                  "Almost two in five", "Three out of four")),
        "mult": lambda: r.choice(("doubled", "nearly tripled", "roughly halved")),
        "verb_up": lambda: r.choice(("rose", "climbed", "increased", "jumped", "edged up")),
        "verb_down": lambda: r.choice(("fell", "dropped", "declined", "slipped", "slid")),
        "said": lambda: r.choice(("said", "told reporters", "said in an interview",
                                  "said on " + r.choice(WEEKDAYS), "wrote in a statement")),
    }

    def sub(m: re.Match[str]) -> str:
        return str(values[m.group(1)]())

    return re.sub(r"\{(\w+)\}", sub, template)


def _money(r: random.Random) -> str:
    forms = (
        f"${r.randint(2, 950)} million", f"${r.randint(11, 999):,},000",
        f"${r.randint(1, 40)}.{r.randint(1, 9)} billion", f"£{r.randint(5, 900)},000",
        f"€{r.randint(2, 80)} million", f"${r.randint(12, 480)}",
    )
    return r.choice(forms)


def _clock(r: random.Random) -> str:
    return r.choice((f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('a.m.', 'p.m.'))}",
                     f"{r.randint(1, 12)} {r.choice(('a.m.', 'p.m.'))}", "noon", "midnight"))


#: Sentences with survey statistics (shares, changes, comparisons, samples, margins).
STAT_SENTENCES = (
    "A {pollster} poll {fieldwork} found that {p}% of {population} {measure}.",
    "According to a {pollster} survey released on {weekday}, {p}% of {population} {measure}.",
    "{p} percent of {population} {measure}, according to {pollster}.",
    "Support {subgroup} stood at {p}%, up from {q}% in {year0}.",
    "Among {population}, {p}% {measure}, down from {q}% in {year0}.",
    "The share of {population} who {measure} {verb_down} {d} points to {p}%.",
    "The share who {measure} {verb_up} {d} percentage points, to {p}%.",
    "Approval of {topic} went from {q}% to {p}% between {month} and {month2}.",
    "{frac} {population} {measure}, the {pollster} survey found.",
    "{frac} {population} {subgroup} {measure}.",
    "The number of {population} who {measure} has {mult} since {year0}.",
    "Just {p2}% {subgroup} said the same, compared with {p}% {subgroup}.",
    "That figure was {p}% in {year}, compared with {q}% in {year0}.",
    "In {pollster}'s {month} poll, {p}% of {population} said they {measure}.",
    "Backing for {topic} {verb_down} from {q}% to {p}% over the year.",
    "Only {p2} percent of {population} {subgroup} agreed.",
    "Roughly {p}% of {population} {measure}, a {pollster} poll {fieldwork} showed.",
    "The {pollster} poll, {fieldwork}, put support {subgroup} at {p}%.",
    "{pollster} found that {p}% {subgroup} {measure}, while {p2}% were unsure.",
    "Opposition {verb_up} to {p}%, {d} points higher than a year earlier.",
    "The figure {subgroup} is {p}%, {d} points below the national average.",
)

#: Methodology notes: sample sizes and margins of error.
METHOD_SENTENCES = (
    "The poll of {n} {population} has a margin of error of plus or minus {moe} percentage points.",
    "{pollster} interviewed {n} {population} online; the margin of error is {moe} points.",
    "The survey (n={n}) has a margin of sampling error of ±{moe} percentage points.",
    "The {pollster} survey of {n} {population} was {fieldwork} and has a margin of error of "
    "{moe} points.",
    "Results are based on telephone interviews with {n} {population} {fieldwork}.",
)

#: Ordinary news sentences: names, places, dates, money, counts, quotes, no statistics.
NEWS_SENTENCES = (
    '"We have been waiting for this for a long time," {name}, {role}, {said}.',
    "{name}, {age}, has lived on {street} in {city} since {year0}.",
    "The council approved a {money} budget on {weekday} after a {clock} session.",
    "{numword} {things} were sent to the scene at {house} {street} shortly after {clock}.",
    "The plan, first proposed in {year0}, would cost about {money}.",
    '"It is not a question of money," {name} {said}. "It is a question of will."',
    "{org} is expected to vote on the measure on {date}.",
    "The bridge, which opened in {year0}, carries traffic between {city} and the coast.",
    "It was the {ordinal} meeting on the issue this year.",
    "{name}, who represents a district north of {city}, declined to comment.",
    "Construction is scheduled to begin in {month} and last until {year}.",
    "Officials in {region} said {numword} {things} would be added by {month}.",
    "The hearing was adjourned at {clock} and will resume on {date}.",
    "{name} said the first {things} had arrived in {city} on {weekday}.",
    "The company, based in {city}, employs {num} people in {region}.",
    "A spokesperson for {org} said a decision would come by {date}.",
    "Protesters gathered outside the courthouse on {street} on {weekday} morning.",
    "The agency received {num} complaints last year, {name} {said}.",
    "{name} is the {ordinal} person to hold the post since {year0}.",
    "Both campaigns spent the weekend in {region}, where early voting begins {date}.",
    "{name} moved back to {city} in {year0} to care for an aging parent.",
    "The measure would take effect on {date} if it passes.",
    'Asked about the timeline, {name} said: "We will know more by {month}."',
    "Turnout in the {ordinal} district has lagged for years, {role} {said}.",
    "Opponents plan a rally at {clock} on {weekday} in front of City Hall in {city}.",
    "The debate, scheduled for {date}, will be broadcast from {city}.",
    "The proposal drew {num} written comments during the review period.",
    "{name} first ran for office in {year0} and lost by {num} votes.",
    "Lawmakers in {region} rejected a similar plan in {year0}.",
    "{org} has set aside {money} for the project.",
    "A town hall is planned for {weekday} at the high school on {street}.",
    "The district covers {numword} towns and stretches from {city} to the state line.",
    "Early voting runs through {date}, and polls close at {clock} on election day.",
    '"People are tired," {name} {said}. "They want someone to listen."',
)

HEADLINES = (
    "Poll: {population} split on {topic}",
    "Survey finds shifting views on {topic} in {region}",
    "{pollster}: support for {topic} slips",
    "New poll shows gains for {topic} among {population}",
    "What {population} in {region} think about {topic}",
    "Voters weigh {topic} as election nears",
    "{city} residents divided over {topic}, survey says",
    "Confidence in {topic} at a crossroads",
)

# ---------------------------------------------------------------------------------------------
# Plain flavour: the same kind of news with no survey statistics

PLAIN_SENTENCES = (
    *NEWS_SENTENCES,
    "The fire started at about {clock} in a warehouse on {street}, according to {org}.",
    "{numword} people were taken to the hospital, and {num} residents were evacuated.",
    "{name}, a {age}-year-old retired teacher, said she first noticed smoke from her porch.",
    "The museum will reopen on {date} after a renovation that cost {money}.",
    "The team won its {ordinal} straight game on {weekday}, beating {city} 3-1.",
    "Tickets cost {money} and go on sale at {clock} on {date}.",
    "The property at {house} {street} sold for {money} in {month} {year}.",
    "{name} was born in {city} in {year0} and moved to {region} as a child.",
    "The storm dropped snow across {region} on {weekday}, closing {num} schools.",
    "The trial is set to begin on {date}, {year}, in {city}.",
    '"I have never seen anything like it," said {name}, who has driven a bus for {numword} years.',
    "Police said {numword} suspects, aged {age} and {age}, were arrested near {street}.",
    "The festival, now in its {ordinal} year, drew visitors from {region} and beyond.",
    "The new terminal will have {num} gates and open in {month} {year}.",
    "{org} hired {numword} new inspectors, {name} {said}.",
    "The library on {street} will be open until {clock} on weekdays starting {date}.",
    "{name} finished {ordinal} in the marathon, in two hours and {num} seconds.",
    "Flight 2{num} landed safely at {clock}, the airline said.",
)

PLAIN_HEADLINES = (
    "{city} council approves {money} budget",
    "Fire on {street} displaces families",
    "{region} braces for another winter storm",
    "New ferry route to link {city} and the islands",
    "{name} named chief of {city} police",
    "Museum in {city} reopens after renovation",
    "Trial date set in {region} corruption case",
    "Airport expansion moves ahead in {city}",
)


def _article(r: random.Random, headlines: tuple[str, ...], paragraphs: Callable[[], str],
             count: int, lead: str | None = None) -> str:
    head = _sentence_case(_fill(r, r.choice(headlines)))
    dateline = f"{r.choice(CITIES).upper()} ({r.choice(MONTH_ABBR)} {r.randint(1, 28)}, " \
               f"{_year(r, 2019, 2025)}) — "
    paras = ([lead] if lead is not None else []) + [paragraphs() for _ in range(count)]
    paras[0] = dateline + paras[0]
    return head + "\n\n" + "\n\n".join(paras)


def _build(mb: float, article: Callable[[], str]) -> str:
    target = int(mb * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        a = article()
        parts.append(a)
        size += len(a.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def _sentence_case(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def poll_dense(mb: float = 1.0, seed: int = 0) -> str:
    """News articles of about ``mb`` megabytes (UTF-8) with about 1-2 survey statistics per
    KB: shares, changes, from/to comparisons, fractions, multipliers, sample sizes and margins
    of error with pollsters, fieldwork dates and subgroups, mixed with ordinary news sentences.
    The same ``seed`` gives the same text."""
    r = random.Random(seed)

    def paragraph(lead: bool = False) -> str:
        news = r.sample(NEWS_SENTENCES, r.randint(2, 5))
        sentences = [_fill(r, t) for t in news]
        if lead or r.random() < 0.12:  # a statistic in the lead and in some later paragraphs
            pos = 0 if lead else r.randint(0, len(sentences))
            sentences.insert(pos, _fill(r, r.choice(STAT_SENTENCES)))
        return " ".join(_sentence_case(s) for s in sentences)

    def article() -> str:
        text = _article(r, HEADLINES, paragraph, r.randint(3, 9), lead=paragraph(lead=True))
        if r.random() < 0.4:  # a methodology note closes many poll stories
            text += "\n\n" + _sentence_case(_fill(r, r.choice(METHOD_SENTENCES)))
        return text

    return _build(mb, article)


def plain_prose(mb: float = 1.0, seed: int = 0) -> str:
    """News articles of about ``mb`` megabytes with the ordinary numbers of news (years,
    dates, times, ages, money, addresses, counts, ordinals, quotes, names) and no survey
    statistics. The same ``seed`` gives the same text."""
    r = random.Random(seed)

    def paragraph() -> str:
        return " ".join(_sentence_case(_fill(r, t))
                        for t in r.sample(PLAIN_SENTENCES, r.randint(2, 5)))

    return _build(mb, lambda: _article(r, PLAIN_HEADLINES, paragraph, r.randint(4, 10)))


_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")


def documents(text: str, size: int = 2048) -> list[str]:
    """``text`` cut into documents of about ``size`` characters at paragraph breaks (a blank
    line; the break stays at the end of the document before it). ``"".join(documents(t)) ==
    t``; a document is longer than ``size`` only when one paragraph is."""
    docs: list[str] = []
    start = 0  # where the current document starts
    last = 0  # the end of the last whole paragraph in it
    for m in _PARAGRAPH_END.finditer(text):
        end = m.end()
        if end - start > size and last > start:
            docs.append(text[start:last])
            start = last
        last = end
    if len(text) - start > size and start < last < len(text):
        docs.append(text[start:last])
        start = last
    if start < len(text):
        docs.append(text[start:])
    return docs


def _main() -> None:
    import time

    import pollstats

    for name, gen in (("poll_dense", poll_dense), ("plain_prose", plain_prose)):
        text = gen(1.0, 0)
        t0 = time.perf_counter()
        ex = pollstats.extract(text)
        secs = time.perf_counter() - t0
        kb = len(text.encode("utf-8")) / 1000
        kinds: dict[str, int] = {}
        for st in ex.statistics:
            kinds[st.kind] = kinds.get(st.kind, 0) + 1
        docs = documents(text)
        print(f"{name}: {kb:.0f} KB, {len(docs)} documents, {len(ex.statistics)} statistics "
              f"({len(ex.statistics) / kb:.2f}/KB) {kinds}, {len(ex.comparisons)} comparisons, "
              f"{secs:.2f} s")


if __name__ == "__main__":
    _main()
