"""The generator of the tampered golden bundles, loaded once for every test that uses it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

GOLDEN = Path(__file__).parent / "data" / "tampered_bundles"


def _load_make() -> ModuleType:
    loaded = sys.modules.get("make_bundles")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location("make_bundles", GOLDEN / "make.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make = _load_make()
