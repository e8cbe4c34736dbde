"""Agreement between the theme coder and hand-coded recommendations.

    python tools/theme_agreement.py            # figures for tests/theme_cases.py (DEV, HOLDOUT, FRESH)
    python tools/theme_agreement.py --show     # and every recommendation where they differ

Figures: primary theme (the coder's first theme is the tool's rank 1), theme-set precision and
recall (over all themes given, micro-averaged) and sector.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NamedTuple, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dhr_extract.normalise.agencies import canonical_agencies  # noqa: E402
from dhr_extract.normalise.theme_codebook import ThemeCodebook  # noqa: E402
from dhr_extract.normalise.sector import recommendation_sector  # noqa: E402
from dhr_extract.normalise.themes import code_recommendation  # noqa: E402
from tests.theme_cases import DEV, FRESH, HOLDOUT, Case  # noqa: E402


class Coded(NamedTuple):
    case: Case
    themes: tuple[str, ...]
    evidence: tuple[str, ...]
    sector: str


class Agreement(NamedTuple):
    n: int
    primary: float
    precision: float
    recall: float
    sector: float

    def line(self, name: str) -> str:
        return (f"{name:8s} n={self.n:3d}  primary {self.primary:.0%}  precision {self.precision:.2f}  "
                f"recall {self.recall:.2f}  sector {self.sector:.0%}")


def code_case(case: Case, codebook: ThemeCodebook | None = None) -> Coded:
    codes = code_recommendation(case.rec, case.actions, codebook)
    types = [ref.agency_type for cell in case.agencies for ref in canonical_agencies(cell)]
    return Coded(case, tuple(c.theme for c in codes), tuple(c.evidence for c in codes),
                 recommendation_sector(types, "", case.rec))


def agreement(coded: Sequence[Coded]) -> Agreement:
    given = sum(len(c.themes) for c in coded)
    expected = sum(len(c.case.themes) for c in coded)
    both = sum(len(set(c.themes) & set(c.case.themes)) for c in coded)
    return Agreement(
        n=len(coded),
        primary=sum(bool(c.themes) and c.themes[0] == c.case.themes[0] for c in coded) / len(coded),
        precision=both / given if given else 0.0,
        recall=both / expected if expected else 0.0,
        sector=sum(c.sector == c.case.sector for c in coded) / len(coded),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the recommendations where tool and coder differ")
    parser.add_argument("--set", choices=("dev", "holdout", "fresh", "all"), default="all")
    args = parser.parse_args(argv)
    sets = {"dev": DEV, "holdout": HOLDOUT, "fresh": FRESH}
    for name, cases in sets.items():
        if args.set not in (name, "all"):
            continue
        coded = [code_case(c) for c in cases]
        print(agreement(coded).line(name))
        if args.show:
            for c in coded:
                if c.themes != c.case.themes or c.sector != c.case.sector:
                    print(f"  - {c.case.rec[:110]}\n    coder {c.case.themes} {c.case.sector}\n"
                          f"    tool  {c.themes} {c.sector}  {c.evidence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
