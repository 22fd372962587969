"""The public surface: every module of kg says what it exports, and exports it."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import kg
import kg.errors

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(kg.__path__, prefix="kg.")
    if not name.rsplit(".", 1)[-1].startswith("_")
)


@pytest.mark.parametrize("name", MODULES)
def test_module_declares_and_defines_its_exports(name: str) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{name} has no __all__"
    assert sorted(exported) == sorted(set(exported)), f"{name}.__all__ repeats a name"
    missing = [member for member in exported if not hasattr(module, member)]
    assert missing == [], f"{name}.__all__ names what it does not define: {missing}"


def test_package_exports_every_error() -> None:
    errors = {
        name
        for name in kg.errors.__all__
        if isinstance(getattr(kg.errors, name), type)
        and issubclass(getattr(kg.errors, name), kg.errors.KGError)
    }
    assert errors <= set(kg.__all__), sorted(errors - set(kg.__all__))
    for name in errors:
        assert issubclass(getattr(kg, name), kg.KGError)
