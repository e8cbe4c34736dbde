"""Score the producer corpus (tools/render_pdfs.py) and print it worst first, with a mean per producer.

    python tools/score_producers.py [tests/fixtures/producers]
    python tools/score_producers.py tests/fixtures/heldout    # the held-out plans (tools/make_heldout.py)

One line per PDF: file, producer, overall, recs_found, recs_extra; then each producer's mean.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_samples import score_folder  # noqa: E402  (tools/score_samples.py)

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("overall", "recs_found", "recs_extra")


def producer_of(file_name: str) -> str:
    """``<plan>.<producer>.pdf`` -> ``<producer>``; a plan's own ``<plan>.docx`` / ``.html`` -> its format."""
    parts = file_name.split(".")
    return parts[-2] if len(parts) > 2 else parts[-1]


def score_lines(results: dict[str, dict[str, float]]) -> list[str]:
    """The table rows, lowest overall first (then by name, so the order is stable)."""
    rows = sorted(results.items(), key=lambda item: (item[1].get("overall", -1.0), item[0]))
    lines = [f"| {'file':48} | {'producer':13} | " + " | ".join(f"{c:>10}" for c in COLUMNS) + " |",
             "|" + "-" * 50 + "|" + "-" * 15 + "|" + "|".join("-" * 12 for _ in COLUMNS) + "|"]
    for name, metrics in rows:
        lines.append(f"| {name:48} | {producer_of(name):13} | "
                     + " | ".join(f"{metrics.get(c, float('nan')):>10.4f}" for c in COLUMNS) + " |")
    return lines


def producer_means(results: dict[str, dict[str, float]]) -> dict[str, tuple[float, int, int]]:
    """Producer -> (mean overall, files, files at or above 0.97), producers by name."""
    by_producer: dict[str, list[float]] = defaultdict(list)
    for name, metrics in results.items():
        by_producer[producer_of(name)].append(metrics.get("overall", 0.0))
    return {p: (mean(v), len(v), sum(x >= 0.97 for x in v)) for p, v in sorted(by_producer.items())}


def main(folder: Path) -> int:
    results = score_folder(folder)
    print("\n".join(score_lines(results)))
    print()
    print(f"| {'producer':13} | {'mean overall':>12} | {'files':>5} | {'>= 0.97':>7} |")
    print("|" + "-" * 15 + "|" + "-" * 14 + "|" + "-" * 7 + "|" + "-" * 9 + "|")
    for producer, (average, count, good) in producer_means(results).items():
        print(f"| {producer:13} | {average:12.4f} | {count:5d} | {good:7d} |")
    everything = [m.get("overall", 0.0) for m in results.values()]
    print(f"\nall {len(everything)} documents: mean overall {mean(everything):.4f}, "
          f"{sum(x >= 0.97 for x in everything)} at or above 0.97")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "fixtures" / "producers"))
