"""Coordinator's event probe, round 28: `PYTHONPATH=. python tests/extract/probes28e/run.py [-v] [name ...]`.
Runs the runner of probes26e/ on this folder's releases (one runner for every round). Not a test."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ["EKG_PROBE_DIR"] = HERE
sys.argv[0] = __file__
runpy.run_path(os.path.join(HERE, "..", "probes26e", "run.py"), run_name="__main__")
