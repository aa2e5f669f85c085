"""One owner per word list: ``pollstats._data.SECTIONS`` against the data files and sources,
and a per-entry test for each section no other test file covers entry by entry."""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

import pytest
import regex

import pollstats
from pollstats import facts, group_lists, groupwords
from pollstats._data import SECTIONS, alternation_of, table, word_pattern, words
from pollstats.anchors import regions
from pollstats.tracking import normalize_measure

_ROOT = Path(__file__).resolve().parent.parent
_DATA = resources.files("pollstats").joinpath("data")
#: Data files in a format of their own, not ``[section]`` tables: the CLI's example article,
#: the pollster list (pollstats/sources.py) and the unit list (pollstats/units.py).
_NOT_TABLES = ("example.txt", "pollsters.txt", "units.txt")
_FILES = sorted(p.name for p in _DATA.iterdir()
                if p.name.endswith(".txt") and p.name not in _NOT_TABLES)
_REGISTERED = {(f, s): (owner, test) for f, s, owner, test in SECTIONS}
#: Files whose owner reads every section in a loop over ``table(file).items()``.
_WHOLE_FILE = {"groups.txt": "grouping"}
#: The ``pollstats._data`` functions that read sections by name.
_READERS = ("words", "alternation_of", "word_pattern")


def _source(module: str) -> str:
    return (_ROOT / "pollstats" / f"{module}.py").read_text(encoding="utf-8")


def _modules() -> list[str]:
    return sorted(p.stem for p in (_ROOT / "pollstats").glob("*.py"))


def _reads(src: str, section: str) -> bool:
    """Whether a source reads a section by name: ``words(F, "s")``, ``table(F)["s"]``, or
    ``alternation_of(F, ..., "s")``/``word_pattern(F, ..., "s")``."""
    name = regex.escape(section)
    return regex.search(rf"""words\([^,()]+,\s*["']{name}["']\s*\)
                           |table\([^()]*\)\s*\[\s*["']{name}["']\s*\]
                           |(?:alternation_of|word_pattern)\([^()]*["']{name}["']""",
                        src, regex.VERBOSE) is not None


def test_the_other_files_have_no_sections() -> None:
    for name in _NOT_TABLES:
        text = _DATA.joinpath(name).read_text(encoding="utf-8")
        assert regex.search(r"(?m)^\[\w+\]\s*$", text) is None, name


def test_every_section_is_registered_once() -> None:
    assert len(_REGISTERED) == len(SECTIONS)
    found = {(f, s) for f in _FILES for s in table(f)}
    assert sorted(found - set(_REGISTERED)) == [], "sections missing from _data.SECTIONS"
    assert sorted(set(_REGISTERED) - found) == [], "registered sections not in the data files"


@pytest.mark.parametrize(("file", "section", "owner", "test"), SECTIONS,
                         ids=[f"{f}:{s}" for f, s, _, _ in SECTIONS])
def test_the_owner_reads_it_and_the_test_exists(file: str, section: str, owner: str,
                                               test: str) -> None:
    src = _source(owner)
    # the file by name, or by the constant (``_LEX``, ``_CMP``) imported from a sibling module
    const = {"lexicon.txt": "_LEX", "comparison.txt": "_CMP"}.get(file, file)
    assert file in src or any(f"{f}({const}," in src for f in _READERS) or (
        f"table({const})" in src), f"{owner} never names {file}"
    if _WHOLE_FILE.get(file) == owner:
        assert regex.search(r"table\([^()]*\)\.items\(\)", src), owner
    else:
        assert f'"{section}"' in src or f"'{section}'" in src, f"{owner} never names {section}"
        assert any(f"{f}(" in src for f in (*_READERS, "table")), owner
    path, _, function = test.partition("::")
    tree = ast.parse((_ROOT / path).read_text(encoding="utf-8"))
    names = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    assert function in names, f"{test} does not exist"


@pytest.mark.parametrize("module", _modules())
def test_no_module_reads_a_section_it_does_not_own(module: str) -> None:
    src = _source(module)
    for (file, section), (owner, _) in _REGISTERED.items():
        if owner != module and file in _FILES:
            assert not _reads(src, section), f"{module} reads [{section}]; import it from {owner}"


# -- per-entry tests for the sections no other file checks entry by entry ---------------------


def _kinds(text: str) -> list[str]:
    return [st.kind for st in pollstats.extract(text).statistics]


@pytest.mark.parametrize("word", words("anchors.txt", "denominator"))
def test_each_denominator_opens_a_window(word: str) -> None:
    text = f"Officials spoke at length about the plan. Only one {word} of them came."
    assert any(lo <= text.index(word) < hi for lo, hi in regions(text)), word


@pytest.mark.parametrize("word", [w for w in words("comparison.txt", "stopword") if w.isalpha()])
def test_each_stopword_is_dropped_from_a_series(word: str) -> None:
    assert normalize_measure(f"backing {word} reform") == "backing reform"


@pytest.mark.parametrize("word", words("comparison.txt", "likelihood_word"))
def test_each_likelihood_word_is_no_change(word: str) -> None:
    ex = pollstats.extract(f"Tenants are twice as {word} as owners to agree (44% vs 22%).")
    assert all(c.form != "derived" or c.rule != "change" for c in ex.comparisons)
    assert [st.kind for st in ex.statistics][:1] == ["ratio"]


@pytest.mark.parametrize("verb", words("comparison.txt", "outnumber_verb"))
def test_each_outnumber_verb_pairs_groups(verb: str) -> None:
    ex = pollstats.extract(f"Cyclists {verb} drivers two to one, 40% against 20%.")
    assert [(c.from_.value, c.to.value, c.kind) for c in ex.comparisons] == [
        (20, 40, "between_groups")]
    plain = pollstats.extract("Cyclists and drivers differ, 40% against 20%.")
    assert [c.kind for c in plain.comparisons] != ["between_groups"]


@pytest.mark.parametrize("cue", words("comparison.txt", "last_asked_cue"))
def test_each_last_asked_cue_gives_a_baseline(cue: str) -> None:
    text = f"Some 52% of tenants back the levy. {cue[:1].upper() + cue[1:]}, in 2021, 45% did."
    pairs = [(c.from_.value, c.to.value, c.rule) for c in pollstats.extract(text).comparisons]
    assert pairs == [(45, 52, "last_asked")]


@pytest.mark.parametrize("word", words("lexicon.txt", "people"))
def test_each_people_word_makes_a_share(word: str) -> None:
    assert "share" in _kinds(f"The survey found that two-thirds of {word} want a vote.")


@pytest.mark.parametrize("word", words("lexicon.txt", "not_respondents"))
def test_each_not_respondents_word_is_no_share(word: str) -> None:
    assert "share" not in _kinds(f"The deal would hand over half of the {word} next month.")
    assert "share" in _kinds("The deal would hand over half of the voters next month.")


@pytest.mark.parametrize("verb", words("lexicon.txt", "survey_verb"))
def test_each_survey_verb_makes_a_share(verb: str) -> None:
    assert "share" in _kinds(f"In the survey, a third {verb} the new rules.")


@pytest.mark.parametrize("cue", words("lexicon.txt", "moe_cue"))
def test_each_moe_cue_makes_a_margin(cue: str) -> None:
    assert "margin_of_error" in _kinds(f"The poll of 900 adults has a {cue} 3.1 points.")


@pytest.mark.parametrize("header", words("lexicon.txt", "sample_size_headers"))
def test_each_sample_size_header_makes_a_column_of_samples(header: str) -> None:
    # rows with a margin too: its unit is the anchor that has the row read
    stats = pollstats.extract(f"Group | {header.title()} | MoE\nWomen | 1,104 | 3.1 points\n"
                              f"Men | 996 | 3.3 points\n").statistics
    assert [(s.text, s.kind) for s in stats if s.kind == "sample_size"] == [
        ("1,104", "sample_size"), ("996", "sample_size")]


@pytest.mark.parametrize("header", words("lexicon.txt", "margin_headers"))
def test_each_margin_header_makes_a_column_of_margins(header: str) -> None:
    stats = pollstats.extract(f"Group | {header}\nWomen | 3.1 points\nMen | 2.9 points\n"
                              ).statistics
    assert [(s.text, s.kind) for s in stats] == [("3.1 points", "margin_of_error"),
                                                 ("2.9 points", "margin_of_error")]


@pytest.mark.parametrize("noun", words("lexicon.txt", "change_noun_neutral"))
def test_each_neutral_change_noun_makes_a_change(noun: str) -> None:
    stats = pollstats.extract(f"In the poll, the {noun} was 4 points.").statistics
    assert [(s.kind, s.low) for s in stats] == [("change", 4.0)]
    stats = pollstats.extract(f"In the poll, a 4-point {noun} stood out.").statistics
    assert [(s.kind, s.low) for s in stats] == [("change", 4.0)]


@pytest.mark.parametrize("mode", words("lexicon.txt", "interview_modes"))
def test_each_interview_mode_keeps_a_sample(mode: str) -> None:
    assert "sample_size" in _kinds(f"The firm carried out 1,412 {mode} interviews in May.")
    assert "sample_size" in _kinds(f"It ran 1,412 {mode} and postal interviews in May.")


@pytest.mark.parametrize("word", words("lexicon.txt", "ratio_follow"))
def test_each_ratio_follow_word_makes_a_ratio(word: str) -> None:
    assert "ratio" in _kinds(f"Tenants were 3 times {word} owners in the count.")


@pytest.mark.parametrize("bound", words("lexicon.txt", "income_thresholds"))
def test_each_income_threshold_is_no_multiplier(bound: str) -> None:
    assert _kinds(f"In the survey, 12% of families earning over three times the {bound} agreed."
                  ) == ["share"]


@pytest.mark.parametrize("word", words("lexicon.txt", "share_of_whole"))
def test_each_share_of_whole_word_makes_a_share(word: str) -> None:
    assert "ratio" in _kinds(f"Sales this year were half the {word} of 2010.")


@pytest.mark.parametrize("cue", words("lexicon.txt", "sports_cues"))
def test_each_sports_cue_stops_a_share(cue: str) -> None:
    assert "change" not in _kinds(f"After the {cue}, their lead grew by 12 points.")


@pytest.mark.parametrize("label", words("lexicon.txt", "list_labels"))
def test_each_list_label_makes_a_list_share(label: str) -> None:
    text = f"In the poll it was {label} 48, Lee 12."
    assert [s.text for s in pollstats.extract(text).statistics] == ["48", "12"]
    assert pollstats.extract(f"In the poll it was {label} 48 and 12 more.").statistics == ()


@pytest.mark.parametrize("measure", words("lexicon.txt", "share_measures"))
def test_each_share_measure_makes_a_bare_share(measure: str) -> None:
    text = f"In the poll, the party's {measure} fell to 31."
    assert [(s.text, s.kind) for s in pollstats.extract(text).statistics] == [("31", "share")]
    assert pollstats.extract("In the poll, the party's count fell to 31.").statistics == ()


@pytest.mark.parametrize("cue", words("lexicon.txt", "non_survey_cues"))
def test_each_non_survey_cue_marks_no_survey(cue: str) -> None:
    text = f"A Kestrel poll found 41% back the plan.\n\nThe {cue} figure was 3% in May."
    records = pollstats.extract(text).records()
    assert records[-1]["source"] is None


@pytest.mark.parametrize("noun", words("lexicon.txt", "threshold_nouns"))
def test_each_threshold_noun(noun: str) -> None:
    text = f"The party is near the 5% {noun} for seats."
    (st,) = pollstats.extract(text).statistics
    assert facts.decider("threshold")(text, st.start, st.end) is not None
    plain = "The party is near 5% in polls."
    (st,) = pollstats.extract(plain).statistics
    assert facts.decider("threshold")(plain, st.start, st.end) is None


@pytest.mark.parametrize("noun", words("lexicon.txt", "levy_nouns"))
def test_each_levy_noun(noun: str) -> None:
    for text in (f"The poll came as a 5% {noun} took effect.",
                 f"It follows a {noun} increase of 2 percentage points."):
        (st,) = pollstats.extract(text).statistics
        assert facts.decider("threshold")(text, st.start, st.end) is not None, text
    plain = "The party is near 5% in polls, an increase of 2 percentage points."
    for st in pollstats.extract(plain).statistics:
        assert facts.decider("threshold")(plain, st.start, st.end) is None


@pytest.mark.parametrize("word", words("lexicon.txt", "group_end_stop"))
def test_each_group_end_stop_word_ends_a_group(word: str) -> None:
    assert groupwords.is_fragment(f"older voters {word}")
    assert not groupwords.is_fragment("older voters")


@pytest.mark.parametrize("label", words("lexicon.txt", "answer_labels"))
def test_each_answer_label_is_no_group(label: str) -> None:
    assert group_lists._label_dims(label.capitalize()) is None
    assert group_lists._label_dims("Women") is not None


@pytest.mark.parametrize("label", words("lexicon.txt", "label_places"))
def test_each_label_place_is_a_place_label(label: str) -> None:
    assert group_lists._label_dims(label) == ("region",)
    text = f"A Newspoll survey found 1,200 adults split.\n\n• {label}: 38 per cent\n"
    assert [r["subgroup"] for r in pollstats.extract(text).records()][-1] == label


@pytest.mark.parametrize("word", words("lexicon.txt", "frame_resets"))
def test_each_frame_reset_ends_a_frame(word: str) -> None:
    # the frame of "among women" ends; ("among the public" is then read as a group of its own)
    text = f"Among women, 41% agree. {word[:1].upper() + word[1:]}, 38% agree."
    assert [r["subgroup"] for r in pollstats.extract(text).records()][-1] != "women"
    kept = "Among women, 41% agree. In the end, 38% agree."
    assert [r["subgroup"] for r in pollstats.extract(kept).records()][-1] == "women"


def _survey_flags(text: str) -> list[bool]:
    return [bool(r["survey"]) for r in pollstats.extract(text).records()]


@pytest.mark.parametrize("cue", words("survey.txt", "survey"))
def test_each_survey_cue_marks_a_survey(cue: str) -> None:
    assert _survey_flags(f"Across town, 41% of {cue} said no.")[:1] == [True]


@pytest.mark.parametrize("cue", words("survey.txt", "other"))
def test_each_other_cue_marks_no_survey(cue: str) -> None:
    assert _survey_flags(f"The {cue} figure rose by 4% last year.")[:1] == [False]


@pytest.mark.parametrize("cue", words("survey.txt", "passage"))
def test_each_passage_cue(cue: str) -> None:
    text = f"The new {cue} came out on Monday. The board noted that 41% were content."
    assert _survey_flags(text) == [True]


@pytest.mark.parametrize("word", words("survey.txt", "said"))
def test_each_said_word(word: str) -> None:
    assert _survey_flags(f"Across town, 41% {word} the plan.")[:1] == [True]


def test_word_pattern_reads_an_entry_as_a_whole_word_and_is_compiled_once() -> None:
    pattern = word_pattern("lexicon.txt", "sports_cues")
    assert pattern is word_pattern("lexicon.txt", "sports_cues")
    entry = max(words("lexicon.txt", "sports_cues"), key=len)  # the longest wins
    found = pattern.search(f"On {entry.upper()} day.")
    assert found is not None and found[0] == entry.upper()
    assert pattern.search(f"On x{entry}x day.") is None
    assert alternation_of("lexicon.txt", "sports_cues") in pattern.pattern


@pytest.mark.parametrize("noun", words("comparison.txt", "back_reference_noun"))
def test_each_back_reference_noun_opens_a_back_reference(noun: str) -> None:
    from pollstats.pair_rules_series import _BACKREF_START

    m = _BACKREF_START.match(f"That {noun} is down from ")
    assert m is not None and m["cue"] == "down from"
    assert _BACKREF_START.match(f"That {noun}ish thing went down from ") is None


@pytest.mark.parametrize("word", words("comparison.txt", "not_a_name"))
def test_each_not_a_name_word_names_no_side(word: str) -> None:
    from pollstats.pair_rules_groups import _name_key

    opener = word[:1].upper() + word[1:]
    assert _name_key(opener) == frozenset()
    assert _name_key(f"{opener} Greens") == frozenset({"greens"})


@pytest.mark.parametrize("stem", words("comparison.txt", "stance_stem"))
def test_each_stance_stem_pairs_a_then_clause(stem: str) -> None:
    # a word of the stem's stance after both figures: the later sentence's figure, dated
    # earlier, is the earlier value of the one before
    word = {"favo": "favour", "unfavo": "unfavourable about", "endors": "endorse", "satisf": "satisfied with",
            "dissatisf": "dissatisfied with", "oppos": "oppose", "disapprov": "disapprove of",
            "approv": "approve of", "against": "against"}.get(stem, stem)
    text = f"Some 58% {word} the levy. A year ago, 49% {word} it."
    made = [(c.from_.value, c.to.value) for c in pollstats.extract(text).comparisons]
    assert (49.0, 58.0) in made, (stem, made)
