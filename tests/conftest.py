"""Shared pytest options."""
from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.json from the current output instead of comparing")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With the suite on several processes (pytest-xdist's ``loadgroup``), the tests of a file that
    share one of its module fixtures (a corpus read once) run on one process; the others are
    spread test by test, so a file of many slow tests does not hold one process to the end."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        module = getattr(item, "module", None)
        if info is None or module is None:
            continue
        shared = [d for defs in info.name2fixturedefs.values() for d in defs
                  if d.scope != "function" and getattr(d.func, "__module__", None) == module.__name__]
        if shared:
            item.add_marker(pytest.mark.xdist_group(module.__name__))
