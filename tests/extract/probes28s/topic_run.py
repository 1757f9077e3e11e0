"""s-sessions28 topic sentences: `PYTHONPATH=. python tests/extract/probes28s/topic_run.py`. Runs the
runner of probes25s/ on this folder's files (one runner for every round). Not a test."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ["EKG_PROBE_DIR"] = HERE
sys.argv[0] = __file__
runpy.run_path(os.path.join(HERE, "..", "probes25s", "topic_run.py"), run_name="__main__")
