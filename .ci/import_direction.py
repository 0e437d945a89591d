"""Import direction and module length for the three layers (run by `make lint`).

    python .ci/import_direction.py [ROOT]

Imports run one way: crawler/ -> archive/ -> extraction/. Every import is found with `ast`:
top-level and inside functions, `import x`, `from x import y`, relative imports, and
`importlib.import_module("x")` / `__import__("x")` with a literal string. Prints one line per
violation and a summary, and exits 1 when there is any; exits 0 otherwise. Standard library
only, so it runs before (and without) the project's own dependencies.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

# Which top-level modules a layer may not import (each entry also covers its submodules).
# A layer missing here (crawler/) may import anything; tests/ and bench/ are not checked.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "extraction": ("crawler", "archive", "scrapy", "twisted", "scrapy_redis",
                   "scrapy_playwright", "playwright", "datasette"),
    "archive": ("crawler", "scrapy", "twisted"),
}

# Exceptions to FORBIDDEN: the one file (path relative to ROOT) that may import one module.
# archive/cli.py launches crawls, so it alone may import crawler.run (and only that).
ALLOWED: dict[str, tuple[str, ...]] = {
    "archive/cli.py": ("crawler.run",),
}

# No .py file under these directories may be longer than MAX_LINES lines (tests/ is exempt).
LENGTH_CHECKED: tuple[str, ...] = ("extraction", "archive", "crawler", "bench")
MAX_LINES = 400

# Calls whose first argument, when a string literal, names a module that gets imported.
IMPORT_CALLS: frozenset[str] = frozenset({"importlib.import_module", "import_module",
                                          "__import__"})


@dataclass(frozen=True)
class Violation:
    path: str
    line: int | None
    message: str
    kind: str = "direction"  # or "length", "syntax"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


def covers(prefix: str, module: str) -> bool:
    """Whether `module` is `prefix` or one of its submodules (or names inside them)."""
    return module == prefix or module.startswith(prefix + ".")


def module_name(relpath: Path) -> str:
    parts = list(relpath.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def resolve_relative(current: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute module a relative import (`from ..x import y`, level 2) refers to."""
    package = current.split(".") if is_package else current.split(".")[:-1]
    base = package[: max(len(package) - (level - 1), 0)]
    return ".".join(base + ([name] if name else []))


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def imports(tree: ast.AST, current: str, is_package: bool) -> list[tuple[int, str, list[str]]]:
    """Every import in `tree`: (line, module, names imported from it; [] for a plain import)."""
    found: list[tuple[int, str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                module = resolve_relative(current, is_package, node.level, node.module)
            names = [alias.name for alias in node.names if alias.name != "*"]
            found.append((node.lineno, module, names))
        elif isinstance(node, ast.Call) and _call_name(node.func) in IMPORT_CALLS:
            target = _literal(node.args[0]) if node.args else None
            if target is None:
                continue
            if target.startswith("."):
                package_arg = next((kw.value for kw in node.keywords if kw.arg == "package"),
                                   node.args[1] if len(node.args) > 1 else None)
                package = _literal(package_arg)
                level = len(target) - len(target.lstrip("."))
                rest = target.lstrip(".") or None
                if package is not None:
                    target = resolve_relative(package, True, level, rest)
                else:
                    target = resolve_relative(current, is_package, level, rest)
            found.append((node.lineno, target, []))
    return sorted(found, key=lambda item: item[0])


def direction_violations(relpath: str, module: str, line: int, target: str,
                         names: list[str]) -> list[Violation]:
    layer = relpath.split("/", 1)[0]
    allowed = ALLOWED.get(relpath, ())
    rule = next((banned for banned in FORBIDDEN.get(layer, ()) if covers(banned, target)), None)
    if rule is None:
        return []

    def exempt(name: str) -> bool:
        return any(covers(prefix, name) for prefix in allowed)

    if exempt(target):
        return []
    qualified = [f"{target}.{name}" for name in names]
    rejected = [name for name in qualified if not exempt(name)]
    if names and not rejected:
        return []
    why = f"({layer}/ may not import {rule})"
    if names and len(rejected) < len(qualified):
        return [Violation(relpath, line, f"{module} imports {name} {why}") for name in rejected]
    return [Violation(relpath, line, f"{module} imports {target} {why}")]


def check_file(root: Path, path: Path) -> list[Violation]:
    relpath = path.relative_to(root).as_posix()
    layer = relpath.split("/", 1)[0]
    text = path.read_text(encoding="utf-8")
    violations: list[Violation] = []
    lines = len(text.splitlines())
    if layer in LENGTH_CHECKED and lines > MAX_LINES:
        violations.append(Violation(relpath, None, f"{lines} lines (max {MAX_LINES})",
                                    "length"))
    if layer not in FORBIDDEN:
        return violations
    try:
        tree = ast.parse(text, filename=relpath)
    except SyntaxError as error:
        return [*violations, Violation(relpath, error.lineno, f"syntax error: {error.msg}",
                                         "syntax")]
    module = module_name(Path(relpath))
    is_package = path.name == "__init__.py"
    for line, target, names in imports(tree, module, is_package):
        violations.extend(direction_violations(relpath, module, line, target, names))
    return violations


def check(root: Path) -> tuple[list[Violation], int]:
    """All violations under `root`, and how many files were checked."""
    violations: list[Violation] = []
    checked = 0
    for layer in sorted(set(FORBIDDEN) | set(LENGTH_CHECKED)):
        for path in sorted((root / layer).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            checked += 1
            violations.extend(check_file(root, path))
    return violations, checked


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    violations, checked = check(root.resolve())
    for violation in violations:
        print(violation)
    if violations:
        files = len({violation.path for violation in violations})
        print(f"import_direction: {len(violations)} violation(s) in {files} file(s) "
              f"({checked} files checked)")
        return 1
    print(f"import_direction: OK ({checked} files checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
