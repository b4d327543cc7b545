# seoulchain: one target per habit. `make help` lists them.
GO      ?= go
NPM     ?= npm
RUN_ARGS ?=

# Go test timeout: the whole suite runs in a few minutes on 2 cores; this only stops a hang.
TEST_TIMEOUT ?= 15m

.DEFAULT_GOAL := help
.PHONY: help build run test contracts bench lint clean chromium

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

build: ## build bin/seoulchain and bin/seoulchain-relayer
	$(GO) build -o bin/seoulchain ./cli/seoulchain
	$(GO) build -o bin/seoulchain-relayer ./relayer/seoulchain-relayer

run: build ## start the local network and the relayer in ./.devnet (RUN_ARGS="--reset" starts over)
	./bin/seoulchain devnet $(RUN_ARGS)

test: contracts/node_modules/.installed chromium ## vet and run every test (installs what it needs)
	@# go.mod must say what the code imports; `go mod tidy` fixes it.
	$(GO) mod tidy -diff
	$(GO) vet ./...
	$(GO) test -timeout $(TEST_TIMEOUT) ./...

contracts: contracts/node_modules/.installed ## recompile contracts/src into contracts/artifacts and bindings/
	bash contracts/generate.sh

bench: ## print the benchmark figures (gas per operation, ...) as a table
	$(GO) test -run '^$$' -bench . -benchtime 1x ./bench/...

lint: contracts/node_modules/.installed ## gofmt, go vet and solhint
	@out=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go' | grep -v '^bindings/')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	cd contracts && npx --no-install solhint --noPoster --disc 'src/**/*.sol'

clean: ## remove build output (not the devnet: use `make run RUN_ARGS=--reset`)
	rm -rf bin

# Headless Chromium for the certificate page's browser test (services/cert): Debian's
# package, installed once (as root, or through sudo) when it is missing, with a Korean font
# so that the page's screenshots read as a citizen sees it.
chromium: ## install Debian's chromium (and a Korean font) for the browser tests, if missing
	@{ command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; } && \
	  [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends chromium fonts-noto-cjk; }

# npm ci from the lockfile; the marker makes it run again when the lockfile changes.
contracts/node_modules/.installed: contracts/package-lock.json
	cd contracts && $(NPM) ci --no-audit --no-fund
	touch $@
