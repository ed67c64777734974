"""The quick-start notebook runs top to bottom (so it never goes stale) and is stored without outputs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "quickstart.ipynb"


def test_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.slow  # starts a Jupyter kernel and builds, queries, draws and saves a graph
def test_notebook_runs(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    work = tmp_path / "nb"
    work.mkdir()
    shutil.copy(NOTEBOOK, work / NOTEBOOK.name)
    nb = nbformat.read(work / NOTEBOOK.name, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    outputs = "".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for c in nb.cells for o in c.get("outputs", [])
    )
    assert "Phạm Minh Chính" in outputs
    # the views are shown inline (an iframe with its page in srcdoc), never a local file
    shown = [o["data"]["text/html"] for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    frames = [h for h in shown if h.startswith("<iframe srcdoc=")]
    assert len(frames) == 2 and not any("file:" in h or ' src="' in h for h in frames)
    # files go to the notebook's chosen folder, not the working folder
    out = Path(re.search(r"files go to (\S+)", outputs).group(1))
    try:
        assert (out / "quickstart-graph.ttl").stat().st_size > 1000
        assert (out / "quickstart-graph.html").exists()
        assert sorted(p.name for p in work.iterdir()) == [NOTEBOOK.name]
    finally:
        shutil.rmtree(out, ignore_errors=True)
