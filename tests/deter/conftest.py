"""Fixtures of tests/deter, kept in deter_helpers: test folders share sys.path."""

from deter_helpers import *  # noqa: F403
