"""Installing and testing as the README says: the right distribution, the checkout's source."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import pollstats

ROOT = Path(__file__).resolve().parents[1]
#: The distribution name on the package index; the import name stays ``pollstats``. The name
#: ``pollstats`` itself on the index belongs to an unrelated project.
DISTRIBUTION = "pollstats-extract"

_PIP = re.compile(r"pip[ \t]+install[ \t]+([^`\n&;|#]+)")
#: A requirement of the name ``pollstats`` (not ``pollstats-extract``), with or without extras.
_WRONG = re.compile(r"""(?<![\w.-])['"]?pollstats(?:\[[\w,]*\])?['"]?(?![\w.-])""")


def _texts() -> list[Path]:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    paths += [*sorted((ROOT / "pollstats").glob("*.py")), ROOT / "fuzz" / "README.md"]
    return [p for p in paths if p.exists()]


#: The one warning the docs may write: "Never `pip install pollstats`".
_WARNING = re.compile(r"Never\s+`pip\s+install\s+pollstats`")


def _install_lines(text: str) -> list[str]:
    """The arguments of every ``pip install`` in ``text`` (a line break inside a code span
    joined first; the warning against the wrong name left out)."""
    text = _WARNING.sub("", text.replace("install\n", "install "))
    return [m.group(1) for m in _PIP.finditer(text)]


def test_the_project_is_named_with_the_free_distribution_name() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["name"] == DISTRIBUTION
    assert meta["project"]["scripts"]["pollstats"] == "pollstats.cli:main"


@pytest.mark.parametrize("path", _texts(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_install_line_fetches_the_unrelated_pollstats(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    wrong = [args for args in _install_lines(text)
             if any(_WRONG.fullmatch(word) for word in args.split())]
    assert not wrong, f"{path.name}: install lines that fetch the unrelated 'pollstats': {wrong}"
    # an extra written as the wrong distribution anywhere (`pollstats[pandas]`)
    assert not re.search(r"(?<![\w.-])pollstats\[", text), path.name


def test_the_checker_catches_the_wrong_lines() -> None:
    bad = ["pip install pollstats", "pip install 'pollstats[pandas]'", "pip install -U pollstats",
           'pip install "pollstats[plot,testing]"']
    good = ["pip install .", "pip install '.[pandas]'", "pip install -e '.[test]'",
            "pip install 'pollstats-extract[pandas]'", "pip install pollstats-extract"]
    for line in bad:
        assert any(_WRONG.fullmatch(w) for a in _install_lines(line) for w in a.split()), line
    for line in good:
        assert not any(_WRONG.fullmatch(w) for a in _install_lines(line) for w in a.split()), line


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    return block.group(1).splitlines()


def test_readme_test_command_is_an_editable_install() -> None:
    test_line = [c for c in _readme_commands() if "pytest" in c]
    assert test_line == ["pip install -e '.[test]' && pytest"]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_line = next(c for c in _readme_commands() if "pytest" in c)
    assert test_line in ci
    # and the long tests the default run leaves out (spread over the cores)
    assert any(c.startswith("pytest -m slow") for c in ci)


def test_the_imported_pollstats_is_this_checkout() -> None:
    """After the README's test command, pytest tests the source being edited, not a copy."""
    assert Path(pollstats.__file__).resolve() == ROOT / "pollstats" / "__init__.py"
    from pollstats import pipeline

    assert Path(pipeline.__file__).resolve().parent == ROOT / "pollstats"
