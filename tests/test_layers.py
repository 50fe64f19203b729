"""The architecture's rules, checked on the source: import direction, pure parsers, small modules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {"parsers": 0, "warehouse": 1, "flows": 2}
FORBIDDEN_IN_PARSERS = {"prefect", "duckdb", "httpx", "apprise", "requests", "urllib.request", "socket"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_imports_only_go_down_the_layers(package: str) -> None:
    for path in _modules(package):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in LAYERS:
                assert LAYERS[top] <= LAYERS[package], f"{path.relative_to(ROOT)} imports {name}: " \
                    f"imports go parsers <- warehouse <- flows"


def test_parsers_do_no_io_and_import_no_engines() -> None:
    for path in _modules("parsers"):
        for name in _imports(path):
            assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_PARSERS), \
                f"{path.relative_to(ROOT)} imports {name}"
        source = path.read_text(encoding="utf-8")
        assert "open(" not in source and "read_text(" not in source, f"{path.name} reads files"


def test_sql_and_duckdb_live_only_in_the_warehouse() -> None:
    for package in ("parsers", "flows"):
        for path in _modules(package):
            assert "duckdb" not in {n.split(".")[0] for n in _imports(path)} or path.name == "cli.py", path
            source = path.read_text(encoding="utf-8")
            for keyword in ("SELECT ", "INSERT INTO", "CREATE TABLE", "DELETE FROM"):
                assert keyword not in source, f"{path.relative_to(ROOT)} holds SQL ({keyword.strip()})"


def test_modules_stay_small() -> None:
    for package in LAYERS:
        for path in _modules(package):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines <= 500, f"{path.relative_to(ROOT)} has {lines} lines"


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from flows.cli import main\nimport duckdb\n")
    assert {"flows.cli", "duckdb"} <= _imports(bad)
