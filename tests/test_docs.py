"""The docs keep up with the code: every public name documented, every page linked."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import attrs
import pytest

import pollstats

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _sections() -> dict[str, str]:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    parts = re.split(r"^### `([^`]+)`\s*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _parameters(obj: object) -> list[str]:
    if isinstance(obj, type) and attrs.has(obj):
        return [f.name for f in attrs.fields(obj)]
    if isinstance(obj, type) and issubclass(obj, BaseException):
        own = [c for c in obj.__mro__ if c.__module__.startswith("pollstats")]
        if not any("__init__" in vars(c) for c in own):
            return []  # the built-in exception's (*args)
        obj = obj.__init__
    assert callable(obj)
    return [p for p in inspect.signature(obj).parameters if p != "self"]


@pytest.mark.parametrize("name", pollstats.__all__)
def test_public_name_is_in_the_api_reference(name: str) -> None:
    sections = _sections()
    assert name in sections, f"docs/api.md has no '### `{name}`' section"
    body = sections[name]
    missing = [p for p in _parameters(getattr(pollstats, name))
               if not re.search(rf"\b{re.escape(p)}\b", body)]
    assert not missing, f"docs/api.md, {name}: parameters or fields not mentioned: {missing}"


def test_api_reference_has_no_stale_sections() -> None:
    public = set(pollstats.__all__)
    stale = [n for n in _sections() if not n.startswith("pollstats.") and n not in public]
    assert not stale


def test_every_page_is_linked_from_the_index_and_links_resolve() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = sorted(p.name for p in DOCS.glob("*.md") if p.name != "index.md")
    assert [p for p in pages if f"({p})" not in index] == []
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([\w-]+\.md)(?:#[\w-]*)?\)", page.read_text("utf-8")):
            assert (DOCS / target).exists(), f"{page.name} links to missing {target}"
