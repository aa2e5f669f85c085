"""The recipes of docs/scaling.md run as written: extract_many always, Dask when installed,
PySpark when installed with a Java runtime. Each runs in a folder with archive/*.txt."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

import pollstats

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import documents, poll_dense

DOC = Path(__file__).resolve().parents[1] / "docs" / "scaling.md"
TEXTS = documents(poll_dense(0.02, seed=5))  # about 10 documents of ~2 KB
STAT_COLUMNS = ["kind", "text", "start", "end", "low", "high", "unit", "qualifier",
                "source", "period", "population", "subgroup", "measure"]


def _block(heading: str) -> str:
    """The python code block under the section whose heading contains ``heading``."""
    text = DOC.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    (section,) = [s for s in sections if s.splitlines()[0].find(heading) >= 0]
    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    return code


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    folder = tmp_path / "archive"
    folder.mkdir()
    docs = [(f"doc{i:03d}.txt", text) for i, text in enumerate(TEXTS)]
    for name, text in docs:
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return docs


def _expected_rows(docs: list[tuple[str, str]]) -> list[tuple[object, ...]]:
    return [(name, *(r[c] for c in STAT_COLUMNS))
            for name, text in docs for r in pollstats.extract(text).records()
            if r["type"] == "statistic"]


def _run(code: str) -> dict[str, object]:
    namespace: dict[str, object] = {"__name__": "scaling_recipe"}
    exec(compile(code, str(DOC), "exec"), namespace)
    return namespace


def test_extract_many_recipe(archive: list[tuple[str, str]]) -> None:
    _run(_block("extract_many"))
    lines = Path("stats.jsonl").read_text(encoding="utf-8").splitlines()
    expected = [{"document": name, **r} for name, text in archive
                for r in pollstats.extract(text).records()]
    assert [json.loads(line) for line in lines] == expected
    assert len(expected) > 10


def test_dask_recipe(archive: list[tuple[str, str]]) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("pandas")
    ns = _run(_block("Dask"))
    frame = ns["frame"]
    rows = [tuple(None if v != v else v for v in row)  # NaN (a missing float) -> None
            for row in frame.itertuples(index=False, name=None)]  # type: ignore[attr-defined]
    assert rows == _expected_rows(archive)


def test_pyspark_recipe(archive: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("PySpark needs a Java runtime")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    ns = _run(_block("PySpark"))
    try:
        rows = [tuple(r) for r in ns["rows"]]  # type: ignore[attr-defined]
        schema = ns["stats"].schema  # type: ignore[attr-defined]
    finally:
        ns["spark"].stop()  # type: ignore[attr-defined]
    expected = sorted(_expected_rows(archive), key=lambda r: (r[0], r[3]))
    assert rows == expected
    assert [f.name for f in schema.fields] == ["document", *STAT_COLUMNS]
