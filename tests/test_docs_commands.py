"""The README and the guide tell the truth: every command they show runs, every field is explained.

Commands are taken from the documents' shell code blocks and run in order, each document in
its own copy of the project (a git repository with an `origin/main`, as after a clone).
`make` targets that build or serve for a long time, or run this suite, are only checked
to exist; the others run their Makefile recipe in the copy.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import AS_A_TEST, REPO, make_site_project, run_module
from generator.scaffold import field_table

DOCUMENTS = ("README.md", "docs/bidra.md")
GUIDE = REPO / "docs" / "bidra.md"
GUIDE_FIELDS = REPO / "docs" / "bidra" / "falt.md"
RUN_TARGETS = {"validate", "build", "schema"}  # quick, and write only inside the copy
VENV_BIN = Path(sys.executable).parent


def commands(document: str) -> list[str]:
    """`make …` and `python -m generator …` lines of the document's shell code blocks, in order."""
    text = (REPO / document).read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"^ *```(?:sh|bash|shell)\n(.*?)^ *```", text, re.S | re.M):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if line.startswith("make ") or " -m generator" in line:
                found.append(line)
    return found


def makefile_recipes() -> dict[str, list[str]]:
    recipes: dict[str, list[str]] = {}
    current = None
    for line in (REPO / "Makefile").read_text(encoding="utf-8").splitlines():
        target = re.match(r"^([\w.-]+):(?!=)", line)
        if target:
            current = target.group(1)
            recipes[current] = []
        elif line.startswith("\t") and current:
            recipes[current].append(line.strip().lstrip("@"))
        elif not line.strip():
            current = None
    return recipes


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *AS_A_TEST, *args], check=True, capture_output=True)


def clone_like(target: Path) -> Path:
    """A copy of this project as a party office has it after cloning: a repository with origin/main."""
    root = make_site_project(target, REPO)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "clone")
    git(root, "update-ref", "refs/remotes/origin/main", "HEAD")
    # The site's repository, which the guide has a party office fetch as `upstream` to compare with.
    git(root, "update-ref", "refs/remotes/upstream/main", "HEAD")
    return root


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


CREATED = re.compile(r"^  (\S+\.(?:yaml|txt)) ", re.M)  # the files `new` says it wrote


def make_room_for(command: list[str], root: Path, scratch: Path) -> None:
    """A documented `new` shows an office drafting a plan that is not there yet. Once a real
    office has added that very plan, the copy drops it first, so that the example still runs as
    the guide shows it: the command, run on the registries alone, names the files it writes."""
    shutil.copytree(root / "registry", scratch / "registry", dirs_exist_ok=True)
    at = command.index("generator") + 1
    result = run([*command[:at], "--root", str(scratch), *command[at:]], root)
    assert result.returncode == 0, result.stdout + result.stderr
    for created in CREATED.findall(result.stdout):
        (root / created).unlink(missing_ok=True)


def make_sites_for(command: list[str], root: Path) -> None:
    """A documented `merge` shows the last job of a matrix build, whose folders hold each job's
    built site: two small sites with a national page and a page of their own each stand in."""
    at = command.index("merge") + 1
    sites = [word for word in command[at:] if not word.startswith("--")]
    sites.remove(command[command.index("--into") + 1])
    for number, name in enumerate(sites):
        site = root / name
        (site / "search").mkdir(parents=True)
        (site / "index.html").write_text("<p>Hela landet</p>", encoding="utf-8")
        (site / f"kommun-{number}.html").write_text("<p>En kommun</p>", encoding="utf-8")
        (site / "search" / "search_index.json").write_text(json.dumps(
            {"config": {"lang": ["sv"]}, "docs": [{"location": "", "title": "Start", "text": ""},
                                                  {"location": f"kommun-{number}.html", "title": name, "text": ""}]}),
            encoding="utf-8")


def test_documents_show_commands():
    assert len(commands("README.md")) >= 8
    assert len(commands("docs/bidra.md")) >= 5


def test_documented_make_targets_exist():
    recipes = makefile_recipes()
    for document in DOCUMENTS:
        for line in commands(document):
            if line.startswith("make "):
                for target in line.split()[1:]:
                    assert target in recipes, f"{document}: `{line}` – no target {target} in the Makefile"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_documented_commands_run(document, tmp_path):
    root = clone_like(tmp_path / "clone")
    recipes = makefile_recipes()
    failures = []
    for line in commands(document):
        words = shlex.split(line)
        if words[0] == "make":
            runs = [shlex.split(step.replace("$(BIN)/", f"{VENV_BIN}/"))
                    for target in words[1:] if target in RUN_TARGETS for step in recipes[target]]
        else:
            at = words.index("-m")
            runs = [[sys.executable, *words[at:]]]
        for command in runs:
            if "new" in command:
                make_room_for(command, root, Path(tempfile.mkdtemp(dir=tmp_path)))
            if "merge" in command:
                make_sites_for(command, root)
            result = run(command, root)
            if result.returncode != 0:
                failures.append(f"`{line}` exited {result.returncode}:\n{result.stdout}{result.stderr}")
            if "new" in command:
                # The guide's next step: the party writes its own words where the draft says
                # PLATSHÅLLARE (until then validate refuses the draft, as tested in test_scaffold).
                for created in CREATED.findall(result.stdout):
                    path = root / created
                    path.write_text(path.read_text(encoding="utf-8").replace("PLATSHÅLLARE – ", ""), encoding="utf-8")
    assert not failures, "\n\n".join(failures)


def test_every_subcommand_is_documented():
    usage = run_module("--help").stdout
    # The help lists each command on a line of its own, under KOMMANDO.
    subcommands = re.findall(r"^    ([a-z][a-z-]+)\b", usage.split("KOMMANDO\n", 1)[1], re.MULTILINE)
    assert len(subcommands) >= 7
    shown = " ".join(line for document in DOCUMENTS for line in commands(document))
    missing = [name for name in subcommands if f"-m generator {name}" not in shown]
    assert not missing, f"not shown in README.md or docs/bidra.md: {missing}"



def test_guide_names_every_system_package_the_first_setup_needs():
    """The guide's `apt-get install` line for `make validate` on a fresh Debian or Ubuntu
    machine names every package scripts/system-deps.sh installs for making .venv (where the
    script cannot install them itself, the office must)."""
    script = (REPO / "scripts" / "system-deps.sh").read_text(encoding="utf-8")
    venv = script.split('= "venv" ]; then', 1)[1].split("\nelse", 1)[0]
    needed = {name for group in re.findall(r"need\+=\(([^)]*)\)", venv) for name in group.split()}
    assert "python3-venv" in needed
    (line,) = [line for line in GUIDE.read_text(encoding="utf-8").splitlines() if "apt-get install" in line]
    shown = set(re.search(r"apt-get install ([^`]*)`", line).group(1).split())
    assert needed <= shown, f"docs/bidra.md: add {sorted(needed - shown)} to `{line.strip()}`"

def test_make_help_names_what_system_deps_and_test_install():
    """`make help` said the tests' system packages were Chromium alone; scripts/system-deps.sh
    installs npm too, and `make test` runs `npm ci` (the documentation audit)."""
    script = (REPO / "scripts" / "system-deps.sh").read_text(encoding="utf-8").split("\nelse\n", 1)[1]
    packages = {name for group in re.findall(r"need\+=\(([^)]*)\)", script.split("\nfi\n", 1)[0])
                for name in group.split() if not name.startswith("fonts-")}
    assert packages == {"chromium", "npm"}
    usage = run(["make", "-s", "help"], REPO).stdout
    for target in ("system-deps", "test"):
        (line,) = [line for line in usage.splitlines() if line.startswith(f"{target}: ")]
        assert packages <= set(re.findall(r"\w+", line.lower())), line


def test_the_setup_list_names_every_label_the_repository_applies():
    """GitHub applies a label that does not exist to nothing: each one an issue form or
    Dependabot asks for must be in README's list of what a new repository needs once."""
    import yaml

    github = REPO / ".github"
    wanted = {label for form in sorted((github / "ISSUE_TEMPLATE").glob("*.yml"))
              for label in (yaml.safe_load(form.read_text(encoding="utf-8")) or {}).get("labels", [])}
    dependabot = yaml.safe_load((github / "dependabot.yml").read_text(encoding="utf-8"))
    wanted |= {label for update in dependabot["updates"] for label in update.get("labels", [])}
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    setup = readme.split("### Setting up the repository on GitHub, once\n", 1)[1].split("\n### ", 1)[0]
    (labels,) = [step for step in re.split(r"\n(?=\d+\. )", setup) if step.startswith("6. **Labels**")]
    listed = set(re.findall(r"`([^`]+)`", labels))
    assert len(wanted) >= 4 and wanted <= listed, f"README.md, Labels: add {sorted(wanted - listed)}"


def test_the_readme_names_the_lock_files_make_setup_installs():
    """The README said `make setup` installs "the two other lock files"; it installs one, and
    `make bench` and `make test` the benchmark's (the documentation audit)."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    installed = {target: re.findall(r"^\t\$\(INSTALL\) -r (\S+)$", recipe, re.M)
                 for target, recipe in re.findall(r"^(\$\(\w+\)): [^\n]*\n((?:\t[^\n]*\n)+)", makefile, re.M)}
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    said = re.search(r"`make setup` installs uv with pip, then (.*?) with `uv pip install", readme).group(1)
    assert re.findall(r"`(\S+\.lock)`", said.split("(", 1)[0]) == installed["$(STAMP)"]
    assert re.findall(r"\(`make bench` and `make test` also `(\S+\.lock)`\)", said) == installed["$(BENCH_STAMP)"]


def test_make_clean_removes_what_a_build_made(tmp_path):
    """`make help` says `clean` removes what builds made; the pages `generator build` writes into
    docs/ for Zensical, Zensical's cache and a build's temporary folder stayed (the
    documentation audit)."""
    root = clone_like(tmp_path / "clone")
    for name in ("Makefile", ".gitignore"):
        shutil.copy(REPO / name, root / name)
    git(root, "add", "Makefile", ".gitignore")
    git(root, "commit", "-q", "-m", "as in the repository")
    assert run([sys.executable, "-m", "generator", "build"], root).returncode == 0
    for left in (".cache", ".site-new.x1"):  # Zensical's cache; what a killed build leaves
        (root / left).mkdir()
        (root / left / "index.html").write_text("", encoding="utf-8")
    # A contributor's new page, which git ignores until .gitignore names it (every folder of
    # docs/ but the hand-written ones is ignored): not the build's, so it stays (the review).
    (root / "docs" / "ny-sida").mkdir()
    (root / "docs" / "ny-sida" / "index.md").write_text("# Ny sida\n", encoding="utf-8")
    made = run(["git", "status", "--porcelain", "--ignored"], root).stdout
    assert "!! docs/amnen/" in made and "!! .cache/" in made
    result = run(["make", "-s", "clean"], root)
    assert result.returncode == 0, result.stderr
    assert run(["git", "status", "--porcelain", "--ignored"], root).stdout == "!! docs/ny-sida/\n"


def test_make_clean_empties_a_docs_folder_that_is_a_link(tmp_path):
    """A docs/ that is a link to the folder where the pages are (a contributor's checkout on
    another disk) has the generated files removed, and the folders they leave empty too:
    `find docs` does not go into a link it is given, so `amnen/` and its like stayed."""
    root, pages = tmp_path / "clone", tmp_path / "elsewhere" / "docs"
    root.mkdir()
    shutil.copy(REPO / "Makefile", root / "Makefile")
    (pages / "ämnen med mellanslag").mkdir(parents=True)
    (pages / "ämnen med mellanslag" / "en sida.md").write_text("", encoding="utf-8")
    (pages / "bidra.md").write_text("# Bidra\n", encoding="utf-8")
    (pages / ".generated").write_text("ämnen med mellanslag/en sida.md\n", encoding="utf-8")
    (root / "docs").symlink_to(pages)
    for _ in range(2):  # again, with nothing left to remove
        result = run(["make", "-s", "clean"], root)
        assert result.returncode == 0, result.stderr
        assert sorted(path.name for path in pages.iterdir()) == ["bidra.md"]


def test_the_guide_names_a_merge_button_the_rulesets_leave():
    """README's ruleset for `main` requires a linear history, so GitHub offers no **Merge pull
    request** (a merge commit), only squash and rebase; the guide told the party's approvers
    to click it (the documentation audit)."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "*Require linear history* (merges by squash or rebase)" in readme
    guide = GUIDE.read_text(encoding="utf-8")
    after = guide.split("## Efter sammanslagningen\n", 1)[1].split("\n## ", 1)[0]
    buttons = re.findall(r"\*\*([^*]+)\*\*\{lang=en\}", " ".join(after.split()))
    assert buttons and set(buttons) <= {"Squash and merge", "Rebase and merge", "Sync fork"}, buttons


def test_the_readme_sets_mains_rules_in_its_ruleset():
    """The setup list puts `main`'s rules in a ruleset (Settings → Rules → Rulesets); one step
    sent the maintainer to the classic branch protection, Settings → Branches, for a rule the
    ruleset holds (the documentation audit)."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "(Settings → Rules → Rulesets)" in readme
    assert "Settings → Branches" not in readme


def test_guide_topic_list_matches_the_registry():
    from generator.scaffold import topic_table

    text = GUIDE.read_text(encoding="utf-8")
    table = re.search(r"<!-- ämnen: början[^\n]*-->\n(.*?)<!-- ämnen: slut -->", text, re.S).group(1)
    assert table.strip("\n") + "\n" == topic_table(REPO), "docs/bidra.md: the topic list is out of date: run `make schema`"
    assert "- `vald-i-nara-relationer` – " in table and "mäns våld mot kvinnor" in table


def test_the_sources_readme_lists_no_text_that_is_gone():
    """sources/README.md says where the first archived texts come from; a removed document's line
    stayed, and nothing noticed. It need not list a text added later: a party's pull request may
    not touch the file (the scope check), and its plan's `source` gives the provenance (the
    maintainers' audit: a party's first plan failed this test, with no way to pass it)."""
    readme = (REPO / "sources" / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([^`]+)` \|", readme, re.M)
    archived = sorted(path.name for path in (REPO / "sources").glob("*.txt"))
    gone, twice = sorted(set(listed) - set(archived)), sorted({name for name in listed if listed.count(name) > 1})
    assert listed and not twice and not gone, ("sources/README.md: list each file of sources/ at most once, and "
                                               f"none that is gone (renamed or removed): gone {gone}, twice {twice}")
    assert "a party's pull request adds no line here" in readme


def test_every_commit_the_readme_names_is_in_mains_history():
    """The README dates its figures by commit (`measured at 55befb6`), so a maintainer can check
    them out and measure again. A commit of a branch that was cherry-picked (968f6a2, picked as
    e67686d) is in no clone of the repository: the figure it dates cannot be found."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    named = sorted({word for word in re.findall(r"(?<![\w-])[0-9a-f]{7,40}(?![\w-])", text)
                    if re.search(r"\d", word) and re.search(r"[a-f]", word)})
    assert len(named) > 5, named
    missing = [commit for commit in named
               if subprocess.run(["git", "merge-base", "--is-ancestor", commit, "HEAD"], cwd=REPO,
                                 capture_output=True).returncode != 0]
    assert missing == [], "README.md names commits that are not in the history: " + ", ".join(missing)


def test_make_schema_writes_a_new_topic_into_the_guide_and_the_editors_schema(tmp_path):
    """A maintainer who added a topic had to copy the guide's new topic list from a failing
    test's output, cut short under the parallel run and with pytest's marks on every line."""
    project = make_site_project(tmp_path / "project", REPO)
    topics = project / "registry" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("\n  - id: ", "\n  - id: aaa-nytt-amne\n"
                      "    name: Ett nytt ämne\n    description: Något nytt.\n    easy_read: Det är nytt.\n"
                      "    keywords: [nytt]\n  - id: ", 1), encoding="utf-8")
    result = run_module("--root", str(project), "schema", cwd=project)
    assert result.returncode == 0, result.stderr
    # The field table, which a topic does not change, is not said to be updated: a maintainer
    # looked for its change in the diff.
    assert "Ämneslistan i docs/bidra.md uppdaterad, fälttabellen i docs/bidra/falt.md stämmer redan." in result.stdout
    guide = (project / "docs" / "bidra.md").read_text(encoding="utf-8")
    assert "\n- `aaa-nytt-amne` – **Ett nytt ämne**<span data-search-exclude>: Något nytt. *Sökord: nytt.*</span>\n" in guide
    assert guide.replace("- `aaa-nytt-amne` – **Ett nytt ämne**<span data-search-exclude>: Något nytt. *Sökord: nytt.*</span>\n", "") == \
        GUIDE.read_text(encoding="utf-8"), \
        "`make schema` changed more of docs/bidra.md than the new topic: is it out of date? Run `make schema`"
    schema = json.loads((project / "docs" / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    assert "aaa-nytt-amne" in json.dumps(schema)
    # A schema it no longer writes (a renamed model's) is removed and named; no other file there,
    # nor a maintainer's own schema so named, nor a link (both were removed as if it wrote them).
    folder = project / "docs" / "schema"
    (folder / "aktorer.schema.json").write_text((folder / "actors.schema.json").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "README.md").write_text("Egen fil.\n", encoding="utf-8")
    (folder / "exempel.schema.json").mkdir()  # a folder so named is no schema of its
    (folder / "egen.schema.json").write_text('{"title": "Redaktionens eget schema"}\n', encoding="utf-8")
    (folder / "plan-v1.schema.json").symlink_to("plan.schema.json")
    again = run_module("--root", str(project), "schema", cwd=project)
    assert again.stdout.startswith("0 schemafiler uppdaterade i docs/schema/. 1 schemafil som inte längre skrivs "
                                   "borttagen: aktorer.schema.json.\n"), again.stdout
    assert not (project / "docs" / "schema" / "aktorer.schema.json").exists()
    assert (project / "docs" / "schema" / "README.md").read_text(encoding="utf-8") == "Egen fil.\n"
    assert (project / "docs" / "schema" / "exempel.schema.json").is_dir()
    assert (folder / "egen.schema.json").read_text(encoding="utf-8") == '{"title": "Redaktionens eget schema"}\n'
    assert (folder / "plan-v1.schema.json").is_symlink()
    assert "Ämneslistan i docs/bidra.md och fälttabellen i docs/bidra/falt.md stämmer redan." in again.stdout
    # A guide that lost a pair of markers is said to, not to be up to date.
    (project / "docs" / "bidra.md").write_text(guide.replace("<!-- ämnen: slut -->", ""), encoding="utf-8")
    lost = run_module("--root", str(project), "schema", cwd=project)
    assert lost.returncode == 1 and lost.stderr.startswith("docs/bidra.md saknar markeringarna för ämnen")
    # The table of fields is written into its own page, and a page without its markers is named.
    (project / "docs" / "bidra.md").write_text(guide, encoding="utf-8")
    fields = project / "docs" / "bidra" / "falt.md"
    fields.write_text(GUIDE_FIELDS.read_text(encoding="utf-8").replace("<!-- fält: slut -->", ""), encoding="utf-8")
    lost = run_module("--root", str(project), "schema", cwd=project)
    assert lost.returncode == 1 and lost.stderr.startswith("docs/bidra/falt.md saknar markeringarna för fält")


def test_guide_field_table_matches_the_schema():
    text = GUIDE_FIELDS.read_text(encoding="utf-8")
    table = re.search(r"<!-- fält: början[^\n]*-->\n(.*?)<!-- fält: slut -->", text, re.S).group(1)
    assert table == field_table(), "docs/bidra/falt.md: the field table is out of date: run `make schema`"


def test_the_field_table_has_a_row_for_each_field_of_a_promises_status():
    """A follow-up's promise has a `status` block of two fields, `state` and `note`, which
    `validate` requires. The guide's table of fields gave the block one row that named them in
    passing, so a party office searching for `state` or `note` found no row saying what each
    holds, nor the states it may take."""
    rows = dict(re.findall(r'<tr><th scope="row"><code>([^<]*)</code></th><td data-search-exclude>(ja|nej)</td>',
                           field_table()))
    assert rows["sections[].items[].status"] == "nej"
    assert rows["sections[].items[].status.state"] == rows["sections[].items[].status.note"] == "ja"
    table = field_table()
    assert "Tillåtna värden: done (genomfört), partly (delvis genomfört), not-started (inte påbörjat), " \
           "unknown (läget anges inte)." in table.split("<code>sections[].items[].status.state</code>")[1].split("</tr>")[0]
    assert "Vad dokumentet säger om läget, med egna ord." in \
        table.split("<code>sections[].items[].status.note</code>")[1].split("</tr>")[0]


def test_the_field_table_has_a_row_for_each_field_of_a_risk_an_indicator_and_an_attribution():
    """The `risk`, `indicator` and `attribution` blocks had one row each in the guide's table of
    fields, naming their fields in passing: a party office searching for `probability`, `target`
    or `claim` found no row saying what it holds, nor whether `validate` requires it. Every block
    the schema nests opens up as the others do, its fields' rows made from the schema."""
    table = field_table()
    rows = dict(re.findall(r'<tr><th scope="row"><code>([^<]*)</code></th><td data-search-exclude>(ja|nej)</td>', table))

    def said(path: str) -> str:
        return table.split(f"<code>{path}</code>")[1].split("</tr>")[0]

    risk, indicator = "sections[].items[].risk", "sections[].items[].indicator"
    assert rows[risk] == rows[indicator] == rows["attribution"] == "nej"
    assert {field: rows[f"{risk}.{field}"] for field in ("probability", "consequence", "control", "frequency", "method")} \
        == dict.fromkeys(("probability", "consequence", "control", "frequency", "method"), "ja")
    assert "Sannolikhet 1–5, som citatet ger den." in said(f"{risk}.probability")
    assert (rows[f"{indicator}.baseline"], rows[f"{indicator}.target"], rows[f"{indicator}.data_source"]) == ("nej", "ja", "nej")
    assert rows[f"{indicator}.target.value"] == rows[f"{indicator}.target.unit"] == "ja"
    assert "Decimaltecknet i dokumentet" in said(f"{indicator}.baseline.decimal")
    assert rows["attribution.claim"] == rows["attribution.sources"] == rows["attribution.sources[].title"] == "ja"
    assert rows["attribution.sources[].url"] == "nej"
    assert "Vem eller var dokumentet kommer ifrån" in said("attribution.claim")


def test_each_part_of_a_fields_name_is_a_word_the_search_finds_in_the_field_table():
    """The search finds a field by its name in the guide's table of fields, and a field of a block
    by its own name (`url` in `source.url`, `quote` in `sections[].items[].quote`: the separator
    parts them at a dot and brackets). It did not part `dating_inferred` and `dating_note` at the
    underscore, so under Zensical `inferred` and `note` found nothing. (Both engines read mkdocs.yml's
    separator.)"""
    import yaml
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    separator = re.compile(next(plugin["search"]["separator"] for plugin in config["plugins"] if "search" in plugin))
    names = re.findall(r'<th scope="row"><code>([^<]*)</code></th>', field_table())
    words = {word for name in names for word in separator.split(name) if word}
    parts = {part for name in names for part in re.findall(r"[a-z]+", name)}
    assert {"inferred", "note", "url", "quote"} <= parts
    assert sorted(parts - words) == []


def guide_example(folder: Path, wrong_quote: bool = False) -> Path:
    """The guide's example plan and source text, in a copy of this project's registries and plans."""
    root = make_site_project(folder, REPO)
    text = GUIDE.read_text(encoding="utf-8")
    (plan,) = re.findall(r"^```\{ \.yaml data-search-exclude \}\n(.*?)^```", text, re.S | re.M)
    (source,) = [b for b in re.findall(r"^```\{ \.text data-search-exclude \}\n(.*?)^```", text, re.S | re.M) if "\n- " in b]
    if wrong_quote:  # the mistake the guide explains: a word missing from the second item's quote
        plan = plan.replace("quote: Öppna ett härbärge för kvinnor under 2026.", "quote: Öppna ett härbärge för kvinnor 2026.")
    plan_id = re.search(r"^id: (\S+)$", plan, re.M).group(1)
    (root / "plans" / f"{plan_id}.yaml").write_text(plan, encoding="utf-8")
    (root / "sources" / f"{plan_id}.txt").write_text(source, encoding="utf-8")
    return root


def test_guide_example_plan_validates(tmp_path, cli):
    result = cli("--root", str(guide_example(tmp_path / "example")), "validate")
    assert result.code == 0, result.err


def test_guide_example_error_is_what_validate_prints(tmp_path, cli):
    shown = [line for line in re.findall(r"^```text\n(.*?)^```", GUIDE.read_text(encoding="utf-8"), re.S | re.M)
             if line.startswith("plans/")]
    assert len(shown) == 1
    result = cli("--root", str(guide_example(tmp_path / "example", wrong_quote=True)), "validate")
    assert result.code == 1
    assert shown[0].strip() in result.err.splitlines()


def test_the_guide_quotes_the_note_a_shortened_closest_passage_gets(tmp_path, cli):
    """The guide tells a party office how a hint marks a closest passage it shortened; a long
    quote with one word off, beside the guide's example, is told with the same words."""
    (note,) = re.findall(r"»(\(förkortat[^»]*\))»", GUIDE.read_text(encoding="utf-8"))
    root = guide_example(tmp_path / "example")
    paragraph = ("Vi vill att alla barn i kommunen ska ha en trygg uppväxt, och därför ska socialtjänsten arbeta "
                 "tillsammans med skolan, förskolan, fritidsgårdarna och föreningslivet, så att familjer som "
                 "behöver stöd får det tidigt.")
    (source,) = (root / "sources").glob("eskilstuna-v-socialnamnden-2026.txt")
    source.write_text(source.read_text(encoding="utf-8") + "\n" + paragraph + "\n", encoding="utf-8")
    (plan,) = (root / "plans").glob("eskilstuna-v-socialnamnden-2026.yaml")
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("quote: Öppna ett härbärge för kvinnor under 2026.",
                                 f"quote: {paragraph.replace('Vi vill', 'Vi vil')}"), encoding="utf-8")
    result = cli("--root", str(root), "validate")
    (error,) = [line for line in result.err.splitlines() if ".quote: " in line]
    assert re.search(rf"Närmast liknande är rad \d+ {re.escape(note)}: »", error), error


def test_a_virtual_environment_or_node_modules_linked_in_is_ignored_as_one_made_in_place(tmp_path):
    """`.venv` and `node_modules` shared from another checkout by a symbolic link (as a second
    worktree or a helper's clone shares them) are ignored as the folders `make setup` makes
    are: written `.venv/`, the rule matched folders only, and `git add -A` committed the links."""
    root = tmp_path / "clone"
    root.mkdir()
    shutil.copy(REPO / ".gitignore", root / ".gitignore")
    git(root, "init", "-q")
    for name in (".venv", "node_modules"):
        (tmp_path / name).mkdir()
        (root / name).symlink_to(tmp_path / name)
    status = run(["git", "status", "--porcelain", "--ignored"], root).stdout
    assert "!! .venv\n" in status and "!! node_modules\n" in status, status
