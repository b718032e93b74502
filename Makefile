# isolated-runtime — every task a newcomer needs. `make demo` and `make test`
# work on a fresh machine that has only the Rust toolchain: `setup` installs
# the rest (idempotently, from the Rust and Debian package registries only).

CARGO ?= cargo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := clang-16 llvm-16 libclang-16-dev wasi-libc
WASM_TARGET := wasm32-wasip2
GUEST_WASM := target/guest/$(WASM_TARGET)/guest/isolated_runtime_guest.wasm
BIN := target/release/isolated-runtime

.PHONY: all setup build guest demo test lint fmt bench soak compat-deps fuzz-smoke

all: build

## setup: install the wasm target and the C toolchain the guest needs (idempotent)
setup:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if ! command -v node >/dev/null || ! command -v npm >/dev/null; then missing="$$missing nodejs npm"; fi; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## guest: build the wasm guest component alone
guest: setup
	$(CARGO) build --locked -p isolated-runtime-guest --target $(WASM_TARGET) --profile guest --target-dir target/guest
	@ls -l $(GUEST_WASM)

## build: the library and the CLI (the build script builds the guest)
build: setup
	$(CARGO) build --locked --release

## demo: run the reference example (examples/modules) through the library and the CLI
demo: build
	$(CARGO) run --locked --release --quiet --example demo
	@echo "--- the same calls through the CLI:"
	$(BIN) run --folder examples/modules --file module1.js --func a
	$(BIN) run --folder examples/modules --file module2.js --func b

## compat-deps: the npm packages of the differential compatibility test, at the
## versions pinned by tests/compat/package-lock.json (reinstalled only when it changes)
COMPAT_STAMP := tests/compat/node_modules/.installed
compat-deps: setup $(COMPAT_STAMP)
$(COMPAT_STAMP): tests/compat/package-lock.json tests/compat/package.json
	cd tests/compat && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

## test: every test (unit, integration, CLI end to end, compatibility against Node)
test: setup compat-deps
	$(CARGO) test --locked --release --workspace --exclude isolated-runtime-guest

## lint: formatting and clippy, warnings are errors (host and guest)
lint: setup
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked --release --all-targets -- -D warnings
	$(CARGO) clippy --locked -p isolated-runtime-guest --target $(WASM_TARGET) --profile guest --target-dir target/guest -- -D warnings

fmt:
	$(CARGO) fmt --all

## bench: one table, us and the Node peers (node:vm, vm2, quickjs-emscripten,
## isolated-vm if it builds) with each peer's ratio to ours: µs per fresh-sandbox
## call (add(1, 2), a 50 KB module, JSON and sort work), calls/s on 1 and 2 threads,
## MiB per 1,000 sleeping sandboxes. The Rust side (which also prints the metering
## overhead and the host-call round trip) writes target/bench/ours.json;
## bench/peers/peers.js reads it, runs the same workloads in the peers, prints the table.
bench: build
	$(CARGO) run --locked --release --quiet --example bench
	@cd bench/peers && ( [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund --ignore-scripts >/dev/null ) && node peers.js

## soak: 100,000 mixed normal and hostile calls in one process (SOAK_CALLS=N
## to change); prints calls/s, outcomes by kind, RSS and open fds; fails if
## a call misbehaves or resources keep growing after the warm-up.
soak: build
	$(CARGO) run --locked --release --quiet --example soak

## fuzz-smoke: build the fuzz targets (fuzz/, its own workspace) on stable with
## the coverage instrumentation cargo-fuzz uses, then run each one for
## FUZZ_SECONDS (default 30) with a fixed seed on a scratch copy of its seed
## corpus plus fuzz/regressions/<target> (inputs that once found a bug). Prints
## the runs per target; fails if any target finds a crash (saved under
## fuzz/artifacts/<target>/). Each target first warms its per-file snapshots
## (20-70 s, not counted in FUZZ_SECONDS). See fuzz/README.md.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS := args_and_name module_source return_values specifiers
FUZZ_HOST := $(shell rustc -vV 2>/dev/null | sed -n 's/^host: //p')
# The flags cargo-fuzz passes (less -Zsanitizer, which needs nightly). With an
# explicit --target they reach only target code, not build scripts or proc macros.
FUZZ_RUSTFLAGS := --cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
	-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks
FUZZ_BIN_DIR := $(CURDIR)/target/fuzz/$(FUZZ_HOST)/release
fuzz-smoke: guest
	cd fuzz && ISOLATED_RUNTIME_GUEST_WASM=$(CURDIR)/$(GUEST_WASM) RUSTFLAGS="$(FUZZ_RUSTFLAGS)" \
		$(CARGO) build --locked --release --target $(FUZZ_HOST) --target-dir ../target/fuzz
	@mkdir -p target/fuzz-logs target/fuzz-cache; failed=""; \
	for t in $(FUZZ_TARGETS); do \
		rm -rf target/fuzz-corpus/$$t && mkdir -p target/fuzz-corpus/$$t fuzz/artifacts/$$t fuzz/regressions/$$t; \
		cp fuzz/corpus/$$t/* target/fuzz-corpus/$$t/; \
		echo "=== fuzz $$t for $(FUZZ_SECONDS) s (log: target/fuzz-logs/$$t.log)"; \
		( cd fuzz && ISOLATED_RUNTIME_FUZZ_CACHE_DIR=$(CURDIR)/target/fuzz-cache $(FUZZ_BIN_DIR)/$$t \
			-seed=1 -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=3072 -dict=dict/js.dict \
			-artifact_prefix=artifacts/$$t/ -print_final_stats=1 \
			../target/fuzz-corpus/$$t regressions/$$t ) > target/fuzz-logs/$$t.log 2>&1 \
			|| { failed="$$failed $$t"; tail -n 40 target/fuzz-logs/$$t.log; }; \
		runs=$$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' target/fuzz-logs/$$t.log); \
		echo "$$t: $${runs:-no final count (crashed?)}"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz-smoke: crashes in:$$failed (inputs under fuzz/artifacts/)"; exit 1; fi
