"""`python -m generator.theme_templates`: compile the theme's templates, in the environment a
MkDocs build of this checkout makes (mkdocs.yml's theme, as the hook extends it:
`mkdocs_hook.theme_environment`), into the compiled templates kept between processes
(`template_cache.ThemeTemplates`), whatever PYTHONDONTWRITEBYTECODE says. `make test` runs it
once, so that the builds the tests start (and CI's, where bytecode is not written) compile none
of them: 0.23 s of processor time a build. Every HTML and XML template the theme's folders hold
is compiled, as a build may read any of them, but those that need another plugin's filters
(the blog's): a build without the plugin cannot compile them either."""

from __future__ import annotations

import logging
import re
from typing import Any, Iterator

import jinja2

from mkdocs.config import load_config

from .mkdocs_hook import ROOT, theme_environment

TEMPLATE_ENDINGS = ("html", "xml")


def compile_theme_templates() -> int:
    """Compile them; how many were compiled."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(str(ROOT / "mkdocs.yml"))
    env = config.theme.get_env()
    theme_environment(env)
    env.bytecode_cache.write = True
    listed = env.list_templates()
    names = [name for name in listed if name.rsplit(".", 1)[-1] in TEMPLATE_ENDINGS]
    words = set(_strings(config.theme.get("icon"))) | set(_strings(config.theme.get("palette")))
    for name in names:
        words.update(re.findall(r"[\w./-]+", env.loader.get_source(env, name)[0]))
    names += sorted({f".icons/{word}.svg" for word in words} & set(listed))
    compiled = 0
    for name in names:
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            continue
        compiled += 1
    return compiled



def _strings(value: Any) -> Iterator[str]:
    """Every text in a setting of mkdocs.yml, in its lists and fields."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for each in value.values():
            yield from _strings(each)
    elif isinstance(value, (list, tuple)):
        for each in value:
            yield from _strings(each)


if __name__ == "__main__":
    compile_theme_templates()
