#!/usr/bin/env bash
# Provides kube-apiserver, etcd, kube-controller-manager and kubectl in the layout fabric8 kube-api-test reads:
#   ~/.kubeapitest/k8s/<version>-linux-amd64/{kube-apiserver,etcd,kubectl,kube-controller-manager}
# Order: binaries already there; else a directory named by KUBEBUILDER_ASSETS (envtest convention); else build them from
# Go modules (the Go module proxy is the only source we can reach) and cache the result.
#
# Usage: hack/control-plane.sh [ensure|dir|version]
set -euo pipefail

# The one place the Kubernetes and etcd versions are pinned.
K8S_VERSION="${PRODREADY_K8S_VERSION:-1.34.3}"
ETCD_VERSION="${PRODREADY_ETCD_VERSION:-3.6.5}"

ARCH="$(go env GOARCH 2>/dev/null || echo amd64)"
OS="linux"
TARGET_DIR="${KUBEAPITEST_DIR:-$HOME/.kubeapitest}/k8s/${K8S_VERSION}-${OS}-${ARCH}"
BUILD_ROOT="${PRODREADY_BUILD_CACHE:-$HOME/.cache/prodready/control-plane-build}"
BINARIES=(kube-apiserver etcd kubectl kube-controller-manager)

log() { printf '[control-plane] %s\n' "$*" >&2; }

complete() {
  local dir="$1" b
  for b in "${BINARIES[@]}"; do [ -x "$dir/$b" ] || return 1; done
}

from_kubebuilder_assets() {
  local src="${KUBEBUILDER_ASSETS:-}" b
  [ -n "$src" ] && [ -d "$src" ] || return 1
  for b in kube-apiserver etcd kubectl; do [ -x "$src/$b" ] || { log "KUBEBUILDER_ASSETS=$src lacks $b"; return 1; }; done
  mkdir -p "$TARGET_DIR"
  for b in "${BINARIES[@]}"; do [ -x "$src/$b" ] && ln -sf "$src/$b" "$TARGET_DIR/$b"; done
  log "linked binaries from KUBEBUILDER_ASSETS=$src"
}

build_kubernetes() {
  local mod="$BUILD_ROOT/kubernetes-v$K8S_VERSION"
  mkdir -p "$mod"
  cd "$mod"
  if [ ! -f go.mod ]; then
    log "resolving k8s.io/kubernetes v$K8S_VERSION from the Go module proxy"
    local gomod
    gomod="$(GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@v$K8S_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')"
    [ -f "$gomod" ] || { log "could not download the go.mod of k8s.io/kubernetes v$K8S_VERSION"; exit 1; }
    local staging_version="v0.${K8S_VERSION#1.}"
    {
      echo "module prodready.dev/controlplanebuild"
      echo
      sed -n 's/^go \(.*\)$/go \1/p' "$gomod" | head -1
      grep '^godebug' "$gomod" || true
      echo
      echo "require k8s.io/kubernetes v$K8S_VERSION"
      echo
      echo "replace ("
      # Every staging module the kubernetes go.mod points at ./staging is pinned to the published staging version.
      grep -E '=> \./staging/src/' "$gomod" | awk -v v="$staging_version" '{print "\t" $1 " => " $1 " " v}'
      echo ")"
    } > go.mod
    cat > tools.go <<'GO'
//go:build tools

package controlplanebuild

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kubectl"
)
GO
    log "go mod tidy (downloads the module graph; first run takes a few minutes)"
    GOFLAGS=-mod=mod go mod tidy -e >/dev/null 2>"$mod/tidy.log" || { cat "$mod/tidy.log" >&2; exit 1; }
  fi
  local pkg="k8s.io/component-base/version" cpkg="k8s.io/client-go/pkg/version"
  local minor="${K8S_VERSION#1.}"; minor="${minor%%.*}"
  local ldflags="-s -w"
  for p in "$pkg" "$cpkg"; do
    ldflags+=" -X $p.gitVersion=v$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean"
  done
  mkdir -p "$TARGET_DIR"
  local cmd
  for cmd in kube-apiserver kube-controller-manager kubectl; do
    [ -x "$TARGET_DIR/$cmd" ] && continue
    log "building $cmd v$K8S_VERSION (measured cold on 2 cores: kube-apiserver ~2.5 min, the others under 1 min; cached afterwards)"
    local start=$SECONDS
    CGO_ENABLED=0 go build -trimpath -tags selinux,notest -ldflags "$ldflags" -o "$TARGET_DIR/$cmd.tmp" "k8s.io/kubernetes/cmd/$cmd"
    mv "$TARGET_DIR/$cmd.tmp" "$TARGET_DIR/$cmd"
    log "built $cmd in $((SECONDS - start))s"
  done
}

build_etcd() {
  [ -x "$TARGET_DIR/etcd" ] && return 0
  local mod="$BUILD_ROOT/etcd-v$ETCD_VERSION"
  mkdir -p "$mod"
  cd "$mod"
  if [ ! -f go.mod ]; then
    printf 'module prodready.dev/etcdbuild\n\ngo 1.24\n' > go.mod
    cat > tools.go <<'GO'
//go:build tools

package etcdbuild

import _ "go.etcd.io/etcd/server/v3"
GO
    log "resolving go.etcd.io/etcd/server/v3 v$ETCD_VERSION"
    GOFLAGS=-mod=mod go get "go.etcd.io/etcd/server/v3@v$ETCD_VERSION" >/dev/null 2>"$mod/get.log" || { cat "$mod/get.log" >&2; exit 1; }
    GOFLAGS=-mod=mod go mod tidy -e >/dev/null 2>>"$mod/get.log" || true
  fi
  log "building etcd v$ETCD_VERSION"
  local start=$SECONDS
  CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$TARGET_DIR/etcd.tmp" go.etcd.io/etcd/server/v3
  mv "$TARGET_DIR/etcd.tmp" "$TARGET_DIR/etcd"
  log "built etcd in $((SECONDS - start))s"
}

ensure() {
  if complete "$TARGET_DIR"; then return 0; fi
  if from_kubebuilder_assets && complete "$TARGET_DIR"; then return 0; fi
  command -v go >/dev/null || { log "Go is needed to build the local control plane (or set KUBEBUILDER_ASSETS)"; exit 1; }
  build_etcd
  build_kubernetes
  complete "$TARGET_DIR" || { log "binaries incomplete in $TARGET_DIR"; exit 1; }
  log "control plane v$K8S_VERSION ready in $TARGET_DIR"
}

case "${1:-ensure}" in
  ensure) ensure ;;
  dir) echo "$TARGET_DIR" ;;
  version) echo "$K8S_VERSION" ;;
  *) echo "usage: $0 [ensure|dir|version]" >&2; exit 2 ;;
esac
