"""Every use of reportlab's private names lives in presskit/renderers/rl/ (issue 11 §1).

The rest of Presskit uses reportlab's public API only. The test reads the source: a module
outside the backend package fails it when it

- imports a private name from reportlab (``from reportlab… import _x``);
- calls a private method through ``super()`` in a class derived from a reportlab class, or
  reads, writes or overrides on its ``self`` a private name that reportlab defines;
- reads or writes, on any other object, a private name that reportlab defines (a function,
  class, global or attribute ``_x`` somewhere in reportlab's source), unless the module does
  not import reportlab and Presskit defines that name itself (``book._load``).

- names such a private attribute as a string constant (``getattr(x, "_wrapInfo")``).

There is no exception left: ``pdf_flow``'s paragraph and keep-together build on
``rl.paragraph``.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import reportlab

import presskit

ROOT = Path(presskit.__file__).parent
BACKEND = ROOT / "renderers" / "rl"
# Modules allowed a listed private name, for a touch not yet moved into the backend.
KNOWN: dict[str, set[str]] = {}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _defined_private(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = n.name
        elif isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store):
            name = n.attr
        elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            name = n.id
        else:
            continue
        if _private(name):
            names.add(name)
    return names


@functools.cache
def reportlab_private() -> frozenset[str]:
    names: set[str] = set()
    for path in Path(reportlab.__file__).parent.rglob("*.py"):
        try:
            names |= _defined_private(ast.parse(path.read_bytes()))
        except SyntaxError:
            continue
    return frozenset(names)


def _modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if BACKEND not in p.parents)


@functools.cache
def presskit_private() -> frozenset[str]:
    names: set[str] = set()
    for path in _modules():
        names |= _defined_private(ast.parse(path.read_bytes()))
    return frozenset(names)


class _Scan(ast.NodeVisitor):
    def __init__(self, rl_names: frozenset[str], own: frozenset[str]):
        self.rl_names = rl_names
        self.own = own
        self.imports_reportlab = False
        self.from_reportlab: set[str] = {"P"}  # P: the paragraph module, by house habit
        self.rl_classes: set[str] = set()
        self.class_stack: list[bool] = []  # per enclosing class: derived from reportlab?
        self.found: list[tuple[int, str]] = []

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            if a.name.split(".")[0] == "reportlab":
                self.imports_reportlab = True
                self.from_reportlab.add((a.asname or a.name).split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module.split(".")[0] == "reportlab":
            self.imports_reportlab = True
            for a in node.names:
                self.from_reportlab.add(a.asname or a.name)
                if _private(a.name):
                    self.found.append((node.lineno, f"from {module} import {a.name}"))

    def _from_reportlab(self, base: ast.expr) -> bool:
        root = base
        while isinstance(root, ast.Attribute):
            root = root.value
        return isinstance(root, ast.Name) and (root.id in self.from_reportlab
                                               or root.id in self.rl_classes)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        derived = any(self._from_reportlab(b) for b in node.bases)
        if derived:
            self.rl_classes.add(node.name)
        self.class_stack.append(derived)
        self.generic_visit(node)
        self.class_stack.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if self.class_stack and self.class_stack[-1] and _private(node.name) \
                and node.name in self.rl_names:
            self.found.append((node.lineno, f"def {node.name}"))  # overrides reportlab's
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr",
                                                                 "hasattr", "delattr") \
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                and isinstance(node.args[1].value, str):
            name = node.args[1].value
            if _private(name) and name in self.rl_names and name not in self.own:
                self.found.append((node.lineno, f"{node.func.id} {name}"))
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        name = node.attr
        if _private(name):
            base = node.value
            if isinstance(base, ast.Name) and base.id in ("self", "cls"):
                # Our own state on a reportlab subclass is fine; reportlab's is not.
                touches = bool(self.class_stack and self.class_stack[-1]) \
                    and name in self.rl_names
            elif isinstance(base, ast.Call) and isinstance(base.func, ast.Name) \
                    and base.func.id == "super":
                touches = bool(self.class_stack and self.class_stack[-1])
            else:
                touches = name in self.rl_names and (self.imports_reportlab
                                                     or name not in self.own
                                                     or self._from_reportlab(base))
            if touches:
                self.found.append((node.lineno, ast.unparse(node)))
        self.generic_visit(node)


def scan(source: str) -> list[tuple[int, str]]:
    """(line, expression) of every touch of a reportlab private name in *source*."""
    visitor = _Scan(reportlab_private(), presskit_private())
    tree = ast.parse(source)
    # Imports first, so a class or attribute seen before a late import is judged right.
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            visitor.visit_Import(node)
        elif isinstance(node, ast.ImportFrom):
            visitor.visit_ImportFrom(node)
    visitor.found.clear()
    visitor.visit(tree)
    return sorted(set(visitor.found))


def test_no_module_outside_the_backend_touches_reportlab_internals() -> None:
    problems = []
    for path in _modules():
        rel = path.relative_to(ROOT).as_posix()
        allowed = KNOWN.get(rel, set())
        for line, expr in scan(path.read_text(encoding="utf-8")):
            if expr.rsplit(".", 1)[-1].split()[-1] not in allowed:
                problems.append(f"presskit/{rel}:{line}: {expr}")
    assert problems == []


def test_the_scan_finds_each_kind_of_touch() -> None:
    """The scan itself can fail: each way of reaching reportlab's internals is caught."""
    assert scan("from reportlab.platypus.flowables import _ContainerSpace\n") == [
        (1, "from reportlab.platypus.flowables import _ContainerSpace")]
    assert scan("from reportlab.pdfgen.canvas import Canvas\n"
                "def f(canv):\n    return canv._doc\n") == [(3, "canv._doc")]
    # No reportlab import in the module: still caught, the name is reportlab's only.
    assert scan("def f(canv):\n    canv._formsinuse.append(1)\n") == [(2, "canv._formsinuse")]
    assert scan("from reportlab.pdfgen.canvas import Canvas\n"
                "class C(Canvas):\n    def f(self):\n        self._startPage()\n"
                "        self._mine = 1\n"
                "        return super()._x()\n"
                "    def _setXObjects(self):\n        pass\n") == [
        (4, "self._startPage"), (6, "super()._x"), (7, "def _setXObjects")]
    assert scan("P = paragraph_module()\nP._wsc = ''\n") == [(2, "P._wsc")]
    assert scan("def f(k):\n    return getattr(k, '_wrapInfo', None)\n") == [
        (2, "getattr _wrapInfo")]
    # Our own objects' private state is not reportlab's.
    assert scan("class C:\n    def f(self):\n        return self._startPage\n") == []
    assert scan("from reportlab.pdfgen.canvas import Canvas\n"
                "def f(x):\n    return x._presskit_only_name\n") == []


def test_the_known_exceptions_are_still_needed() -> None:
    """A listed exception that is gone from its module is dropped from the list."""
    for rel, names in KNOWN.items():
        used = {expr.rsplit(".", 1)[-1].split()[-1]
                for _line, expr in scan((ROOT / rel).read_text(encoding="utf-8"))}
        assert names <= used, sorted(names - used)
