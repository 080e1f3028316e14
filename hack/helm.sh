#!/usr/bin/env bash
# Provides helm, used by the chart tests and `make helm-lint`.
# Order: $HELM if set (a path or a command on PATH); else the cached build
#   ${PRODREADY_TOOLS_DIR:-$HOME/.cache/prodready/bin}/helm-<version>
# else build it from Go modules (the Go module proxy is the only source we can reach) and cache the result.
#
# helm's go.mod has no replace directives, so `go install helm.sh/helm/v3/cmd/helm@<version>` builds exactly the
# dependency versions helm released with. The ldflags are the ones helm's own Makefile sets: the version, and the
# Kubernetes version that `helm template`/`helm lint` assume without a cluster (derived from the client-go version in
# helm's go.mod, as the Makefile does; without it helm would assume Kubernetes 1.20 and reject our kubeVersion).
#
# Usage: hack/helm.sh [ensure|path|version]
set -euo pipefail

# The one place the helm version is pinned. v3.22.0's go.mod says `go 1.26.0`.
HELM_VERSION="${PRODREADY_HELM_VERSION:-3.22.0}"

TOOL=helm
TOOL_VERSION="$HELM_VERSION"
TOOL_ENV=HELM
# shellcheck source=lib/cached-tool.sh
source "$(dirname "$0")/lib/cached-tool.sh"  # TARGET, log, from_env, ensure, cached_tool_main

build() {
  command -v go >/dev/null || { log "Go is needed to build helm (or set HELM to an existing binary)"; exit 1; }
  [[ "$HELM_VERSION" =~ ^3\.[0-9]+\.[0-9]+$ ]] || { log "the helm version must look like 3.22.0, got '$HELM_VERSION'"; exit 1; }
  local mod="helm.sh/helm/v3" json gomod clientgo k8s_major k8s_minor
  mkdir -p "$TOOLS_DIR"
  # Private build directory inside TOOLS_DIR: concurrent builds do not clash, and the final mv is atomic.
  work="$(mktemp -d "$TOOLS_DIR/.helm-build.XXXXXX")"  # global, so the EXIT trap still sees it
  trap 'rm -rf -- "$work"' EXIT
  cd "$work"
  export GOWORK=off GOFLAGS=-mod=mod CGO_ENABLED=0

  log "resolving $mod v$HELM_VERSION from the Go module proxy"
  json="$(go mod download -json "$mod@v$HELM_VERSION" 2>&1 || true)"
  gomod="$(sed -n 's/.*"GoMod": "\(.*\)".*/\1/p' <<<"$json")"
  if [ ! -f "$gomod" ]; then printf '%s\n' "$json" >&2; log "could not download the go.mod of $mod v$HELM_VERSION"; exit 1; fi
  clientgo="$(awk '$1 == "k8s.io/client-go" { print $2; exit }' "$gomod")"   # v0.37.0 -> Kubernetes 1.37
  [[ "$clientgo" =~ ^v0\.([0-9]+)\. ]] || { log "no k8s.io/client-go version in helm's go.mod"; exit 1; }
  k8s_major=1 k8s_minor="${BASH_REMATCH[1]}"

  log "building helm $HELM_VERSION (a cold build takes a few minutes on 2 cores; cached afterwards)"
  local start=$SECONDS ldflags="-s -w -X $mod/internal/version.version=v$HELM_VERSION -X $mod/internal/version.metadata="
  for pkg in pkg/lint/rules pkg/chartutil; do
    ldflags+=" -X $mod/$pkg.k8sVersionMajor=$k8s_major -X $mod/$pkg.k8sVersionMinor=$k8s_minor"
  done
  GOBIN="$work/bin" go install -trimpath -ldflags "$ldflags" "$mod/cmd/helm@v$HELM_VERSION"
  mv -f "$work/bin/helm" "$TARGET"
  log "built helm $HELM_VERSION in $((SECONDS - start))s: $TARGET"
}

cached_tool_main "$@"
