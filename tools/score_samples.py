"""Export every plan in a folder and score it against its *.truth.json annotation.

    python tools/score_samples.py [samples/]

Prints one line per document: its file name and the scorer's metrics.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import score  # noqa: E402  (tools/score.py)

from dhr_extract.api import extract_paths  # noqa: E402
from dhr_extract.outputs.writers import write_dataset  # noqa: E402


def annotated_documents(folder: Path) -> list[tuple[Path, Path]]:
    """(document, truth) pairs: every document whose stem has a <stem>.truth.json beside it."""
    pairs = []
    for truth in sorted(folder.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        for doc in sorted(folder.glob(stem + ".*")):
            if doc != truth and doc.suffix.lower() in (".pdf", ".docx", ".html", ".htm"):
                pairs.append((doc, truth))
    return pairs


def score_folder(folder: Path) -> dict[str, dict[str, float]]:
    pairs = annotated_documents(folder)
    results = {}
    with tempfile.TemporaryDirectory() as out:
        write_dataset(extract_paths([doc for doc, _ in pairs]), Path(out), ["parquet"])
        for doc, truth in pairs:
            results[doc.name] = score(json.loads(truth.read_text()), out, doc.name)
    return results


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("samples")
    for name, metrics in score_folder(folder).items():
        print(f"{name:40} {json.dumps(metrics)}")
