"""Spec examples and negatives of the figure normalizers, as data (specs/figures.json)."""

from __future__ import annotations

import importlib
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

SPEC = json.loads((Path(__file__).parent / "specs" / "figures.json").read_text(encoding="utf-8"))
FUNCTIONS = {k: v for k, v in SPEC.items() if k.startswith("kg.")}


def _function(path: str):
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def _call(path: str, arg):
    fn = _function(path)
    spec = FUNCTIONS[path]
    if "ref" in spec:
        return fn(arg, date.fromisoformat(spec["ref"]))
    return fn(*arg) if isinstance(arg, list) else fn(arg)


def _same(got, want) -> bool:
    if isinstance(want, list):
        return list(got) == want if got is not None else False
    if isinstance(got, (int, float, Decimal)) and not isinstance(got, bool):
        return Decimal(str(got)).normalize() == Decimal(want).normalize()  # float now, Decimal later
    return got == want


EXAMPLES = [(p, arg, want) for p, spec in FUNCTIONS.items() for arg, want in spec["examples"]]
NEGATIVES = [(p, arg) for p, spec in FUNCTIONS.items() for arg in spec["negatives"]]


@pytest.mark.parametrize("path, arg, want", EXAMPLES, ids=[f"{p.rsplit('.', 1)[1]}:{a}" for p, a, _ in EXAMPLES])
def test_example(path, arg, want):
    got = _call(path, arg)
    assert _same(got, want), f"{path}({arg!r}) = {got!r}, want {want!r}"


@pytest.mark.parametrize("path, arg", NEGATIVES, ids=[f"{p.rsplit('.', 1)[1]}:{a}" for p, a in NEGATIVES])
def test_negative(path, arg):
    assert _call(path, arg) is None


def test_every_function_has_examples():
    assert all(spec["examples"] for spec in FUNCTIONS.values())
