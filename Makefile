# Entry points. `make demo` and `make test` are the README's two set-up commands.
MVN ?= mvn -B
CONTROL_PLANE := hack/control-plane.sh

.PHONY: help build test test-unit e2e run demo crds docs manifests helm-lint image bench bench-operator bench-peers chaos control-plane fmt clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

build: ## Compile and package the operator (target/quarkus-app/quarkus-run.jar) and bin/prodready's classes
	$(MVN) -DskipTests package

control-plane: ## Build or find kube-apiserver, etcd, kubectl, kube-controller-manager, promtool, helm and the SARIF schema for the tests
	$(CONTROL_PLANE) ensure
	hack/promtool.sh ensure
	hack/helm.sh ensure
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

bench: ## Evaluation time and status size for 10 to 5,000 workloads, heap per cached object (docs/benchmarks.md)
	$(MVN) test -Dtest='EvaluationBenchmark,CacheMemoryBenchmark' -Dgroups=bench -DunitExcludedGroups=apiserver -DskipApiServerTests=true

bench-operator: control-plane ## The operator on a local control plane: NAMESPACES=100 (x20 workloads), chart memory limit (docs/benchmarks.md)
	MVN="$(MVN)" hack/bench-operator.sh $(or $(NAMESPACES),100)

chaos: control-plane ## Faults it survives, on a local control plane: about 20 min (numbers in docs/reliability.md)
	MVN="$(MVN)" hack/chaos.py $(SCENARIOS)

bench-peers: ## prodready audit vs kube-score (and polaris when on PATH) on 2,000 to 20,000 workloads (docs/benchmarks.md)
	MVN="$(MVN)" hack/bench-peers.sh

crds: ## Regenerate crds/ (and the chart's copy in helm/prodready/crds/) from the API classes
	$(MVN) test -Dtest=CrdSyncTest -DupdateCrds=true -DskipApiServerTests=true

docs: ## Regenerate docs/checks.md from the check catalog and README's Helm values table from values.yaml
	$(MVN) test -Dtest=CheckCatalogTest,ValuesTableTest -DupdateDocs=true -DskipApiServerTests=true

manifests: ## Regenerate config/ (the install without Helm) from the chart with default values
	hack/helm.sh ensure
	$(MVN) test -DskipUnitTests=true -Dtest=InstallManifestsTest -DupdateManifests=true

helm-lint: control-plane ## helm lint --strict, then the chart tests (rendering, schema, drift, RBAC, dogfooding, real install)
	$$(hack/helm.sh path) lint --strict helm/prodready
	$(MVN) test -Dtest='dev.prodready.chart.*Test,RbacTest,OwnManifestsTest,CrdSyncTest,HelmInstallOnApiServerTest' -Dsurefire.failIfNoSpecifiedTests=false

image: ## Build the operator image (src/main/docker/Dockerfile.jvm) with Docker or Podman, when one of them runs here
	hack/image.sh

fmt: ## Format the Java sources (google-java-format; every build checks it)
	$(MVN) spotless:apply

clean:
	$(MVN) clean
