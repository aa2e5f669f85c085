"""Scores on our own independently annotated articles (tests/data/eval*), as a regression
guard for the held-out style of text. Scored with the project's own scorer
(tools/gold_score.py), which runs without ../shared; where the shared scorer is present, the two
must agree."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {
    "stat_f1": 0.97,
    "kind_accuracy": 0.97,
    "qualifier_accuracy": 0.95,
    "source_recall": 0.93,
    "source_precision": 0.93,
    "period_year_recall": 0.9,
    "period_precision": 0.85,
    "subgroup_recall": 0.5,
    "subgroup_precision": 0.7,
}


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pollstats_tools_eval", ROOT / "tools" / "eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: eval4 was measured once before any change made for it (see its commit message); its floors
#: guard what the fixes since reached, below those of the sets tuned on longer.
EVAL4_FLOORS = {
    "stat_f1": 0.95,
    "kind_accuracy": 0.97,
    "qualifier_accuracy": 0.95,
    "source_recall": 0.8,
    "source_precision": 0.93,
    "period_year_recall": 0.78,
    "period_precision": 0.8,
    "subgroup_recall": 0.55,
    "subgroup_precision": 0.85,
}


#: eval5 and eval6 were scored once at 936a732 before any change for them (their commit
#: message has those first-run numbers); their floors sit just below that first run.
EVAL5_FLOORS = {
    "stat_f1": 0.94, "kind_accuracy": 0.98, "qualifier_accuracy": 0.99,
    "source_recall": 0.67, "source_precision": 0.78, "period_recall": 0.70,
    "period_precision": 0.95, "subgroup_recall": 0.49, "subgroup_precision": 0.78,
    "comparison_precision": 0.99, "comparison_recall": 0.78,  # 0.39 before issue 14's rules
}
EVAL6_FLOORS = {
    "stat_f1": 0.99, "kind_accuracy": 0.98, "qualifier_accuracy": 0.99,
    "source_recall": 0.87, "source_precision": 0.86, "period_recall": 0.69,
    "period_precision": 0.82, "subgroup_recall": 0.67, "subgroup_precision": 0.88,
    "comparison_precision": 0.99, "comparison_recall": 0.96,  # 0.91/0.75 before issue 14's
}

#: eval7 .. eval14 were each written by annotators who never saw the code and scored once before
#: any change for them; the first runs are in their commit messages and the issue notes
#: (eval7 source R/P 0.728/0.766, period 0.783/0.897, subgroup 0.585/0.837, comparisons
#: 0.947/0.486; eval8 0.713/0.705, 0.673/0.907, 0.661/0.932, 0.842/0.432; eval9 0.89/0.904,
#: 0.446/0.605, 0.684/0.722, 0.833/0.517; eval10 0.868/0.929, 0.556/0.957, 0.785/0.738,
#: 0.938/0.682; eval11 0.90/0.991, 0.554/0.807, 0.655/0.891, 0.944/0.515; eval12 0.665/0.726,
#: 0.521/0.769, 0.59/0.766, 0.917/0.367; eval13 0.852/0.882, 0.701/0.844, 0.60/0.835,
#: 0.88/0.537; eval14 0.897/0.885, 0.76/0.944, 0.68/0.822, 0.933/0.70). All are tuned-on now:
#: their floors sit 0.01 below what the code reached, to guard those gains. eval20 .. eval23
#: (session 7's dev sets) and eval24 .. eval26 (its acceptance sets, first run at 5122bda:
#: source R/P 0.984/0.989, 0.584/0.701, 0.735/0.86; subgroup 0.831/0.941, 0.479/0.68,
#: 0.619/0.897; comparisons 0.857/0.429, 0.909/0.606, 1.0/0.44) are tuned-on too.
#: eval27 .. eval32 (session 8's dev sets, first run at 2c6cd74: source R/P 0.647/0.679,
#: 0.503/0.781, 0.468/0.625, 1.0/0.995, 0.932/0.976, 0.717/0.704; subgroup 0.615/0.889,
#: 0.237/0.692, 0.593/0.859, 0.614/0.921, 0.633/0.809, 0.6/0.794) are tuned-on too.
#: eval33 .. eval35 (session 8's acceptance sets, first run at 0735c9a: source R/P
#: 0.881/0.899, 0.597/0.605, 0.894/0.818; subgroup 0.724/0.948, 0.617/0.866, 0.818/0.857;
#: comparisons 0.778/0.318, 0.818/0.6, 0.667/0.381) are tuned-on too.
#: eval36 .. eval41 (session 9's dev sets, first run at 7c21619: source R/P pooled
#: 0.805/0.838, period 0.901/0.945, subgroup 0.715/0.888, comparisons 0.967/0.702) and
#: eval42 .. eval47 (its acceptance sets, first run at 52b90dc: source 0.746/0.771, period
#: 0.783/0.889, subgroup 0.696/0.881, comparisons 0.912/0.598) are tuned-on too.
#: eval48 .. eval53 (session 10's fresh sets, written by annotators who never saw the code)
#: were scored once at 07b06c9 (before the session's helper work, behaviour of ac80bf4) and
#: once at 4933099 (after it), before any change for them: pooled stat P/R 0.993/0.978 ->
#: 0.993/0.979, source R/P 0.868/0.906 -> 0.883/0.921, period 0.822/0.957 -> 0.810/0.949,
#: subgroup 0.698/0.880 -> 0.748/0.885, comparisons 0.908/0.734 -> 0.909/0.745. Their floors
#: sit 0.01 below that first run; eval36 .. eval47's below what the code reaches now.
#: eval54 .. eval59 (session 11's fresh sets, written after its helper round by annotators who
#: never saw the code) were scored once at c74d6be, before any change for them: pooled stat
#: P/R 0.991/0.976, source R/P 0.920/0.936, period 0.863/0.956, subgroup 0.735/0.915,
#: comparisons 0.927/0.680 (0.936/0.551 with the 37 derived baselines two annotators had put in
#: the gold, which the corpus README leaves out and which were removed). Floors: that run - 0.01.
#: eval60 .. eval65 (session 12's fresh sets, written after its helper round by annotators who
#: never saw the code) were scored once at 7f9c611, before any change for them: pooled stat
#: P/R 0.997/0.990, source R/P 0.902/0.909, period 0.852/0.960, subgroup 0.736/0.888,
#: comparisons 0.955/0.726 (session-start code cdbf506 on them: 0.989/0.989, 0.901/0.909,
#: 0.852/0.959, 0.727/0.885, 0.955/0.719). Floors: that run - 0.01.
#: eval66 .. eval69 (session 13's fresh sets, written after its work by annotators who never
#: saw the code; 16 articles, 678 statistics, 107 comparisons) were scored once at f3d119e,
#: before any change for them: pooled stat P/R 0.997/0.985, source R/P 0.914/0.926, period
#: 0.860/0.982, subgroup 0.858/0.884, comparisons 0.940/0.738 (session-start code ed817e4 on
#: them: the same but comparisons 0.928/0.720). Floors: that run - 0.01.
#: eval70 .. eval75 (session 14's fresh sets, written at its start by annotators who never saw
#: the code; 24 articles, 995 statistics, 174 comparisons; 70-71 crosstab-rich, 72-73 dating
#: styles and several pollsters, 74-75 comparison-heavy) were scored once at c260ea4, before any
#: change for them: pooled stat P/R 0.993/0.991, source R/P 0.945/0.948, period 0.890/0.982,
#: subgroup 0.783/0.925, comparisons 0.958/0.782. Floors: that run - 0.01.
#: eval76 .. eval81 (session 15's fresh sets, written at its start, after session 14's work, by
#: annotators who never saw the code; 24 articles, 959 statistics, 246 comparisons; 76-78 dating
#: styles, several pollsters, official statistics beside polls; 79-81 comparison-heavy) were
#: scored once at bb4d367, before any change for them: pooled stat P/R 0.995/0.986, source R/P
#: 0.890/0.906, period 0.852/0.929, subgroup 0.706/0.823, comparisons 0.958/0.833.
#: Floors: that run - 0.01.
#: eval82 .. eval84 (written late in session 15, after its source/period/comparison work was
#: merged, by annotators who never saw the code; 12 articles, 422 statistics, 65 comparisons;
#: 82 dating styles, 83 several pollsters per story, 84 official statistics beside polls) were
#: scored once at 5c106ac, before any change for them: pooled stat P/R 0.991/0.991, source R/P
#: 0.902/0.898, period 0.891/0.935, subgroup 0.877/0.847, comparisons 0.881/0.800.
#: Floors: that run - 0.01.
#: eval85 .. eval87 (written in session 16 after its source/period work was merged, by
#: annotators who never saw the code; 12 articles, 409 statistics, 60 comparisons; 85 dating
#: styles (Nordics, Austria/Switzerland, Taiwan/Indonesia), 86 several pollsters per story
#: (Israel, Hungary, Turkey, Chile/Colombia), 87 official statistics beside polls (Sweden,
#: Turkey, Poland/Indonesia/Chile/Ghana, NZ/Korea/US)) were scored once at 18bd31c, before any
#: change for them: pooled stat P/R 1.000/0.990, source R/P 0.866/0.871, period 0.923/0.955,
#: subgroup 0.754/0.836, comparisons 0.935/0.717. Floors: that run - 0.01.
#: eval88 .. eval90 (written in session 17 after its source/comparison work was merged, by
#: annotators who never saw the code; 12 articles, 375 statistics, 52 comparisons; 88 dating
#: styles (Belgium, Slovakia, Iceland, Peru), 89 several pollsters per story (Ukraine,
#: Moldova/Georgia, Mexico, Kenya), 90 official statistics beside polls (Czech Republic,
#: Hungary, the Philippines, Egypt)) were scored once at 8097776, before any change for them:
#: pooled stat P/R 0.997/0.995, source R/P 0.834/0.852, period 0.851/0.970, subgroup
#: 0.654/0.746, comparisons 0.927/0.731. Floors: that run - 0.01.
#: eval91 .. eval93 (written in session 17 after a second round of source work was merged, by
#: annotators who never saw the code; 12 articles, 372 statistics, 54 comparisons; 91 dating
#: styles (Slovenia, Bulgaria, Uruguay, Pakistan), 92 several pollsters per story (Bolivia,
#: Ecuador, Dominican Republic, Jordan/Lebanon/Tunisia), 93 official statistics beside polls
#: (Pakistan, Sri Lanka, Peru, Bulgaria/Latvia/Slovenia)) were scored once at 335b9a1, before
#: any change for them: pooled stat P/R 1.000/0.992, source R/P 0.756/0.746, period
#: 0.818/0.943, subgroup 0.808/0.776, comparisons 0.977/0.796. Floors: that run - 0.01.
#: eval94 .. eval96 (written in session 18 after that session's source, period and comparison
#: work was merged, by annotators who never saw the code; 12 articles, 325 statistics, 43
#: comparisons; 94 dating styles (Costa Rica, Nepal, Croatia, Mongolia), 95 several pollsters per
#: story (Paraguay, Armenia, Thailand, North Macedonia), 96 official statistics beside polls
#: (Vietnam, Kazakhstan, Tanzania, Panama)) were scored once at edb88c1, before any change for
#: them: pooled stat P/R 0.994/0.982, source R/P 0.658/0.671, period 0.863/0.937, subgroup
#: 0.857/0.686, comparisons 0.839/0.605. Floors: that run - 0.01.
_KEYS = ("stat_f1", "kind_accuracy", "qualifier_accuracy", "source_recall", "source_precision",
         "period_recall", "period_precision", "subgroup_recall", "subgroup_precision",
         "comparison_precision", "comparison_recall")
TUNED_FLOORS: dict[str, dict[str, float]] = {
    name: dict(zip(_KEYS, values, strict=True)) for name, values in {
        "eval7": (0.99, 0.97, 0.98, 0.99, 0.96, 0.93, 0.97, 0.79, 0.97, 0.95, 0.77),
        "eval8": (0.99, 0.97, 0.99, 0.98, 0.95, 0.94, 0.95, 0.73, 0.93, 0.99, 0.93),
        "eval9": (0.98, 0.98, 0.98, 0.98, 0.98, 0.92, 0.96, 0.83, 0.99, 0.99, 0.74),
        "eval10": (0.98, 0.96, 0.98, 0.95, 0.96, 0.96, 0.97, 0.90, 0.96, 0.99, 0.89),
        "eval11": (0.98, 0.97, 0.98, 0.99, 0.98, 0.92, 0.94, 0.80, 0.99, 0.99, 0.80),
        "eval12": (0.98, 0.97, 0.99, 0.98, 0.96, 0.92, 0.97, 0.85, 0.99, 0.99, 0.72),
        "eval13": (0.99, 0.98, 0.98, 0.97, 0.96, 0.93, 0.96, 0.79, 0.91, 0.99, 0.77),
        "eval14": (0.98, 0.98, 0.99, 0.98, 0.96, 0.92, 0.94, 0.82, 0.90, 0.99, 0.84),
        "eval15": (0.99, 0.97, 0.99, 0.99, 0.98, 0.95, 0.95, 0.79, 0.88, 0.95, 0.86),
        "eval16": (0.98, 0.98, 0.99, 0.98, 0.96, 0.93, 0.96, 0.89, 0.95, 0.92, 0.72),
        "eval17": (0.98, 0.97, 0.99, 0.98, 0.97, 0.94, 0.96, 0.77, 0.93, 0.89, 0.77),
        "eval18": (0.98, 0.99, 0.99, 0.97, 0.96, 0.93, 0.95, 0.74, 0.89, 0.80, 0.55),
        "eval19": (0.98, 0.95, 0.97, 0.80, 0.69, 0.66, 0.92, 0.37, 0.88, 0.89, 0.65),
        "eval20": (0.99, 0.95, 0.98, 0.99, 0.99, 0.96, 0.95, 0.85, 0.95, 0.99, 0.94),
        "eval21": (0.97, 0.96, 0.98, 0.95, 0.96, 0.91, 0.96, 0.81, 0.94, 0.92, 0.82),
        "eval22": (0.99, 0.99, 0.97, 0.99, 0.99, 0.92, 0.96, 0.73, 0.96, 0.99, 0.77),
        "eval23": (0.98, 0.99, 0.99, 0.97, 0.96, 0.95, 0.97, 0.70, 0.94, 0.99, 0.89),
        "eval24": (0.97, 0.98, 0.99, 0.97, 0.97, 0.95, 0.99, 0.82, 0.93, 0.89, 0.70),
        "eval25": (0.98, 0.89, 0.99, 0.94, 0.94, 0.89, 0.93, 0.51, 0.74, 0.92, 0.86),
        "eval26": (0.95, 0.98, 0.98, 0.72, 0.85, 0.77, 0.83, 0.60, 0.90, 0.99, 0.75),
        "eval27": (0.98, 0.99, 0.97, 0.75, 0.76, 0.89, 0.93, 0.60, 0.87, 0.99, 0.94),
        "eval28": (0.99, 0.95, 0.98, 0.90, 0.95, 0.82, 0.93, 0.41, 0.77, 0.99, 0.80),
        "eval29": (0.99, 0.98, 0.97, 0.97, 0.96, 0.88, 0.93, 0.72, 0.86, 0.99, 0.92),
        "eval30": (0.98, 0.98, 0.99, 0.99, 0.98, 0.94, 0.99, 0.72, 0.92, 0.99, 0.87),
        "eval31": (0.99, 0.96, 0.99, 0.96, 0.96, 0.93, 0.97, 0.70, 0.86, 0.99, 0.99),
        "eval32": (0.99, 0.99, 0.99, 0.84, 0.84, 0.83, 0.83, 0.74, 0.81, 0.99, 0.99),
        "eval33": (0.95, 0.98, 0.99, 0.94, 0.96, 0.89, 0.96, 0.71, 0.93, 0.83, 0.49),
        "eval34": (0.98, 0.99, 0.98, 0.78, 0.79, 0.86, 0.94, 0.66, 0.86, 0.99, 0.72),
        "eval35": (0.97, 0.99, 0.98, 0.92, 0.84, 0.86, 0.91, 0.80, 0.84, 0.71, 0.37),
        "eval36": (0.99, 0.99, 0.98, 0.97, 0.97, 0.96, 0.98, 0.82, 0.96, 0.93, 0.68),
        "eval37": (0.99, 0.94, 0.99, 0.96, 0.98, 0.94, 0.97, 0.72, 0.92, 0.99, 0.87),
        "eval38": (0.99, 0.97, 0.99, 0.99, 0.97, 0.98, 0.98, 0.77, 0.95, 0.91, 0.47),
        "eval39": (0.99, 0.98, 0.99, 0.65, 0.65, 0.92, 0.91, 0.89, 0.80, 0.99, 0.99),
        "eval40": (0.99, 0.91, 0.97, 0.97, 0.96, 0.88, 0.90, 0.70, 0.89, 0.99, 0.89),
        "eval41": (0.99, 0.98, 0.99, 0.97, 0.97, 0.97, 0.97, 0.67, 0.91, 0.90, 0.90),
        "eval42": (0.99, 0.98, 0.97, 0.99, 0.99, 0.97, 0.97, 0.95, 0.97, 0.92, 0.92),
        "eval43": (0.98, 0.99, 0.97, 0.97, 0.95, 0.91, 0.87, 0.60, 0.92, 0.93, 0.58),
        "eval44": (0.99, 0.99, 0.99, 0.99, 0.90, 0.80, 0.89, 0.66, 0.85, 0.94, 0.83),
        "eval45": (0.99, 0.78, 0.98, 0.89, 0.89, 0.90, 0.94, 0.63, 0.75, 0.99, 0.83),
        "eval46": (0.99, 0.96, 0.97, 0.90, 0.90, 0.86, 0.89, 0.87, 0.96, 0.94, 0.75),
        "eval47": (0.98, 0.97, 0.99, 0.97, 0.97, 0.88, 0.94, 0.96, 0.96, 0.99, 0.99),
        "eval48": (0.98, 0.97, 0.99, 0.97, 0.99, 0.89, 0.91, 0.69, 0.85, 0.89, 0.49),
        "eval49": (0.97, 0.95, 0.99, 0.97, 0.99, 0.81, 0.99, 0.62, 0.94, 0.92, 0.76),
        "eval50": (0.98, 0.99, 0.99, 0.84, 0.95, 0.85, 0.95, 0.81, 0.94, 0.99, 0.81),
        "eval51": (0.99, 0.99, 0.99, 0.96, 0.96, 0.95, 0.97, 0.84, 0.86, 0.79, 0.79),
        "eval52": (0.92, 0.92, 0.99, 0.77, 0.92, 0.54, 0.85, 0.65, 0.52, 0.93, 0.79),
        "eval53": (0.98, 0.98, 0.98, 0.66, 0.65, 0.64, 0.90, 0.73, 0.87, 0.80, 0.80),
        "eval54": (0.97, 0.99, 0.99, 0.95, 0.99, 0.68, 0.96, 0.57, 0.89, 0.92, 0.69),
        "eval55": (0.95, 0.99, 0.97, 0.92, 0.99, 0.89, 0.98, 0.75, 0.93, 0.80, 0.47),
        "eval56": (0.97, 0.99, 0.99, 0.96, 0.94, 0.92, 0.97, 0.79, 0.89, 0.99, 0.67),
        "eval57": (0.98, 0.98, 0.99, 0.98, 0.99, 0.94, 0.99, 0.70, 0.94, 0.99, 0.82),
        "eval58": (0.98, 0.99, 0.98, 0.61, 0.61, 0.70, 0.76, 0.84, 0.88, 0.91, 0.79),
        "eval59": (0.98, 0.97, 0.99, 0.93, 0.92, 0.91, 0.93, 0.74, 0.89, 0.93, 0.75),
        "eval60": (0.98, 0.98, 0.99, 0.97, 0.97, 0.72, 0.98, 0.64, 0.94, 0.92, 0.52),
        "eval61": (0.98, 0.99, 0.97, 0.95, 0.96, 0.89, 0.94, 0.86, 0.92, 0.99, 0.61),
        "eval62": (0.98, 0.97, 0.99, 0.89, 0.88, 0.97, 0.99, 0.74, 0.78, 0.99, 0.69),
        "eval63": (0.98, 0.96, 0.98, 0.94, 0.94, 0.91, 0.99, 0.71, 0.84, 0.95, 0.92),
        "eval64": (0.97, 0.88, 0.96, 0.53, 0.55, 0.61, 0.78, 0.69, 0.79, 0.89, 0.82),
        "eval65": (0.98, 0.99, 0.99, 0.96, 0.97, 0.95, 0.95, 0.96, 0.91, 0.92, 0.69),
        "eval66": (0.97, 0.98, 0.99, 0.72, 0.74, 0.88, 0.98, 0.84, 0.83, 0.87, 0.58),
        "eval67": (0.98, 0.98, 0.98, 0.98, 0.99, 0.73, 0.98, 0.86, 0.88, 0.94, 0.62),
        "eval68": (0.97, 0.99, 0.98, 0.97, 0.99, 0.96, 0.98, 0.86, 0.88, 0.99, 0.75),
        "eval69": (0.97, 0.98, 0.99, 0.94, 0.96, 0.84, 0.92, 0.83, 0.90, 0.93, 0.93),
        "eval70": (0.98, 0.99, 0.98, 0.92, 0.92, 0.92, 0.99, 0.84, 0.92, 0.99, 0.99),
        "eval71": (0.98, 0.98, 0.99, 0.97, 0.99, 0.72, 0.96, 0.77, 0.97, 0.76, 0.62),
        "eval72": (0.98, 0.97, 0.99, 0.94, 0.95, 0.92, 0.99, 0.92, 0.90, 0.87, 0.77),
        "eval73": (0.96, 0.98, 0.99, 0.91, 0.89, 0.94, 0.96, 0.92, 0.62, 0.91, 0.79),
        "eval74": (0.98, 0.99, 0.97, 0.94, 0.96, 0.87, 0.99, 0.69, 0.85, 0.99, 0.69),
        "eval75": (0.99, 0.98, 0.98, 0.89, 0.89, 0.89, 0.92, 0.62, 0.94, 0.96, 0.82),
        "eval76": (0.98, 0.99, 0.98, 0.98, 0.99, 0.82, 0.89, 0.95, 0.87, 0.87, 0.56),
        "eval77": (0.97, 0.94, 0.98, 0.82, 0.84, 0.84, 0.92, 0.94, 0.85, 0.99, 0.71),
        "eval78": (0.98, 0.96, 0.99, 0.92, 0.94, 0.79, 0.95, 0.80, 0.71, 0.95, 0.87),
        "eval79": (0.98, 0.98, 0.97, 0.95, 0.99, 0.90, 0.96, 0.79, 0.92, 0.95, 0.87),
        "eval80": (0.99, 0.97, 0.98, 0.93, 0.93, 0.94, 0.96, 0.78, 0.75, 0.96, 0.81),
        "eval81": (0.96, 0.99, 0.95, 0.65, 0.67, 0.72, 0.79, 0.47, 0.78, 0.93, 0.88),
        "eval82": (0.98, 0.99, 0.99, 0.98, 0.99, 0.95, 0.98, 0.85, 0.89, 0.99, 0.71),
        "eval83": (0.97, 0.95, 0.99, 0.94, 0.92, 0.90, 0.94, 0.84, 0.77, 0.60, 0.77),
        "eval84": (0.98, 0.94, 0.99, 0.75, 0.76, 0.78, 0.85, 0.91, 0.84, 0.99, 0.87),
        "eval85": (0.99, 0.99, 0.97, 0.95, 0.93, 0.91, 0.93, 0.99, 0.76, 0.99, 0.67),
        "eval86": (0.98, 0.97, 0.99, 0.80, 0.82, 0.93, 0.93, 0.59, 0.99, 0.84, 0.49),
        "eval87": (0.97, 0.98, 0.97, 0.81, 0.83, 0.88, 0.96, 0.77, 0.74, 0.90, 0.83),
        "eval88": (0.99, 0.99, 0.99, 0.93, 0.95, 0.88, 0.96, 0.54, 0.70, 0.82, 0.54),
        "eval89": (0.98, 0.99, 0.99, 0.79, 0.82, 0.87, 0.94, 0.72, 0.84, 0.99, 0.99),
        "eval90": (0.98, 0.77, 0.99, 0.73, 0.74, 0.76, 0.96, 0.83, 0.67, 0.93, 0.72),
        "eval91": (0.98, 0.97, 0.99, 0.79, 0.80, 0.91, 0.97, 0.89, 0.82, 0.99, 0.65),
        "eval92": (0.99, 0.94, 0.98, 0.54, 0.51, 0.75, 0.89, 0.74, 0.69, 0.84, 0.74),
        "eval93": (0.98, 0.81, 0.99, 0.86, 0.86, 0.74, 0.92, 0.76, 0.79, 0.99, 0.91),
        "eval94": (0.99, 0.95, 0.99, 0.58, 0.58, 0.96, 0.95, 0.87, 0.65, 0.86, 0.52),
        "eval95": (0.97, 0.97, 0.99, 0.65, 0.62, 0.82, 0.91, 0.69, 0.57, 0.86, 0.49),
        "eval96": (0.96, 0.71, 0.99, 0.69, 0.78, 0.78, 0.91, 0.99, 0.80, 0.79, 0.74),
    }.items()
}
TUNED = tuple(TUNED_FLOORS)


@pytest.mark.parametrize(
    ("folder", "floors"),
    [("eval", FLOORS), ("eval2", FLOORS), ("eval3", FLOORS), ("eval4", EVAL4_FLOORS),
     ("eval5", EVAL5_FLOORS), ("eval6", EVAL6_FLOORS),
     *TUNED_FLOORS.items()],
)
def test_eval_set_scores(folder: str, floors: dict[str, float]) -> None:
    totals, _ = _eval_module().evaluate(ROOT / "tests" / "data" / folder)
    low = {k: totals[k] for k, floor in floors.items() if (totals[k] or 0.0) < floor}
    assert not low, f"below the floors {floors}: {low}"


@pytest.mark.parametrize(
    "folder",
    ["eval", "eval2", "eval3", "eval4", "eval5", "eval6", *TUNED])
def test_own_scorer_agrees_with_the_shared_one(folder: str, scorer: ModuleType) -> None:
    ev = _eval_module()
    own, _ = ev.evaluate(ROOT / "tests" / "data" / folder)
    shared, _ = ev.evaluate(ROOT / "tests" / "data" / folder, scorer=scorer)
    assert own == {k: v for k, v in shared.items() if k in own}


def test_own_scorer_counts_misses_and_false_alarms() -> None:
    from collections import Counter

    gs = _eval_module().load(ROOT / "tools" / "gold_score.py", "pollstats_gold_score")
    text = "Of 1,000 adults, 27% of men and 30% of women agreed."
    gold = {"stats": [
        {"quote": "27%", "kind": "share", "low": 27, "high": 27, "unit": "percent",
         "subgroup": "men", "source": "Pew Research Center"},
        {"quote": "30%", "kind": "share", "low": 31, "high": 31, "unit": "percent"},
    ], "comparisons": [{"from": [27, 27], "to": [30, 30]}]}
    records = [
        {"type": "statistic", "start": 17, "end": 20, "low": 27.0, "high": 27.0,
         "unit": "percent", "kind": "share", "subgroup": "of men", "source": "Pew"},
        {"type": "statistic", "start": 32, "end": 35, "low": 30.0, "high": 30.0,
         "unit": "percent", "kind": "share", "subgroup": "women"},
        {"type": "comparison", "from": {"low": 27, "high": 27}, "to": [30, 30], "derived": True},
    ]
    n: Counter[str] = Counter()
    errors: list[str] = []
    gs.score_text(text, gold, records, n, errors, "t")
    scores = gs.totals(n)
    assert (scores["stat_precision"], scores["stat_recall"]) == (0.5, 0.5)  # 30 is not 31
    assert scores["source_recall"] == 1.0 and scores["subgroup_recall"] == 1.0
    assert scores["subgroup_precision"] == 1.0  # the unmatched 30% is not counted
    assert scores["comparison_recall"] == 0.0  # a derived comparison is not scored
    assert any(e.startswith("MISS") for e in errors) and any(e.startswith("FALSE") for e in errors)
