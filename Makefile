# isolated-runtime — every task a newcomer needs. `make demo` and `make test`
# work on a fresh machine that has only the Rust toolchain: `setup` installs
# the rest (idempotently, from the Rust and Debian package registries only).

# isolated-runtime: every task a newcomer needs. `make demo` and `make test`
# work on a fresh machine that has only the Rust toolchain (and Node.js for
# the differential tests, which `make test` installs from Debian if missing):
# the wasm guest ships prebuilt in runtime/artifact/. Only `make guest` (and
# the guest half of `make lint`) needs the wasm C toolchain, which
# `guest-toolchain` installs idempotently from Debian's and rustup's registries.

CARGO ?= cargo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := clang-16 llvm-16 libclang-16-dev wasi-libc
WASM_TARGET := wasm32-wasip2
GUEST_TARGET_DIR := $(CURDIR)/target/guest
GUEST_BUILT := $(GUEST_TARGET_DIR)/$(WASM_TARGET)/release/isolated_runtime_guest.wasm
GUEST_ARTIFACT := runtime/artifact/guest.wasm
GUEST_MANIFEST := runtime/artifact/guest.manifest
# The Node built-ins the guest implements (top-level names of guest/src/node,
# without its private internal/ folder): the host's allow-list vocabulary.
GUEST_BUILTINS := runtime/artifact/builtins.txt
GUEST_BUILTINS_LIST = { echo "\# Node built-ins the guest implements (guest/src/node), written by \`make guest\`. Do not edit."; \
	find guest/src/node -maxdepth 1 -name '*.js' -printf '%f\n' | sed 's/\.js$$//' | LC_ALL=C sort; }
BIN := target/release/isolated-runtime

.PHONY: node-addon node-test bench-tools profile all setup node guest-toolchain build guest check-guest check-deps demo test lint fmt bench soak compat-deps fuzz-smoke

all: build

## setup: what `make test` needs beyond Rust: Node.js and npm (the oracle of
## the differential tests), from Debian, only when missing
setup: node
node:
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
		echo "installing: nodejs npm"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; \
	fi

## guest-toolchain: the wasm target and the C toolchain the guest needs (idempotent)
guest-toolchain:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# The hash of everything the guest is built from: its crate (sources, lock
# file, cargo config) and the WIT contract. Recorded in the manifest by
# `make guest`, compared by `make check-guest`.
GUEST_INPUTS_HASH = find guest wit -type f -not -path '*/target/*' -print0 | LC_ALL=C sort -z \
	| xargs -0 sha256sum | sha256sum | cut -d' ' -f1

## guest: rebuild the wasm guest component (guest/ + wit/) into
## runtime/artifact/guest.wasm and record what it was built from; commit both
guest: guest-toolchain
	cd guest && $(CARGO) build --locked --release --target $(WASM_TARGET) --target-dir $(GUEST_TARGET_DIR)
	@mkdir -p runtime/artifact
	cp $(GUEST_BUILT) $(GUEST_ARTIFACT)
	$(GUEST_BUILTINS_LIST) > $(GUEST_BUILTINS)
	@{ echo "# The guest component guest.wasm, built by \`make guest\` from guest/ and wit/."; \
	   echo "# \`make check-guest\` (part of \`make lint\` and CI) fails when those inputs change"; \
	   echo "# without a rebuild. Do not edit."; \
	   echo "inputs-sha256: $$($(GUEST_INPUTS_HASH))"; \
	   echo "wasm-sha256: $$(sha256sum $(GUEST_ARTIFACT) | cut -d' ' -f1)"; \
	   echo "wasm-bytes: $$(stat -c %s $(GUEST_ARTIFACT))"; \
	   echo "rustc: $$(rustc --version)"; \
	   echo "clang: $$(clang-16 --version | head -n1)"; \
	 } > $(GUEST_MANIFEST)
	@cat $(GUEST_MANIFEST)

## check-guest: the checked-in guest was built from today's guest/ and wit/
check-guest:
	@want=$$(sed -n 's/^inputs-sha256: //p' $(GUEST_MANIFEST)); have=$$($(GUEST_INPUTS_HASH)); \
	if [ "$$want" != "$$have" ]; then \
		echo "check-guest: guest/ or wit/ changed since $(GUEST_ARTIFACT) was built."; \
		echo "check-guest: run \`make guest\` and commit runtime/artifact/ (inputs $$have, manifest $$want)."; \
		exit 1; \
	fi; \
	want=$$(sed -n 's/^wasm-sha256: //p' $(GUEST_MANIFEST)); have=$$(sha256sum $(GUEST_ARTIFACT) | cut -d' ' -f1); \
	if [ "$$want" != "$$have" ]; then \
		echo "check-guest: $(GUEST_ARTIFACT) is not the component its manifest describes: run \`make guest\`."; \
		exit 1; \
	fi; \
	if ! $(GUEST_BUILTINS_LIST) | cmp -s - $(GUEST_BUILTINS); then \
		echo "check-guest: $(GUEST_BUILTINS) does not list guest/src/node's built-ins: run \`make guest\`."; \
		exit 1; \
	fi; \
	echo "check-guest: $(GUEST_ARTIFACT) and $(GUEST_BUILTINS) match guest/ and wit/"

## check-deps: the dependency rules (README "Crates"): the library's normal
## dependencies hold no CLI/server crate, the library has no #[doc(hidden)]
## back doors, the guest never depends on the runtime
check-deps:
	@bad=$$($(CARGO) tree --locked -e normal -p isolated-runtime --prefix none --format '{p}' \
		| awk '{print $$1}' | grep -xE 'clap|clap_builder|axum|axum-core|hyper|hyper-util|toml|tracing-subscriber|reqwest|isolated-runtime-server' | sort -u); \
	if [ -n "$$bad" ]; then echo "check-deps: the library depends on:" $$bad; exit 1; fi
	@if grep -rn 'doc(hidden)' runtime/src; then echo "check-deps: no #[doc(hidden)] in the library: make it public and documented, or private"; exit 1; fi
	@if grep -n 'isolated-runtime\b' guest/Cargo.toml | grep -v '^[0-9]*:name\|^[0-9]*:#\|^[0-9]*:description'; then echo "check-deps: the guest must not depend on the runtime"; exit 1; fi
	@if grep -rn 'isolated_runtime::.*__\|#\[doc(hidden)\]' server/src cli/src node/src; then echo "check-deps: the CLI, the server and the Node.js addon use the public API only"; exit 1; fi
	@echo "check-deps: the library's normal dependencies hold no CLI/server crates; no hidden API; the guest is independent"

## build: the library, the server library, the CLI and the examples, in one
## cargo invocation (one feature set, so nothing is compiled twice; Rust only:
## the guest is prebuilt)
build:
	$(CARGO) build --locked --release --workspace --lib --bins

## node-addon: the npm package's native addon (node/), from the same build,
## copied where node/index.js loads it (isolated-runtime.<platform>.node)
NODE_ADDON = node/isolated-runtime.$$(node -p "require('./node/lib/platform').platformTriple()").node
node-addon: build setup
	cp target/release/libisolated_runtime_node.so $(NODE_ADDON)

## demo: run the reference example (examples/modules) through the library and the CLI
demo: build node-addon
	target/release/demo
	@echo "--- the same calls through the CLI:"
	$(BIN) run --folder examples/modules --file module1.js --func-name a
	$(BIN) run --folder examples/modules --file module2.js --func-name b
	@echo "--- the reference README's example through the Node.js package (node/):"
	node node/example.js

## compat-deps: the npm packages of the differential compatibility test, at the
## versions pinned by tests/compat/package-lock.json (reinstalled only when it changes)
COMPAT_STAMP := tests/compat/node_modules/.installed
compat-deps: setup $(COMPAT_STAMP)
$(COMPAT_STAMP): tests/compat/package-lock.json tests/compat/package.json
	cd tests/compat && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

## test: every test (unit, library, server and CLI end to end, compatibility
## against Node, README examples as doc tests)
test: setup compat-deps node-test
	$(CARGO) test --locked --release --workspace

## node-test: the Node.js package's tests (node/test/, Node's own runner)
node-test: node-addon
	cd node && node --test test/*.test.js

## lint: formatting and clippy with warnings as errors (host and guest), the
## guest artifact check and the dependency rules
lint: check-guest check-deps guest-toolchain
	$(CARGO) fmt --all --check
	cd guest && $(CARGO) fmt --check
	$(CARGO) clippy --locked --release --workspace --all-targets -- -D warnings
	cd guest && $(CARGO) clippy --locked --release --target $(WASM_TARGET) --target-dir $(GUEST_TARGET_DIR) -- -D warnings

fmt:
	$(CARGO) fmt --all
	cd guest && $(CARGO) fmt

## bench: one table, us and the Node peers (node:vm, vm2, quickjs-emscripten,
## isolated-vm if it builds) with each peer's ratio to ours: µs per fresh-sandbox
## call (add(1, 2), a 50 KB module, JSON and sort work), calls/s on 1 and 2 threads,
## MiB per 1,000 sleeping sandboxes. The Rust side (which also prints the metering
## overhead and the host-call round trip) writes target/bench/ours.json;
## bench/peers/peers.js reads it, runs the same workloads in the peers, prints the table.
bench: build node-addon bench-tools
	target/release/bench
	@cd bench/peers && ( [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund --ignore-scripts >/dev/null ) && node peers.js
	node node/bench.js

## bench-tools: wrk, the HTTP load generator of the `serve` row (Debian, idempotent)
bench-tools:
	@command -v wrk >/dev/null || { echo "installing: wrk"; $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

## profile: where the µs of one trivial call go: PROFILE_CALLS (default
## 500,000) fresh-sandbox add(1, 2) calls under `perf record` (Debian's
## linux-perf, installed if missing), then the top of `perf report` by
## inclusive time; the README's per-call table comes from it.
PROFILE_CALLS ?= 500000
profile: build
	@command -v perf >/dev/null || { echo "installing: linux-perf"; $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linux-perf; }
	PROFILE_CALLS=$(PROFILE_CALLS) perf record -D 15000 -F 2000 --call-graph dwarf,16384 -o target/profile.data target/release/profile
	perf report -i target/profile.data --children --sort symbol --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | grep -v ' 0x' | head -60

## soak: 100,000 mixed normal and hostile calls in one process (SOAK_CALLS=N
## to change); prints calls/s, outcomes by kind, RSS and open fds; fails if
## a call misbehaves or resources keep growing after the warm-up.
soak: build
	target/release/soak

## fuzz-smoke: build the fuzz targets (fuzz/, its own workspace) on stable with
## the coverage instrumentation cargo-fuzz uses, then run each one for
## FUZZ_SECONDS (default 30) with a fixed seed on a scratch copy of its seed
## corpus plus fuzz/regressions/<target> (inputs that once found a bug). Prints
## the runs per target; fails if any target finds a crash (saved under
## fuzz/artifacts/<target>/). Each target first warms its per-file snapshots
## (20-70 s, not counted in FUZZ_SECONDS). See fuzz/README.md.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS := args_and_name module_source return_values specifiers buffer_decoding util_format
FUZZ_HOST := $(shell rustc -vV 2>/dev/null | sed -n 's/^host: //p')
# The flags cargo-fuzz passes (less -Zsanitizer, which needs nightly). With an
# explicit --target they reach only target code, not build scripts or proc macros.
FUZZ_RUSTFLAGS := --cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
	-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks
FUZZ_BIN_DIR := $(CURDIR)/target/fuzz/$(FUZZ_HOST)/release
fuzz-smoke:
	cd fuzz && RUSTFLAGS="$(FUZZ_RUSTFLAGS)" \
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
