"""REPL and notebook manners: short reprs, len/iteration, readable str, to_dict, HTML views,
help() that documents the arguments (#15 item 6)."""

from __future__ import annotations

import pydoc
import re

import pollstats

TEXT = ("A Gallup poll of 1,012 adults conducted in May 2024 found that 41% back the levy, "
        "down from 45% in 2023. " * 100)


def test_extraction_repr_is_short_with_counts_and_first_words() -> None:
    ex = pollstats.extract(TEXT)
    text = repr(ex)
    assert len(text) < 160 and len(TEXT) > 6000
    assert text.startswith("<Extraction: ") and "'A Gallup poll of 1,012" in text
    assert f"{len(ex.statistics)} statistics" in text
    assert f"{len(ex.comparisons)} comparison" in text and f"{len(TEXT):,} characters" in text
    assert repr(pollstats.extract("")) == "<Extraction: 0 statistics, 0 comparisons; '' (0 characters)>"
    assert "published 2024-05-02" in repr(pollstats.extract("41%", published="2024-05-02"))


def test_len_and_iteration_go_over_the_statistics() -> None:
    ex = pollstats.extract("Support was 41%, then 45%; 1,000 adults were asked.")
    assert len(ex) == len(ex.statistics) == 3
    assert list(ex) == list(ex.statistics)
    assert [st.text for st in ex] == ["41%", "45%", "1,000 adults"]


def test_statistic_str_and_to_dict() -> None:
    ex = pollstats.extract("A Gallup poll in May 2024 found that 41% back the levy.")
    (st,) = ex.statistics
    assert st.to_dict() == {**ex.records()[0], "survey": None}
    line = str(st)
    assert line.startswith('share 41% "41%" [') and "source Gallup" in line
    assert "period 2024-05" in line and "\n" not in line
    assert repr(st).startswith("Statistic(")  # the full repr stays for debugging


def test_comparison_str_and_to_dict() -> None:
    text = "Trust slid from 45% in 2023 to 38% in 2024."
    ex = pollstats.extract(text)
    (comp,) = ex.comparisons
    (rec,) = [r for r in ex.records() if r["type"] == "comparison"]
    assert comp.to_dict(text) == rec
    assert comp.to_dict()["text"] is None and comp.to_dict()["change_points"] == -7.0
    assert str(comp) == "45% (2023) → 38% (2024): -7 pts (-15.6%)"


def test_html_views_of_statistic_comparison_and_series() -> None:
    ex = pollstats.extract("Trust <b>slid</b> from 45% in 2023 to 38% in 2024.")
    st = ex.statistics[0]
    html = st._repr_html_()
    assert "<mark" in html and "45%" in html and "<b>" not in html
    assert "38%" in ex.comparisons[0]._repr_html_()
    docs = {
        "2022.txt": pollstats.extract("In a Gallup poll in May 2022, 41% backed the levy."),
        "2023.txt": pollstats.extract("In a Gallup poll in May 2023, 44% backed the levy."),
    }
    (series,) = pollstats.series(docs, key=lambda r: r["source"])
    table = series._repr_html_()
    assert table.count("<tr>") == 3 and "2022-05" in table and "44%" in table
    ids = re.findall(r'id="([^"]+)"', html + ex.comparisons[0]._repr_html_() + table
                     + st._repr_html_())
    assert len(ids) == len(set(ids)) == 4  # unique even for the same statistic twice


def test_help_of_extract_documents_arguments_returns_and_errors() -> None:
    text = pydoc.render_doc(pollstats.extract, renderer=pydoc.plaintext)
    for word in ("published", "YYYY-MM-DD", "sample_size", "Returns", "Extraction", "Raises",
                 "TypeError", "PollstatsError"):
        assert word in text, word
