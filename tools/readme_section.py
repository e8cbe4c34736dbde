"""A generated section of the README, between two markers: replace it, or check it is current.

Shared by tools/render_dictionary.py, tools/render_themes.py and tools/render_status_codebook.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable


def replace_section(text: str, start: str, end: str, body: str) -> str:
    """``text`` with what stands between the ``start`` and ``end`` markers replaced by ``body``."""
    after_start, before_end = text.index(start) + len(start), text.index(end)
    return text[:after_start] + "\n" + body + text[before_end:]


def main(readme: Path, updated: Callable[[str], str], tool: str, description: str,
         argv: list[str] | None = None) -> int:
    """Rewrite the README's section (or, with --check, exit 1 when it is out of date)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="only check that README.md is up to date")
    args = parser.parse_args(argv)
    text = readme.read_text(encoding="utf-8")
    new = updated(text)
    if args.check:
        if new != text:
            print(f"README.md is out of date: run python {tool}", file=sys.stderr)
            return 1
        return 0
    if new != text:
        readme.write_text(new, encoding="utf-8")
        print("README.md updated", file=sys.stderr)
    return 0
