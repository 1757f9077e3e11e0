"""``python -m kg``: the ``kg`` command (:mod:`kg.cli`)."""

from kg.cli import main

if __name__ == "__main__":
    main()
