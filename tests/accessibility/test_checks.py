"""The deployment check says when barrier reports would reach nobody by e-mail."""

from django.core import checks


def test_deploy_check_warns_without_a_feedback_address(settings):
    settings.FEEDBACK_EMAIL = ""

    found = checks.run_checks(include_deployment_checks=True)

    assert "accessibility.W001" in [message.id for message in found]


def test_deploy_check_is_quiet_with_a_feedback_address(settings):
    settings.FEEDBACK_EMAIL = "barrierefreiheit@example.org"

    found = checks.run_checks(include_deployment_checks=True)

    assert "accessibility.W001" not in [message.id for message in found]
