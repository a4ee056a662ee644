# newsevents — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsevents.duckdb
SHARED ?= ../shared

.PHONY: run test install bench golden train-ner lint clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test,transformers]'
	touch $@

install: $(VENV)/.installed

# The main job: the shipped corpus/ into an embedded DuckDB file, with a summary.
run: install
	$(BIN)/newsevents ingest corpus --db $(DB)
	$(BIN)/newsevents quotes --db $(DB) --limit 5

# The test suite (.ci/run calls exactly this).
test: install
	$(BIN)/python -m pytest tests

# Throughput and memory figures (README "Benchmark"); never part of the tests.
bench: install
	$(BIN)/python -m scripts.bench --corpus $(SHARED)/corpus/tw_politics_zh_hant.jsonl.gz --articles 300

# Rewrite the whole-article golden files after a deliberate change (review the diff!).
golden: install
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py

train-ner: install
	$(BIN)/python -m pipeline.train_ner --data $(SHARED)/data --out models/ner-zh
	$(BIN)/python -m pipeline.train_ner_bilstm --data $(SHARED)/data --out build/ner-zh-bilstm --epochs 30 --minutes 52
	$(BIN)/python -m pipeline.train_ner_bilstm --data $(SHARED)/data --out build/ner-zh-bilstm-2 --word-dropout 0.1 --lr-decay 0.9 --epochs 16
	$(BIN)/python -m pipeline.train_ner_ensemble --data $(SHARED)/data --crf models/ner-zh --bilstm build/ner-zh-bilstm build/ner-zh-bilstm-2 --crf-heads entity --install --report
	$(BIN)/python -m pipeline.train_ner --data $(SHARED)/data --out models/ner-zh --eval-only

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
