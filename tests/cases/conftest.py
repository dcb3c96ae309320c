"""Fixtures of tests/cases, kept in cases_helpers: test folders share sys.path."""

from cases_helpers import *  # noqa: F403
