"""One way the tests check CASE/UCO JSON-LD: `case_validate` from case-utils, offline."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def assert_case_conforms(document: bytes, folder: Path) -> None:
    """The document conforms to CASE 1.4, without even an Info or a Warning."""
    path = folder / "case.jsonld"
    path.write_bytes(document)
    validator = shutil.which("case_validate", path=str(Path(sys.executable).parent))
    assert validator is not None, "case-utils is a dev dependency: pip install -e '.[dev]'"
    result = subprocess.run(
        [validator, "--built-version", "case-1.4.0", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Conforms: True" in result.stdout
    assert "Validation Result" not in result.stdout  # not even an Info or a Warning
