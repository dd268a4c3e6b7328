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

.PHONY: all build release test lint acceptance demo man install bench bench-peers fuzz clean test-scale test-browser

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

## The seed articles through the whole pipeline, scored against the gold file,
## and grouped by incident, scored against the claim gold (incidents.py);
## fails below tests/acceptance/thresholds.json.
acceptance: release
	@if [ ! -d "$(SHARED)/corpus/seeds" ] || [ ! -f "$(SHARED)/eval/score.py" ]; then \
	  echo "acceptance: SKIPPED: $(SHARED) (seed corpus and scorer) is not there"; exit 0; fi; \
	set -o pipefail; \
	$(RELEASE)/kz-split $(SHARED)/corpus/seeds/*.txt | $(RELEASE)/kz-entities | $(RELEASE)/kz-numbers \
	  | $(RELEASE)/kz-timeline --annotate > $(TARGET)/acceptance.jsonl && \
	$(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/eval/seeds.gold.jsonl --pred $(TARGET)/acceptance.jsonl \
	  > $(TARGET)/acceptance.txt; status=$$?; cat $(TARGET)/acceptance.txt; [ $$status -eq 0 ] || exit $$status; \
	$(RELEASE)/kz-timeline --by incident $(TARGET)/acceptance.jsonl > $(TARGET)/acceptance-incidents.jsonl && \
	$(PYTHON) $(SHARED)/eval/incidents.py --gold $(SHARED)/eval/claims.seeds.jsonl \
	  --pred $(TARGET)/acceptance-incidents.jsonl > $(TARGET)/acceptance-incidents.txt; status=$$?; \
	cat $(TARGET)/acceptance-incidents.txt; [ $$status -eq 0 ] || exit $$status; \
	tail -n 1 $(TARGET)/acceptance.txt | $(PYTHON) tests/acceptance/check.py --incidents $(TARGET)/acceptance-incidents.txt

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

## Regenerate man/*.1 and the shell completions in completions/ from the clap definitions.
man:
	KZ_UPDATE_MAN=1 $(CARGO) test -p kz-tests --test man -- man_pages_are_up_to_date completions_are_up_to_date

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	for t in $(TOOLS); do install -m 755 $(RELEASE)/$$t $(DESTDIR)$(PREFIX)/bin/$$t; done
	for t in $(TOOLS); do install -m 644 man/$$t.1 $(DESTDIR)$(PREFIX)/share/man/man1/$$t.1; done
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	for t in $(TOOLS); do \
	  install -m 644 completions/bash/$$t $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$t; \
	  install -m 644 completions/zsh/_$$t $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_$$t; \
	  install -m 644 completions/fish/$$t.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$$t.fish; \
	done

clean:
	$(CARGO) clean

## The GNU parallel and Spark recipes of the README ("Beyond one machine") on the
## examples and a generated corpus, compared byte for byte with the single process.
## Installs GNU parallel (apt-get) and PySpark (scale/.venv) when missing; needs java.
test-scale: release
	KZ_BIN_DIR=$(abspath $(RELEASE)) bash scale/test.sh

## Throughput and memory of every tool against the pass-through limit; writes BENCHMARKS.md.
## BENCH_MB="10 200" sets the corpus sizes (cached under target/bench/); BENCH_RU_MB the
## size of the Russian corpus the same benchmarks run on (0: none).
BENCH_MB ?= 10 200
BENCH_RU_MB ?= 10
bench: release
	$(PYTHON) bench/run.py --sizes $(BENCH_MB) --russian-mb $(BENCH_RU_MB) --bin-dir $(RELEASE)

## The Python tools users would otherwise pick, on the same corpus (not part of CI).
bench-peers: release
	$(PYTHON) bench/peers.py --sizes $(BENCH_MB) --bin-dir $(RELEASE)

## Fuzz every target for FUZZ_SECONDS each (needs cargo-fuzz; not part of CI).
FUZZ_SECONDS ?= 60
fuzz:
	bash fuzz/run.sh $(FUZZ_SECONDS)
