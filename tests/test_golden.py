"""Golden files: the exact dataset rows of every sample, so any change in output is seen and reviewed.

After an intended change, regenerate with ``python -m pytest tests/test_golden.py --update-golden``
and read the diff of tests/golden/ before committing it.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhr_extract.api import extract_document

pytestmark = pytest.mark.usefixtures("cached_corpus_reads")  # corpus documents read once a process (conftest)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".pdf", ".docx", ".html"))
GOLDEN = Path(__file__).parent / "golden"


def snapshot(path: Path) -> dict[str, list]:
    data = extract_document(path.relative_to(ROOT))
    return {
        "recommendations": [[r.rec_number, r.owner, r.scope, r.rec_text] for r in data.recommendations],
        "actions": [[a.rec_number, a.agency, a.action_text, a.evidence_text, a.target_date_text,
                     a.target_date.isoformat() if a.target_date else None, a.target_kind, a.agency_canonical]
                    for a in data.actions],
        "progress": [[p.progress_seq, p.as_of, p.progress_text, p.rag, p.status] for p in data.progress],
        "residue": [[r.column_header, r.text, r.reason] for r in data.residue],
    }


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_output_matches_golden_file(path: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    golden = GOLDEN / f"{path.name}.json"
    current = snapshot(path)
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file: run pytest {__file__} --update-golden"
    assert current == json.loads(golden.read_text(encoding="utf-8"))
