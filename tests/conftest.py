"""Shared test settings."""

from __future__ import annotations

import os

from hypothesis import settings

# CI runs the same examples every time: a property that fails there fails on every run and
# can be reproduced; locally, hypothesis explores anew each run.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
