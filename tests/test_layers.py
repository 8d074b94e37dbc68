"""The import direction of DESIGN.md: service -> triage, drafting -> models; inside service/,
edges -> domains -> core, SQL only in store modules, commits only at the edges."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "models": {"triage", "drafting", "service"},
    "triage": {"drafting", "service"},
    "drafting": {"triage", "service"},
}


def _imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_library_packages_import_only_downwards(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_packages(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_library_packages_never_open_a_session() -> None:
    for package in ("triage", "drafting"):
        for path in (ROOT / package).rglob("*.py"):
            assert "sessionmaker" not in path.read_text(encoding="utf-8"), path


# service/ layers: the edges and the composition root -> domains -> core -> models.
EDGES = {"http", "api", "web", "cli"}
ROOT_MODULE = "context"  # service/context.py builds the app; only edges import it
DOMAINS = {
    "feedback",
    "ideas",
    "review",
    "okrs",
    "notify",
    "workspaces",
    "sampledata",
    "intake",
    "portal",
    "alerts",
}
MAY_NOT_IMPORT = {
    "core": DOMAINS | EDGES | {ROOT_MODULE},
    **{domain: EDGES | {ROOT_MODULE} for domain in DOMAINS},
    ROOT_MODULE: EDGES,
    "api": {"web", "cli"},
    "web": {"api", "cli"},
    "cli": {"api", "web"},
    "http": {"cli"},
}
SERVICE_MODULES = sorted((ROOT / "service").rglob("*.py"))
# Statement builders of sqlalchemy that belong in store modules only.
STATEMENTS = {"select", "update", "delete", "insert", "func", "text"}


def _layer(path: Path) -> str:
    """The part of service/ a file belongs to: `core`, a domain, an edge, or `context`."""
    parts = path.relative_to(ROOT / "service").parts
    return parts[0].removesuffix(".py")


def _service_layers_imported(path: Path) -> set[str]:
    """The service/ parts a module imports (`from service import web` counts as `web`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "service":
                modules += [f"service.{alias.name}" for alias in node.names]
            else:
                modules.append(node.module)
    return {m.split(".")[1] for m in modules if m.startswith("service.")}


def _is_store(path: Path) -> bool:
    return path.name == "store.py" or path.name.endswith("_store.py")


def _statement_calls(path: Path) -> list[str]:
    """Calls that build SQL from names imported from sqlalchemy: select(...), func.count(...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    local: set[str] = set()  # names bound to statement builders
    modules: set[str] = set()  # names bound to the sqlalchemy package itself
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            local |= {a.asname or a.name for a in node.names if a.name in STATEMENTS}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == "sqlalchemy"}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = node.func
        if isinstance(called, ast.Name) and called.id in local:
            found.append(f"{called.id}() line {node.lineno}")
        elif isinstance(called, ast.Attribute) and isinstance(called.value, ast.Name):
            name = called.value.id
            if name in local or (name in modules and called.attr in STATEMENTS):
                found.append(f"{name}.{called.attr}() line {node.lineno}")
    return found


def test_service_layers_import_only_downwards() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            _service_layers_imported(path) & MAY_NOT_IMPORT.get(_layer(path), set())
        )
        for path in SERVICE_MODULES
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_sql_statements_live_in_store_modules() -> None:
    offenders = {
        str(path.relative_to(ROOT)): calls
        for path in SERVICE_MODULES
        if not _is_store(path) and (calls := _statement_calls(path))
    }
    assert offenders == {}


def test_domains_and_core_never_commit() -> None:
    """Transactions belong to the edge: the request, the CLI command or the job runner."""
    offenders = []
    for path in SERVICE_MODULES:
        if _layer(path) not in DOMAINS | {"core"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "commit"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
