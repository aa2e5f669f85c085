"""Loading of the commented data tables in ``pollstats/data/`` (once, on first use).

A table file has ``[section]`` headers and one entry per line; ``#`` starts a comment.
An entry may carry a value after ``=`` (``more than = more_than``).
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

__all__ = [
    "PLURAL_NOUN", "alternation", "alternation_of", "read_text", "table", "word_pattern", "words",
]


@functools.cache
def read_text(name: str) -> str:
    """The text of ``pollstats/data/<name>``."""
    return resources.files("pollstats").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def table(name: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Sections of a data file: ``{section: ((entry, value), ...)}`` in file order."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for raw in read_text(name).splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise ValueError(f"{name}: entry {line!r} before any [section]")
        entry, _, value = line.partition("=")
        current.append((" ".join(entry.split()), value.strip()))
    return {k: tuple(v) for k, v in sections.items()}


def words(name: str, section: str) -> tuple[str, ...]:
    """The entries of one section, in file order."""
    return tuple(entry for entry, _ in table(name)[section])


#: A plural noun ("voters", "Israelis", "men"), not "this", "was" or "across": a regex
#: fragment shared by the matchers and the group readers.
PLURAL_NOUN = r"""(?:[\w\-]{2,}[^\Ws]s(?<!(?<!\w)(?:this|does|yes|less|unless|across|perhaps|thus|
                                                  plus|bus|ours|yours|theirs|always|whereas|
                                                  was|has|is|its|his|hers|us|as))
                   |men|women|people|youth|children
                   |(?-i:\p{Lu}{1,2})s)  # "Gen Zs", "MPs"
                   """


def alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace.

    Sorting by length (then text) makes the result independent of set order and hash seeds
    and lets the longest phrase win ("more than" before "more").
    """
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    parts = [r"\s+".join(regex.escape(w) for w in p.split()) for p in unique]
    return "(?:" + "|".join(parts) + ")"


def alternation_of(name: str, *sections: str) -> str:
    """:func:`alternation` of the entries of one section of ``pollstats/data/<name>`` (or of
    several sections of that file together), a fragment to build a larger pattern with."""
    return alternation([entry for section in sections for entry in words(name, section)])


@functools.cache
def word_pattern(name: str, *sections: str, edge: str = r"\w") -> regex.Pattern[str]:
    r"""Any entry of the ``sections`` of ``pollstats/data/<name>`` as a whole word or phrase,
    case-insensitive: ``(?<!\w)(?:entry|...)(?!\w)``, longest entry first, compiled once.

    ``edge`` is the class of characters no match may touch on either side (``r"[\w&]"``
    also counts ``&`` as part of a word). Search it within a bounded stretch
    (``pattern.search(text, lo, hi)``): a leading case-insensitive
    alternation of words scans slowly.
    """
    return regex.compile(
        rf"(?<!{edge})(?:{alternation_of(name, *sections)})(?!{edge})", regex.IGNORECASE)


# -- who owns each section ---------------------------------------------------------------------
#
# One owner per word list: the module named here is the only one that reads the section with
# ``words()``/``table()``; any other module that needs the list imports it from the owner.
# The test named for a section checks every entry (a parametrized test over the entries).
# ``tests/test_data_sections.py`` checks this table against the data files and the sources.
# Adding a section: add it to its file, read it in one module, add a row here and a test.

_CMP = "tests/test_comparison.py::"
_DAT = "tests/test_periods.py::"
_GRP = "tests/test_grouping.py::"
_GW = "tests/test_groups.py::"
_LX = "tests/test_lexicon.py::"
_OWN = "tests/test_data_sections.py::"
_ANC = "tests/test_anchors.py::test_every_anchor_word_opens_a_window"

#: ``(file, section, owner module, test)`` for every section of ``pollstats/data/*.txt``.
SECTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("anchors.txt", "unit", "anchors", _ANC),
    ("anchors.txt", "cue_after", "anchors", _ANC),
    ("anchors.txt", "cue_before", "anchors", _ANC),
    ("anchors.txt", "number", "anchors", _ANC),
    ("anchors.txt", "denominator", "anchors", _OWN + "test_each_denominator_opens_a_window"),
    ("comparison.txt", "change_wording", "checks", _CMP + "test_every_wording_phrase"),
    ("comparison.txt", "baseline_figure_cue", "pair_view", _CMP + "test_every_baseline_cue"),
    ("comparison.txt", "spread_verb", "pair_rules_near", _CMP + "test_every_spread_verb"),
    ("comparison.txt", "motion_verb", "pair_view", _CMP + "test_every_motion_verb"),
    ("comparison.txt", "chain_word", "pair_rules_series", _CMP + "test_chain_words"),
    ("comparison.txt", "anaphor", "pair_rules_series", _CMP + "test_every_anaphor"),
    ("comparison.txt", "anaphor_verb", "pair_rules_series", _CMP + "test_every_anaphor"),
    ("comparison.txt", "clause_break", "comparison",
     _CMP + "test_clause_breaks_stop_a_stated_change_after_the_pair"),
    ("comparison.txt", "stopword", "pair_rules_groups",
     _OWN + "test_each_stopword_is_dropped_from_a_series"),
    ("comparison.txt", "steady_word", "pair_rules_single",
     "tests/test_pair_rules.py::test_every_steady_word"),
    ("comparison.txt", "between_groups_word", "pair_rules_near",
     "tests/test_pair_rules.py::test_every_between_groups_word"),
    ("comparison.txt", "likelihood_word", "pair_rules_groups",
     _OWN + "test_each_likelihood_word_is_no_change"),
    ("comparison.txt", "outnumber_verb", "pair_rules_groups",
     _OWN + "test_each_outnumber_verb_pairs_groups"),
    ("comparison.txt", "last_asked_cue", "pair_rules_series",
     _OWN + "test_each_last_asked_cue_gives_a_baseline"),
    ("comparison.txt", "back_reference_noun", "pair_rules_series",
     _OWN + "test_each_back_reference_noun_opens_a_back_reference"),
    ("comparison.txt", "not_a_name", "pair_rules_groups",
     _OWN + "test_each_not_a_name_word_names_no_side"),
    ("comparison.txt", "figures_noun", "pair_rules_near",
     _CMP + "test_each_figures_noun_gives_earlier_values"),
    ("comparison.txt", "stance_stem", "pair_shared",
     _OWN + "test_each_stance_stem_pairs_a_then_clause"),
    ("comparison.txt", "stated_change_gap", "pair_rules_stated",
     _CMP + "test_each_stated_change_gap_word_gives_a_direction"),
    ("dates.txt", "months", "periods", _DAT + "test_every_month_in_time_phrases"),
    ("dates.txt", "part_of_month", "periods", _DAT + "test_every_part_of_month"),
    ("dates.txt", "relative", "periods", _DAT + "test_every_relative_date"),
    ("dates.txt", "survey_nouns", "periods", _DAT + "test_every_survey_noun_names_a_wave"),
    ("dates.txt", "earlier_date_cues", "periods", _DAT + "test_every_baseline_cue_before_a_date"),
    ("dates.txt", "time_nouns", "periods", _DAT + "test_every_time_noun"),
    ("lexicon.txt", "not_people_nouns", "match_words", _LX + "test_each_not_people_noun"),
    ("dates.txt", "past_cues", "periods", _DAT + "test_every_past_cue"),
    *(("groups.txt", s, "grouping", _GRP + "test_each_entry_gives_its_value")
      for s in ("age", "generation", "gender", "party", "vote", "designation", "ideology",
                "education", "race", "religion", "income", "grade", "employment", "sector",
                "housing", "family", "region", "country", "demonym", "other")),
    ("groups.txt", "dimensions", "grouping", _GRP + "test_every_section_is_a_dimension"),
    ("groups.txt", "ignore", "grouping", _GRP + "test_each_ignored_word_names_no_group"),
    ("lexicon.txt", "qualifier", "match_words", _LX + "test_each_qualifier_phrase"),
    ("lexicon.txt", "change_verb_up", "match_words", _LX + "test_each_change_verb"),
    ("lexicon.txt", "change_verb_down", "match_words", _LX + "test_each_change_verb"),
    ("lexicon.txt", "change_noun_up", "match_words", _LX + "test_each_change_noun"),
    ("lexicon.txt", "change_noun_down", "match_words", _LX + "test_each_change_noun"),
    ("lexicon.txt", "change_noun_neutral", "match_words",
     _OWN + "test_each_neutral_change_noun_makes_a_change"),
    ("lexicon.txt", "index_cues", "match_words",
     _LX + "test_each_index_cue_makes_bare_points_index_points"),
    ("lexicon.txt", "market_cues", "match_words",
     _LX + "test_each_market_cue_keeps_points_index_points_near_a_survey"),
    ("lexicon.txt", "survey_index_cues", "match_words",
     _LX + "test_each_survey_index_cue_makes_index_points_percentage_points"),
    ("lexicon.txt", "net_measure_nouns", "match_words",
     "tests/test_net_balance.py::test_each_net_measure_noun_makes_a_percent_a_balance"),
    ("lexicon.txt", "net_named_heads", "match_words",
     "tests/test_net_balance.py::test_each_named_head_carries_a_net_measure"),
    ("lexicon.txt", "balance_index_names", "match_words",
     "tests/test_balance_index.py::test_each_balance_index_name_makes_a_percent_a_balance"),
    ("lexicon.txt", "other_index_modifiers", "match_words",
     "tests/test_balance_index.py::test_each_other_index_modifier_keeps_the_index_a_rate"),
    ("lexicon.txt", "person_titles", "group_places",
     "tests/test_group_person.py::test_a_name_after_a_title_is_a_person"),
    ("lexicon.txt", "name_openers", "group_places",
     "tests/test_group_person.py::test_a_name_after_an_opener_is_no_person"),
    ("lexicon.txt", "measure_units", "match_words",
     _LX + "test_each_measure_unit_makes_a_slash_fraction_an_amount"),
    ("lexicon.txt", "numbered_nouns", "match_rules_bare",
     _LX + "test_each_numbered_noun_is_not_a_party_carrying_a_unit"),
    ("lexicon.txt", "people", "match_words", _OWN + "test_each_people_word_makes_a_share"),
    ("lexicon.txt", "not_respondents", "match_words",
     _OWN + "test_each_not_respondents_word_is_no_share"),
    ("lexicon.txt", "respondent_nouns", "match_words",
     _LX + "test_each_respondent_noun_makes_a_sample"),
    ("lexicon.txt", "sample_nouns", "match_words",
     _LX + "test_each_sample_noun_needs_a_survey_cue"),
    ("lexicon.txt", "not_sample_verbs", "match_rules_sample",
     _LX + "test_each_not_sample_verb_stops_a_survey_sentence_sample"),
    ("lexicon.txt", "survey_verb", "match_words", _OWN + "test_each_survey_verb_makes_a_share"),
    ("lexicon.txt", "interview_modes", "match_words",
     _OWN + "test_each_interview_mode_keeps_a_sample"),
    ("lexicon.txt", "moe_cue", "match_words", _OWN + "test_each_moe_cue_makes_a_margin"),
    ("lexicon.txt", "income_thresholds", "match_words",
     _OWN + "test_each_income_threshold_is_no_multiplier"),
    ("lexicon.txt", "sample_size_headers", "match_rules_lists",
     _OWN + "test_each_sample_size_header_makes_a_column_of_samples"),
    ("lexicon.txt", "margin_headers", "match_rules_lists",
     _OWN + "test_each_margin_header_makes_a_column_of_margins"),
    ("lexicon.txt", "ratio_follow", "match_words",
     _OWN + "test_each_ratio_follow_word_makes_a_ratio"),
    ("lexicon.txt", "share_of_whole", "match_words",
     _OWN + "test_each_share_of_whole_word_makes_a_share"),
    ("lexicon.txt", "population_nouns", "groupwords",
     _GW + "test_each_population_noun_is_the_whole_sample"),
    ("lexicon.txt", "population_modifiers", "groupwords",
     _GW + "test_each_population_modifier_keeps_the_whole_sample"),
    ("lexicon.txt", "generic_group_words", "groupwords",
     _GW + "test_each_generic_word_names_no_subgroup"),
    ("lexicon.txt", "group_heads", "groupwords",
     _GW + "test_each_group_head_makes_a_bracketed_phrase_a_group"),
    ("lexicon.txt", "demonyms", "groupwords", _GW + "test_each_demonym_is_a_population"),
    ("lexicon.txt", "ethnic_demonyms", "groupwords",
     _GW + "test_each_ethnic_demonym_keeps_its_respondents_a_subgroup"),
    ("lexicon.txt", "non_survey_cues", "facts", _OWN + "test_each_non_survey_cue_marks_no_survey"),
    ("lexicon.txt", "sports_cues", "match_words", _OWN + "test_each_sports_cue_stops_a_share"),
    ("lexicon.txt", "list_labels", "match_rules_lists",
     _OWN + "test_each_list_label_makes_a_list_share"),
    ("lexicon.txt", "share_measures", "match_rules_lists",
     _OWN + "test_each_share_measure_makes_a_bare_share"),
    ("lexicon.txt", "not_place", "group_view", _GW + "test_each_not_place_word_stops_a_place"),
    ("lexicon.txt", "ranked_nouns", "group_rules_before",
     _GW + "test_each_ranked_noun_is_no_group"),
    ("lexicon.txt", "place_of_noun", "group_places",
     _GW + "test_each_place_of_noun_keeps_its_place"),
    ("lexicon.txt", "narrow_voters", "sample_ranks", _GW + "test_each_sample_word_ranks"),
    ("lexicon.txt", "voter_samples", "sample_ranks", _GW + "test_each_sample_word_ranks"),
    ("lexicon.txt", "adult_samples", "sample_ranks", _GW + "test_each_sample_word_ranks"),
    ("lexicon.txt", "countries", "groupwords", _GW + "test_each_country_is_no_breakdown_place"),
    ("lexicon.txt", "threshold_nouns", "facts", _OWN + "test_each_threshold_noun"),
    ("lexicon.txt", "levy_nouns", "facts", _OWN + "test_each_levy_noun"),
    ("lexicon.txt", "group_modifiers", "group_view",
     "tests/test_attribution.py::test_every_group_modifier_keeps_its_group"),
    ("lexicon.txt", "group_end_stop", "groupwords",
     _OWN + "test_each_group_end_stop_word_ends_a_group"),
    ("lexicon.txt", "answer_labels", "group_lists", _OWN + "test_each_answer_label_is_no_group"),
    ("lexicon.txt", "label_places", "group_lists",
     _OWN + "test_each_label_place_is_a_place_label"),
    ("lexicon.txt", "frame_resets", "frames", _OWN + "test_each_frame_reset_ends_a_frame"),
    ("sources.txt", "generic_nouns", "sources",
     "tests/test_sources.py::test_a_generic_noun_is_never_a_source"),
    ("sources.txt", "head_nouns", "sources",
     "tests/test_sources.py::test_a_head_noun_refers_back_to_its_organization"),
    ("sources.txt", "programme_adjectives", "sources",
     "tests/test_programme_owner.py::test_each_programme_adjective_keeps_the_owner"),
    ("sources.txt", "media", "sources",
     "tests/test_sources.py::test_a_news_outlet_is_never_a_source"),
    ("sources.txt", "outlet_words", "sources",
     "tests/test_sources.py::test_a_poll_for_an_outlet_is_the_pollster_s"),
    ("sources.txt", "cities", "sources", "tests/test_sources.py::test_a_place_is_never_a_source"),
    ("sources.txt", "shared_titles", "sources",
     "tests/test_sources.py::test_a_shared_title_is_the_statistics_office_s_the_text_names"),
    ("sources.txt", "bare_banks", "sources",
     "tests/test_sources_s16.py::test_a_bare_bank_is_the_story_s_country_s"),
    ("sources.txt", "national_titles", "sources",
     "tests/test_sources_s16.py::test_a_national_title_is_the_statistics_office_s"),
    ("sources.txt", "scholar_titles", "sources",
     "tests/test_sources_s17_names.py::test_a_name_after_a_scholar_s_title_is_a_person"),
    ("sources.txt", "languages", "sources",
     "tests/test_sources_s17_names.py::test_languages_are_no_source"),
    ("sources.txt", "standard_setters", "sources",
     "tests/test_sources_s15.py::test_a_standard_setter_before_a_measure_is_no_source"),
    ("sources.txt", "short_names", "sources",
     "tests/test_sources.py::test_each_short_name_is_its_pollster_with_the_full_name_or_poll_"
     "wording"),
    ("survey.txt", "survey", "survey", _OWN + "test_each_survey_cue_marks_a_survey"),
    ("survey.txt", "other", "survey", _OWN + "test_each_other_cue_marks_no_survey"),
    ("survey.txt", "passage", "survey", _OWN + "test_each_passage_cue"),
    ("survey.txt", "said", "survey", _OWN + "test_each_said_word"),
)
