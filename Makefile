# kz — make targets. `make demo` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
CARGO    ?= cargo
PREFIX   ?= /usr/local
SHARED   ?= ../shared
# Cargo's output directory: honour CARGO_TARGET_DIR as cargo does.
TARGET   := $(or $(CARGO_TARGET_DIR),target)
RELEASE  := $(TARGET)/release
TOOLS    := kz-split kz-entities kz-numbers kz-dedupe kz-timeline
PYTHON   ?= python3

.PHONY: all build release test lint acceptance demo man install bench bench-peers fuzz clean test-browser

all: build

build:
	$(CARGO) build --workspace

release:
	$(CARGO) build --release --workspace --bins

## Every test of the workspace (unit, property, command-line, pipelines, man pages).
test:
	$(CARGO) build --workspace --bins
	$(CARGO) test --workspace

## Formatting and lints, as CI checks them.
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## The seed articles through the whole pipeline, scored against the gold file;
## fails below tests/acceptance/thresholds.json.
acceptance: release
	@if [ ! -d "$(SHARED)/corpus/seeds" ] || [ ! -f "$(SHARED)/eval/score.py" ]; then \
	  echo "acceptance: SKIPPED: $(SHARED) (seed corpus and scorer) is not there"; exit 0; fi; \
	set -o pipefail; \
	$(RELEASE)/kz-split $(SHARED)/corpus/seeds/*.txt | $(RELEASE)/kz-entities | $(RELEASE)/kz-numbers \
	  | $(RELEASE)/kz-timeline --annotate > $(TARGET)/acceptance.jsonl && \
	$(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/eval/seeds.gold.jsonl --pred $(TARGET)/acceptance.jsonl \
	  > $(TARGET)/acceptance.txt; status=$$?; cat $(TARGET)/acceptance.txt; [ $$status -eq 0 ] || exit $$status; \
	tail -n 1 $(TARGET)/acceptance.txt | $(PYTHON) tests/acceptance/check.py

## The HTML report of the example articles in headless Chromium (Debian's package,
## installed with apt-get when missing: needs root then); screenshot in target/browser/.
test-browser: release
	bash tests/browser/run.sh $(RELEASE) $(TARGET)

## The pipeline on the example articles shipped in examples/.
demo: release
	@echo "== kz-split examples/*.txt | kz-entities | kz-numbers  (first sentences)"
	@$(RELEASE)/kz-split examples/*.txt | $(RELEASE)/kz-entities | $(RELEASE)/kz-numbers | head -n 4
	@echo
	@echo "== ... | kz-timeline --format md"
	@$(RELEASE)/kz-split examples/*.txt | $(RELEASE)/kz-entities | $(RELEASE)/kz-numbers | $(RELEASE)/kz-timeline --format md

## Regenerate man/*.1 from the clap definitions.
man:
	KZ_UPDATE_MAN=1 $(CARGO) test -p kz-tests --test man man_pages_are_up_to_date

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	for t in $(TOOLS); do install -m 755 $(RELEASE)/$$t $(DESTDIR)$(PREFIX)/bin/$$t; done
	for t in $(TOOLS); do install -m 644 man/$$t.1 $(DESTDIR)$(PREFIX)/share/man/man1/$$t.1; done

clean:
	$(CARGO) clean

## Throughput and memory of every tool against the pass-through limit; writes BENCHMARKS.md.
## BENCH_MB="10 200" sets the corpus sizes (cached under target/bench/).
BENCH_MB ?= 10 200
bench: release
	$(PYTHON) bench/run.py --sizes $(BENCH_MB) --bin-dir $(RELEASE)

## The Python tools users would otherwise pick, on the same corpus (not part of CI).
bench-peers: release
	$(PYTHON) bench/peers.py --sizes $(BENCH_MB) --bin-dir $(RELEASE)

## Fuzz every target for FUZZ_SECONDS each (needs cargo-fuzz; not part of CI).
FUZZ_SECONDS ?= 60
fuzz:
	bash fuzz/run.sh $(FUZZ_SECONDS)
