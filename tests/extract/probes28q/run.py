"""q-stats28 figure probe: `PYTHONPATH=. python tests/extract/probes28q/run.py [-v] [name ...]`. Runs the
runner of probes25q/ on this folder's files (one runner for every round). Not a test."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ["EKG_PROBE_DIR"] = HERE
sys.argv[0] = __file__
runpy.run_path(os.path.join(HERE, "..", "probes25q", "run.py"), run_name="__main__")
