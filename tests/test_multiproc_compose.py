"""compose.yaml is valid YAML and wires the team set-up the README describes: PostgreSQL, a
migration that runs first, several API processes behind the proxy, and a worker."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_runs_migrate_first_then_apis_behind_the_proxy_and_a_worker() -> None:
    services = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]
    apis = sorted(name for name in services if name.startswith("api"))
    assert len(apis) >= 2 and {"db", "migrate", "worker", "proxy"} <= set(services)

    assert services["migrate"]["command"] == ["throughline", "migrate"]
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in [*apis, "worker"]:
        service = services[name]
        assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert service["environment"]["THROUGHLINE_DATABASE_URL"].startswith("postgresql://")
        assert "@db:5432/" in service["environment"]["THROUGHLINE_DATABASE_URL"]
    for name in apis:
        command = services[name]["command"]
        assert command[:2] == ["throughline", "serve"] and "--workers" in command
    assert services["worker"]["command"] == ["throughline", "worker"]

    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
    mounted = [v for v in services["proxy"]["volumes"] if v.startswith("./deploy/Caddyfile:")]
    assert mounted
    upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddyfile)
    assert upstreams is not None
    assert sorted(u.split(":")[0] for u in upstreams.group(1).split()) == apis
    assert (ROOT / "Dockerfile").is_file()
