"""Small helpers shared by the tests."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_tool(name: str) -> ModuleType:
    """A script of tools/ as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def split_per_document(batch_out: Path, documents: list[Path], folder: Path) -> Path:
    """A batch's recommendations / actions / progress split into one folder per document (named
    after it), as the scorer loads whole tables and small ones are quick."""
    import pandas as pd

    recs, actions, progress = (pd.read_parquet(batch_out / f"{t}.parquet")
                               for t in ("recommendations", "actions", "progress"))
    for doc in documents:
        own = folder / doc.name
        own.mkdir()
        recs[recs["source_file"].map(lambda p: Path(p).name) == doc.name].to_parquet(own / "recommendations.parquet")
        acts = actions[actions["source_file"].map(lambda p: Path(p).name) == doc.name]
        acts.to_parquet(own / "actions.parquet")
        progress[progress["action_id"].isin(set(acts["action_id"]))].to_parquet(own / "progress.parquet")
    return folder
