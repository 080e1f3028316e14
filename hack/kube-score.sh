#!/usr/bin/env bash
# Provides kube-score, the peer `make bench-peers` compares `prodready audit` with.
# Order: $KUBE_SCORE if set (a path or a command on PATH); else the cached build
#   ${PRODREADY_TOOLS_DIR:-$HOME/.cache/prodready/bin}/kube-score-<version>
# else build it from Go modules (`go install` of the pinned release) and cache the result.
#
# Usage: hack/kube-score.sh [ensure|path|version]
set -euo pipefail

# The one place the kube-score version is pinned.
KUBE_SCORE_VERSION="${PRODREADY_KUBE_SCORE_VERSION:-1.20.0}"

TOOL=kube-score
TOOL_VERSION="$KUBE_SCORE_VERSION"
TOOL_ENV=KUBE_SCORE
# shellcheck source=lib/cached-tool.sh
source "$(dirname "$0")/lib/cached-tool.sh"  # TARGET, log, from_env, ensure, cached_tool_main

build() {
  command -v go >/dev/null || { log "Go is needed to build kube-score (or set KUBE_SCORE to an existing binary)"; exit 1; }
  mkdir -p "$TOOLS_DIR"
  # A private GOBIN inside TOOLS_DIR: concurrent builds do not clash, and the final mv is atomic (same file system).
  work="$(mktemp -d "$TOOLS_DIR/.kube-score-build.XXXXXX")"  # global, so the EXIT trap still sees it
  trap 'rm -rf -- "$work"' EXIT
  log "building kube-score $KUBE_SCORE_VERSION from Go modules (about 1-2 minutes on 2 cores; cached afterwards)"
  local start=$SECONDS
  GOWORK=off GOFLAGS=-mod=mod CGO_ENABLED=0 GOBIN="$work" \
    go install -trimpath -ldflags "-s -w" "github.com/zegl/kube-score/cmd/kube-score@v$KUBE_SCORE_VERSION"
  mv -f "$work/kube-score" "$TARGET"
  log "built kube-score $KUBE_SCORE_VERSION in $((SECONDS - start))s: $TARGET"
}

cached_tool_main "$@"
