"""Load → check → link: the site model of a project folder, or every error at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Collection, Optional

from .checks import CheckCache, Rule, run_checks, with_registry_and_source_hints
from .errors import ValidationFailed
from .load import Inputs, LoadCache, load_inputs

if TYPE_CHECKING:
    from .link import Site


def build_site(root: Path, cache: Optional[LoadCache] = None, checked: Optional[CheckCache] = None,
               rules: Optional[Collection[Rule]] = None) -> Site:
    """Read, check and link everything under `root`; raise ValidationFailed with every error.

    A `cache` (kept by `mkdocs serve` between rebuilds) spares parsing unchanged files, and
    `checked` checking them again. Every rule, or only `rules` (a past revision's,
    `checks.REVISION_RULES`); every file must load whatever the rules."""
    from .link import link  # here: `validate` checks without linking, and need not import it

    return link(checked_inputs(root, cache, checked, rules=rules))


def checked_inputs(root: Path, cache: Optional[LoadCache] = None, checked: Optional[CheckCache] = None,
                   linked: bool = True, rules: Optional[Collection[Rule]] = None) -> Inputs:
    """Read and check everything under `root` (as `build_site`), for what else reads the
    checked files before linking: `validate`'s warnings. Not to be `linked` (`validate`), the
    checks' workers do not hand back where they found the quotes (`run_checks`)."""
    inputs = load_inputs(Path(root), cache)
    errors = with_registry_and_source_hints(inputs) + run_checks(inputs, checked, linked, rules)
    if errors or not all(plan.complete for plan in inputs.plans):
        raise ValidationFailed(errors, inputs)
    return inputs
