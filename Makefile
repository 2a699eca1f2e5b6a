# Presskit — everyday commands. `make run` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: run test test-dist dist lint typecheck bench catalogs screenshot system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[gui,test]'
	$(PY) -m compileall -q presskit ui resources >/dev/null  # as pip does for a wheel install
	touch $(STAMP)

# Debian packages the tests and the app need (LibreOffice for the DOCX comparison, poppler
# for pdftotext/pdftoppm, fonts for per-character fallback, Qt's xcb runtime libraries,
# desktop-file-validate, update-mime-database, xdg-mime and gio for the desktop files,
# Xvfb and xwininfo for the frozen editor's test, Enchant and the Hunspell dictionaries
# for spelling in English, French, German, Spanish and Italian).
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  missing=""; for p in libreoffice-writer-nogui poppler-utils fontconfig fonts-noto-core \
	    fonts-droid-fallback libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 xvfb xauth \
	    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 \
	    libwayland-egl1 x11-utils desktop-file-utils shared-mime-info xdg-utils libglib2.0-bin \
	    libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-fr hunspell-de-de hunspell-es hunspell-it; do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi; \
	else echo "system-deps: not root or no apt-get; install LibreOffice and poppler-utils yourself"; fi

# Opens the editor on the bundled French sample (or, without a display, exports it to PDF).
run: $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] && $(PY) -c "import presskit_ui.app" 2>/dev/null; then \
	  $(VENV)/bin/presskit examples/communique-fr.presskit; \
	else \
	  mkdir -p out && $(VENV)/bin/presskit export examples/communique-fr.presskit --pdf out/communique-fr.pdf \
	  && echo "No display: exported the French sample to $$(pwd)/out/communique-fr.pdf"; \
	fi

test: system-deps $(STAMP)
	$(VENV)/bin/ruff check presskit ui tests benchmarks
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m 'not slow'
	$(MAKE) test-dist

# The slow tests on their own (pytest -m slow): the frozen bundle and its .deb are built
# (make dist), unpacked, and run with no Python: the French export and the editor under Xvfb.
test-dist: $(STAMP) dist
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

# The frozen one-folder Presskit (PyInstaller) wrapped in dist/presskit_VERSION_ARCH.deb.
# Presskit and its dependencies come from PyPI into a venv of their own (build/freeze-venv),
# never from the development venv, so the bundle holds only what a user's install holds.
FREEZE = build/freeze-venv
$(FREEZE)/.installed: pyproject.toml
	$(PYTHON) -m venv $(FREEZE)
	$(FREEZE)/bin/python -m pip install -q --upgrade pip
	$(FREEZE)/bin/python -m pip install -q '.[dist]'
	touch $@

dist: $(FREEZE)/.installed
	rm -rf build/lib  # setuptools reuses it: files removed from the tree would come back
	$(FREEZE)/bin/python -m pip install -q --no-deps --force-reinstall .  # this tree's Presskit
	cd packaging && ../$(FREEZE)/bin/python build_deb.py

lint: $(STAMP)
	$(VENV)/bin/ruff check presskit ui tests benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Speed figures recorded in the README (each script prints its targets beside its figures).
bench: $(STAMP)
	$(PY) benchmarks/bench_pdf.py
	$(PY) benchmarks/bench_docx_text.py
	$(PY) benchmarks/bench_contacts.py
	$(PY) benchmarks/bench_preflight.py
	$(PY) benchmarks/bench_kit.py
	$(PY) benchmarks/bench_kit_file.py
	$(PY) benchmarks/bench_batch.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_editor.py

# Refresh the README's editor screenshots (docs/editor.png, docs/editor-typing.png) under Xvfb.
screenshot: $(STAMP)
	$(PY) tools/screenshot.py

# Re-extract, update and compile the export-label, preflight-message and error-reason
# catalogs (babel).
catalogs: $(STAMP)
	$(VENV)/bin/pybabel extract -k N_ --no-default-keywords --no-location --project=Presskit \
	  -o resources/locale/labels.pot presskit/labels.py presskit/kit/labels.py
	$(VENV)/bin/pybabel update -D labels -i resources/locale/labels.pot -d resources/locale --no-fuzzy-matching
	$(VENV)/bin/pybabel compile -D labels -d resources/locale
	$(VENV)/bin/pybabel extract -k N_ --no-default-keywords --no-location --project=Presskit \
	  -o resources/locale/preflight.pot presskit/preflight/messages.py
	$(VENV)/bin/pybabel update -D preflight -i resources/locale/preflight.pot -d resources/locale --no-fuzzy-matching
	$(VENV)/bin/pybabel compile -D preflight -d resources/locale
	$(VENV)/bin/pybabel extract -k N_ --no-default-keywords --no-location --project=Presskit \
	  -o resources/locale/errors.pot presskit/errors.py presskit/error_catalog.py \
	  presskit/fileio.py presskit/draft.py presskit/profiles.py presskit/images.py \
	  presskit/contacts/validate.py
	$(VENV)/bin/pybabel update -D errors -i resources/locale/errors.pot -d resources/locale --no-fuzzy-matching
	$(VENV)/bin/pybabel compile -D errors -d resources/locale

clean:
	rm -rf build dist out *.egg-info .pytest_cache .ruff_cache .mypy_cache
