"""Write the N-Triples of every release in some folders, one sorted file per release.

Used to show that a refactor or a speed change leaves the graphs byte-identical:

    python scripts/snapshot_ntriples.py ../shared/corpus data -o /tmp/before
    ... change the code ...
    python scripts/snapshot_ntriples.py ../shared/corpus data -o /tmp/after
    diff -r /tmp/before /tmp/after && echo identical

A release that fails to build gets a ``<id>.error`` file holding the error's class and
message, so a change in failures shows in the diff too. JSON Lines inputs give one file per
line (``<file stem>-<line number>.nt``).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", help="folders of *.txt releases, or .jsonl files")
    ap.add_argument("-o", "--out", required=True, help="folder to write <id>.nt files into")
    args = ap.parse_args(argv)

    import kg
    from kg.corpus.inputs import iter_documents

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    count = 0
    for item in iter_documents([str(p) for p in args.inputs]):
        if isinstance(item, Exception):
            continue
        name = Path(item.name).stem if "#" not in item.name else item.name.replace("/", "_")
        try:
            text = kg.build(item).serialize("nt") or ""
            lines = sorted(line for line in text.splitlines() if line.strip())
            body = "\n".join(lines) + "\n"
            (out / f"{name}.nt").write_text(body, encoding="utf-8")
        except kg.KGError as exc:
            body = f"{type(exc).__name__}: {exc}\n"
            (out / f"{name}.error").write_text(body, encoding="utf-8")
        digest.update(name.encode() + b"\0" + body.encode())
        count += 1
    print(f"{count} releases -> {out}  sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
