# Lockstep. `make help` lists the targets. Every tool is pinned and installed into the repo's own
# folders (node_modules/ for foundry, solc-js and Solidity libraries; .tools/ for promtool; Go
# modules via go.mod).

SHELL := /bin/bash
.DEFAULT_GOAL := help

NODE_BIN   := $(CURDIR)/node_modules/.bin
FORGE      := $(NODE_BIN)/forge
ANVIL      := $(NODE_BIN)/anvil
TOOLS_STAMP := node_modules/.lockstep-tools-stamp
PROMTOOL   := $(CURDIR)/.tools/bin/promtool
GO         ?= go
GOTEST_FLAGS ?= -count=1 -timeout 20m
# What `lockstep --version` prints (and the node API's node_version): the commit, or the tag on it.
VERSION    ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS    := -X main.version=$(VERSION)
# Contracts that get Go bindings under bindings/<lowercase name>/.
BINDINGS   := CheckpointRegistry EquivocationSlasher ForcedInclusionInbox LockstepServiceManager ProxyAdmin TransparentUpgradeableProxy

export LOCKSTEP_ANVIL := $(ANVIL)
export LOCKSTEP_OZ_ARTIFACTS := $(CURDIR)/node_modules/@openzeppelin/contracts/build/contracts

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  \033[1m%-14s\033[0m %s\n", $$1, $$2}'

.PHONY: tools
tools: $(TOOLS_STAMP) ## Install pinned foundry, solc-js and Solidity libraries into node_modules/ (only if missing)

$(TOOLS_STAMP): package.json package-lock.json
	@command -v node >/dev/null || { echo "node is required (https://nodejs.org)"; exit 1; }
	@# A linked node_modules (a git worktree sharing another checkout's) is used as it is: npm ci
	@# here would empty the tree it links to.
	@if [ -L node_modules ]; then \
		echo "node_modules links to $$(readlink node_modules): using it as it is, not running npm ci"; \
	else \
		echo "npm ci --no-audit --no-fund --loglevel=error"; \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	fi
	@$(FORGE) --version | head -1

.PHONY: promtool
promtool: $(PROMTOOL) ## Install the pinned promtool into .tools/bin/ (only if missing)

$(PROMTOOL): tools/install-promtool.sh
	tools/install-promtool.sh
	@touch $@

.PHONY: contracts
contracts: tools ## Compile the Solidity contracts
	$(FORGE) build

.PHONY: bindings
bindings: contracts ## Regenerate Go bindings of our contracts (bindings/)
	tools/gen-bindings.sh $(BINDINGS)

.PHONY: build
build: tools ## Build into bin/, stamped with VERSION (git describe): lockstep (what operators run), lockstep-faulty (its test-only faults build) and lockstep-dev (devnet, bench)
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/lockstep ./cmd/lockstep
	$(GO) build -ldflags "$(LDFLAGS)" -tags lockstep_faults -o bin/lockstep-faulty ./cmd/lockstep
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/lockstep-dev ./cmd/lockstep-dev

.PHONY: devnet
devnet: build ## Run the whole system locally: anvil, EigenLayer, contracts, operator nodes, aggregator, demo traffic; DEVNET_FLAGS="--operators 5 --no-traffic"
	./bin/lockstep-dev devnet $(DEVNET_FLAGS)

.PHONY: test
test: tools check-deploy test-forge test-go ## Run every test (deploy/ checks, forge and Go)

.PHONY: e2e
e2e: tools ## End-to-end tests against real processes: happy path with the follower, crash, byzantine, membership, lying operator, bad inputs
	$(GO) test $(GOTEST_FLAGS) ./tests/e2e

SOAK_DURATION ?= 10m
SOAK_SEED     ?= 1

.PHONY: soak
soak: tools ## Randomized fault soak of the whole system under load (kill -9, SIGSTOP, partitions, L1 outages, aggregator restarts; invariants checked); SOAK_DURATION=10m SOAK_SEED=1
	$(GO) test -count=1 -timeout 60m -v -run TestSoak ./tests/soak -soak.duration $(SOAK_DURATION) -soak.seed $(SOAK_SEED)

.PHONY: bench
bench: build contracts ## Benchmarks against baselines (ordering vs bare CometBFT on loopback and over emulated WAN links, firm latency, forced and rollup-node latency, gas, aggregation, resources); BENCH_FLAGS="--quick"
	./bin/lockstep-dev bench $(BENCH_FLAGS)

.PHONY: test-forge
test-forge: tools ## Solidity unit, fuzz and invariant tests, and the gas snapshot check
	$(FORGE) test
	$(FORGE) snapshot --check contracts/.gas-snapshot

.PHONY: test-go
test-go: tools ## Go tests, including the anvil integration tests
	$(GO) test $(GOTEST_FLAGS) ./...

.PHONY: check-deploy
check-deploy: $(PROMTOOL) ## Check deploy/prometheus with promtool: the config, the alert rules and their unit tests
	$(PROMTOOL) check config deploy/prometheus/prometheus.yml
	$(PROMTOOL) check rules deploy/prometheus/alerts.yml
	$(PROMTOOL) test rules deploy/prometheus/alerts_test.yml

.PHONY: snapshot
snapshot: tools ## Update the committed gas snapshot
	$(FORGE) snapshot --snap contracts/.gas-snapshot

.PHONY: fuzz
fuzz: tools ## Long fuzz and invariant runs (FOUNDRY_PROFILE=fuzz)
	FOUNDRY_PROFILE=fuzz $(FORGE) test

.PHONY: check-bindings
check-bindings: bindings ## Fail if the committed bindings differ from freshly generated ones
	@git diff --exit-code -- bindings/ || { echo "bindings/ is stale: run 'make bindings' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- bindings/)" || { git status --porcelain -- bindings/; echo "bindings/ has untracked files: run 'make bindings' and commit"; exit 1; }

.PHONY: clean
clean: ## Remove build outputs (keeps node_modules/)
	rm -rf bin/ contracts/out/ contracts/cache/
