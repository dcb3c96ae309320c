"""Schemathesis against the published OpenAPI document: generated requests (valid and not)
to every API operation, as a reviewer; no 5xx, and every answer conforms to the schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from web_support import Env, make_env

_ENV: Env | None = None


def _env() -> Env:
    global _ENV
    if _ENV is None:
        import tempfile

        _ENV = make_env(Path(tempfile.mkdtemp(prefix="sweetie-schema-")) / "env")
    return _ENV


@pytest.fixture(scope="module", autouse=True)
def _close() -> Iterator[None]:
    yield
    if _ENV is not None:
        _ENV.pipeline.close()


# Built at collection: schemathesis parametrizes the test from the schema.
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", _env().app)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    env = _env()
    case.call_and_validate(
        headers={"Authorization": f"Bearer {env.tokens['reviewer']}"},
        checks=[
            not_a_server_error,
            response_schema_conformance,
            status_code_conformance,
            content_type_conformance,
        ],
    )
