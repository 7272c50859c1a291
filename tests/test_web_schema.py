"""schemathesis against /openapi.json: generated requests to every operation, bounded in
number, and no answer is a server error or breaks the published schema."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from copydesk.web.app import create_app  # noqa: E402

app = create_app(workers=2, timeout=30, max_bytes=20_000)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_never_answers_a_server_error(case):
    response = case.call()
    case.validate_response(response, checks=[schemathesis.checks.not_a_server_error])
    assert response.status_code < 500
    ctype = response.headers.get("content-type") or ""
    ctype = ctype[0] if isinstance(ctype, list) else ctype
    if ctype.startswith("application/json") and response.status_code >= 400:
        assert set(response.json()) == {"error"}
