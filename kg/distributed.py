"""``python -m kg.distributed``: the documented entry point of :mod:`kg.corpus.distributed`."""

import sys

from kg.corpus.distributed import main

if __name__ == "__main__":
    sys.exit(main())
