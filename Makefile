# make demo: create .venv, install copydesk, print the report of the bundled demo article.
# make test: the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install eval bench clean fuzz sweep

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q copydesk
	touch $(STAMP)

install: $(STAMP)

# the bytecode is written here, not at import: where PYTHONDONTWRITEBYTECODE is set, every cold
# check would otherwise compile copydesk's sources again (a third of a second)
demo: $(STAMP)
	@$(BIN)/python -m compileall -q copydesk
	$(BIN)/copydesk check copydesk/demo/article.txt --published 2025-03-14 --fail-on never

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python eval/sample.py
	$(BIN)/python eval/html.py

# fuzz: the atheris harnesses (ingest, time grammar), a minute each, from the seeds in fuzz/seeds
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	mkdir -p fuzz/corpus/ingest fuzz/corpus/time
	cd fuzz && ../$(BIN)/python fuzz_targets.py time -max_total_time=$(FUZZ_SECONDS) -max_len=600 corpus/time seeds/time
	cd fuzz && ../$(BIN)/python fuzz_targets.py ingest -max_total_time=$(FUZZ_SECONDS) -max_len=4096 corpus/ingest seeds/ingest

# sweep: every text in ../shared/eval through copydesk; 0 without a report and 0 CD000 expected
sweep: $(STAMP)
	$(BIN)/python eval/sweep.py

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
