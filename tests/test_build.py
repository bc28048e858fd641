"""`make build`: the site is swapped in only when the build succeeds."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import BIN, FIXTURE, REPO, UMASK, built_as_of, make_build, make_site_project, mkdocs_build, run_module


def _copy_of(built_project: Path, target: Path) -> Path:
    """A copy of the built project, its site/ with it, each file's mode and time kept."""
    shutil.copytree(built_project, target, symlinks=True)
    return target


def snapshot(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_build_never_writes_or_clears_through_a_link_in_docs(tmp_path, cli):
    """A generated folder that is a link (git-ignored as a folder, but a link is a file and can
    be committed) had the build remove every file where it led and write its pages there."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    outside = tmp_path / "utanför"
    (outside / "under").mkdir(parents=True)
    (outside / "eget.txt").write_text("behålls\n", encoding="utf-8")
    (outside / "under" / "också.txt").write_text("behålls\n", encoding="utf-8")
    (project / "docs" / "amnen").symlink_to(outside, target_is_directory=True)
    result = cli("--root", str(project), "build")
    assert result.code == 1
    assert result.err.startswith("docs/amnen:1:1: (mappen): en symbolisk länk står där bygget skriver och tar bort "
                                 "genererade filer, som då kunde hamna eller försvinna utanför repot. Tips: Ta bort "
                                 "länken (rm docs/amnen); bygget gör det som ska stå där själv.\n")
    assert sorted(path.relative_to(outside).as_posix() for path in outside.rglob("*")) == [
        "eget.txt", "under", "under/också.txt"]
    assert not (project / "docs" / "index.md").exists()  # nothing written anywhere


@pytest.mark.parametrize("link", ["manifest", "listed folder"])
def test_the_build_never_writes_or_clears_through_a_link_the_manifest_leads_to(tmp_path, cli, link):
    """The manifest of generated files (docs/.generated) was written through a link, and a file
    it listed was removed where a linked folder on its way led: the build wrote 181 lines into
    a file outside the project, or removed one there and stopped with a traceback."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    outside = tmp_path / "utanför"
    outside.mkdir()
    (outside / "eget.md").write_text("behålls\n", encoding="utf-8")
    docs = project / "docs"
    if link == "manifest":
        (docs / ".generated").symlink_to(outside / "eget.md")
        place, field = ".generated", "(filen)"
    else:
        (docs / "gamla").symlink_to(outside, target_is_directory=True)
        (docs / ".generated").write_text("gamla/eget.md\n", encoding="utf-8")
        place, field = "gamla", "(mappen)"
    result = cli("--root", str(project), "build")
    assert result.code == 1 and "Traceback" not in result.err
    assert result.err.startswith(f"docs/{place}:1:1: {field}: en symbolisk länk står där bygget skriver och tar bort")
    assert (outside / "eget.md").read_text(encoding="utf-8") == "behålls\n"


@pytest.mark.parametrize("engine", ["build", "build-zensical"])
@pytest.mark.parametrize("link", ["file", "folder"])
def test_the_site_never_publishes_what_a_link_in_docs_leads_to(tmp_path, engine, link):
    """A hand-written page's folder is the maintainers', but a pull request can commit a link
    there (`docs/bilaga.txt` → /etc/passwd, `docs/bilagor` → the home folder): both engines
    read through it, and the built site, the preview artifact and then the published site,
    held the file it led to."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    outside = tmp_path / "utanför"
    outside.mkdir()
    (outside / "hemlig.txt").write_text("HEMLIGT\n", encoding="utf-8")
    name = "bilaga.txt" if link == "file" else "bilagor"
    (project / "docs" / name).symlink_to(outside / "hemlig.txt" if link == "file" else outside)
    result = subprocess.run(["make", "-f", str(REPO / "Makefile"), engine, "STAMP=", f"BIN={BIN}"], cwd=project,
                            capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (f"docs/{name}:1:1: {'(filen)' if link == 'file' else '(mappen)'}: en symbolisk länk i docs/ leder till "
            f"{'en fil utanför docs/' if link == 'file' else 'en mapp utanför docs/'}, och webbplatsen skulle visa det "
            f"den leder till. Tips: Ta bort länken (rm docs/{name}) och lägg in filen själv i docs/.") in result.stderr
    assert not (project / "site").exists()


@pytest.mark.parametrize("engine", ["build", "build-zensical"])
def test_a_link_to_a_folder_inside_docs_is_published_and_one_round_to_itself_is_refused(tmp_path, engine):
    """A maintainer's link from one folder of docs/ to another (`docs/kopior` → `bilagor`) leads
    to nothing the site does not publish anyway: both engines publish it under both names. A
    link to a folder that holds the link (`docs/bilagor/tillbaka` → `..`) would be walked round
    without end, and is refused with the links that lead out of docs/."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    (project / "docs" / "bilagor").mkdir()
    (project / "docs" / "bilagor" / "bilaga.txt").write_text("BILAGA\n", encoding="utf-8")
    (project / "docs" / "kopior").symlink_to("bilagor", target_is_directory=True)
    built = make_build(project, engine)
    assert built.returncode == 0, built.stderr
    assert (project / "site" / "kopior" / "bilaga.txt").read_text(encoding="utf-8") == "BILAGA\n"
    (project / "docs" / "bilagor" / "tillbaka").symlink_to("..", target_is_directory=True)
    result = make_build(project, engine)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert ("docs/bilagor/tillbaka:1:1: (mappen): en symbolisk länk i docs/ leder till en mapp som rymmer länken "
            "själv, runt utan slut, och webbplatsen skulle visa det den leder till.") in result.stderr
    assert (project / "site" / "kopior" / "bilaga.txt").exists()  # the site built before stands


@pytest.mark.parametrize("engine", ["build", "build-zensical"])
def test_two_folder_links_that_lead_to_each_others_folder_are_refused(tmp_path, engine):
    """`docs/a/till-b` → `../b` and `docs/b/till-a` → `../a`: neither folder holds its own link,
    but the engines walk a/till-b/till-a/till-b/… until the system's limit of links in a path,
    and published each file of a/ and b/ about 40 times over. Both links are refused."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    for folder in ("a", "b"):
        (project / "docs" / folder).mkdir()
        (project / "docs" / folder / "bilaga.txt").write_text("BILAGA\n", encoding="utf-8")
    (project / "docs" / "a" / "till-b").symlink_to("../b", target_is_directory=True)
    (project / "docs" / "b" / "till-a").symlink_to("../a", target_is_directory=True)
    result = make_build(project, engine)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    for link in ("a/till-b", "b/till-a"):
        assert (f"docs/{link}:1:1: (mappen): en symbolisk länk i docs/ leder till en mapp med en länk som leder "
                "tillbaka hit, runt utan slut, och webbplatsen skulle visa det den leder till.") in result.stderr, link
    assert not (project / "site").exists()


def _moved_out_and_linked(project: Path, folder: str, outside: Path) -> dict[str, str]:
    """`project`'s `folder` moved to `outside` (made empty if the project has none) and a
    symbolic link to it left in its place, as a pull request can commit; returns what lies
    there, to compare with after the build."""
    outside.parent.mkdir(parents=True, exist_ok=True)
    if (project / folder).exists():
        (project / folder).rename(outside)
    else:
        outside.mkdir()
        (outside / "eget.txt").write_text("behålls\n", encoding="utf-8")
    (project / folder).symlink_to(outside, target_is_directory=True)
    return snapshot(outside)


def _serve_once(project: Path) -> subprocess.CompletedProcess:
    """`mkdocs serve --dirty`, as `make serve` runs it, on a free port; stopped after a minute
    if it is still serving (it should have refused to start)."""
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    server = subprocess.Popen([f"{BIN}/mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        output, _ = server.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        output, _ = server.communicate()
    return subprocess.CompletedProcess(server.args, server.returncode, "", output)


@pytest.mark.parametrize("command", ["generator build", "build", "build-zensical", "serve"])
def test_a_docs_folder_that_is_a_link_is_refused_and_nothing_is_read_or_written_through_it(tmp_path, cli, command):
    """docs/ itself committed as a link (a pull request can) was read and written through: the
    generated pages went where it led, outside the repository, and the engines published what
    lay there. Every command refuses it, located, before reading anything through it."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    outside = tmp_path / "utanför" / "docs"
    before = _moved_out_and_linked(project, "docs", outside)
    if command == "generator build":
        ran = cli("--root", str(project), "build")
        code, err = ran.code, ran.err
    else:
        ran = _serve_once(project) if command == "serve" else make_build(project, command)
        code, err = ran.returncode, ran.stderr
    assert code != 0 and "Traceback" not in err
    assert ("docs:1:1: (mappen): mappen docs/ är en symbolisk länk; bygget läser och skriver inte genom den, där det "
            "skulle nå filer utanför repot. Tips: Gör docs/ till en vanlig mapp i repot med filerna i (ta bort länken: "
            "rm docs).") in err
    assert snapshot(outside) == before
    assert not (project / "site").exists()


@pytest.mark.parametrize("command", ["build", "build-zensical", "mkdocs build"])
def test_a_site_folder_that_is_a_link_is_refused_and_what_it_leads_to_is_kept(tmp_path, command):
    """site/ as a link: a plain `mkdocs build` emptied the folder it led to before building into
    it, and `make build` moved the link aside and left it there. Both engines refuse it."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    outside = tmp_path / "utanför" / "site"
    before = _moved_out_and_linked(project, "site", outside)
    if command == "mkdocs build":
        ran = subprocess.run([f"{BIN}/mkdocs", "build", "--strict"], cwd=project, capture_output=True, text=True,
                             env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    else:
        ran = make_build(project, command)
    assert ran.returncode != 0 and "Traceback" not in ran.stderr
    assert ("site:1:1: (mappen): mappen site/ är en symbolisk länk; bygget skriver inte genom den, där det skulle "
            "ersätta eller tömma det den leder till, utanför repot. Tips: Ta bort länken (rm site); bygget gör mappen "
            "site/ själv.") in ran.stderr
    assert snapshot(outside) == before
    assert (project / "site").is_symlink()
    assert not [p.name for p in project.iterdir() if p.name.startswith(".site-")]


def test_a_failed_build_leaves_the_previous_site_untouched(tmp_path, built):
    project = _copy_of(built[0], tmp_path / "project")  # after a `make build` that succeeded
    before = snapshot(project / "site")
    assert "dokument/bergby-o-webb/index.html" in before

    plan = project / "plans" / "bergby-o-webb.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("kind: web-platform", "kind: webb"), encoding="utf-8")
    failed = make_build(project)

    assert failed.returncode != 0
    assert "plans/bergby-o-webb.yaml:7:7: kind: 'webb' är inte ett tillåtet värde." in failed.stderr
    assert snapshot(project / "site") == before
    assert not [p.name for p in project.iterdir() if p.name.startswith(".site-")]


def test_the_site_folder_is_made_as_the_umask_makes_every_folder_in_it(built):
    """The build swaps in a temporary folder, which is made private (0700): it was then opened
    to everyone (0755) whatever the umask, so a private build (umask 077) left site/ listable
    by every user of the machine while every folder in it was not; left private, the web server
    (another user) could not serve it. One `make build` with umask 027 tells both from the
    umask's mode: 0750, neither 0755 nor 0700."""
    site = built[0] / "site"
    modes = {oct(folder.stat().st_mode & 0o777) for folder in (site, site / "amnen", site / "data" / "v1")}
    assert modes == {oct(0o777 & ~UMASK)}


def test_a_broken_link_in_a_hand_written_page_fails_the_build_that_publishes_the_site(tmp_path, built):
    """`make build`, which publishing runs, passed `--quiet` with `--strict`: the warning was
    hidden before strict mode counted it, and a guide linking to a missing page was published.
    The build's output is its warnings, not the thousands of generated pages the navigation
    leaves out by design."""
    built_project, printed = built  # a `make build` that succeeded
    assert "are not included in the \"nav\"" not in printed
    project = _copy_of(built_project, tmp_path / "project")
    guide = project / "docs" / "bidra.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nSe [sidan](finns-inte.md).\n", encoding="utf-8")
    failed = make_build(project)
    assert failed.returncode != 0
    assert "contains a link 'finns-inte.md', but the target is not found" in failed.stdout + failed.stderr


def test_build_for_one_municipality_writes_its_pages_and_the_national_ones(project, cli):
    result = cli("--root", str(project), "build", "--municipality", "dalby")
    assert result.code == 0
    docs = project / "docs"
    written = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    # Each page in the folder of its URL (paths.docs_file), where Zensical reads its links from.
    assert "dokument/dalby-m-uppfoljning/index.md" in written and "partier/dalby-m/index.md" in written
    assert {"dalby/index.md", "dalby/dokument/index.md", "dalby/jamforelse/index.md", "dalby/tackning/index.md"} <= set(written)
    assert not [page for page in written if "bergby" in page]
    assert {"index.md", "amnen/index.md", "amnen/hemloshet/index.md", "dokument/index.md", "jamforelse/index.md",
            "partier/index.md", "redaktion/tackning/index.md", "om/index.md"} <= set(written)
    # Data files and feeds too: a plan's file and an actor's or municipality's feed go with
    # its municipality, the national files (all items, the manifest, topic feeds) with every job.
    files = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file() and p.suffix != ".md")
    assert {"data/v1/plans/dalby-m-uppfoljning.json", "data/v1/kommuner/dalby/items.csv", "flode/partier/dalby-m.xml",
            "flode/kommuner/dalby.xml",
            "data/v1/items.json", "data/v1/index.json", "flode/alla.xml", "flode/amnen/hemloshet.xml"} <= set(files)
    assert not [file for file in files if "bergby" in file]


def test_one_job_per_municipality_together_write_every_file_the_shared_index_json_lists(project, cli):
    """A matrix build publishes one site: each municipality's files from its own job, the
    national ones, index.json among them, from any one. So each job writes the whole site's
    index.json, and the jobs together write every file it lists, with the hash it states."""
    data = project / "docs" / "data" / "v1"
    assert cli("--root", str(project), "build").code == 0
    whole = (data / "index.json").read_bytes()
    merged: dict[str, bytes] = {}
    for municipality in ("bergby", "dalby"):
        assert cli("--root", str(project), "build", "--municipality", municipality).code == 0
        assert (data / "index.json").read_bytes() == whole, municipality
        merged.update((p.relative_to(data).as_posix(), p.read_bytes()) for p in data.rglob("*") if p.is_file())
    manifest = json.loads(whole)
    listed = {entry["path"]: entry["sha256"] for entry in manifest["files"]}
    assert "plans/dalby-m-uppfoljning.json" in listed and "kommuner/bergby/items.csv" in listed
    # Schemas and the sources' texts are listed too (`other_files`, by address; feeds lie outside data/v1/).
    listed.update({entry["url"].split("/data/v1/", 1)[1]: entry["sha256"]
                   for entry in manifest["other_files"] if "/data/v1/" in entry["url"]})
    assert "plans/dalby-m-uppfoljning.txt" in listed and "schema/items.json" in listed
    assert {path: hashlib.sha256(merged[path]).hexdigest() for path in listed if path in merged} == listed
    assert sorted(path for path in merged if path != "index.json") == sorted(listed)

def _mkdocs(project: Path, site: Path, day: str, municipality: str = "") -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": day, "VLV_MUNICIPALITY": municipality}
    # One municipality's build is not --strict: its national pages link the others' pages.
    result = mkdocs_build(project, site, strict=not municipality, env=env)
    assert result.returncode == 0, result.stderr


def _whole_and_merged_jobs(tmp_path: Path, project: Path, build, combined: set[str],
                           built: tuple[Path, str] | None = None) -> tuple[list[Path], Path, Path]:
    """`project` built whole into tmp_path/whole by `build` (or `built`: that project's site,
    already built as of that day), and by one job per municipality, merged into tmp_path/merged:
    the same files, each byte for byte, but `combined`, which each job writes for its own pages
    only. Returns the jobs' sites, the merged one and the whole one."""
    if built is None:
        whole, day = tmp_path / "whole", str(int(time.time()))  # every job builds as of the same day, as README asks
        build(project, whole, day)
    else:
        whole, day = built
    jobs = [tmp_path / municipality for municipality in ("bergby", "dalby")]
    for job in jobs:
        build(project, job, day, job.name)
    merged = tmp_path / "merged"
    result = run_module("--root", str(project), "merge", "--into", str(merged), *map(str, jobs))
    assert result.returncode == 0, result.stderr
    alone, together = snapshot(whole), snapshot(merged)
    assert {path: digest for path, digest in together.items() if path not in combined} == \
        {path: digest for path, digest in alone.items() if path not in combined}
    assert set(together) == set(alone) and combined <= set(alone)
    return jobs, merged, whole


def test_the_sites_of_one_job_per_municipality_merge_into_the_whole_site(tmp_path, fixture_site):
    """A matrix build publishes one site merged from one job per municipality (`generator
    merge`): each file as one whole build writes it, byte for byte, but for the search index
    and the sitemap, which each job writes for its own pages only. Taken from one job, search
    found only that municipality's pages; merged, they hold every page's entries and addresses.
    The whole build is the session's (`fixture_site`), of the same project, as of its day."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    jobs, merged, whole = _whole_and_merged_jobs(tmp_path, project, _mkdocs,
                                                 {"search/search_index.json", "sitemap.xml", "sitemap.xml.gz"},
                                                 built=(fixture_site, built_as_of(fixture_site)))

    def entries(site: Path) -> list[str]:
        return sorted(json.dumps(entry, sort_keys=True) for entry in
                      json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"])

    def addresses(text: str) -> list[str]:
        return sorted(re.findall(r"<loc>(.*?)</loc>", text))

    assert entries(merged) == entries(whole)
    # Written as the hook writes a whole build's: å, ä and ö as they are (`search_words.index_json`).
    assert "\\u00" not in (merged / "search/search_index.json").read_text(encoding="utf-8")
    for job in jobs:  # what each job alone would have published
        assert len(entries(job)) < len(entries(merged))
    sitemap = (merged / "sitemap.xml").read_text(encoding="utf-8")
    assert addresses(sitemap) == addresses((whole / "sitemap.xml").read_text(encoding="utf-8"))
    assert gzip.decompress((merged / "sitemap.xml.gz").read_bytes()).decode("utf-8") == sitemap
    assert any("/dalby/" in address for address in addresses(sitemap))

    # Jobs that built different trees (or days) are not merged: every differing file is named.
    page = jobs[1] / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<p>annan</p></body>"), encoding="utf-8")
    refused = run_module("--root", str(project), "merge", "--into", str(tmp_path / "again"), *map(str, jobs))
    assert refused.returncode == 1 and not (tmp_path / "again").exists()
    assert "index.html: skiljer sig mellan jobben" in refused.stderr and "Inget har skrivits." in refused.stderr


def _zensical(project: Path, site: Path, day: str, municipality: str = "") -> None:
    """A Zensical job as README gives it: `python -m generator.engines zensical` (with
    `--municipality`, one job of the matrix): `generator build`, then `zensical build` with the
    config that `make build-zensical` gives it."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": day}
    result = subprocess.run([sys.executable, "-m", "generator.engines", "zensical",
                             *(["--municipality", municipality] if municipality else [])],
                            cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    (project / "site").rename(site)


def test_zensical_sites_of_one_job_per_municipality_merge_into_the_whole_site(tmp_path):
    """The same matrix build under Zensical, the engine that follows Material for MkDocs: its
    search index is `search.json` (entries under `items`, text not escaped to ASCII) and its
    sitemap has no dates and no gzipped copy. Merged, every file is the whole build's, the
    search index and the sitemap too but for the order of their entries."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    config = project / "mkdocs.yml"  # a public address, as engines.py gives Zensical, for the sitemap
    config.write_text(config.read_text(encoding="utf-8") + "site_url: https://example.org/vlv/\n", encoding="utf-8")
    combined = {"search.json", "sitemap.xml"}
    jobs, merged, whole = _whole_and_merged_jobs(tmp_path, project, _zensical, combined)

    def in_order(site: Path, name: str, entries: str) -> tuple[int, list[str]]:
        """The file's size and its entries, sorted: equal when only their order differs."""
        raw = (site / name).read_bytes()
        if name.endswith(".json"):
            return len(raw), sorted(json.dumps(entry, sort_keys=True) for entry in json.loads(raw)[entries])
        return len(raw), sorted(re.findall(r"<url>.*?</url>", raw.decode("utf-8"), re.DOTALL))

    for name in combined:
        assert in_order(merged, name, "items") == in_order(whole, name, "items"), name
        for job in jobs:  # what each job alone would have published
            assert len(in_order(job, name, "items")[1]) < len(in_order(merged, name, "items")[1]), (job.name, name)
    assert "https://example.org/vlv/dalby/" in (merged / "sitemap.xml").read_text(encoding="utf-8")
    # Each job's pages ask for the site's own style sheet by its content, as a whole build's:
    # a job run as `generator build` and a plain `zensical build` asked for it by name alone.
    for job in jobs:
        assert re.search(r'href="[^"]*stylesheets/extra\.css\?v=[0-9a-f]{10}"', (job / "index.html").read_text("utf-8")), job.name


def test_build_for_an_unknown_municipality_names_the_known_ones(project, cli):
    result = cli("--root", str(project), "build", "--municipality", "ankeby")
    assert result.code == 2
    assert result.err == "Okänd kommun 'ankeby'. Kända kommuner: bergby, dalby.\n"
    assert not (project / "docs").exists()


def test_pages_the_input_no_longer_produces_are_removed_and_hand_written_files_kept(project, cli):
    """A municipality's folder has no fixed name: when its pages are no longer produced (here:
    the next build covers another municipality) the folder goes, while a file the generator
    never wrote stays."""
    docs = project / "docs"
    assert cli("--root", str(project), "build", "--municipality", "dalby").code == 0
    assert (docs / "dalby" / "index.md").is_file()
    (docs / "bilder").mkdir()
    (docs / "bilder" / "karta.txt").write_text("handskriven\n", encoding="utf-8")

    assert cli("--root", str(project), "build", "--municipality", "bergby").code == 0
    assert (docs / "bergby" / "index.md").is_file()
    assert not (docs / "dalby").exists()
    assert not (docs / "dokument" / "dalby-m-uppfoljning").exists()
    assert (docs / "bilder" / "karta.txt").read_text(encoding="utf-8") == "handskriven\n"


def test_mkdocs_does_not_publish_pages_left_over_from_an_earlier_build(tmp_path):
    project = make_site_project(tmp_path / "project", FIXTURE)
    run = [sys.executable, "-m", "generator", "--root", str(project), "build", "--municipality", "dalby"]
    assert subprocess.run(run, capture_output=True, text=True).returncode == 0
    assert (project / "docs" / "dalby" / "index.md").is_file()
    mkdocs = subprocess.run([f"{BIN}/mkdocs", "build", "--site-dir", str(tmp_path / "site")], cwd=project,
                            capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "VLV_MUNICIPALITY": "bergby"})
    assert mkdocs.returncode == 0, mkdocs.stderr
    assert (tmp_path / "site" / "bergby" / "index.html").is_file()
    assert not (tmp_path / "site" / "dalby").exists()


def test_the_list_of_written_files_cannot_name_files_outside_docs(project, cli, tmp_path):
    outside = tmp_path / "utanfor.txt"
    outside.write_text("kvar\n", encoding="utf-8")
    assert cli("--root", str(project), "build").code == 0
    docs = project / "docs"
    (docs / "lank.md").symlink_to(outside)
    with (docs / ".generated").open("a", encoding="utf-8") as listed:
        listed.write(f"{outside}\n../../{outside.name}\nlank.md\n")
    assert cli("--root", str(project), "build").code == 0
    assert outside.read_text(encoding="utf-8") == "kvar\n"
    assert (docs / "lank.md").is_symlink()


def test_clearing_stale_files_asks_the_system_once_about_each_generated_file(project, cli, monkeypatch):
    """After writing, the build removes the generated files it no longer produces
    (`remove_stale`): it asked the file system twice about each generated file, whether it
    is a link and whether it is a file (7,000 files at 1,000 plans, while nothing else ran).
    Whether it is a file is in its folder's listing; whether it is a link is asked once."""
    from generator import outputs, paths, write
    from generator.site import build_site

    assert cli("--root", str(project), "build").code == 0
    docs = project / "docs"
    produced = {paths.docs_file(output.path) for output in outputs.site_outputs(build_site(project))}
    asked = []
    for name in ("stat", "lstat"):
        monkeypatch.setattr(os, name, lambda path, *args, _call=getattr(os, name), **kwargs:
                            asked.append(path) or _call(path, *args, **kwargs))
    assert write.remove_stale(docs, produced) == []
    monkeypatch.undo()
    assert len(produced) > 50
    # Each generated file once, and each generated folder and the manifest at most twice.
    assert len(asked) <= len(produced) + 2 * len(paths.GENERATED_DIRS) + 2


def test_a_build_shared_by_worker_processes_writes_the_same_docs_as_one_process(tmp_path, cli, monkeypatch):
    """On a large site each process writes the pages it rendered: the tree under docs/ (pages,
    data files, feeds, edit addresses and the list of generated files) is the one a single
    process writes, and a second run finds nothing to change."""
    trees = {}
    for processes in ("1", "3"):
        root = make_site_project(tmp_path / processes, REPO)
        monkeypatch.setenv("VLV_WORKERS", processes)
        result = cli("--root", str(root), "build")
        assert result.code == 0, result.err
        trees[processes] = snapshot(root / "docs")
        again = cli("--root", str(root), "build")
        assert again.out == "0 sidor ändrade under docs/.\n"
    assert trees["3"] == trees["1"]
    assert ".generated" in trees["1"] and "data/v1/items.json" in trees["1"]
    assert sum(1 for path in trees["1"] if path.endswith(".md")) > 100


@pytest.mark.parametrize("processes", ["1", "3"])
def test_a_file_in_the_way_of_the_generated_pages_is_named_without_a_traceback(tmp_path, cli, monkeypatch, processes):
    """Whichever process writes the page, a file standing where a generated folder must go
    gives one clear message and exit code 1."""
    root = make_site_project(tmp_path / "project", REPO)
    (root / "docs" / "dokument").write_text("i vägen\n", encoding="utf-8")
    monkeypatch.setenv("VLV_WORKERS", processes)
    result = cli("--root", str(root), "build")
    assert result.code == 1
    assert result.err.startswith(f"Kunde inte skriva eller läsa {root / 'docs' / 'dokument'}: en fil ligger redan där.\nTips: ")
    assert "Traceback" not in result.err


def test_merge_refuses_a_folder_that_holds_no_built_site(tmp_path, cli):
    """A job's artifact unpacked one level down (`site-dalby/site/`) was merged as a site, its
    pages under /site/, and the merge said it wrote them: what was published had no home page."""
    job = tmp_path / "site-dalby"
    (job / "site").mkdir(parents=True)
    for page in ("index.html", "404.html"):
        (job / "site" / page).write_text("<html></html>\n", encoding="utf-8")
    result = cli("--root", str(REPO), "merge", "--into", str(tmp_path / "merged"), str(job))
    assert result.code == 1 and not (tmp_path / "merged").exists()
    assert result.err == (f"{job}: ingen byggd webbplats, för index.html saknas där. Ange mappen {job / 'site'}, där "
                          "webbplatsen ligger.\n\n1 fel. Inget har skrivits.\n")


def test_merge_names_no_page_of_a_site_without_its_home_page_as_the_site(tmp_path, cli):
    """A site whose index.html is lost (a copy cut short) was told "Ange mappen site/amnen, där
    webbplatsen ligger", the folder of its first page: a page's folder is no site."""
    site = tmp_path / "site"
    (site / "amnen").mkdir(parents=True)
    (site / "404.html").write_text("<html></html>\n", encoding="utf-8")
    (site / "amnen" / "index.html").write_text("<html></html>\n", encoding="utf-8")
    result = cli("--root", str(REPO), "merge", "--into", str(tmp_path / "merged"), str(site))
    assert result.code == 1 and not (tmp_path / "merged").exists()
    assert result.err == (f"{site}: ingen byggd webbplats, för index.html saknas där. Ange mappen som ett jobb byggde "
                          "(dess site/).\n\n1 fel. Inget har skrivits.\n")


@pytest.mark.parametrize("setting", [str(2**32), "2026-11-25"])
def test_merge_refuses_a_source_date_epoch_that_names_no_day_in_swedish(tmp_path, setting):
    """`merge` writes the merged sitemap.xml.gz with the build's SOURCE_DATE_EPOCH in its header,
    as MkDocs does: a value that names no day (past the header's 32 bits, or a date instead of
    seconds) is refused with the build's message, never a traceback or a silent 0."""
    jobs = [tmp_path / "bergby", tmp_path / "dalby"]
    for job in jobs:
        (job / "search").mkdir(parents=True)
        (job / "search/search_index.json").write_text('{"config":{},"docs":[]}', encoding="utf-8")
        (job / "sitemap.xml").write_text(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
                                         f'<loc>https://example.org/{job.name}/</loc></url></urlset>', encoding="utf-8")
        (job / "sitemap.xml.gz").write_bytes(gzip.compress((job / "sitemap.xml").read_bytes()))
    merged = tmp_path / "merged"
    result = run_module("merge", "--into", str(merged), *map(str, jobs),
                        env={**os.environ, "SOURCE_DATE_EPOCH": setting})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"SOURCE_DATE_EPOCH='{setting}' är inget datum" in result.stderr
    assert not merged.exists()


@pytest.mark.parametrize("saved", ["with an error", "removed"])
def test_a_plan_saved_while_zensical_builds_leaves_the_search_index_that_of_the_pages_built(tmp_path, monkeypatch,
                                                                                             capsys, saved):
    """`make build-zensical` writes the pages, runs Zensical, then orders Zensical's search index
    as the pages are and names each document's entry with its actor and year. It read the plans
    again for that, once Zensical had built the site: a plan saved meanwhile with an error
    stopped the finished build with a traceback, and one removed meanwhile (a checkout of another
    branch) had its document put first among the results, with the guide, and named by its
    heading alone. The build reads the plans once: the site is that of the pages it wrote, and
    the change comes with the next build."""
    from generator import engines, paths

    project = make_site_project(tmp_path / "project", FIXTURE)
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    run = subprocess.run

    def saved_while_zensical_builds(command, *args, **kwargs):
        if Path(command[0]).name == "zensical":
            if saved == "with an error":
                plan.write_text("id: [\n", encoding="utf-8")
            else:  # with its text, as a checkout of a branch without it does
                plan.unlink()
                (project / "sources" / "bergby-a-plan-2024.txt").unlink()
        return run(command, *args, **kwargs)

    monkeypatch.setattr(engines.subprocess, "run", saved_while_zensical_builds)
    monkeypatch.chdir(project)
    assert engines.main(["zensical"]) == 0
    assert "Webbplatsen byggd i site/ (zensical)." in capsys.readouterr().out
    entries = json.loads((project / "site" / "search.json").read_text(encoding="utf-8"))["items"]
    pages = list(dict.fromkeys(entry["location"].split("#")[0] for entry in entries))
    document = paths.page_url(paths.plan_page("bergby-a-plan-2024"))
    assert pages.index(document) > pages.index(paths.page_url(paths.PLANS))
    assert [entry["title"] for entry in entries if entry["location"] == document] == \
        ["Förslag till verksamhetsplan 2024 – Arbetarpartiet Bergby (2024)"]


def test_the_engines_command_answers_bad_arguments_in_swedish(capsys):
    """`python -m generator.engines` is what `make build` runs and what a matrix job calls:
    an unknown engine, or one municipality asked of MkDocs (whose job is `VLV_MUNICIPALITY`),
    is refused with exit 2 and a Swedish line saying what to do, before anything is built."""
    from generator import engines

    with pytest.raises(SystemExit) as unknown:
        engines.main(["hugo"])
    assert unknown.value.code == 2 and "okänt kommando 'hugo'. Kommandona är mkdocs och zensical" in capsys.readouterr().err
    assert engines.main(["mkdocs", "--municipality", "bergby"]) == 2
    assert "--municipality gäller Zensical; en kommun med MkDocs: VLV_MUNICIPALITY=<kommun> mkdocs build" in \
        capsys.readouterr().err


@pytest.mark.parametrize("text, words", [("status_och", ["status"]), ("för_barn", ["barn"]),
                                         ("dating_och_note", ["dating", "note"]), ("Plan och mål", ["Plan", "mål"])])
def test_zensicals_separator_drops_a_stop_word_beside_an_underscore_as_beside_a_space(text, words):
    """Zensical's search has no stop words: engines.py gives its separator each Swedish stop word
    standing as a word of its own, told by what stands beside it. The separator parts words at
    `_` too (the guide's field names, `dating_note`), but `_` counted as a letter there, so the
    stop word of `status_och` or `för_barn` was split off at the `_` and kept in the index and
    a query as a word of its own, where `status och` drops it."""
    from generator import engines

    lines = (REPO / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    separator = next(line for line in engines._stopwords_as_separators(lines) if line.strip().startswith("separator:"))
    pattern = json.loads(separator.split("separator: ", 1)[1])
    assert [word for word in re.split(pattern, text) if word] == words


def _guide_with_front_matter(tmp_path: Path, old: str, new: str, engine: str) -> subprocess.CompletedProcess:
    """`make build` or `make build-zensical` of the fixture site with the guide's front matter changed."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    guide = project / "docs" / "bidra.md"
    text = guide.read_text(encoding="utf-8")
    assert old in text
    guide.write_text(text.replace(old, new, 1), encoding="utf-8")
    return make_build(project, engine)


@pytest.mark.parametrize("engine", ["build", "build-zensical"])
def test_a_hand_written_page_whose_front_matter_is_no_yaml_fails_the_build_where_it_stands(tmp_path, engine):
    """MkDocs reads a front matter that is not YAML as none and publishes its lines as the
    page's text, exit 0 even in strict mode: the guide showed "search: exclude boost: 0.5"
    to its readers, and its search settings were gone. Zensical runs no hook of ours, so the
    check runs before either engine builds anything."""
    built = _guide_with_front_matter(tmp_path, "search:\n", "search: exclude\n", engine)
    assert built.returncode != 0
    assert "docs/bidra.md:7:3: (front matter): fel indrag" in built.stderr
    assert "`search` på rad 6" in built.stderr  # the file's lines, the opening --- counted
    assert "Traceback" not in built.stdout + built.stderr
    assert not (tmp_path / "project" / "site").exists()


@pytest.mark.parametrize("engine", ["build", "build-zensical"])
@pytest.mark.parametrize("key", ["search", '"search"'])
def test_a_hand_written_page_whose_search_setting_is_one_value_is_refused_where_it_stands(tmp_path, engine, key):
    """Material's `search` is a block of fields (`exclude: true`); written as one value, the
    MkDocs build stopped with a traceback from the hook, and Zensical's went on. The key is
    found where YAML reads it, quoted or not: `"search":` was said to stand on line 1."""
    built = _guide_with_front_matter(tmp_path, "search:\n  boost: 0.5\n", f"{key}: exclude\n", engine)
    assert built.returncode != 0
    assert "docs/bidra.md:6:1: search: här ska det stå ett block med fält, inte ett enda värde." in built.stderr
    assert "Traceback" not in built.stdout + built.stderr
    assert not (tmp_path / "project" / "site").exists()


def test_a_broken_front_matter_stops_mkdocs_before_it_empties_the_site_folder(tmp_path):
    """A plain `mkdocs build` (and `mkdocs serve`) refuses a hand-written page's front matter
    before anything is built: the page was refused only when MkDocs converted it, after it had
    emptied the site folder of the previous build."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    guide = project / "docs" / "bidra.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace("search:\n", "search: exclude\n", 1), encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("förra bygget\n", encoding="utf-8")
    built = mkdocs_build(project, site)
    assert built.returncode != 0
    assert "docs/bidra.md:7:3: (front matter): fel indrag" in built.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "förra bygget\n"


def test_serve_starts_where_its_temporary_site_folder_is_on_another_drive(tmp_path, monkeypatch):
    """`mkdocs serve` builds into a temporary folder: on Windows, with the repository on D: and
    the temporary folders on C:, no path leads from one to the other (`os.path.relpath` raises
    ValueError), and the check for docs/ or site/ as a link, naming them relative to the
    project, stopped the server with a traceback before it had looked at either."""
    from mkdocs.config import load_config

    from generator import mkdocs_hook as hook

    project = make_site_project(tmp_path / "project", FIXTURE)
    other_drive = tmp_path / "annan-enhet"
    serving = other_drive / "mkdocs_tmp"
    serving.mkdir(parents=True)
    relpath = os.path.relpath

    def between_drives(path, start=os.curdir):
        if (Path(path).is_relative_to(other_drive)) != (Path(start).resolve().is_relative_to(other_drive)):
            raise ValueError("path is on mount 'C:', start on mount 'D:'")
        return relpath(path, start)

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(serving))
    monkeypatch.setattr(os.path, "relpath", between_drives)
    assert hook._give_site_url(config) is config


def test_the_data_files_are_made_as_of_the_builds_day_by_the_process_that_writes_them(tmp_path):
    """`mkdocs build` leaves the data files out of the rendering of its pages and makes them in
    the process that writes them while the pages are converted, after the build's block of one
    day (`clock.one_day`) has ended: each says the day the pages were rendered on, as the pages do."""
    import datetime

    from generator import clock, workers
    from generator import mkdocs_hook as hook

    day = datetime.date(2026, 12, 31)  # not today: the day must come from the build
    later = hook._DataLater(day, {"data/v1/dag.json": lambda: json.dumps({"dag": clock.today().isoformat()})})
    site = tmp_path / "site"
    writes = [(str(site / "data/v1/dag.json"), "data/v1/dag.json", ""),
              (str(site / "flode/alla.xml"), "flode/alla.xml", "<feed/>")]  # made before, written as it is
    assert workers.Background(lambda: hook._write_files(writes, [str(site / "amnen")], later)).wait() == 2
    assert json.loads((site / "data/v1/dag.json").read_text(encoding="utf-8")) == {"dag": "2026-12-31"}
    assert (site / "flode/alla.xml").read_text(encoding="utf-8") == "<feed/>"
    assert (site / "amnen").is_dir()


def test_the_build_lists_its_pages_once_for_the_data_writer_which_makes_their_folders(tmp_path, monkeypatch):
    """At `on_nav` the hook lists MkDocs' pages once (a walk of every file, 3.6 ms at 1,000
    plans, done twice before): for how many processes to start, and for the folders the
    process writing the data files makes before them, each page's, so that MkDocs finds them made."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from generator import mkdocs_hook as hook

    class Counted(Files):
        listed = 0

        def documentation_pages(self, **kwargs):
            Counted.listed += 1
            return super().documentation_pages(**kwargs)

    class Inline:  # the writer's task run here, not in a forked process
        def __init__(self, task):
            self.written = task()

        def stop(self):
            pass

    config = load_config(str(REPO / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins._current_plugin = None  # as between MkDocs' events, where it names the plugin making a file
    files = Counted([hook._GeneratedFile.generated(config, "amnen/skola/index.md", content="# Skola\n"),
                     hook._GeneratedFile.generated(config, "data/v1/dag.json", content="{}")])
    monkeypatch.setenv("VLV_WORKERS", "2")
    # as in a build's process: a thread another test of this process left running makes it one
    monkeypatch.setattr(hook.workers.threading, "active_count", lambda: 1)
    monkeypatch.setattr(hook, "SearchWorkers", lambda count: None)
    monkeypatch.setattr(hook.workers, "Background", Inline)
    monkeypatch.setattr(hook._Session, "data_writer", None)
    for name in ("data_later", "nav", "headings", "keep_from_search", "search_workers"):
        monkeypatch.setattr(hook._Session, name, None)  # on_nav's session, as it was after the test
    hook.on_nav(None, config, files)
    assert Counted.listed == 1
    assert hook._Session.data_writer.written == 1
    assert (tmp_path / "site/amnen/skola").is_dir()
    assert (tmp_path / "site/data/v1/dag.json").read_text(encoding="utf-8") == "{}"


def test_a_data_file_that_cannot_be_made_beside_the_build_fails_it_with_the_reason(tmp_path, monkeypatch):
    """A data file made by the process beside the build (`_write_data_files_beside`) that fails
    fails the build with what went wrong, not a build without it or one that never ends."""
    from mkdocs.exceptions import Abort

    from generator import workers
    from generator import mkdocs_hook as hook

    def broken() -> str:
        raise KeyError("kommun-saknas")

    later = hook._DataLater(None, {"data/v1/items.json": broken})
    writes = [(str(tmp_path / "site/data/v1/items.json"), "data/v1/items.json", "")]
    monkeypatch.setattr(hook._Session, "data_writer", workers.Background(lambda: hook._write_files(writes, [], later)))
    with pytest.raises(Abort, match="^Datafilerna kunde inte skapas eller skrivas: KeyError: 'kommun-saknas'$"):
        hook._wait_for_data_files()
    assert hook._Session.data_writer is None
    assert not (tmp_path / "site/data/v1/items.json").exists()


def test_starting_the_hook_again_in_one_process_adds_no_second_log_filter(monkeypatch):
    """A process that starts the hook more than once (a test's build in its own process, Python
    running MkDocs twice, `mkdocs serve --dirty` after a build) keeps one filter of each kind on
    MkDocs' loggers: each start added another, and every record of the build's logger was
    read once more per start. The list of pages left out of the navigation stays hidden."""
    import logging

    from generator import mkdocs_hook as hook

    for name in ("serving", "one_build", "dirty"):
        monkeypatch.setattr(hook._Session, name, getattr(hook._Session, name))
    loggers = [logging.getLogger(name) for name in ("mkdocs.structure.nav", "mkdocs.commands.build")]
    for logger in loggers:
        monkeypatch.setattr(logger, "filters", [])
    for command, dirty in (("build", False), ("serve", True), ("serve", True), ("build", False)):
        hook.on_startup(command=command, dirty=dirty)
    assert [[type(kind).__name__ for kind in logger.filters] for logger in loggers] == [
        ["_OmittedFromNav"], ["_OmittedFromNav", "_DirtyNotice"]]
    left_out = logging.LogRecord("mkdocs.commands.build", logging.INFO, __file__, 1, "The following pages exist in "
                                 "the docs directory, but are not included in the \"nav\" configuration:", (), None)
    assert not loggers[1].filter(left_out)
