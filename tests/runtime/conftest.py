"""Fixtures for the runtime tests: the IRC tests' real ngircd and IRC clients, taken from
tests/irc/conftest.py as they are (imported, not copied)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

IRC_TESTS = Path(__file__).resolve().parents[1] / "irc"
sys.path.insert(0, str(IRC_TESTS))  # ngircd_server, which those fixtures import

_spec = importlib.util.spec_from_file_location("irc_test_fixtures", IRC_TESTS / "conftest.py")
assert _spec is not None and _spec.loader is not None
_irc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_irc)

ngircd = _irc.ngircd
clients = _irc.clients
