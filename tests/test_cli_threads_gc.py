"""Issue 13 row 2: the ``kg`` process gives numpy's OpenBLAS one thread unless told
otherwise, and no garbage collection walks the imports and the model (kg.pipeline.nlp.paused_gc)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import nlp as nlp_module
from kg.pipeline.nlp import paused_gc

ROOT = Path(__file__).resolve().parents[1]
CLEAN = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")}

# what kg.cli.main() leaves in the environment, and whether numpy's OpenBLAS has one thread
PROBE = (
    "import os, sys\nfrom kg import cli\ncli._one_blas_thread()\n"
    "print(os.environ.get('OPENBLAS_NUM_THREADS'), 'numpy' in sys.modules)\n"
)


def run(code: str, **env: str) -> str:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={**CLEAN, **env}, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_one_blas_thread_by_default() -> None:
    assert run(PROBE) == "1 False"


@pytest.mark.parametrize("name", ["OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"])
def test_a_thread_count_of_the_environment_is_kept(name: str) -> None:
    got = run(PROBE, **{name: "3"})
    assert got == ("3 False" if name == "OPENBLAS_NUM_THREADS" else "None False")


def test_nothing_set_once_numpy_is_loaded() -> None:
    """OpenBLAS read its variables when numpy loaded: setting one after would only mislead."""
    assert run("import numpy\n" + PROBE) == "None True"


def test_the_kg_process_runs_openblas_with_one_thread(tmp_path) -> None:
    """``python -m kg``: the variable is set before any command imports numpy."""
    code = ("import sys, threading\nsys.argv = ['kg', 'info']\nimport kg.cli\n"
            "try:\n    kg.cli.main()\nexcept SystemExit:\n    pass\n"
            "import os\nprint(os.environ.get('OPENBLAS_NUM_THREADS'))\n")
    assert run(code).splitlines()[-1] == "1"


def test_paused_gc_restores_the_collector(monkeypatch) -> None:
    monkeypatch.setattr(nlp_module, "_GC_TUNED", True)  # nothing frozen in the test process
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc(freeze=False):
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before: still off
    finally:
        gc.enable()


def test_paused_gc_freezes_what_it_made_until_tuned() -> None:
    code = ("import gc\nfrom kg.pipeline import nlp\n"
            "before = gc.get_freeze_count()\n"
            "with nlp.paused_gc():\n    junk = [[i] for i in range(1000)]\n"
            "after = gc.get_freeze_count()\n"
            "nlp.tune_gc()\ntuned = gc.get_freeze_count()\n"
            "with nlp.paused_gc():\n    more = [[i] for i in range(1000)]\n"
            "print(after - before >= 1000, gc.get_freeze_count() == tuned, gc.isenabled())\n")
    assert run(code) == "True True True"
    # freeze=False never freezes
    code = ("import gc\nfrom kg.pipeline import nlp\nbefore = gc.get_freeze_count()\n"
            "with nlp.paused_gc(freeze=False):\n    junk = [[i] for i in range(1000)]\n"
            "print(gc.get_freeze_count() == before)\n")
    assert run(code) == "True"
