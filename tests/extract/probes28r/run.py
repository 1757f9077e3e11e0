"""r-roles28 roles probe, end to end: `PYTHONPATH=. python tests/extract/probes28r/run.py [-v] [names]`.
Runs the runner of probes26r/ on this folder's releases (one runner for every round). Not a test."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ["EKG_PROBE_DIR"] = HERE
sys.argv[0] = __file__
runpy.run_path(os.path.join(HERE, "..", "probes26r", "run.py"), run_name="__main__")
