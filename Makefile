# Entry points. `make demo` and `make test` are the README's two set-up commands.
MVN ?= mvn -B
CONTROL_PLANE := hack/control-plane.sh

.PHONY: help build test test-unit e2e run demo crds docs bench bench-peers control-plane clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

build: ## Compile and package the operator (target/quarkus-app/quarkus-run.jar) and bin/prodready's classes
	$(MVN) -DskipTests package

control-plane: ## Build or find kube-apiserver, etcd, kubectl, kube-controller-manager, promtool and the SARIF schema for the tests
	$(CONTROL_PLANE) ensure
	hack/promtool.sh ensure
	hack/sarif-schema.sh ensure

test: control-plane ## Every test layer: unit, mock API server, real API server
	$(MVN) verify

test-unit: ## Unit and mock-server tests only (no local control plane needed)
	$(MVN) verify -DskipApiServerTests=true

e2e: control-plane ## Real API server tests only
	$(MVN) verify -DskipUnitTests=true

run: ## Run the operator against the cluster of the current kubeconfig (install crds/ first)
	$(MVN) quarkus:dev -Dquarkus.log.console.json.enabled=false

demo: ## Local control plane + samples + operator; prints the scored checklist, then stops everything
	hack/demo.sh

bench: ## Evaluation time and status size for 10 to 5,000 workloads (numbers in docs/benchmarks.md)
	$(MVN) test -Dtest=EvaluationBenchmark -Dgroups=bench -DunitExcludedGroups=apiserver -DskipApiServerTests=true

bench-peers: ## prodready audit vs kube-score (and polaris when on PATH) on 2,000 to 20,000 workloads (docs/benchmarks.md)
	MVN="$(MVN)" hack/bench-peers.sh

crds: ## Regenerate crds/ from the API classes
	$(MVN) test -Dtest=CrdSyncTest -DupdateCrds=true -DskipApiServerTests=true

docs: ## Regenerate docs/checks.md from the check catalog
	$(MVN) test -Dtest=CheckCatalogTest -DupdateDocs=true -DskipApiServerTests=true

clean:
	$(MVN) clean
