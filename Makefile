# isolated-runtime — every task a newcomer needs. `make demo` and `make test`
# work on a fresh machine that has only the Rust toolchain: `setup` installs
# the rest (idempotently, from the Rust and Debian package registries only).

CARGO ?= cargo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := clang-16 llvm-16 libclang-16-dev wasi-libc
WASM_TARGET := wasm32-wasip2
GUEST_WASM := target/guest/$(WASM_TARGET)/guest/isolated_runtime_guest.wasm
BIN := target/release/isolated-runtime

.PHONY: all setup build guest demo test lint fmt bench compat-deps

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
