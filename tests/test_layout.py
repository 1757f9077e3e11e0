"""The package layout that docs/architecture.md describes: no import cycle among modules
(lazy imports inside functions count too), and every folder of the tree is on that page."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kg"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def import_graph() -> nx.DiGraph:
    """Module -> module it imports (any ``kg`` import anywhere in the file)."""
    modules = _modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from kg.x import y": y is a module when kg.x.y is one, else a name in kg.x
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules
                           else node.module for a in node.names]
            for target in targets:
                if target in modules and target != name:
                    graph.add_edge(name, target)
    return graph


def test_no_import_cycle_among_modules():
    graph = import_graph()
    # a package's __init__ importing its own modules is how packages work, not a cycle
    graph.remove_edges_from([(a, b) for a, b in list(graph.edges) if b.startswith(a + ".")])
    cycles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    assert cycles == []


def test_every_folder_is_on_the_architecture_page():
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    folders = sorted({p.parent.relative_to(ROOT).as_posix() + "/" for p in PACKAGE.rglob("*.py")})
    assert folders, "no package found"
    missing = [f for f in folders if f"`{f}`" not in page]
    assert missing == []


def test_every_package_folder_has_an_init():
    missing = [p.parent.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py")
               if not (p.parent / "__init__.py").exists()]
    assert missing == []
