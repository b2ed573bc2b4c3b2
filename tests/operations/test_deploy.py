"""The README's several-machines environment (PostgreSQL, Redis, S3) passes
``manage.py check --deploy`` without a warning, as the single-machine one does."""

import re
import secrets
import subprocess

from tests.operations.conftest import PYTHON, ROOT, project_environment


def _readme_several_machines_environment() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Deploying on several machines", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    environment = {}
    for line in block.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, value = line.split("=", 1)
            environment[name] = re.sub(r"<[^>]*>", "example", value)
    environment["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    return environment


def test_check_deploy_reports_nothing_with_the_several_machines_environment():
    environment = _readme_several_machines_environment()
    assert environment["DJANGO_MEDIA_STORAGE"] == "s3"

    result = subprocess.run(
        [PYTHON, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=project_environment(**environment),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
