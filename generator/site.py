"""Load → check → link: the site model of a project folder, or every error at once."""

from __future__ import annotations

from pathlib import Path

from .checks import run_checks
from .errors import ValidationFailed
from .link import Site, link
from .load import load_inputs


def build_site(root: Path) -> Site:
    """Read, check and link everything under `root`; raise ValidationFailed with every error."""
    inputs = load_inputs(Path(root))
    errors = inputs.errors + run_checks(inputs)
    if errors or not all(plan.complete for plan in inputs.plans):
        raise ValidationFailed(errors)
    return link(inputs)
